// The SQL of catalogue search, built from a planned search (search-store.ts plans and runs it).
// Conditions are chosen from the set sizes offering_tag_count keeps, because the cheapest way to
// test "has this tag" flips with the number of full-text hits.
import { sql, type SQL } from 'drizzle-orm'
import type { FilterName, SearchPlan } from './search-store.js'

export const STATUSES = ['active', 'deprecated', 'revoked', 'expired'] as const

export type Filters = [FilterName, string[]][]

/** What a statement is planned from: the search, and the sizes of the sets it combines. */
export type Planned = SearchPlan & {
  filterList: Filters
  match: string | null
  /** Offerings the text matches, any status (FTS5 counts its doclists without reading rows). */
  hits: number
  /** Offerings with a status of `status`, and with any other status. */
  inStatus: number
  outStatus: number
  /** Tags of each filter's values, any status (an upper bound of the offerings). */
  tagged: Map<FilterName, number>
  /** The same with a wanted status: exact for one value, as an offering has a tag once. */
  taggedInStatus: Map<FilterName, number>
}

export function list(values: readonly string[]): SQL {
  return sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`
}

/** A short list as bound parameters, which lets SQLite seek an index for each (D1: ≤ 100). */
function params(values: readonly string[]): SQL {
  return sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`
}

/**
 * `pk` has a tag of `facet` among `values`: one seek in offering_tag_pk_idx, then the few tags of
 * that facet checked against the list (`+` keeps SQLite from seeking once per listed value).
 */
function hasTag(pk: SQL, facet: string, values: string[]): SQL {
  const value = values.length === 1 ? sql`t.value = ${values[0]}` : sql`+t.value IN ${list(values)}`
  return sql`EXISTS (SELECT 1 FROM offering_tag t WHERE t.pk = ${pk} AND t.facet = ${facet} AND ${value})`
}

function and(conditions: SQL[]): SQL {
  return conditions.length ? sql` AND ${sql.join(conditions, sql` AND `)}` : sql``
}

// Rough costs per row, measured on the bench (µs): a seek in offering_tag_pk_idx per candidate,
// against building a set from an index range once and probing it per candidate.
const SEEK = 1
const BUILD = 0.3
const PROBE = 0.1

/**
 * The condition that `pk` (a full-text hit) has a tag of `facet` among `values`: a seek per hit
 * when hits are few, else one set built from the tag index and probed (`+` keeps SQLite from
 * turning the set into rowid lookups on the FTS table).
 */
function tagCondition(pk: SQL, facet: string, values: string[], hits: number, tags: number): SQL {
  if (hits * SEEK <= tags * BUILD + hits * PROBE) return hasTag(pk, facet, values)
  return sql`+${pk} IN (SELECT t.pk FROM offering_tag t WHERE t.facet = ${facet} AND t.value IN ${list(values)})`
}

/** Status for full-text hits: a seek each, the wanted statuses as a set, or the others excluded. */
export function statusCondition(pk: SQL, p: Planned): SQL[] {
  // nothing the node holds has another status: the check would pass every hit
  if (p.outStatus === 0) return []
  const others = STATUSES.filter((s) => !p.status.includes(s))
  if (p.outStatus < p.inStatus && p.hits * SEEK > p.outStatus * BUILD + p.hits * PROBE) {
    return [
      sql`+${pk} NOT IN (SELECT t.pk FROM offering_tag t WHERE t.facet = 'status' AND t.value IN ${list(others)})`,
    ]
  }
  return [tagCondition(pk, 'status', p.status, p.hits, p.inStatus)]
}

/**
 * The offerings matching the text and `filters`, one `pk` each; with `status`, only those whose
 * status is wanted. Driven by the full-text index when there is text, else by the filter with
 * the fewest tags.
 */
export function baseSet(p: Planned, filters: Filters, status: boolean): SQL {
  if (p.match !== null) {
    const rowid = sql.raw('f.rowid')
    const conditions = filters.map(([name, values]) =>
      tagCondition(rowid, name, values, p.hits, p.tagged.get(name) ?? 0),
    )
    if (status) conditions.push(...statusCondition(rowid, p))
    return sql`SELECT f.rowid AS pk FROM offering_fts f WHERE offering_fts MATCH ${p.match}${and(conditions)}`
  }
  const sorted = [...filters].sort((a, b) => (p.tagged.get(a[0]) ?? 0) - (p.tagged.get(b[0]) ?? 0))
  const [first, ...rest] = sorted
  const [facet, values] = first ?? ['status', p.status]
  // several values of the driving filter may tag the same offering: DISTINCT keeps one row each
  const distinct = sql.raw(values.length > 1 && facet !== 'status' ? 'DISTINCT ' : '')
  const pk = sql.raw('d.pk')
  const conditions = rest.map(([name, v]) => hasTag(pk, name, v))
  // tags carry their offering's status, so the driving range checks it for free
  return sql`SELECT ${distinct}d.pk AS pk FROM offering_tag d WHERE d.facet = ${facet} AND d.value IN ${list(values)} AND d.status IN ${list(p.status)}${and(conditions)}`
}

