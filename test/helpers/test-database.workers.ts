// test-database.ts on workerd: each test node gets a D1 database of its own. A Worker cannot
// create D1 databases, so vitest.workers.config.ts binds a pool of them (TEST_DB_0…) and a node's
// close() hands its database back, emptied and migrated again before its next use. Storage is
// per test file (one Miniflare per file), so the pool only has to cover one file's live nodes.
import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { drizzle } from 'drizzle-orm/d1'
import { batchAtomic } from '../../src/store/atomic.js'
import { schema } from '../../src/store/schema.js'
import { createStore } from '../../src/store/sqlite-store.js'
import type { TestDatabase } from './test-database.js'

export type { TestDatabase }

export const TEST_RUNTIME: 'node' | 'workers' = 'workers'

const free: number[] = Array.from({ length: env.TEST_DATABASE_POOL }, (_, i) => i)
const used = new Set<number>()

export async function openTestDatabase(): Promise<TestDatabase> {
  const slot = free.shift()
  if (slot === undefined) {
    throw new Error(
      `more than ${env.TEST_DATABASE_POOL} test nodes open at once in this file: close() the ones done with, or raise TEST_DATABASE_POOL in vitest.workers.config.ts`,
    )
  }
  const d1 = (env as unknown as Record<string, D1Database>)[`TEST_DB_${slot}`]!
  if (used.has(slot)) await emptyDatabase(d1)
  used.add(slot)
  await applyD1Migrations(d1, env.TEST_MIGRATIONS)
  const db = drizzle(d1, { schema })
  let closed = false
  return {
    store: createStore(db, batchAtomic(db)),
    close() {
      if (closed) return
      closed = true
      free.push(slot)
    },
  }
}

/** Drops every table (children first: D1 enforces foreign keys), the migrations' record too. */
async function emptyDatabase(d1: D1Database): Promise<void> {
  const { results } = await d1
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY rowid DESC",
    )
    .all<{ name: string; sql: string }>()
  // an FTS table's shadow tables go with it
  const virtual = results
    .filter((row) => row.sql.startsWith('CREATE VIRTUAL'))
    .map((row) => row.name)
  const tables = results
    .map((row) => row.name)
    .filter((name) => !virtual.some((table) => name.startsWith(`${table}_`)))
  for (const name of tables) await d1.prepare(`DROP TABLE IF EXISTS "${name}"`).run()
}
