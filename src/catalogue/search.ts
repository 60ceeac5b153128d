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
import type { ListedOffering, ParticipantRow } from '../store/store.js'
import { normaliseFilters } from './search-filters.js'
import { facetLabel } from './search-labels.js'
import { suggestSearches, type Suggestion } from './search-suggestions.js'
import { queryParts } from './search-terms.js'
import { offeringSummary, type OfferingSummary } from './views.js'

export { FACET_NAMES, type FacetName, type SearchSort, type Suggestion }
export { LABEL_BASES } from './search-filters.js'
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

/** A result: the offering's summary, and the label level its own credentials meet. */
export type SearchItem = OfferingSummary & {
  /**
   * The level the offering's own credentials meet (its profile's `label.eligibleLevel`), while it
   * and its provider are active: what `label=eligible:…` filters on.
   */
  eligibleLabelLevel?: string
}

export type SearchResult = {
  items: SearchItem[]
  /** Exact when `totalExact`; otherwise a lower bound (there are more matches than this). */
  total: number
  totalExact: boolean
  next: string | null
  facets: Partial<Record<FacetName, FacetEntry[]>>
  /**
   * Searches that would find something, when this one finds nothing on its first page; empty
   * otherwise (the API leaves it out then).
   */
  suggestions: Suggestion[]
}

/** What search needs from the store (the node's Store has all three). */
export type SearchSource = {
  findOfferings(plan: SearchPlan): Promise<SearchRows>
  participantsByIds(ids: string[]): Promise<Map<string, ParticipantRow>>
  termsNear(word: string): Promise<{ term: string; docs: number }[]>
}

/** A facet lists its most frequent values, this many at most (providers can be thousands). */
export const MAX_FACET_VALUES = 100

/**
 * Searches the catalogue: full text (accent- and case-insensitive, words, "phrases", prefix*, the
 * usual names of vocabulary.ts for one another), filters (OR within one, AND across; codes in any
 * case, providers by name), facets counted with each facet ignoring its own filter, and a keyset
 * cursor for every sort. A first page that finds nothing says what would find something
 * (`suggestions`). Serves the HTTP API, the web pages and peers alike. A filter value that can
 * never match is a BadRequestError naming it.
 *
 * @example
 * const page = await searchOfferings(ctx.store, { q: 'securite', country: ['FR'], limit: 20 })
 * page.facets.certification // [{ value: 'SecNumCloud', label: 'SecNumCloud (ANSSI)', count: 12 }]
 */
export async function searchOfferings(
  source: SearchSource,
  query: SearchQuery,
): Promise<SearchResult> {
  const result = await searchOnce(source, query)
  if (result.total > 0 || query.cursor) return result
  return { ...result, suggestions: await suggestSearches(source, query, searchOnce) }
}

async function searchOnce(source: SearchSource, query: SearchQuery): Promise<SearchResult> {
  const terms = queryParts(query.q ?? '').map((part) => part.fts)
  const status = [...new Set(query.status?.length ? query.status : ['active'])].sort()
  const filters = normaliseFilters(query, FILTER_NAMES)
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
    items: page.map((row) => searchItem(row, providers.get(row.providerId))),
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
    suggestions: [],
  }
}

function searchItem(row: ListedOffering, provider: ParticipantRow | undefined): SearchItem {
  // as the label facet counts it (migration 0010): only while the offering and its provider are active
  const eligible =
    row.eligibleLevel && row.status === 'active' && provider?.status === 'active'
      ? row.eligibleLevel
      : undefined
  return {
    ...offeringSummary(row, provider),
    ...(eligible ? { eligibleLabelLevel: eligible } : {}),
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
