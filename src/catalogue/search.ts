import { BadRequestError } from '../errors.js'
import type { CredentialStatus } from '../store/schema.js'
import {
  FACET_NAMES,
  type FacetName,
  type FilterName,
  type SearchPlan,
  type SearchRows,
  type SearchSort,
} from '../store/search-store.js'
import type { ParticipantRow } from '../store/store.js'
import { expandType, keywordVariants, searchTerms } from './search-terms.js'
import { offeringSummary, type OfferingSummary } from './views.js'

export { FACET_NAMES, type FacetName, type SearchSort }
export { expandType, keywordVariants, searchTerms } from './search-terms.js'
export const SEARCH_SORTS = ['relevance', 'name', '-updated'] as const
export const FILTER_NAMES = [...FACET_NAMES, 'keyword'] as const

/** A search as a person or a peer asks it; every field is optional but `limit`. */
export type SearchQuery = Partial<Record<FilterName, string[]>> & {
  q?: string
  status?: CredentialStatus[]
  sort?: SearchSort
  /** Facets to count; all six when absent. */
  facets?: FacetName[]
  limit: number
  cursor?: string
}

export type FacetEntry = { value: string; label: string; count: number }
export type SearchResult = {
  items: OfferingSummary[]
  /** Exact when `totalExact`; otherwise a lower bound (there are more matches than this). */
  total: number
  totalExact: boolean
  next: string | null
  facets: Partial<Record<FacetName, FacetEntry[]>>
}

/** What search needs from the store (the node's Store has both). */
export type SearchSource = {
  findOfferings(plan: SearchPlan): Promise<SearchRows>
  participantsByIds(ids: string[]): Promise<Map<string, ParticipantRow>>
}

/** A facet lists its most frequent values, this many at most (providers can be thousands). */
export const MAX_FACET_VALUES = 100

/**
 * Searches the catalogue: full text (accent- and case-insensitive, words, "phrases", prefix*),
 * filters (OR within one, AND across), facets counted with each facet ignoring its own filter,
 * and a keyset cursor for every sort. Serves the HTTP API, the web pages and peers alike.
 *
 * @example
 * const page = await searchOfferings(ctx.store, { q: 'securite', country: ['FR'], limit: 20 })
 * page.facets.certification // [{ value: 'SecNumCloud', label: 'SecNumCloud (ANSSI)', count: 12 }]
 */
export async function searchOfferings(
  source: SearchSource,
  query: SearchQuery,
): Promise<SearchResult> {
  const terms = searchTerms(query.q ?? '')
  const status = [...new Set(query.status?.length ? query.status : ['active'])].sort()
  const filters = normaliseFilters(query)
  // relevance ranks the text: without any, it would tie everything, so such a search is by name
  const sort =
    query.sort === 'relevance' || !query.sort ? (terms.length ? 'relevance' : 'name') : query.sort
  const fingerprint = fingerprintOf({ terms, status, filters, sort })
  const plan: SearchPlan = {
    terms,
    filters,
    status,
    sort,
    limit: query.limit,
    facets: query.facets ?? [...FACET_NAMES],
    ...(query.cursor ? { after: decodeCursor(query.cursor, fingerprint) } : {}),
  }
  const { rows, total, totalExact, facets } = await source.findOfferings(plan)
  const page = rows.slice(0, query.limit)
  const counted = Object.entries(facets).map(
    ([name, counts]) =>
      [
        name as FacetName,
        counts
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
          .slice(0, MAX_FACET_VALUES),
      ] as const,
  )
  const providers = await participants(source, [
    ...page.map((row) => row.providerId),
    ...counted.flatMap(([name, counts]) => (name === 'provider' ? counts.map((c) => c.value) : [])),
  ])
  const last = page.at(-1)
  return {
    items: page.map((row) => offeringSummary(row, providers.get(row.providerId))),
    total,
    totalExact,
    next: rows.length > query.limit && last ? encodeCursor(fingerprint, last) : null,
    facets: Object.fromEntries(
      counted.map(([name, counts]) => [
        name,
        counts.map(({ value, count }) => ({
          value,
          label: facetLabel(name, value, providers),
          count,
        })),
      ]),
    ),
  }
}

// D1 binds at most 100 parameters per statement, and a page plus a facet can name more providers
const LOOKUP_CHUNK = 90

async function participants(
  source: SearchSource,
  ids: string[],
): Promise<Map<string, ParticipantRow>> {
  const unique = [...new Set(ids)]
  const found = new Map<string, ParticipantRow>()
  for (let i = 0; i < unique.length; i += LOOKUP_CHUNK) {
    const chunk = await source.participantsByIds(unique.slice(i, i + LOOKUP_CHUNK))
    for (const [id, row] of chunk) found.set(id, row)
  }
  return found
}

