// test-database.ts on workerd: each test node gets a D1 database of its own. A Worker cannot
// create D1 databases, so vitest.workers.config.ts binds a pool of them (TEST_DB_0…), taken in
// turn, emptied and migrated again for each node. The test files of a run share the runtime and
// its storage (isolate: false), one file at a time, so the pool covers one file's live nodes.
import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { drizzle } from 'drizzle-orm/d1'
import { batchAtomic } from '../../src/store/atomic.js'
import { schema } from '../../src/store/schema.js'
import { createStore } from '../../src/store/sqlite-store.js'
import type { TestDatabase } from './test-database.js'

export type { TestDatabase }

const POOL = env.TEST_DATABASE_POOL
let next = 0
const open = new Set<number>()

export async function openTestDatabase(): Promise<TestDatabase> {
  // round the pool, skipping databases whose node is still open; when all are, the nodes are
  // ones that files run before this one left open, and the longest-held is taken back
  const slots = Array.from({ length: POOL }, (_, i) => (next + i) % POOL)
  const slot = slots.find((candidate) => !open.has(candidate)) ?? next
  next = (slot + 1) % POOL
  open.add(slot)
  const d1 = (env as unknown as Record<string, D1Database>)[`TEST_DB_${slot}`]!
  await emptyDatabase(d1)
  await applyD1Migrations(d1, env.TEST_MIGRATIONS)
  const db = drizzle(d1, { schema })
  return {
    store: createStore(db, batchAtomic(db)),
    close() {
      open.delete(slot)
    },
  }
}

/**
 * Empties every table of a database the migrations made (children first: D1 enforces foreign keys),
 * the full-text indexes through their triggers, and restarts the sequences, so that a node on it
 * starts as on a new one. (Dropping the tables instead leaves the fts5vocab table behind on D1.)
 * The migrations' own rows stay: which ran, and the search version (0005), which only has to move.
 */
async function emptyDatabase(d1: D1Database): Promise<void> {
  const { results } = await d1
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT IN ('d1_migrations', 'search_version') ORDER BY rowid DESC",
    )
    .all<{ name: string; sql: string }>()
  const virtual = results.filter((row) => row.sql.startsWith('CREATE VIRTUAL'))
  const shadows = new Set(
    virtual.flatMap((row) =>
      ['data', 'idx', 'content', 'docsize', 'config'].map((s) => `${row.name}_${s}`),
    ),
  )
  const tables = results
    .filter((row) => !row.sql.startsWith('CREATE VIRTUAL') && !shadows.has(row.name))
    .map((row) => row.name)
  for (const name of tables) await d1.prepare(`DELETE FROM "${name}"`).run()
  if (tables.length > 0) await d1.prepare('DELETE FROM sqlite_sequence').run()
}
