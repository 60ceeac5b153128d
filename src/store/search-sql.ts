// The SQL of catalogue search, built from a planned search (search-store.ts plans and runs it).
// Conditions are chosen from the set sizes offering_tag_count keeps, because the cheapest way to
// test "has this tag" flips with the number of full-text hits.
import { sql, type SQL } from 'drizzle-orm'
import { fewValues, list } from './in-list.js'
import type { FilterName, SearchPlan } from './search-store.js'
import { inName } from './search-tokens.js'

export const STATUSES = ['active', 'deprecated', 'revoked', 'expired'] as const

export type Filters = [FilterName, string[]][]

/** What a statement is planned from: the search, and the sizes of the sets it combines. */
export type Planned = SearchPlan & {
  filterList: Filters
  match: string | null
  /**
   * Offerings the text matches, any status: exact when `hitsExact`, else estimated from how far
   * into the pk range the first HITS_COUNTED of them reach (pks spread evenly enough to plan by).
   */
  hits: number
  hitsExact: boolean
  /** Offerings with a status of `status`, and with any other status. */
  inStatus: number
  outStatus: number
  /** Tags of each filter's values, any status (an upper bound of the offerings). */
  tagged: Map<FilterName, number>
  /** The same with a wanted status: exact for one value, as an offering has a tag once. */
  taggedInStatus: Map<FilterName, number>
  /**
   * `facet_value` ids of each facet filter's values (none: no offering has them), read only for
   * a search of several filters and no text, whose candidates are checked in their facet packs.
   */
  packIds: Map<FilterName, number[]>
}

/**
 * `pk` has a tag of `facet` among `values`: one seek in offering_tag_pk_idx, then the few tags of
 * that facet checked against the list (`+` keeps SQLite from seeking once per listed value).
 */
function hasTag(pk: SQL, facet: string, values: string[]): SQL {
  const value = values.length === 1 ? sql`t.value = ${values[0]}` : sql`+t.value IN ${list(values)}`
  return sql`EXISTS (SELECT 1 FROM offering_tag t WHERE t.pk = ${pk} AND t.facet = ${facet} AND ${value})`
}

/**
 * `fp` (an offering's facet pack) holds one of `ids`. One rowid seek in offering_facet_pack per
 * candidate checks every facet filter, where hasTag seeks offering_tag_pk_idx once per filter,
 * an index 15 times larger: DE+C5+compute at 1M offerings went from 88 to 35 ms.
 */
function packHas(ids: number[]): SQL {
  if (ids.length === 0) return sql`0`
  return sql`(${sql.join(
    ids.map((id) => sql`instr(',' || fp.ids || ',', ${`,${id},`})`),
    sql` OR `,
  )})`
}

/** Ids bound for pack checks in one statement, well below D1's 100 parameters. */
const PACK_PARAMS = 32

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
function statusCondition(pk: SQL, p: Planned): SQL[] {
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
  const { distinct, where, rest } = drivingTags(p, filters)
  const pk = sql.raw('d.pk')
  let budget = PACK_PARAMS
  const conditions = rest.map(([name, v]) => {
    const ids = p.packIds.get(name)
    // keywords are not packed; a long list of values is seeked rather than bound id by id
    if (!ids || ids.length > budget)
      return { packed: false, cost: Infinity, sql: hasTag(pk, name, v) }
    budget -= ids.length
    return { packed: true, cost: ids.length, sql: packHas(ids) }
  })
  // a pack check costs a scan of the pack per id, a seek more: the cheapest first, as a candidate
  // stops at its first failed check (DE+C5+compute at 100k: 3.0 ms with the four types first, 2.1
  // with DE)
  conditions.sort((a, b) => a.cost - b.cost)
  const pack = conditions.some((c) => c.packed)
    ? sql` CROSS JOIN offering_facet_pack fp ON fp.pk = d.pk`
    : sql``
  return sql`SELECT ${distinct}d.pk AS pk FROM offering_tag d${pack} WHERE ${where}${and(conditions.map((c) => c.sql))}`
}

/**
 * The offerings baseSet finds (without the status check), split for packs held elsewhere (the
 * facet mirror): a query of pks, and for each filter it leaves out the facet value ids one of
 * which an offering's pack must hold. The keyword filters (packs hold no keywords) stay in SQL,
 * and so do, without text, the driving filter's tags; with text, the full-text hits.
 */
