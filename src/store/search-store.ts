import { eq, inArray, sql, type SQL } from 'drizzle-orm'
import { BadRequestError } from '../errors.js'
import { offering, participant } from './schema.js'
import {
  baseSet,
  list,
  pageQuery,
  statusCondition,
  type Filters,
  type Planned,
} from './search-sql.js'
import type { Db, OfferingRow } from './store.js'

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

export type SearchRow = OfferingRow & { sortKey: number | string }
export type FacetCount = { value: string; count: number }
export type SearchRows = {
  /** Up to `limit + 1` rows: one more than a page says whether there is a next one. */
  rows: SearchRow[]
  total: number
  facets: Partial<Record<FacetName, FacetCount[]>>
}

/**
 * Search over the offering index: FTS5 for text, `offering_tag` for filters and facets,
 * `offering_tag_count` for set sizes and for the unfiltered catalogue. Every statement is a
 * drizzle `sql` template awaited on its own, so it runs on better-sqlite3 and D1 alike; value
 * lists travel as one JSON parameter (`json_each(?)`) because D1 binds at most 100 parameters.
 *
 * @example
 * const { rows, total, facets } = await searchStore(db).findOfferings(plan)
 */
export function searchStore(db: Db) {
  return {
    async findOfferings(plan: SearchPlan): Promise<SearchRows> {
      const planned = await planSearch(db, plan)
      const rows = await pageRows(db, planned)
      // a first page that holds every match is its own count
      const total =
        !plan.after && rows.length <= plan.limit ? rows.length : await countRows(db, planned)
      const facets = await facetCounts(db, planned)
      return { rows, total, facets }
    },
  }
}

async function planSearch(db: Db, plan: SearchPlan): Promise<Planned> {
  const filterList = await resolveProviders(db, plan.filters)
  const after = plan.after && (await resolveAfter(db, plan.sort, plan.after))
  const match = plan.terms.length > 0 ? plan.terms.join(' ') : null
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
  let hits = 0
  if (match !== null) {
    const [row] = await db.all<{ n: number }>(
      sql`SELECT count(*) AS n FROM offering_fts WHERE offering_fts MATCH ${match}`,
    )
    hits = row?.n ?? 0
  }
  return {
    ...plan,
    ...{ after, filterList, match, hits, inStatus, outStatus, tagged, taggedInStatus },
  }
}

/** A provider is named by participant id or DID; offerings store the participant id. */
async function resolveProviders(db: Db, filters: SearchPlan['filters']): Promise<Filters> {
  const resolved = Object.entries(filters).filter(([, v]) => v && v.length > 0) as Filters
  const providers = filters.provider
  if (!providers?.length) return resolved
  const known = await db
    .select({ id: participant.id })
    .from(participant)
    .where(inArray(participant.did, providers))
  const ids = [...new Set([...providers, ...known.map((p) => p.id)])]
  return resolved.map(([name, values]) => [name, name === 'provider' ? ids : values])
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

async function pageRows(db: Db, p: Planned): Promise<SearchRow[]> {
  const keys = await db.all<{ pk: number; k: number | string }>(pageQuery(p))
  if (keys.length === 0) return []
  const rows = await db
    .select()
    .from(offering)
    .where(
      inArray(
        offering.pk,
        keys.map((k) => k.pk),
      ),
    )
  const byPk = new Map(rows.map((row) => [row.pk, row]))
  return keys.flatMap((k) => {
    const row = byPk.get(k.pk)
    return row ? [{ ...row, sortKey: k.k }] : []
  })
}

async function countRows(db: Db, p: Planned): Promise<number> {
  if (p.match === null && p.filterList.length === 0) return p.inStatus
  const [only] = p.filterList
  if (p.match === null && p.filterList.length === 1 && only && only[1].length === 1) {
    return p.taggedInStatus.get(only[0]) ?? 0
  }
  if (p.match !== null && p.filterList.length === 0 && statusCondition(sql``, p).length === 0) {
    return p.hits
  }
  const [row] = await db.all<{ n: number }>(
    sql`SELECT count(*) AS n FROM (${baseSet(p, p.filterList, true)})`,
  )
  return row?.n ?? 0
}

/**
 * Each facet is counted on the set filtered by everything but its own filter, as shop search
 * does, so its other values stay visible and selectable. Facets without a filter of their own
 * share one statement.
 */
async function facetCounts(db: Db, p: Planned): Promise<SearchRows['facets']> {
  const groups = new Map<string, { facets: FacetName[]; filters: Filters }>()
  for (const facet of p.facets) {
    const own = p.filterList.some(([name]) => name === facet)
    const key = own ? facet : ''
    const group = groups.get(key) ?? {
      facets: [],
      filters: own ? p.filterList.filter(([name]) => name !== facet) : p.filterList,
    }
    group.facets.push(facet)
    groups.set(key, group)
  }
  const counts: SearchRows['facets'] = Object.fromEntries(p.facets.map((f) => [f, []]))
  for (const group of groups.values()) {
    const rows = await db.all<{ facet: FacetName; value: string; n: number }>(
      facetQuery(p, group.filters, group.facets),
    )
    for (const row of rows) counts[row.facet]?.push({ value: row.value, count: row.n })
  }
  return counts
}

function facetQuery(p: Planned, filters: Filters, facets: FacetName[]): SQL {
  // nothing narrows the set: the counts the triggers keep answer without a scan
  if (p.match === null && filters.length === 0) {
    return sql`SELECT facet, value, sum(n) AS n FROM offering_tag_count
      WHERE facet IN ${list(facets)} AND status IN ${list(p.status)}
      GROUP BY facet, value`
  }
  // tags carry their offering's status, so the set itself needs no status check
  return sql`SELECT t.facet AS facet, t.value AS value, count(*) AS n
    FROM (${baseSet(p, filters, false)}) b CROSS JOIN offering_tag t ON t.pk = b.pk
    WHERE +t.facet IN ${list(facets)} AND t.status IN ${list(p.status)}
    GROUP BY t.facet, t.value`
}
