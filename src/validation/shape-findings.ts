import type { Finding } from '../errors.js'
import { escapePointer, matchKey } from './graph.js'
import type { ShapeViolation } from './shacl.js'

type Located = {
  credential: { pointer: string; document: Record<string, unknown> }
  pointer: string
}

const SH = 'http://www.w3.org/ns/shacl#'

// French wording per SHACL constraint component; the English comes from the shape itself.
const FRENCH: Record<string, (property: string) => string> = {
  MinCountConstraintComponent: (p) =>
    `La propriété ${p} est obligatoire ou compte trop peu de valeurs.`,
  MaxCountConstraintComponent: (p) => `La propriété ${p} compte trop de valeurs.`,
  DatatypeConstraintComponent: (p) => `La valeur de ${p} n’a pas le type de donnée attendu.`,
  InConstraintComponent: (p) => `La valeur de ${p} ne fait pas partie des valeurs autorisées.`,
  ClosedConstraintComponent: (p) => `La propriété ${p} n’est pas autorisée pour ce type de nœud.`,
  ClassConstraintComponent: (p) => `${p} doit désigner un nœud de la classe attendue.`,
  PatternConstraintComponent: (p) => `La valeur de ${p} n’a pas le format attendu.`,
  NodeKindConstraintComponent: (p) =>
    `La valeur de ${p} n’est pas du bon genre (IRI, nœud ou littéral).`,
  OrConstraintComponent: (p) => `La valeur de ${p} ne correspond à aucune des formes possibles.`,
  NodeConstraintComponent: (p) => `La valeur de ${p} ne respecte pas la forme attendue.`,
}

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
  const name = property ? localName(property) : 'ce nœud'
  const base = located.credential.pointer + located.pointer
  const key = property
    ? matchKey(at(located.credential.document, located.pointer), property)[0]
    : undefined
  return {
    code,
    path: key === undefined ? base : `${base}/${escapePointer(key)}`,
    ...(property ? { property } : {}),
    message: {
      en: violation.message,
      fr: (
        FRENCH[component] ??
        ((p: string) => `La contrainte ${component} n’est pas respectée pour ${p}.`)
      )(name),
    },
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

const PREFIXES: [string, string][] = [
  ['https://schema.org/', 'schema:'],
  ['http://www.w3.org/2006/vcard/ns#', 'vcard:'],
  ['https://w3id.org/gaia-x/', 'gx:'],
  ['https://registry.lab.gaia-x.eu/', 'gx:'],
]

/** A short name people recognise from the credential they wrote (`gx:url`, `schema:name`). */
function localName(iri: string): string {
  const prefix = PREFIXES.find(([ns]) => iri.startsWith(ns))?.[1]
  const local = iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1)
  return prefix ? prefix + local : iri
}