export function packedSet(p: Planned, filters: Filters): { set: SQL; checks: number[][] } {
  const driving = p.match === null ? drivingTags(p, filters) : undefined
  const checks: number[][] = []
  const kept: Filters = []
  for (const [name, values] of driving?.rest ?? filters) {
    const ids = p.packIds.get(name)
    if (ids) checks.push(ids)
    else kept.push([name, values])
  }
  if (!driving) return { set: baseSet(p, kept, false), checks }
  const conditions = kept.map(([name, values]) => hasTag(sql.raw('d.pk'), name, values))
  const set = sql`SELECT ${driving.distinct}d.pk AS pk FROM offering_tag d WHERE ${driving.where}${and(conditions)}`
  return { set, checks }
}

/** The filter with the fewest tags drives a search without text: its tags of a wanted status. */
function drivingTags(p: Planned, filters: Filters): { distinct: SQL; where: SQL; rest: Filters } {
  const sorted = [...filters].sort((a, b) => (p.tagged.get(a[0]) ?? 0) - (p.tagged.get(b[0]) ?? 0))
  const [first, ...rest] = sorted
  const [facet, values] = first ?? ['status', p.status]
  // several values of the driving filter may tag the same offering: DISTINCT keeps one row each
  const distinct = sql.raw(values.length > 1 && facet !== 'status' ? 'DISTINCT ' : '')
  // tags carry their offering's status, so the driving range checks it for free
  const where = sql`d.facet = ${facet} AND d.value IN ${list(values)} AND d.status IN ${fewValues(p.status)}`
  return { distinct, where, rest }
}

/**
 * The matches, counted up to `cap + 1` so that a broad search stops early: the conditions are
 * those of a page `cap + 1` long, as the count reads about as many hits as such a page would.
 */
export function countQuery(p: Planned, cap: number): SQL {
  if (p.match === null) {
    return sql`SELECT count(*) AS n FROM (${baseSet(p, p.filterList, true)} LIMIT ${cap + 1})`
  }
  const rowid = sql.raw('f.rowid')
  return sql`SELECT count(*) AS n FROM (SELECT 1 FROM offering_fts f
    WHERE offering_fts MATCH ${p.match}${and(streamConditions(rowid, p, cap + 1))} LIMIT ${cap + 1})`
}

/**
 * Whether the page of a search is read from its whole set of matches, built first and counted
 * by the same statement: filters alone, unless the sort index is walked instead.
 */
export function pagesFromSet(p: Planned): boolean {
  return p.match === null && p.filterList.length > 0 && !walksSortIndex(p, p.limit + 1)
}

/**
 * A page of `pk`s and sort keys `k`, and with filters alone the number of matches `n`. `chosen`
 * is the set (its pks) of a search that pagesFromSet, when it was built elsewhere.
 */
export function pageQuery(p: Planned, chosen?: readonly number[]): SQL {
  const limit = p.limit + 1
  const after = p.after
  if (p.sort === 'relevance' && p.match !== null) return relevanceQuery(p, limit)
  // Filters alone: their set is built whole before it is sorted (or probed), so the same
  // statement counts it, for the total, instead of a second one building it again.
  const walked = walksSortIndex(p, limit)
  const counted = pagesFromSet(p)
  const set = chosen
    ? sql`SELECT value FROM json_each(${JSON.stringify(chosen)})`
    : baseSet(p, p.filterList, false)
  const base = counted ? sql`WITH base(pk) AS MATERIALIZED (${set}) ` : sql``
  const n = counted ? sql`, (SELECT count(*) FROM base) AS n` : sql``
  const narrowed = walked
    ? sql` AND ${hasTag(sql.raw('o.pk'), ...walked)}`
    : counted
      ? sql` AND o.pk IN base`
      : p.match !== null
        ? sql` AND o.pk IN (${baseSet(p, p.filterList, false)})`
        : sql``
  if (p.sort === '-updated') {
    const keyset = after
      ? sql` AND (o.updated_at < ${after.key} OR (o.updated_at = ${after.key} AND o.id < ${after.id}))`
      : sql``
    return sql`${base}SELECT o.pk AS pk, o.updated_at AS k${n} FROM offering o
      WHERE o.status IN ${fewValues(p.status)}${narrowed}${keyset}
      ORDER BY o.updated_at DESC, o.id DESC LIMIT ${limit}`
  }
  const keyset = after
    ? sql` AND (o.name > ${after.key} OR (o.name = ${after.key} AND o.id > ${after.id}))`
    : sql``
  return sql`${base}SELECT o.pk AS pk, o.name AS k${n} FROM offering o
    WHERE o.status IN ${fewValues(p.status)}${narrowed}${keyset}
    ORDER BY o.name ASC, o.id ASC LIMIT ${limit}`
}