function normaliseFilters(query: SearchQuery): SearchPlan['filters'] {
  const filters: SearchPlan['filters'] = {}
  for (const name of FILTER_NAMES) {
    const values = query[name]?.map((v) => v.trim()).filter((v) => v !== '')
    if (!values?.length) continue
    const normalised =
      name === 'type'
        ? values.flatMap(expandType)
        : name === 'keyword'
          ? values.flatMap(keywordVariants)
          : name === 'country' || name === 'label'
            ? values.map((v) => v.toUpperCase())
            : values
    filters[name] = [...new Set(normalised)].sort()
  }
  return filters
}

const regions = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' })
  } catch {
    return undefined
  }
})()

const CERTIFICATIONS: Record<string, string> = {
  SecNumCloud: 'SecNumCloud (ANSSI)',
  HDS: 'HDS (Hébergeur de données de santé)',
  ISO27001: 'ISO/IEC 27001',
  ISO27017: 'ISO/IEC 27017',
  ISO27018: 'ISO/IEC 27018',
  ISO27701: 'ISO/IEC 27701',
  C5: 'BSI C5',
  'EUCS-high': 'EUCS High',
  SOC2: 'SOC 2',
}
const LABELS: Record<string, string> = {
  SC: 'Gaia-X Standard Compliance',
  L1: 'Gaia-X Label Level 1',
  L2: 'Gaia-X Label Level 2',
  L3: 'Gaia-X Label Level 3',
}
const REGIMES: Record<string, string> = {
  GDPR2016: 'GDPR (EU) 2016/679',
  LGPD2019: 'LGPD (Brazil, 2019)',
  PDPA2012: 'PDPA (Singapore, 2012)',
  CCPA2018: 'CCPA (California, 2018)',
  VCDPA2021: 'VCDPA (Virginia, 2021)',
}

/** A facet value as a person reads it: provider name, country in English, class in words… */
function facetLabel(
  facet: FacetName,
  value: string,
  providers: Map<string, ParticipantRow>,
): string {
  switch (facet) {
    case 'provider':
      return providers.get(value)?.name ?? value
    case 'country':
      return (/^[A-Z]{2}$/.test(value) && regions?.of(value)) || value
    case 'type':
      return value
        .replace(/^gx:/, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    case 'certification':
      return CERTIFICATIONS[value] ?? value
    case 'label':
      return LABELS[value] ?? value
    case 'regime':
      return REGIMES[value] ?? value
  }
}

// A cursor is base64url JSON: [fingerprint, sort key, id, pk]. The fingerprint binds it to one
// search (text, filters, status, sort), so a cursor from another search is refused rather than
// read as a position in an order it was not taken from. A name longer than MAX_CURSOR_KEY is
// left out and read back from the row, to keep cursors short enough for a URL.
const MAX_CURSOR_KEY = 256

function fingerprintOf(search: object): string {
  let hash = 0x811c9dc5
  for (const c of JSON.stringify(search)) {
    hash ^= c.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

function encodeCursor(fingerprint: string, last: SearchRows['rows'][number]): string {
  const key =
    typeof last.sortKey === 'string' && last.sortKey.length > MAX_CURSOR_KEY ? null : last.sortKey
  const bytes = new TextEncoder().encode(JSON.stringify([fingerprint, key, last.id, last.pk]))
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function decodeCursor(cursor: string, fingerprint: string): NonNullable<SearchPlan['after']> {
  let payload: unknown
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))
    payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))))
  } catch {
    payload = undefined
  }
  if (Array.isArray(payload) && payload.length === 4 && payload[0] === fingerprint) {
    const [, key, id, pk] = payload as unknown[]
    const keyOk = key === null || typeof key === 'number' || typeof key === 'string'
    if (keyOk && typeof id === 'string' && Number.isSafeInteger(pk)) {
      return { ...(key === null ? {} : { key: key as number | string }), id, pk: pk as number }
    }
  }
  throw new BadRequestError('The cursor does not belong to this search.', [
    {
      code: 'cursor-invalid',
      path: '/query/cursor',
      message: {
        en: 'The cursor was not issued by this node for this search (same text, filters and sort); start again without it.',
        fr: 'Ce curseur n’a pas été émis par ce nœud pour cette recherche (même texte, filtres et tri) ; recommencez sans curseur.',
      },
      severity: 'violation',
    },
  ])
}
