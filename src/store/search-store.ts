import { eq, getTableColumns, or, sql } from 'drizzle-orm'
import { BadRequestError } from '../errors.js'
import { inList, inListParam, listParam } from './in-list.js'
import { offering, participant } from './schema.js'
import { prepared } from './read-store.js'
import { CONCEPT_TOKENS, foldText } from './search-tokens.js'
import {
  facetCounts,
  facetValueNames,
  type FacetMirror,
  type FacetValueNames,
} from './search-facets.js'
import {
  countQuery,
  countsInMirror,
  packedSet,
  pageQuery,
  pagesFromSet,
  type Filters,
  type Planned,
} from './search-sql.js'
import type { Db, ListedOffering } from './store.js'

/** The facets search counts; `offering_tag.facet` holds these names (migration 0004). */
export const FACET_NAMES = [
  'provider',
  'country',
  'type',
  'certification',
  'label',
  'regime',
] as const
export type FacetName = (typeof FACET_NAMES)[number]
/** What can be filtered on: the facets, plus keywords (stored lowercased by SQLite's lower()). */
export type FilterName = FacetName | 'keyword'
export type SearchSort = 'relevance' | 'name' | '-updated'

/**
 * A search the store runs as given: values are already normalised (types expanded to their
 * subclasses, keywords to their case variants) and `terms` are safe FTS5 strings.
 */
export type SearchPlan = {
  /** FTS5 strings (`"word"`, `"a phrase"`, `"pre" *`), all required; empty for no text. */
  terms: string[]
  filters: Partial<Record<FilterName, string[]>>
  status: string[]
  sort: SearchSort
  /**
   * Where the previous page ended: the sort key (relevance, name or updatedAt), id and pk of its
   * last row. A key left out (a very long name) is read back from the row.
   */
  after?: { key?: number | string; id: string; pk: number }
  limit: number
  facets: FacetName[]
}

export type SearchRow = ListedOffering & { sortKey: number | string }
export type FacetCount = { value: string; count: number }
export type SearchRows = {
  /** Up to `limit + 1` rows: one more than a page says whether there is a next one. */
  rows: SearchRow[]
  /** The number of matches when `totalExact`, else MAX_EXACT_TOTAL (there are more). */
  total: number
  totalExact: boolean
  facets: Partial<Record<FacetName, FacetCount[]>>
}

/**
 * Totals are exact up to this many matches. Counting costs per match (~0.3 µs with the status
 * check, so 10 ms for a term in a third of 100k offerings, 100 ms at 1M): a broad search says
 * "more than" instead, as a person narrows it rather than reading that far.
 */
export const MAX_EXACT_TOTAL = 1000
/** Hits counted for planning; beyond, their number is estimated. */
const HITS_COUNTED = 5000

export type SearchStoreOptions = {
  /** Answers kept per catalogue version; 0 computes every search. */
  cacheSize?: number
  /** The facet packs in memory (Node): facets are counted there once it is loaded. */
  facetMirror?: FacetMirror
}

/**
 * Answers are small (a page of rows and the facets), and the same searches come back (a
 * catalogue's landing page, a peer polling, a person paging back): ~128 kept cost a few MB.
 */
const CACHE_SIZE = 128

/** Candidates read for a misspelt word at most (a first letter's words of the right length). */
const TERMS_NEAR = 20_000

/**
 * Search over the offering index: FTS5 for text, `offering_tag` for filters and facets,
 * `offering_tag_count` for set sizes and for the unfiltered catalogue. Every statement is a
 * drizzle `sql` template awaited on its own, so it runs on better-sqlite3 and D1 alike; value
 * lists travel as one JSON parameter (`json_each(?)`) because D1 binds at most 100 parameters.
 *
 * Answers are kept per search and catalogue version (`search_version`, bumped by triggers on
 * every write to offerings or participants, migration 0005). The version is read before the
 * search runs, so an answer is never kept under a version older than the rows it was read from:
 * a write between the two makes it a version no later request reads.
 *
 * @example
 * const { rows, total, facets } = await searchStore(db).findOfferings(plan)
 */
