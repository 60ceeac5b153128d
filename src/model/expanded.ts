// Readers over expanded JSON-LD (every key a full IRI, every value an array), so the index does
// not depend on which context or prefixes a credential chose.

export type ExpandedNode = Record<string, unknown> & { '@id'?: string; '@type'?: string[] }

export const VC = 'https://www.w3.org/2018/credentials#'
export const SCHEMA = 'https://schema.org/'
export const VCARD = 'http://www.w3.org/2006/vcard/ns#'

/** Gaia-X namespaces seen in the wild: Loire 25.11, the registry's development one, Tagus 22.10. */
export const GX_NAMESPACES = [
  'https://w3id.org/gaia-x/2511#',
  'https://w3id.org/gaia-x/development#',
  'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#',
] as const

export function values(node: ExpandedNode | undefined, iri: string): unknown[] {
  const v = node?.[iri]
  return Array.isArray(v) ? v : []
}

/** Values of a Gaia-X property, whichever Gaia-X namespace the credential used. */
export function gxValues(node: ExpandedNode | undefined, localName: string): unknown[] {
  return GX_NAMESPACES.flatMap((ns) => values(node, ns + localName))
}

export function nodes(list: unknown[]): ExpandedNode[] {
  return list.filter(
    (v): v is ExpandedNode => typeof v === 'object' && v !== null && !('@value' in v),
  )
}

export function literals(list: unknown[]): string[] {
  return list.flatMap((v) => {
    if (typeof v !== 'object' || v === null || !('@value' in v)) return []
    const value = (v as { '@value': unknown })['@value']
    return value === undefined || value === null ? [] : [String(value)]
  })
}

export function ids(list: unknown[]): string[] {
  return nodes(list).flatMap((n) => (typeof n['@id'] === 'string' ? [n['@id']] : []))
}

/** `gx:Foo` for Gaia-X classes (any namespace), the full IRI otherwise. */
export function compactType(iri: string): string {
  const ns = GX_NAMESPACES.find((n) => iri.startsWith(n))
  if (ns) return `gx:${iri.slice(ns.length)}`
  if (iri.startsWith(VC)) return iri.slice(VC.length)
  return iri
}
