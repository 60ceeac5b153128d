import type { BatchItem } from 'drizzle-orm/batch'

/** A write that is not run yet: drizzle query builders run only when awaited, `.run()` or batched. */
export type Statement = BatchItem<'sqlite'>

/** Runs statements as one all-or-nothing unit. */
export type Atomic = (statements: readonly Statement[]) => Promise<void>

/**
 * better-sqlite3: one synchronous transaction. The builders share the transaction's connection,
 * so running them inside the callback commits or rolls back together.
 */
export function transactionAtomic(db: { transaction<T>(fn: () => T): T }): Atomic {
  return async (statements) => {
    db.transaction(() => {
      for (const statement of statements) (statement as unknown as { run(): unknown }).run()
    })
  }
}

/** D1 has no interactive transactions; a batch is its atomic unit. */
export function batchAtomic(db: {
  batch(statements: [Statement, ...Statement[]]): Promise<unknown>
}): Atomic {
  return async (statements) => {
    if (statements.length === 0) return
    await db.batch(statements as [Statement, ...Statement[]])
  }
}
