// Facet counts of a search. Each offering's facet values are packed into one short row
// (`offering_facet_pack`, migration 0006) and counted here: a match costs one rowid seek and a
// few integers parsed, where GROUP BY over offering_tag read ~15 index rows per match and sorted
// them (7 µs per match at 100k offerings, against ~0.6 µs; bench/search.ts).
import { sql, type SQL } from 'drizzle-orm'
import type { FacetName, SearchRows } from './search-store.js'
import { fewValues, list } from './in-list.js'
import { baseSet, packedSet, type Filters, type Planned } from './search-sql.js'
import type { Db } from './store.js'

/**
 * Each facet is counted on the set filtered by everything but its own filter, as shop search
 * does, so its other values stay visible and selectable. Facets without a filter of their own
 * share one pass over their set. A loaded `mirror` of the packs counts in place of SQLite, and
 * its pass over the whole set counts the matches too (`matched`), which spares the search its
 * count (bench/search.ts, faceted "model" at 100k: 1.4 of its 6.9 ms).
 *
 * @example
 * const { facets } = await facetCounts(db, planned, facetValueNames(db)) // { country: [{ value: 'FR', count: 12 }], … }
 */
export async function facetCounts(
  db: Db,
  p: Planned,
  names: FacetValueNames,
  mirror?: FacetMirror,
): Promise<{ facets: SearchRows['facets']; matched?: number }> {
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
  const tallies: [FacetName[], Map<number, number>][] = []
  let matched: number | undefined
  for (const [key, { facets, filters }] of groups) {
    if (p.match === null && filters.length === 0) {
      // nothing narrows the set: the counts the triggers keep answer without a scan
      const rows = await db.all<{ facet: FacetName; value: string; n: number }>(
        sql`SELECT facet, value, sum(n) AS n FROM offering_tag_count
          WHERE facet IN ${list(facets)} AND status IN ${fewValues(p.status)}
          GROUP BY facet, value`,
      )
      for (const row of rows) counts[row.facet]?.push({ value: row.value, count: row.n })
    } else {
      const packed = mirror && packedSet(p, filters)
      const mirrored = packed && mirror.tally(packed.set, p.status, packed.checks)
      // the group of facets without a filter of their own is filtered as the search is
      if (mirrored && key === '') matched = mirrored.matched
      const counted =
        mirrored?.counts ??
        // no match: one row whose ids are null
        tally(await db.all<{ ids: string | null }>(packQuery(p, filters)))
      tallies.push([facets, counted])
    }
  }
  const ids = [...new Set(tallies.flatMap(([, tally]) => [...tally.keys()]))]
  if (ids.length === 0) return { facets: counts, matched }
  const byId = await names(ids)
  for (const [facets, tally] of tallies) {
    for (const [id, n] of tally) {
      const v = byId.get(id)
      // a pack holds every facet's values; a group counts only its own facets
      if (v && facets.includes(v.facet)) counts[v.facet]?.push({ value: v.value, count: n })
    }
  }
  return { facets: counts, matched }
}

/**
 * The facet packs kept elsewhere than SQLite (on Node, in memory: src/entry/facet-mirror.ts),
 * read there for the offerings `set` selects (a query of `pk`s) whose pack holds one id of each
 * of `checks` (packedSet). Each answers undefined while the packs cannot be read yet.
 */
export type FacetMirror = {
  /**
   * How many of those with a status of `statuses` hold each facet value id, and how many they
   * are (`matched`: undefined when one of the set has no pack, whose status it cannot tell).
   */
  tally(
    set: SQL,
    statuses: readonly string[],
    checks: readonly (readonly number[])[],
  ): { counts: Map<number, number>; matched?: number } | undefined
  /** How many of those have a status of `statuses` (undefined also when one has no pack). */
  count(
    set: SQL,
    statuses: readonly string[],
    checks: readonly (readonly number[])[],
  ): number | undefined
  /** Their pks. */
  select(set: SQL, checks: readonly (readonly number[])[]): number[] | undefined
}

export type FacetValueNames = (
  ids: number[],
) => Promise<ReadonlyMap<number, { facet: FacetName; value: string }>>

/**
 * What `facet_value` ids stand for, read from the database once per store: an id is never reused
 * for another value (migration 0006), so only ids not seen before are read. Reading the ~550
 * values of a term in 4% of 100k offerings took 0.5 ms of each search; they are a few hundred
 * to a few thousand rows in all.
 */
export function facetValueNames(db: Db): FacetValueNames {
  const known = new Map<number, { facet: FacetName; value: string }>()
  return async (ids) => {
    const unseen = ids.filter((id) => !known.has(id))
    if (unseen.length > 0) {
      const rows = await db.all<{ id: number; facet: FacetName; value: string }>(
        sql`SELECT id, facet, value FROM facet_value WHERE id IN ${list(unseen)}`,
      )
      for (const { id, facet, value } of rows) known.set(id, { facet, value })
    }
    return known
  }
}

/** Matches whose packs one string holds within D1's 2 MB limit, at 200 characters a pack. */
const ONE_STRING = 10_000

/**
 * The packed facet ids of the matches with a wanted status, concatenated. A set known to be small
 * is one string; a larger one is a string per range of 4096 pks, each below D1's 2 MB limit on a
 * string (one for a broad search at 100k offerings would pass it). The ranges cost a sort of the
 * matches: 0.5 of the 2 ms that counting a term in 4% of 100k offerings takes.
 */
function packQuery(p: Planned, filters: Filters): SQL {
  const small =
    p.match !== null
      ? p.hitsExact && p.hits <= ONE_STRING
      : filters.some(([name]) => (p.tagged.get(name) ?? Infinity) <= ONE_STRING)
  return sql`SELECT group_concat(f.ids) AS ids
    FROM (${baseSet(p, filters, false)}) b CROSS JOIN offering_facet_pack f ON f.pk = b.pk
    WHERE f.status IN ${fewValues(p.status)}${small ? sql`` : sql` GROUP BY f.pk >> 12`}`
}

/**
 * Occurrences of each id in comma-separated lists, read a character at a time (no split), counted
 * in an array indexed by id: ids are small and dense, and a Map cost 2.5 times as much (7.6 against
 * 3.0 ms for the 760,000 characters of a term in a third of 100k offerings).
 */
function tally(packs: { ids: string | null }[]): Map<number, number> {
  let counts = new Int32Array(1024)
  for (const { ids } of packs) {
    if (ids === null) continue
    let id = 0
    for (let i = 0; i <= ids.length; i++) {
      const c = i < ids.length ? ids.charCodeAt(i) : 44
      if (c === 44) {
        if (id >= counts.length) {
          const grown = new Int32Array(Math.max(id + 1, counts.length * 2))
          grown.set(counts)
          counts = grown
        }
        counts[id]! += 1
        id = 0
      } else {
        id = id * 10 + c - 48
      }
    }
  }
  return countedIds(counts)
}

/** The ids counted in `counts` (indexed by id), with their counts. */
export function countedIds(counts: Int32Array): Map<number, number> {
  const found = new Map<number, number>()
  counts.forEach((n, id) => {
    if (n > 0) found.set(id, n)
  })
  return found
}
