import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from 'n3'
import type { ExpandedNode } from '../model/expanded.js'
import { VC } from '../model/expanded.js'

const { namedNode, blankNode, literal, quad } = DataFactory
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const XSD = 'http://www.w3.org/2001/XMLSchema#'

export type SubjectGraph = {
  quads: Quad[]
  /** JSON Pointer (within the credential as submitted) of every node, by IRI or blank-node label. */
  nodePointers: Map<string, string>
}

/**
 * The claims of an expanded credential as RDF: its `credentialSubject` nodes and what they embed,
 * without the envelope or the proof (the Gaia-X shapes validate claims, not envelopes). Blank
 * nodes get labels unique to this call (`prefix`), and each node is mapped back to a JSON Pointer
 * into the compact document, so a SHACL violation can point at what the partner wrote.
 *
 * @example
 * const { quads, nodePointers } = subjectGraph(expanded, credential, 'c0')
 */
export function subjectGraph(
  expanded: ExpandedNode,
  compact: Record<string, unknown>,
  prefix: string,
): SubjectGraph {
  const quads: Quad[] = []
  const nodePointers = new Map<string, string>()
  let blank = 0
  // labels are per call, so blank nodes of different credentials never merge; a label the
  // credential itself reuses (`_:x` twice) stays one node
  const labels = new Map<string, ReturnType<typeof blankNode>>()
  const blankFor = (label?: string) => {
    const known = label && labels.get(label)
    if (known) return known
    const node = blankNode(`${prefix}_${blank++}`)
    if (label) labels.set(label, node)
    return node
  }

  const visitNode = (node: ExpandedNode, json: unknown, pointer: string): Quad_Subject => {
    const id = typeof node['@id'] === 'string' ? node['@id'] : undefined
    const subject = id && !id.startsWith('_:') ? namedNode(id) : blankFor(id)
    const key = subject.termType === 'BlankNode' ? `_:${subject.value}` : subject.value
    if (!nodePointers.has(key)) nodePointers.set(key, pointer)
    for (const type of node['@type'] ?? [])
      quads.push(quad(subject, namedNode(`${RDF}type`), namedNode(type)))
    for (const [property, values] of Object.entries(node)) {
      if (property.startsWith('@') || !Array.isArray(values)) continue
      const [compactKey, compactValues] = matchKey(json, property)
      values.forEach((value, index) => {
        const childJson = Array.isArray(compactValues) ? compactValues[index] : compactValues
        const childPointer =
          compactKey === undefined
            ? pointer
            : `${pointer}/${escapePointer(compactKey)}${Array.isArray(compactValues) ? `/${index}` : ''}`
        for (const object of objectsOf(value, childJson, childPointer)) {
          quads.push(quad(subject, namedNode(property), object))
        }
      })
    }
    return subject
  }

  const objectsOf = (value: unknown, json: unknown, pointer: string): Quad_Object[] => {
    if (typeof value !== 'object' || value === null) return []
    const v = value as Record<string, unknown>
    if ('@value' in v) return [literalOf(v)]
    if ('@list' in v && Array.isArray(v['@list'])) return [listOf(v['@list'], pointer)]
    return [visitNode(v as ExpandedNode, json, pointer)]
  }

  const listOf = (items: unknown[], pointer: string): Quad_Object => {
    let head: Quad_Object = namedNode(`${RDF}nil`)
    for (let i = items.length - 1; i >= 0; i--) {
      const cell = blankFor()
      for (const object of objectsOf(items[i], undefined, pointer)) {
        quads.push(quad(cell, namedNode(`${RDF}first`), object))
      }
      quads.push(quad(cell, namedNode(`${RDF}rest`), head))
      head = cell
    }
    return head
  }

  const subjects = expanded[`${VC}credentialSubject`]
  const compactSubjects = compact.credentialSubject
  if (Array.isArray(subjects)) {
    subjects.forEach((subject, index) => {
      const pointer = Array.isArray(compactSubjects)
        ? `/credentialSubject/${index}`
        : '/credentialSubject'
      const json = Array.isArray(compactSubjects) ? compactSubjects[index] : compactSubjects
      if (typeof subject === 'object' && subject !== null)
        visitNode(subject as ExpandedNode, json, pointer)
    })
  }
  return { quads, nodePointers }
}

// JSON-LD 1.1 §8 (toRDF): native numbers and booleans become typed literals in canonical form.
function literalOf(v: Record<string, unknown>) {
  const raw = v['@value']
  const type = typeof v['@type'] === 'string' ? v['@type'] : undefined
  if (typeof v['@language'] === 'string') return literal(String(raw), v['@language'])
  if (typeof raw === 'boolean') return literal(String(raw), namedNode(type ?? `${XSD}boolean`))
  if (typeof raw === 'number') {
    const integral = Number.isInteger(raw) && Math.abs(raw) < 1e21 && type !== `${XSD}double`
    if (integral) return literal(String(raw), namedNode(type ?? `${XSD}integer`))
    const [mantissa = '0', exponent = '0'] = raw.toExponential().split('e')
    const canonical = `${mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '.0') : `${mantissa}.0`}E${Number(exponent)}`
    return literal(canonical, namedNode(type ?? `${XSD}double`))
  }
  if (type === '@json') return literal(JSON.stringify(raw), namedNode(`${RDF}JSON`))
  return literal(String(raw), type ? namedNode(type) : undefined)
}

/** The key of a compact JSON object that expands to `property` (same term, prefix or local name). */
export function matchKey(json: unknown, property: string): [string | undefined, unknown] {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return [undefined, undefined]
  const object = json as Record<string, unknown>
  if (property in object) return [property, object[property]]
  const local = property.slice(Math.max(property.lastIndexOf('#'), property.lastIndexOf('/')) + 1)
  const key = Object.keys(object).find((k) => k === local || k.endsWith(`:${local}`))
  return key === undefined ? [undefined, undefined] : [key, object[key]]
}

/** RFC 6901 escaping of one reference token. */
export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}