export function searchStore(db: Db, options: SearchStoreOptions = {}) {
  const size = options.cacheSize ?? CACHE_SIZE
  // built once (read-store.ts `prepared`): drizzle building the select cost about what running it does
  const listed = prepared(() => {
    const { synonyms: _s, mentions: _m, concepts: _c, ...columns } = getTableColumns(offering)
    return db.select(columns).from(offering).where(inListParam(offering.pk, 'pks')).prepare()
  })
  const searching: Searching = {
    names: facetValueNames(db),
    mirror: options.facetMirror,
    rowsOf: async (pks) => listed().all({ pks: listParam(pks) }),
  }
  const answers = new Map<string, SearchRows>()
  let answersVersion: number | undefined
  const catalogueVersion = async (): Promise<number> => {
    const [row] = await db.all<{ n: number }>(sql`SELECT n FROM search_version`)
    return row?.n ?? 0
  }
  return {
    /**
     * Indexed words that could be `word` misspelt: same first letter, at most two letters longer
     * or shorter, with the number of offerings holding each (offering_fts_terms, migration 0010).
     * Folded as the index folds them.
     */
    async termsNear(word: string): Promise<{ term: string; docs: number }[]> {
      const first = word.codePointAt(0)
      if (first === undefined) return []
      const [from, to] = [String.fromCodePoint(first), String.fromCodePoint(first + 1)]
      const length = [...word].length
      return db.all<{ term: string; docs: number }>(
        sql`SELECT term, doc AS docs FROM offering_fts_terms
          WHERE term >= ${from} AND term < ${to} AND length(term) BETWEEN ${length - 2} AND ${length + 2}
            AND NOT term GLOB ${CONCEPT_TOKENS}
          LIMIT ${TERMS_NEAR}`,
      )
    },

    /**
     * The catalogue's version as search sees it: any write to offerings or participants moves
     * it, so an answer made under one version stands until it moves.
     */
    catalogueVersion,

    async findOfferings(plan: SearchPlan): Promise<SearchRows> {
      if (size === 0) return findOfferings(db, plan, searching)
      const version = await catalogueVersion()
      if (version !== answersVersion) {
        answers.clear()
        answersVersion = version
      }
      const key = JSON.stringify(plan)
      let answer = answers.get(key)
      if (answer) {
        answers.delete(key)
      } else {
        answer = await findOfferings(db, plan, searching)
        // another request may have seen a later version meanwhile and cleared the answers
        if (answersVersion !== version) return answer
        if (answers.size >= size) answers.delete(answers.keys().next().value as string)
      }
      answers.set(key, answer)
      // callers sort facet counts in place: they get arrays of their own
      return {
        ...answer,
        facets: Object.fromEntries(
          Object.entries(answer.facets).map(([name, counts]) => [name, [...counts]]),
        ),
      }
    },
  }
}

/** What searches keep between them: facet value names, the facet mirror, the page's rows query. */
type Searching = {
  names: FacetValueNames
  mirror?: FacetMirror
  rowsOf: (pks: number[]) => Promise<ListedOffering[]>
}

async function findOfferings(
  db: Db,
  plan: SearchPlan,
  { names, mirror, rowsOf }: Searching,
): Promise<SearchRows> {
  const planned = await planSearch(db, plan, mirror !== undefined)
  // no offering holds every term: nothing to page, count or facet (the tiers of a query with a
  // word no offering holds would otherwise read every offering holding the others)
  if (planned.match !== null && planned.hitsExact && planned.hits === 0) {
    return {
      rows: [],
      total: 0,
      totalExact: true,
      facets: Object.fromEntries(plan.facets.map((facet) => [facet, []])),
    }
  }
  const { rows, matches } = await pageRows(db, planned, rowsOf, mirror)
  const { facets, matched } = await facetCounts(db, planned, names, mirror)
  // a first page that holds every match is its own count
  const { total, exact } =
    matches !== undefined
      ? { total: matches, exact: true }
      : !plan.after && rows.length <= plan.limit
        ? { total: rows.length, exact: true }
        : await countRows(db, planned, matched, mirror)
  return { rows, total, totalExact: exact, facets }
}

