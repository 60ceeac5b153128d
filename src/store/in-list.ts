import { sql, type SQL, type SQLWrapper } from 'drizzle-orm'

/**
 * A list of values as a subquery over one bound JSON parameter: D1 takes at most 100 bound
 * parameters per statement, and a page of 100 offerings, or a submission of 100 credentials,
 * would pass it with one parameter per value. SQLite still seeks an index per value.
 */
export function list(values: readonly (string | number)[]): SQL {
  return sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`
}

/** `column IN values`, the values bound as one parameter (see list). */
export function inList(column: SQLWrapper, values: readonly (string | number)[]): SQL {
  return sql`${column} IN ${list(values)}`
}
