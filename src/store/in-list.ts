import { sql, type SQL, type SQLWrapper } from 'drizzle-orm'

/**
 * `column IN values` with the values bound as one JSON parameter: D1 takes at most 100 bound
 * parameters per statement, and a page of 100 offerings, or a submission of 100 credentials,
 * would pass it with one parameter per value. SQLite still seeks the column's index per value.
 */
export function inList(column: SQLWrapper, values: readonly (string | number)[]): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`
}
