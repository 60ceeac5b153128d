import type { BatchItem } from 'drizzle-orm/batch'

/** A statement compiled once (compiled.ts): its SQL text and the values it binds. */
export class Bound {
  constructor(
    readonly sql: string,
    readonly params: unknown[],
  ) {}
}

/**
 * A write that is not run yet: a drizzle query builder (run only when awaited, `.run()` or
 * batched), or a compiled statement bound to its values.
 */
export type Statement = BatchItem<'sqlite'> | Bound

/** Runs statements as one all-or-nothing unit. */
export type Atomic = (statements: readonly Statement[]) => Promise<void>

type BetterSqlite = { prepare(sql: string): { run(...params: unknown[]): unknown } }

/**
 * better-sqlite3: one synchronous transaction. The builders share the transaction's connection,
 * so running them inside the callback commits or rolls back together.
 */
export function transactionAtomic(db: {
  transaction<T>(fn: () => T): T
  $client: BetterSqlite
}): Atomic {
  return async (statements) => {
    db.transaction(() => {
      for (const statement of statements) {
        if (isBound(statement)) db.$client.prepare(statement.sql).run(...statement.params)
        else (statement as unknown as { run(): unknown }).run()
      }
    })
  }
}

type D1Statement = unknown
type D1 = {
  prepare(sql: string): { bind(...params: unknown[]): D1Statement }
  batch(statements: D1Statement[]): Promise<unknown>
}

/** D1 has no interactive transactions; a batch is its atomic unit. */
export function batchAtomic(db: {
  batch(statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]): Promise<unknown>
  $client: D1
}): Atomic {
  return async (statements) => {
    if (statements.length === 0) return
    if (!statements.some(isBound)) {
      await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
      return
    }
    // drizzle batches its own builders only: every statement goes to D1 as SQL and values
    await db.$client.batch(
      statements.map((statement) => {
        const { sql, params } = isBound(statement)
          ? statement
          : (statement as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL()
        return db.$client.prepare(sql).bind(...params)
      }),
    )
  }
}

function isBound(statement: Statement): statement is Bound {
  return statement instanceof Bound
}
