// Writes whose SQL drizzle builds once per shape. Building an insert of the offering row (22
// columns and their upsert) cost more than SQLite running it with all its triggers: 280 µs of
// each credential's ~820 µs in the store (bench/ingest.ts, presentations of 50). The SQL text
// is built with a placeholder per value, then each row only binds its values.
import { getTableColumns, is, Param, Placeholder, sql, type SQL, type Table } from 'drizzle-orm'
import { Bound } from './atomic.js'

type Buildable = { toSQL(): { sql: string; params: unknown[] } }
type Values = Record<string, unknown>

/**
 * A cache of statements by name and by the keys a row sets: drizzle leaves a key whose value is
 * undefined out of an insert (the column takes its default) and out of an upsert's update, and
 * the same row shape here gets the same statement, so each row is written exactly as drizzle
 * would write it.
 *
 * @example
 * const compiled = compiledStatements()
 * const bound = compiled('offering', row, (values) =>
 *   db.insert(offering).values(values).onConflictDoUpdate({ target: offering.id, set: excluded(offering, values) }),
 * )
 */
export function compiledStatements() {
  const statements = new Map<string, (values: Values) => Bound>()
  return <V extends object>(
    name: string,
    values: V,
    build: (placeholders: { [K in keyof V]: Placeholder }) => Buildable,
  ): Bound => {
    const row = values as Values
    const keys = Object.keys(row).filter((key) => row[key] !== undefined)
    const shape = `${name}(${keys.join(',')})`
    let statement = statements.get(shape)
    if (!statement) {
      const placeholders = Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)]))
      statement = compile(build(placeholders as { [K in keyof V]: Placeholder }))
      statements.set(shape, statement)
    }
    return statement(row)
  }
}

/** `SET column = excluded.column` for each column of `keys` but `id`: an upsert that writes the row given. */
export function excluded(table: Table, keys: object): Record<string, SQL> {
  const columns = getTableColumns(table)
  return Object.fromEntries(
    Object.keys(keys)
      .filter((key) => key !== 'id' && key in columns)
      .map((key) => [key, sql.raw(`excluded."${columns[key]!.name}"`)]),
  )
}

/**
 * The built statement as SQL text and, per parameter, how to read its value from a row: a value
 * drizzle would encode (a JSON column) goes through its column's encoder, as drizzle does.
 */
function compile(builder: Buildable): (values: Values) => Bound {
  const { sql: text, params } = builder.toSQL()
  const fills = params.map((param): ((values: Values) => unknown) => {
    if (is(param, Param) && is(param.value, Placeholder)) {
      const { encoder } = param
      const { name } = param.value
      return encoder ? (values) => encoder.mapToDriverValue(values[name]) : (values) => values[name]
    }
    if (is(param, Placeholder)) {
      const { name } = param
      return (values) => values[name]
    }
    return () => param
  })
  return (values) =>
    new Bound(
      text,
      fills.map((fill) => fill(values)),
    )
}
