import type { Finding } from '../errors.js'
import { escapePointer, matchKey } from './graph.js'
import type { ShapeViolation } from './shacl.js'

type Located = {
  credential: { pointer: string; document: Record<string, unknown> }
  pointer: string
}

const SH = 'http://www.w3.org/ns/shacl#'

/**
 * A SHACL violation as a finding: code from the constraint (`shape-min-count`), path a JSON
 * Pointer to the property as the partner wrote it, the property's full IRI, both languages.
 *
 * @example
 * shapeFinding(violation, { credential, pointer: '/credentialSubject' })
 */
export function shapeFinding(violation: ShapeViolation, located: Located): Finding {
  const component = violation.constraint.replace(SH, '').replace(/^sh:/, '')
  const code = `shape-${component
    .replace(/ConstraintComponent$/, '')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()}`
  const property = violation.path
  const base = located.credential.pointer + located.pointer
  const key = property
    ? matchKey(at(located.credential.document, located.pointer), property)[0]
    : undefined
  return {
    code,
    path: key === undefined ? base : `${base}/${escapePointer(key)}`,
    ...(property ? { property } : {}),
    message: violation.message,
    severity: violation.severity,
  }
}

function at(document: unknown, pointer: string): unknown {
  let node = document
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~')
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}