/** `mirrored`: facet packs are held in memory, where a text search's facet filters are checked. */
async function planSearch(db: Db, plan: SearchPlan, mirrored: boolean): Promise<Planned> {
  const filterList = await resolveProviders(db, plan.filters)
  const after = plan.after && (await resolveAfter(db, plan.sort, plan.after))
  // explicit AND: FTS5 reads no implicit AND next to a parenthesised term
  const match = plan.terms.length > 0 ? plan.terms.join(' AND ') : null
  const keys = filterList.flatMap(([name, values]) => values.map((v) => [name, v]))
  const counts = await db.all<{ facet: string; value: string; status: string; n: number }>(
    keys.length === 0
      ? sql`SELECT facet, value, status, n FROM offering_tag_count WHERE facet = 'status'`
      : sql`SELECT facet, value, status, n FROM offering_tag_count WHERE facet = 'status'
        UNION ALL SELECT c.facet, c.value, c.status, c.n
        FROM json_each(${JSON.stringify(keys)}) j CROSS JOIN offering_tag_count c
        ON c.facet = j.value ->> 0 AND c.value = j.value ->> 1`,
  )
  const tagged = new Map<FilterName, number>()
  const taggedInStatus = new Map<FilterName, number>()
  let inStatus = 0
  let outStatus = 0
  for (const row of counts) {
    if (row.facet === 'status') {
      if (plan.status.includes(row.value)) inStatus += row.n
      else outStatus += row.n
    } else {
      const name = row.facet as FilterName
      tagged.set(name, (tagged.get(name) ?? 0) + row.n)
      if (plan.status.includes(row.status)) {
        taggedInStatus.set(name, (taggedInStatus.get(name) ?? 0) + row.n)
      }
    }
  }
  const packIds = new Map<FilterName, number[]>()
  if (match === null ? filterList.length > 1 : mirrored && filterList.length > 0) {
    const facetKeys = keys.filter(([name]) => (FACET_NAMES as readonly string[]).includes(name!))
    const ids = await db.all<{ facet: FilterName; id: number }>(
      sql`SELECT v.facet AS facet, v.id AS id FROM json_each(${JSON.stringify(facetKeys)}) j
        CROSS JOIN facet_value v ON v.facet = j.value ->> 0 AND v.value = j.value ->> 1`,
    )
    for (const [name] of filterList) {
      if (name !== 'keyword') packIds.set(name, [])
    }
    for (const row of ids) packIds.get(row.facet)?.push(row.id)
  }
  let hits = 0
  let hitsExact = true
  if (match !== null) {
    // hits come in pk order: the first ones, and how far they reach, are read from the doclists
    const [row] = await db.all<{ n: number; last: number | null; top: number | null }>(
      sql`SELECT count(*) AS n, max(pk) AS last, (SELECT max(pk) FROM offering) AS top
        FROM (SELECT rowid AS pk FROM offering_fts WHERE offering_fts MATCH ${match} LIMIT ${HITS_COUNTED})`,
    )
    hits = row?.n ?? 0
    hitsExact = hits < HITS_COUNTED
    if (!hitsExact && row?.last && row.top) hits = Math.round((hits * row.top) / row.last)
  }
  return {
    ...plan,
    ...{ after, filterList, match, hits, hitsExact, inStatus, outStatus, tagged, taggedInStatus },
    packIds,
  }
}

/**
 * A provider is named by participant id, DID or name; offerings store the participant id. A value
 * that is neither an id nor a DID the node holds is read as a name, compared as typed with case
 * and accents ignored: the participant of that name, else those whose name starts with its words
 * ("Rheinwerk" for "Rheinwerk Sovereign Consulting GmbH"). The values stay in the list as given,
 * so an id the node does not hold yet still names that provider.
 */
async function resolveProviders(db: Db, filters: SearchPlan['filters']): Promise<Filters> {
  const resolved = Object.entries(filters).filter(([, v]) => v && v.length > 0) as Filters
  const providers = filters.provider
  if (!providers?.length) return resolved
  const known = await db
    .select({ id: participant.id, did: participant.did })
    .from(participant)
    .where(or(inList(participant.did, providers), inList(participant.id, providers)))
  const names = providers.filter((v) => !known.some((p) => p.id === v || p.did === v))
  const named = await Promise.all(names.map((name) => participantsNamed(db, name)))
  const ids = [...new Set([...providers, ...known.map((p) => p.id), ...named.flat()])]
  return resolved.map(([name, values]) => [name, name === 'provider' ? ids : values])
}