export function pageQuery(p: Planned): SQL {
  const limit = p.limit + 1
  const after = p.after
  if (p.sort === 'relevance' && p.match !== null) return relevanceQuery(p, limit)
  const narrowed =
    p.match !== null || p.filterList.length > 0
      ? sql` AND o.pk IN (${baseSet(p, p.filterList, false)})`
      : sql``
  if (p.sort === '-updated') {
    const keyset = after
      ? sql` AND (o.updated_at < ${after.key} OR (o.updated_at = ${after.key} AND o.id < ${after.id}))`
      : sql``
    return sql`SELECT o.pk AS pk, o.updated_at AS k FROM offering o
      WHERE o.status IN ${params(p.status)}${narrowed}${keyset}
      ORDER BY o.updated_at DESC, o.id DESC LIMIT ${limit}`
  }
  const keyset = after
    ? sql` AND (o.name > ${after.key} OR (o.name = ${after.key} AND o.id > ${after.id}))`
    : sql``
  return sql`SELECT o.pk AS pk, o.name AS k FROM offering o
    WHERE o.status IN ${params(p.status)}${narrowed}${keyset}
    ORDER BY o.name ASC, o.id ASC LIMIT ${limit}`
}

/**
 * Relevance: 20 when every term is in the name, +10 when any is, +4 when any is in the keywords;
 * ties (and everything matched by the description alone, 0) by pk. It depends on nothing but the
 * row and the query, so the keyset cursor stays exact while offerings arrive, where bm25's IDF
 * and average length move with every insert (a (bm25, id) cursor skipped rows on the bench). The
 * name and keyword sets come from the small offering_fields_fts; the ranked arm sorts only the
 * hits in them, and the description-only arm streams in rowid order, stopping at the page.
 */
function relevanceQuery(p: Planned, limit: number): SQL {
  const after = p.after
  const any = p.terms.join(' OR ')
  const rowid = sql.raw('f.rowid')
  const conditions = and([
    ...p.filterList.map(([name, values]) =>
      tagCondition(rowid, name, values, p.hits, p.tagged.get(name) ?? 0),
    ),
    ...statusCondition(rowid, p),
  ])
  const fields = sql`WITH
    name_all(pk) AS (SELECT rowid FROM offering_fields_fts WHERE offering_fields_fts MATCH ${`{name} : (${p.match})`}),
    name_any(pk) AS (SELECT rowid FROM offering_fields_fts WHERE offering_fields_fts MATCH ${`{name} : (${any})`}),
    keywords_any(pk) AS (SELECT rowid FROM offering_fields_fts WHERE offering_fields_fts MATCH ${`{keywords} : (${any})`})`
  const rest = sql`SELECT * FROM (SELECT f.rowid AS pk, 0 AS k FROM offering_fts f
    WHERE offering_fts MATCH ${p.match} AND +f.rowid NOT IN name_any AND +f.rowid NOT IN keywords_any${conditions}
    ${after?.key === 0 ? sql`AND f.rowid > ${after.pk}` : sql``}
    ORDER BY f.rowid ASC LIMIT ${limit})`
  if (after?.key === 0) return sql`${fields} ${rest}`
  const keyset = after
    ? sql` AND (k < ${after.key} OR (k = ${after.key} AND f.rowid > ${after.pk}))`
    : sql``
  const ranked = sql`SELECT * FROM (SELECT f.rowid AS pk,
      20 * (f.rowid IN name_all) + 10 * (f.rowid IN name_any) + 4 * (f.rowid IN keywords_any) AS k
    FROM offering_fts f
    WHERE offering_fts MATCH ${p.match} AND (+f.rowid IN name_any OR +f.rowid IN keywords_any)${conditions}${keyset}
    ORDER BY k DESC, f.rowid ASC LIMIT ${limit})`
  return sql`${fields} SELECT pk, k FROM (${ranked} UNION ALL ${rest}) LIMIT ${limit}`
}
