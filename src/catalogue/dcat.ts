import type { AppContext } from '../context.js'
import type { OfferingRow } from '../store/store.js'
import {
  countryAuthority,
  dataService,
  dcatAgent,
  dcatDateTime,
  dcatLocation,
  type JsonLdNode,
} from './dcat-service.js'

export {
  countryAuthority,
  GAIA_X_TRUST_FRAMEWORK,
  type DcatText,
  type JsonLdNode,
} from './dcat-service.js'

/**
 * The Hydra view of one page of the catalogue. Harvesters read it in one of two designs: the
 * current `hydra:PartialCollectionView` with IRI links (`hydra:next`…: piveau, udata, ckanext-dcat
 * from 2.1) and the deprecated `hydra:PagedCollection` with string links (`hydra:nextPage`…:
 * ckanext-dcat before 2.1, still common on national CKAN portals). The view is both, as
 * ckanext-dcat's own export is.
 */
export type HydraView = JsonLdNode & {
  '@id': string
  '@type': ['hydra:PartialCollectionView', 'hydra:PagedCollection']
  'hydra:totalItems': number
  'hydra:itemsPerPage': number
  'hydra:first': { '@id': string }
  'hydra:last': { '@id': string }
  'hydra:previous'?: { '@id': string }
  'hydra:next'?: { '@id': string }
  'hydra:firstPage': string
  'hydra:lastPage': string
  'hydra:previousPage'?: string
  'hydra:nextPage'?: string
}

/** One page of the DCAT-AP 3 catalogue document: a compacted JSON-LD `dcat:Catalog`. */
export type DcatCatalogue = JsonLdNode & {
  '@context': Record<string, string>
  '@id': string
  '@type': 'dcat:Catalog'
  'dcat:service': JsonLdNode[]
  'hydra:view': HydraView
}

/** Which page, and how many services a page holds. */
export type DcatPageRequest = { page: number; limit: number }

export const DCAT_PATH = '/api/v1/catalogue/dcat'
// API.md: every list's limit is 1–100. A harvest wants big pages, so the default is the maximum;
// each service on a page costs an expansion of its credential, a page stays well under a second.
export const DCAT_MAX_LIMIT = 100
export const DCAT_DEFAULT_LIMIT = DCAT_MAX_LIMIT
// Past any real catalogue, and a bound on what a page number costs to look for.
export const DCAT_MAX_PAGE = 1_000_000

// Plain prefixes only, no remote context: a harvester (data.europa.eu) expands the document
// without fetching anything, and so does a node whose document loader refuses every URL.
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const

const LANGUAGE_AUTHORITY = 'http://publications.europa.eu/resource/authority/language/'
// Rows read per store query while walking the index to count it and find a page.
const WALK_SIZE = 500

/**
 * One page of the catalogue as DCAT-AP 3 JSON-LD, for harvesters such as data.europa.eu: one
 * `dcat:Catalog` published by the node operator, titled and described in French and English,
 * covering the countries of all its services; the page's active offerings as `dcat:DataService`
 * (in the index's order, name then id); and a Hydra view (HydraView) with the total and the
 * first, previous, next and last pages, the way piveau, udata and CKAN harvesters page. The
 * catalogue keeps one IRI whatever the page; each page is the view's `@id`. A page past the last
 * is empty, so a harvester that follows `hydra:next` while the catalogue shrinks ends cleanly.
 * Gaia-X offerings are services, not datasets, so the catalogue has no `dcat:dataset`.
 *
 * @NOTE the store pages by keyset and counts no subset, so every page walks the active index once
 * (rows only, a few milliseconds per thousand); only the page's own services read their
 * credentials.
 *
 * @example
 * const doc = await dcatCatalogue(ctx, { page: 2, limit: 100 })
 * doc['hydra:view']['hydra:next'] // { '@id': 'https://…/api/v1/catalogue/dcat?page=3&limit=100' }
 */
export async function dcatCatalogue(
  ctx: Pick<AppContext, 'config' | 'store' | 'identity' | 'loader'>,
  request: DcatPageRequest = { page: 1, limit: DCAT_DEFAULT_LIMIT },
): Promise<DcatCatalogue> {
  const { config, store, identity } = ctx
  const base = config.publicUrl
  const { page, limit } = request
  const first = (page - 1) * limit
  const operator = await store.getParticipant(identity.did)
  const operatorName = operator?.name ?? config.nodeName

  const rows: OfferingRow[] = []
  const countries = new Set<string>()
  let total = 0
  let modified = 0
  let cursor: string | undefined
  do {
    const chunk = await store.listOfferings({ limit: WALK_SIZE, status: 'active', cursor })
    for (const row of chunk.items) {
      if (total >= first && total < first + limit) rows.push(row)
      total += 1
      modified = Math.max(modified, row.updatedAt)
      for (const { countryCode } of row.locations) countries.add(countryCode.toUpperCase())
    }
    cursor = chunk.next ?? undefined
  } while (cursor)
  // the area the whole catalogue covers (not the page's): every country a service is offered in
  const spatial = [...countries]
    .sort()
    .flatMap((code) => countryAuthority(code) ?? [])
    .map(dcatLocation)

  const providers = await store.participantsByIds(rows.map((row) => row.providerId))
  const services = await Promise.all(
    rows.map((row) => dataService(ctx, row, providers.get(row.providerId))),
  )

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
    // the languages the catalogue's own metadata is written in (its title and description)
    'dct:language': ['FRA', 'ENG'].map((code) => ({
      '@id': LANGUAGE_AUTHORITY + code,
      '@type': 'dct:LinguisticSystem',
    })),
    ...(spatial.length > 0 ? { 'dct:spatial': spatial } : {}),
    'dct:publisher': dcatAgent(identity.did, operatorName),
    // typed: the shapes' range of foaf:homepage is foaf:Document (sh:class, no inference)
    'foaf:homepage': { '@id': base, '@type': 'foaf:Document' },
    ...(modified > 0 ? { 'dct:modified': dcatDateTime(modified) } : {}),
    'dcat:service': services,
    'hydra:view': hydraView(base + DCAT_PATH, request, total),
  }
}

function hydraView(catalogue: string, { page, limit }: DcatPageRequest, total: number): HydraView {
  // an empty catalogue is one empty page, so `first` and `last` always name a page
  const last = Math.max(1, Math.ceil(total / limit))
  const at = (n: number) => `${catalogue}?page=${n}&limit=${limit}`
  const previous = page > 1 ? at(Math.min(page - 1, last)) : undefined
  const next = page < last ? at(page + 1) : undefined
  return {
    '@id': at(page),
    '@type': ['hydra:PartialCollectionView', 'hydra:PagedCollection'],
    'hydra:totalItems': total,
    'hydra:itemsPerPage': limit,
    'hydra:first': { '@id': at(1) },
    ...(previous ? { 'hydra:previous': { '@id': previous } } : {}),
    ...(next ? { 'hydra:next': { '@id': next } } : {}),
    'hydra:last': { '@id': at(last) },
    'hydra:firstPage': at(1),
    ...(previous ? { 'hydra:previousPage': previous } : {}),
    ...(next ? { 'hydra:nextPage': next } : {}),
    'hydra:lastPage': at(last),
  }
}