/** Rows of the sort index a page may read, at most, when walked in order with a tag check each. */
const WALK_MAX = 2000

/**
 * The filter of a search without text whose page is best read by walking the sort index of its
 * status and checking each row's tags, until a page is found: one filter of one value, that a
 * fair share of the catalogue meets, and one status. Building its set and sorting it read every
 * match (label=eligible:L2 at 100k, 22,486 offerings: 28 ms; the walk reads ~90 rows, 0.1 ms).
 * Its total is then the kept tag count, exact for one value.
 */
function walksSortIndex(p: Planned, limit: number): [string, string[]] | undefined {
  const [only] = p.filterList
  if (p.match !== null || p.filterList.length !== 1 || p.status.length !== 1 || !only) return
  if (only[1].length !== 1) return
  const matches = p.taggedInStatus.get(only[0]) ?? 0
  if (matches === 0 || (limit * p.inStatus) / matches > WALK_MAX) return
  return only
}

/**
 * Relevance: 20 when every term is in the name, +10 when any is, +4 when any is in the keywords
 * or the synonyms (the usual names of the offering's certifications and kind, migration 0010);
 * ties (and everything matched by the description or the mentions alone, 0) by pk. It depends on nothing but the
 * row and the query, so the keyset cursor stays exact while offerings arrive, where bm25's IDF
 * and average length move with every insert (a (bm25, id) cursor skipped rows on the bench).
 *
 * The score takes six values, so the page is read tier by tier, best first: each tier is one
 * FTS5 expression over the small offering_fields_fts, streamed in pk order and stopped at the
 * page, and the description-only tier streams offering_fts. Sorting every hit by its score cost
 * 10 ms for a term in a third of 100k offerings; a tier stops after a page of rows.
 */
/** Offerings holding every term, at most, that the partial tiers read as a set. */
const FULL_SET_MAX = 500

function relevanceQuery(p: Planned, limit: number): SQL {
  const after = p.after
  const all = `(${p.terms.join(' AND ')})`
  const any = `(${p.terms.join(' OR ')})`
  // an entry of the vocabulary is sought in names by its name token (search-tokens.ts), and by its
  // own token, which a name naming it holds too: a name token a partner typed in alone does not
  // make a name hold the entry. Seeking each name in offering_fts for the whole search instead
  // cost 45 µs a row ("réseau" at 100k: 5 ms for a page of 100, 138 ms to page through its names).
  const names = p.terms.map((term) => {
    const name = inName(term)
    return name === term ? term : `(${name} AND ${term})`
  })
  const namesEntries = names.some((name, i) => name !== p.terms[i])
  const nameAll = `({name} : (${names.join(' AND ')}))`
  const nameAny = `({name} : (${names.join(' OR ')}))`
  const keywordsAny = `({keywords synonyms} : ${any})`
  const single = p.terms.length === 1
  // with one term, "any" is "all": the tiers of a name holding some terms only are empty
  const tiers: [number, string, boolean][] = [
    // a name holding every term holds the whole search
    [34, `${nameAll} AND ${keywordsAny}`, false],
    [30, `${nameAll} NOT ${keywordsAny}`, false],
    ...(single
      ? []
      : ([
          [14, `(${nameAny} NOT ${nameAll}) AND ${keywordsAny}`, true],
          [10, `(${nameAny} NOT ${nameAll}) NOT ${keywordsAny}`, true],
        ] as [number, string, boolean][])),
    [4, `${keywordsAny} NOT ${nameAny}`, !single],
  ]
  const arms: SQL[] = []
  for (const [k, expression, partial] of tiers) {
    if (after?.key !== undefined && typeof after.key === 'number' && k > after.key) continue
    const rowid = sql.raw('x.rowid')
    // a name or keywords holding some of the terms only: the others must be somewhere else.
    // When few offerings hold every term, they are one set built once; else each candidate is
    // looked up, which stops at a page of them. A rare word next to a common one made the lookups
    // read every name holding the common one: "machine rafemépo" (18 offerings) at 100k took
    // 2,000 ms, 23 ms with the set. Many offerings holding every term fill a page of lookups fast.
    const full = partial
      ? [
          p.hitsExact && p.hits <= FULL_SET_MAX
            ? sql`+x.rowid IN (SELECT rowid FROM offering_fts WHERE offering_fts MATCH ${p.match})`
            : sql`EXISTS (SELECT 1 FROM offering_fts f WHERE offering_fts MATCH ${p.match} AND f.rowid = x.rowid)`,
        ]
      : []
    const keyset = after?.key === k ? [sql`x.rowid > ${after.pk}`] : []
    arms.push(sql`SELECT * FROM (SELECT x.rowid AS pk, ${sql.raw(String(k))} AS k
      FROM offering_fields_fts x WHERE offering_fields_fts MATCH ${expression}${and([
        ...keyset,
        ...full,
        ...streamConditions(rowid, p, limit),
      ])}
      ORDER BY x.rowid ASC LIMIT ${limit})`)
  }
  const rowid = sql.raw('f.rowid')
  const keyset = after?.key === 0 ? [sql`f.rowid > ${after.pk}`] : []
  // what no tier above holds, so that each match is in one tier (by their name tokens when
  // they are not the terms)
  const above = namesEntries ? `${nameAny} OR ${keywordsAny}` : `{name keywords synonyms} : ${any}`
  arms.push(sql`SELECT * FROM (SELECT f.rowid AS pk, 0 AS k FROM offering_fts f
    WHERE offering_fts MATCH ${p.match}${and([
      sql`+f.rowid NOT IN (SELECT rowid FROM offering_fields_fts WHERE offering_fields_fts MATCH ${above})`,
      ...keyset,
      ...streamConditions(rowid, p, limit),
    ])}
    ORDER BY f.rowid ASC LIMIT ${limit})`)
  // UNION ALL runs its arms in order and stops once the outer LIMIT is reached
  return sql`SELECT pk, k FROM (${unionAll(arms)}) LIMIT ${limit}`
}

