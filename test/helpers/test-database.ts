// The database a test node runs on. On Node: a private in-memory SQLite. The workers project
// (vitest.workers.config.ts) resolves this module to test-database.workers.ts instead, so the same
// HTTP tests run on workerd against D1.
import { openDatabase } from '../../src/entry/node-runtime.js'
import type { Store } from '../../src/store/sqlite-store.js'

export type TestDatabase = { store: Store; close(): void }

export async function openTestDatabase(): Promise<TestDatabase> {
  return openDatabase(':memory:')
}
