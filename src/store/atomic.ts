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

type BetterSqlite = {
  prepare(sql: string): { run(...params: unknown[]): unknown }
  pragma(source: string, options?: { simple: true }): unknown
  readonly inTransaction: boolean
}

/**
 * better-sqlite3: one synchronous transaction, begun IMMEDIATE so that it holds the write lock
 * from its start. The builders share the transaction's connection, so running them inside it
 * commits or rolls back together.
 *
 * While another connection holds the write lock (another serving process under GXC_PROCESSES,
 * `gxc admin` on the file), SQLite's busy handler would sleep with the event loop stopped, and
 * every request of this process, reads included, would wait with it: the lock is tried without
 * waiting, and tried again on a timer for as long as the connection's busy_timeout, after which
 * the SQLITE_BUSY goes up as before (a 503). Nothing awaits between BEGIN and COMMIT: the
 * connection is the whole process's, and another request's statements would run inside this
 * transaction.
 */
export function transactionAtomic(db: { $client: BetterSqlite }): Atomic {
  const client = db.$client
  const begin = client.prepare('BEGIN IMMEDIATE')
  const commit = client.prepare('COMMIT')
  const rollback = client.prepare('ROLLBACK')
  const patienceMs = Number(client.pragma('busy_timeout', { simple: true }))
  /** Begins the transaction if the write lock is free; else the SQLITE_BUSY that says it is not. */
  const tryBegin = (): unknown => {
    client.pragma('busy_timeout = 0')
    try {
      begin.run()
      return undefined
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error
      return error
    } finally {
      client.pragma(`busy_timeout = ${patienceMs}`)
    }
  }
  return async (statements) => {
    const since = Date.now()
    for (let busy = tryBegin(); busy !== undefined; busy = tryBegin()) {
      if (Date.now() - since >= patienceMs) throw busy
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    try {
      for (const statement of statements) {
        if (isBound(statement)) client.prepare(statement.sql).run(...statement.params)
        else (statement as unknown as { run(): unknown }).run()
      }
      commit.run()
    } catch (error) {
      if (client.inTransaction) rollback.run()
      throw error
    }
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
