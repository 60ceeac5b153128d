// Walks an expanded credential alongside the compact JSON it came from, so that a finding about
// an expanded value can point (JSON Pointer) at what the partner actually wrote.
import {
  GX_NAMESPACES,
  SCHEMA,
  VC,
  VCARD,
  compactType,
  type ExpandedNode,
} from '../../model/expanded.js'
import type { Finding } from '../../errors.js'
import type { CheckedCredential } from '../rules.js'

/** A node of a credential's claims, with where it sits in the submitted document. */
export type Located = {
  node: ExpandedNode
  /** The compact JSON it was expanded from, when found. */
  json: unknown
  /** Absolute JSON Pointer into the submitted document. */
  pointer: string
  parent?: Located
}

export type LocatedValue = { value: unknown; pointer: string }

// Claims nest a few levels (offering → endpoint → standard); the bounds only stop hostile input.
const MAX_DEPTH = 12
const MAX_NODES = 5_000

/** Every node under the credential's `credentialSubject`s, subjects first (depth-first). */
export function locateNodes(credential: CheckedCredential): Located[] {
  const found: Located[] = []
  const visit = (node: ExpandedNode, at: { json: unknown; pointer: string }, parent?: Located) => {
    if (found.length >= MAX_NODES) return
    const id = typeof node['@id'] === 'string' ? node['@id'] : undefined
    const known = id === undefined ? undefined : credential.nodePointers.get(id)
    const pointer =
      at.json === undefined && known !== undefined ? credential.pointer + known : at.pointer
    const located: Located = { node, json: at.json, pointer, ...(parent ? { parent } : {}) }
    found.push(located)
    if (depthOf(located) >= MAX_DEPTH) return
    for (const [iri, list] of Object.entries(node)) {
      if (iri.startsWith('@') || !Array.isArray(list)) continue
      list.forEach((value, index) => {
        if (isNode(value)) visit(value, childOf(located.json, iri, index, pointer), located)
      })
    }
  }
  const subjects = credential.expanded?.[`${VC}credentialSubject`]
  if (!Array.isArray(subjects)) return found
  subjects.forEach((subject, index) => {
    if (isNode(subject))
      visit(
        subject,
        childOf(credential.document, `${VC}credentialSubject`, index, credential.pointer),
      )
  })
  return found
}

/** The values of `iri` on a located node, each with its JSON Pointer. */
export function valuesAt(
  at: Pick<Located, 'node' | 'json' | 'pointer'>,
  iri: string,
): LocatedValue[] {
  const list = at.node[iri]
  if (!Array.isArray(list)) return []
  return list.map((value, index) => ({
    value,
    pointer: childOf(at.json, iri, index, at.pointer).pointer,
  }))
}

/** Values of a Gaia-X property in whichever Gaia-X namespace, with the full IRI found. */
export function gxValuesAt(
  at: Pick<Located, 'node' | 'json' | 'pointer'>,
  localName: string,
): (LocatedValue & { property: string })[] {
  return GX_NAMESPACES.flatMap((ns) =>
    valuesAt(at, ns + localName).map((v) => ({ ...v, property: ns + localName })),
  )
}

/** A literal's lexical form, or undefined for nodes and odd values. */
export function literal(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('@value' in value)) return undefined
  const raw = (value as { '@value': unknown })['@value']
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
    ? String(raw)
    : undefined
}

/** A node reference's IRI (or blank-node label), or undefined. */
export function reference(value: unknown): string | undefined {
  return isNode(value) && typeof value['@id'] === 'string' ? value['@id'] : undefined
}

/** A node's types, `gx:`-compacted; none when `@type` is not a list of IRIs. */
export function typesOf(at: Pick<Located, 'node'>): string[] {
  const types: unknown = at.node['@type']
  return Array.isArray(types)
    ? types.filter((t): t is string => typeof t === 'string').map(compactType)
    : []
}

export function isNode(value: unknown): value is ExpandedNode {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !('@value' in value)
  )
}

export function finding(
  code: string,
  path: string,
  property: string,
  message: Finding['message'],
): Finding {
  return { code, path, property, message, severity: 'violation' }
}

function depthOf(located: Located): number {
  let depth = 0
  for (let p = located.parent; p; p = p.parent) depth++
  return depth
}

/** Where value `index` of property `iri` sits under a compact JSON object at `pointer`. */
function childOf(json: unknown, iri: string, index: number, pointer: string) {
  const key = keyOf(json, iri)
  if (key === undefined) return { json: undefined, pointer }
  const value = (json as Record<string, unknown>)[key]
  const base = `${pointer}/${escape(key)}`
  return Array.isArray(value)
    ? { json: value[index], pointer: `${base}/${index}` }
    : { json: value, pointer: base }
}

// The prefixes Gaia-X credentials use, to choose between keys sharing a local name.
const PREFIXES: [namespace: string, prefix: string][] = [
  ...GX_NAMESPACES.map((ns) => [ns, 'gx'] as [string, string]),
  [SCHEMA, 'schema'],
  [VCARD, 'vcard'],
]

/**
 * The key of a compact object that expands to `iri`: the IRI itself, else a term or compact IRI
 * with the same local name (the context is not at hand here), preferring the usual prefix.
 */
function keyOf(json: unknown, iri: string): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined
  const keys = Object.keys(json)
  if (keys.includes(iri)) return iri
  const local = iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1)
  const candidates = keys.filter((k) => k === local || k.endsWith(`:${local}`))
  if (candidates.length <= 1) return candidates[0]
  const prefix = PREFIXES.find(([ns]) => iri === ns + local)?.[1]
  return candidates.find((k) => k === `${prefix}:${local}`) ?? candidates[0]
}

/** RFC 6901 escaping of one reference token. */
function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}
