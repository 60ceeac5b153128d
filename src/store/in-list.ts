import { sql, type SQL, type SQLWrapper } from 'drizzle-orm'

/**
 * A list of values as a subquery over one bound JSON parameter: D1 takes at most 100 bound
 * parameters per statement, and a page of 100 offerings, or a submission of 100 credentials,
 * would pass it with one parameter per value. SQLite still seeks an index per value.
 */
export function list(values: readonly (string | number)[]): SQL {
  return sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`
}

/**
 * A list of a few values known in advance (statuses), bound one parameter each: SQLite reads
 * them as constants, where `json_each` is a subquery it runs and, in a join, a Bloom filter it
 * builds per statement (a third of the facet counting of a term in 4% of 100k offerings). Keep
 * such lists short: D1 takes at most 100 bound parameters per statement.
 */
export function fewValues(values: readonly string[]): SQL {
  return sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`
}

/** `column IN values`, the values bound as one parameter (see list). */
export function inList(column: SQLWrapper, values: readonly (string | number)[]): SQL {
  return sql`${column} IN ${list(values)}`
}

/**
 * `column IN` a list bound when a prepared query runs, as `listParam(values)` under `name`: the
 * lookups every submission makes are built once, not per call.
 *
 * @example
 * const query = db.select().from(offering).where(inListParam(offering.id, 'ids')).prepare()
 * await query.all({ ids: listParam(['https://…/offerings/1']) })
 */
export function inListParam(column: SQLWrapper, name: string): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(name)}))`
}

/** The values of an `inListParam`, without repeats. */
export function listParam(values: readonly (string | number)[]): string {
  return JSON.stringify([...new Set(values)])
}
