// A JSON value printed as JSON.stringify(value, null, 2) prints it, one line at a time, with the
// line each JSON Pointer (RFC 6901) starts on: a finding's `path` becomes a line number.

export type PrettyJson = {
  lines: string[]
  /** JSON Pointer → index (0-based) of the line its value starts on. */
  lineOf: Map<string, number>
}

/**
 * @example
 * const { lines, lineOf } = prettyJson({ a: [1, 2] })
 * lineOf.get('/a/1') // 3
 */
export function prettyJson(value: unknown): PrettyJson {
  const lines: string[] = []
  const lineOf = new Map<string, number>()
  let current = ''
  const emit = (text: string) => {
    current += text
  }
  const newline = () => {
    lines.push(current)
    current = ''
  }
  const write = (node: unknown, pointer: string, indent: string) => {
    lineOf.set(pointer, lines.length)
    if (Array.isArray(node)) {
      if (node.length === 0) return emit('[]')
      emit('[')
      node.forEach((item, i) => {
        newline()
        emit(`${indent}  `)
        write(item, `${pointer}/${i}`, `${indent}  `)
        if (i < node.length - 1) emit(',')
      })
      newline()
      return emit(`${indent}]`)
    }
    if (typeof node === 'object' && node !== null) {
      const entries = Object.entries(node)
      if (entries.length === 0) return emit('{}')
      emit('{')
      entries.forEach(([key, item], i) => {
        newline()
        emit(`${indent}  ${JSON.stringify(key)}: `)
        write(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, `${indent}  `)
        if (i < entries.length - 1) emit(',')
      })
      newline()
      return emit(`${indent}}`)
    }
    emit(JSON.stringify(node) ?? 'null')
  }
  write(value, '', '')
  newline()
  return { lines, lineOf }
}

/** The line of `pointer`, or of its nearest ancestor the document has; 0 for the whole. */
export function lineOfPointer(pretty: PrettyJson, pointer: string): number {
  let at = pointer
  for (;;) {
    const line = pretty.lineOf.get(at)
    if (line !== undefined) return line
    if (at === '' || !at.startsWith('/')) return 0
    at = at.slice(0, at.lastIndexOf('/'))
  }
}