/** D1 takes at most 5 terms in one compound SELECT (SQLITE_MAX_COMPOUND_SELECT is 500 on Node). */
const COMPOUND_MAX = 5

/** The arms in order, nested where they are too many for one compound (each nest counts apart). */
function unionAll(arms: SQL[]): SQL {
  if (arms.length <= COMPOUND_MAX) return sql.join(arms, sql` UNION ALL `)
  const half = Math.ceil(arms.length / 2)
  return sql`SELECT * FROM (${unionAll(arms.slice(0, half))}) UNION ALL SELECT * FROM (${unionAll(arms.slice(half))})`
}

/**
 * The cost of reading a full-text hit into the facet mirror and checking its pack, against SEEK:
 * 0.13–0.3 µs a hit, against 0.6–1.1 µs a seek (bench/search.ts at 100k).
 */
const MIRRORED = 0.25

/**
 * Whether counting a text search's matches costs less in the facet mirror, which reads every hit
 * and checks its pack, than in SQL, which checks each filter (then the status) of the hits in
 * turn until `cap + 1` match: the mirror wins when the filters leave few of the hits and are
 * sought, not probed. "HDS" with country=FR and label=any:L2 at 100k: 9.7 ms counted in SQL,
 * 1.5 ms in the mirror; "réseau" (38% of the offerings) with certification=C5 (6%): 4.8 against
 * 6.6 ms, as C5's tags make a set probed for 0.1 µs.
 */
export function countsInMirror(p: Planned, cap: number): boolean {
  if (p.match === null) return false
  const catalogue = Math.max(1, p.inStatus + p.outStatus)
  const checks = p.filterList.map(([name]) => p.tagged.get(name) ?? 0)
  if (p.outStatus > 0) checks.push(p.inStatus)
  const share = checks.reduce((product, tags) => product * Math.min(1, tags / catalogue), 1)
  const read = Math.min(p.hits, (cap + 1) / Math.max(share, 1 / catalogue))
  // a hit is checked against a condition only if it passed those before it
  let passing = 1
  let perHit = 0
  for (const tags of checks) {
    perHit += passing * Math.min(SEEK, PROBE + (tags * BUILD) / read)
    passing *= Math.min(1, tags / catalogue)
  }
  return p.hits * MIRRORED < read * perHit
}

/**
 * Filters and status for an arm that streams hits until it has a page: it reads about a page
 * divided by how selective the filters are, not every hit, so seeks win for longer.
 */
function streamConditions(pk: SQL, p: Planned, limit: number): SQL[] {
  const catalogue = Math.max(1, p.inStatus + p.outStatus)
  const read = (tags: number) =>
    Math.min(p.hits, Math.ceil((limit * catalogue) / Math.max(1, tags)))
  const conditions = p.filterList.map(([name, values]) => {
    const tags = p.tagged.get(name) ?? 0
    return tagCondition(pk, name, values, read(tags), tags)
  })
  if (p.outStatus > 0) {
    conditions.push(tagCondition(pk, 'status', p.status, read(p.inStatus), p.inStatus))
  }
  return conditions
}
