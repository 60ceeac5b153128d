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

/**
 * Runs statements as one all-or-nothing unit; answers how many rows each changed (triggers'
 * changes left out), so that a conditional write can tell whether it took.
 */
export type Atomic = (statements: readonly Statement[]) => Promise<number[]>

type BetterSqlite = {
  prepare(sql: string): { run(...params: unknown[]): unknown }
  pragma(source: string, options?: { simple: true }): unknown
  readonly inTransaction: boolean
}

// while another connection holds the write lock, the first waiter of a process tries it again
// after 1, 2, 4, then every 8 ms
const MAX_RETRY_MS = 8

/**
 * better-sqlite3: one synchronous transaction, begun IMMEDIATE so that it holds the write lock
 * from its start. The builders share the transaction's connection, so running them inside it
 * commits or rolls back together.
 *
 * While another connection holds the write lock (another serving process under GXC_PROCESSES,
 * `gxc` on the same file), SQLite's busy handler would sleep with the event loop stopped, and
 * every request of this process, reads included, would wait with it. Instead the lock is tried
 * without waiting, and tried again on a timer for as long as the connection's busy_timeout; then
 * the SQLITE_BUSY goes up as before (a 503). The process's writes queue behind each other, so
 * that one of them polls, and each gives up once its own busy_timeout has run since it came.
 * Nothing awaits between BEGIN and COMMIT: the connection is the whole process's, and another
 * request's statements would run inside this transaction.
 */
export function transactionAtomic(db: { $client: BetterSqlite }): Atomic {
  const client = db.$client
  const begin = client.prepare('BEGIN IMMEDIATE')
  const commit = client.prepare('COMMIT')
  const rollback = client.prepare('ROLLBACK')
  const patienceMs = Number(client.pragma('busy_timeout', { simple: true }))
  /** Begins the transaction if the write lock is free; else the SQLITE_BUSY* that says it is not. */
  const tryBegin = (): unknown => {
    client.pragma('busy_timeout = 0')
    try {
      begin.run()
      return undefined
    } catch (error) {
      if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error
      return error
    } finally {
      client.pragma(`busy_timeout = ${patienceMs}`)
    }
  }
  const write = async (statements: readonly Statement[], since: number): Promise<number[]> => {
    for (let retry = 1, busy = tryBegin(); busy !== undefined; busy = tryBegin()) {
      if (performance.now() - since >= patienceMs) throw busy
      await new Promise((resolve) => setTimeout(resolve, retry))
      retry = Math.min(retry * 2, MAX_RETRY_MS)
    }
    try {
      const changes = statements.map((statement) =>
        changesOf(
          isBound(statement)
            ? client.prepare(statement.sql).run(...statement.params)
            : (statement as unknown as { run(): unknown }).run(),
        ),
      )
      commit.run()
      return changes
    } catch (error) {
      // SQLite rolls some failures back itself (a full disk, an I/O error)
      try {
        if (client.inTransaction) rollback.run()
      } catch {
        // the connection is broken: the error that broke it is the one to report
      }
      throw error
    }
  }
  let queue: Promise<unknown> = Promise.resolve()
  return (statements) => {
    const since = performance.now()
    const turn = queue.then(() => write(statements, since))
    queue = turn.catch(() => undefined)
    return turn
  }
}

/** What better-sqlite3's `run()` and D1's results say a statement changed. */
function changesOf(result: unknown): number {
  const counted = result as { changes?: number; meta?: { changes?: number } } | undefined
  return counted?.changes ?? counted?.meta?.changes ?? 0
}

type D1Statement = unknown
type D1 = {
  prepare(sql: string): { bind(...params: unknown[]): D1Statement }
  batch(statements: D1Statement[]): Promise<unknown[]>
}

/** D1 has no interactive transactions; a batch is its atomic unit. */
export function batchAtomic(db: {
  batch(statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]): Promise<unknown[]>
  $client: D1
}): Atomic {
  return async (statements) => {
    if (statements.length === 0) return []
    if (!statements.some(isBound)) {
      const results = await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
      return results.map(changesOf)
    }
    // drizzle batches its own builders only: every statement goes to D1 as SQL and values
    const results = await db.$client.batch(
      statements.map((statement) => {
        const { sql, params } = isBound(statement)
          ? statement
          : (statement as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL()
        return db.$client.prepare(sql).bind(...params)
      }),
    )
    return results.map(changesOf)
  }
}

/** Whether `statement` is compiled (SQL text and values), not a drizzle builder. */
export function isBound(statement: Statement): statement is Bound {
  return statement instanceof Bound
}