/**
 * The ids of the participants named `name`. SQLite's LIKE folds neither accents nor non-ASCII
 * case, so the pattern only keeps digits and the number of letters of each word (any letter may
 * carry an accent in some language); the candidates are then compared folded.
 */
async function participantsNamed(db: Db, name: string): Promise<string[]> {
  const wanted = foldText(name)
  if (wanted === '') return []
  const pattern = wanted
    .split(' ')
    .map((word) => [...word].map((c) => (/^[0-9]$/.test(c) ? c : '_')).join(''))
    .join('%')
  const rows = await db.all<{ id: string; name: string }>(
    sql`SELECT id, name FROM participant WHERE name LIKE ${`%${pattern}%`}`,
  )
  const exact = rows.filter((row) => foldText(row.name) === wanted)
  if (exact.length > 0) return exact.map((row) => row.id)
  return rows.filter((row) => foldText(row.name).startsWith(`${wanted} `)).map((row) => row.id)
}

async function resolveAfter(
  db: Db,
  sort: SearchSort,
  after: NonNullable<SearchPlan['after']>,
): Promise<SearchPlan['after']> {
  if (after.key !== undefined) return after
  const [row] = await db
    .select({ name: offering.name, updatedAt: offering.updatedAt, id: offering.id })
    .from(offering)
    .where(eq(offering.pk, after.pk))
  if (!row || sort === 'relevance') {
    throw new BadRequestError('The cursor points at an offering this node no longer holds.')
  }
  return { key: sort === 'name' ? row.name : row.updatedAt, id: row.id, pk: after.pk }
}

async function pageRows(
  db: Db,
  p: Planned,
  rowsOf: Searching['rowsOf'],
  mirror?: FacetMirror,
): Promise<{ rows: SearchRow[]; matches?: number }> {
  // a set read whole may be chosen by its packs in memory, and then only sorted in SQLite
  const packed = mirror && pagesFromSet(p) ? packedSet(p, p.filterList) : undefined
  const chosen = packed && mirror?.select(packed.set, packed.checks)
  const keys = await db.all<{ pk: number; k: number | string; n?: number }>(pageQuery(p, chosen))
  if (keys.length === 0) return { rows: [] }
  const rows = await rowsOf(keys.map((k) => k.pk))
  const byPk = new Map(rows.map((row) => [row.pk, row]))
  return {
    rows: keys.flatMap((k) => {
      const row = byPk.get(k.pk)
      return row ? [{ ...row, sortKey: k.k }] : []
    }),
    ...(keys[0]?.n !== undefined ? { matches: keys[0].n } : {}),
  }
}

/**
 * The number of matches: exact when the kept counts or FTS5 give it, else counted up to
 * MAX_EXACT_TOTAL and no further; `matched` is that count, when counting the facets made it. A
 * text search whose filters few hits meet is counted in the mirror's packs: every hit read from
 * the full-text index, none sought in offering_tag.
 */
async function countRows(
  db: Db,
  p: Planned,
  matched?: number,
  mirror?: FacetMirror,
): Promise<{ total: number; exact: boolean }> {
  if (p.match === null && p.filterList.length === 0) return { total: p.inStatus, exact: true }
  const [only] = p.filterList
  if (p.match === null && p.filterList.length === 1 && only && only[1].length === 1) {
    return { total: p.taggedInStatus.get(only[0]) ?? 0, exact: true }
  }
  if (p.match !== null && p.filterList.length === 0 && p.outStatus === 0 && p.hitsExact) {
    return { total: p.hits, exact: true }
  }
  if (matched === undefined && mirror && countsInMirror(p, MAX_EXACT_TOTAL)) {
    const { set, checks } = packedSet(p, p.filterList)
    matched = mirror.count(set, p.status, checks)
  }
  const n = matched ?? (await db.all<{ n: number }>(countQuery(p, MAX_EXACT_TOTAL)))[0]?.n ?? 0
  return n > MAX_EXACT_TOTAL ? { total: MAX_EXACT_TOTAL, exact: false } : { total: n, exact: true }
}
