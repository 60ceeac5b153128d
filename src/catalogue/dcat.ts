import type { AppContext } from '../context.js'
import type { OfferingRow, ParticipantRow } from '../store/store.js'
import { alpha3Of } from './countries.js'

export type JsonLdNode = { [key: string]: unknown }

/** The DCAT-AP 3 catalogue document: a compacted JSON-LD `dcat:Catalog`. */
export type DcatCatalogue = JsonLdNode & {
  '@context': Record<string, string>
  '@id': string
  '@type': 'dcat:Catalog'
  'dcat:service': JsonLdNode[]
}

export const DCAT_PATH = '/api/v1/catalogue/dcat'

/** The trust framework every indexed offering was validated against (Gaia-X Loire 25.11). */
export const GAIA_X_TRUST_FRAMEWORK = 'https://w3id.org/gaia-x/2511#'

// Plain prefixes only, no remote context: a harvester (data.europa.eu) expands the document
// without fetching anything, and so does a node whose document loader refuses every URL.
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const

const COUNTRY_AUTHORITY = 'http://publications.europa.eu/resource/authority/country/'
const PAGE_SIZE = 100

// DCAT-AP's dct:spatial range is the EU Publications Office country authority table, keyed by
// ISO 3166-1 alpha-3.
/**
 * The EU country authority IRI for an ISO 3166-1 alpha-2 code, or undefined for a code ISO does
 * not assign.
 *
 * @example
 * countryAuthority('FR') // 'http://publications.europa.eu/resource/authority/country/FRA'
 */
export function countryAuthority(alpha2: string): string | undefined {
  const alpha3 = alpha3Of(alpha2)
  return alpha3 ? COUNTRY_AUTHORITY + alpha3 : undefined
}

/**
 * The catalogue as DCAT-AP 3 JSON-LD, for harvesters such as data.europa.eu: one `dcat:Catalog`
 * published by the node operator, with every active offering as a `dcat:DataService`. Gaia-X
 * offerings are services, not datasets, so the catalogue has no `dcat:dataset`.
 *
 * @NOTE the index keeps no gx:endpoint column, so `dcat:endpointURL` is the offering's own API
 * URL on this node (DCAT-AP makes endpointURL mandatory, and that URL always answers).
 *
 * @example
 * const doc = await dcatCatalogue(ctx)
 * doc['dcat:service'].length // the number of active offerings
 */
export async function dcatCatalogue(
  ctx: Pick<AppContext, 'config' | 'store' | 'identity'>,
): Promise<DcatCatalogue> {
  const { config, store, identity } = ctx
  const base = config.publicUrl
  const operator = await store.getParticipant(identity.did)
  const operatorName = operator?.name ?? config.nodeName

  const services: JsonLdNode[] = []
  let modified = 0
  let cursor: string | undefined
  do {
    const page = await store.listOfferings({ limit: PAGE_SIZE, status: 'active', cursor })
    const providers = await store.participantsByIds(page.items.map((row) => row.providerId))
    for (const row of page.items) {
      services.push(dataService(row, providers.get(row.providerId), base))
      modified = Math.max(modified, row.updatedAt)
    }
    cursor = page.next ?? undefined
  } while (cursor)

  return {
    '@context': { ...DCAT_CONTEXT },
    '@id': base + DCAT_PATH,
    '@type': 'dcat:Catalog',
    'dct:title': [
      { '@value': `${config.nodeName} : catalogue de services Gaia-X`, '@language': 'fr' },
      { '@value': `${config.nodeName}: Gaia-X service catalogue`, '@language': 'en' },
    ],
    'dct:description': [
      {
        '@value':
          'Services cloud décrits par des attestations Gaia-X vérifiées par ce nœud du catalogue fédéré.',
        '@language': 'fr',
      },
      {
        '@value':
          'Cloud services described by Gaia-X credentials verified by this federated catalogue node.',
        '@language': 'en',
      },
    ],
    'dct:publisher': agent(identity.did, operatorName),
    'foaf:homepage': { '@id': base },
    ...(modified > 0 ? { 'dct:modified': dateTime(modified) } : {}),
    'dcat:service': services,
  }
}

function dataService(row: OfferingRow, provider: ParticipantRow | undefined, base: string) {
  const spatial = [...new Set(row.locations.flatMap((l) => countryAuthority(l.countryCode) ?? []))]
  return {
    // A relative @id would resolve against wherever the document is read: only IRIs name a node.
    ...(isAbsoluteIri(row.id) ? { '@id': row.id } : {}),
    '@type': 'dcat:DataService',
    'dct:identifier': row.id,
    'dct:title': row.name,
    ...(row.description ? { 'dct:description': row.description } : {}),
    'dcat:endpointURL': { '@id': `${base}/api/v1/offerings/${encodeURIComponent(row.id)}` },
    ...(row.keywords.length > 0 ? { 'dcat:keyword': row.keywords } : {}),
    ...(spatial.length > 0 ? { 'dct:spatial': spatial.map((iri) => ({ '@id': iri })) } : {}),
    'dct:publisher': agent(provider?.did ?? row.providerId, provider?.name ?? row.providerId),
    'dct:conformsTo': { '@id': GAIA_X_TRUST_FRAMEWORK },
    'dct:modified': dateTime(row.updatedAt),
  }
}

function agent(id: string, name: string): JsonLdNode {
  return {
    ...(isAbsoluteIri(id) ? { '@id': id } : {}),
    '@type': 'foaf:Agent',
    'foaf:name': name,
    'dct:identifier': id,
  }
}

function dateTime(ms: number) {
  return { '@value': new Date(ms).toISOString(), '@type': 'xsd:dateTime' }
}

function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value)
}
