import { createApp } from '../../src/app.js'
import { parseConfig } from '../../src/config.js'
import { createContext, type AppContext } from '../../src/context.js'
import { createNodeIdentity } from '../../src/credentials/did/identity.js'
import { createRemoteFetch } from '../../src/credentials/did/remote-fetch.js'
import { generateKeyMaterial } from '../../src/credentials/did/keys.js'
import { createLogger, type Logger } from '../../src/logger.js'
import { openTestDatabase, type TestDatabase } from './test-database.js'

export const TEST_NOW = new Date('2026-11-28T12:00:00Z')

export type TestNodeOptions = {
  env?: Record<string, string>
  now?: Date
  /** did:web documents the node holds, as an operator files them. */
  didDocuments?: (Record<string, unknown> & { id: string })[]
  /** What the node's remote fetch (held to GXC_FETCH_ALLOW) goes through: a local server in tests. */
  fetch?: typeof fetch
  /** The database to serve (a file, read-only…) instead of a private new one. */
  database?: TestDatabase
  /** Where the node logs; silent by default. */
  logger?: Logger
  /** What the node's peer client fetches through: another test node's `app.request`, say. */
  fetchPeer?: typeof fetch
}

/**
 * A real node on a private new database (in-memory SQLite on Node, D1 on workerd) with migrations applied, a fresh key and a
 * fixed clock. Drive it through `app.request()`.
 */
export async function createTestNode(options: TestNodeOptions = {}) {
  // one in-process client writes far past any real budget here: tests of the limits turn them on
  const config = parseConfig({
    GXC_LOG_LEVEL: 'silent',
    GXC_SEED: 'false',
    GXC_RATE_LIMIT: 'off',
    ...options.env,
  })
  const database = options.database ?? (await openTestDatabase())
  const identity = await createNodeIdentity(await generateKeyMaterial(), config.publicUrl)
  const now = options.now ?? TEST_NOW
  const ctx: AppContext = createContext(config, {
    store: database.store,
    identity,
    clock: () => now,
    logger: options.logger ?? createLogger('test', 'silent'),
    ...(options.fetch ? { fetchRemote: createRemoteFetch(config.fetch, options.fetch) } : {}),
    ...(options.fetchPeer ? { fetchPeer: options.fetchPeer } : {}),
  })
  for (const document of options.didDocuments ?? []) {
    await database.store.putDidDocument(document.id, document, now.getTime())
  }
  return { app: createApp(ctx), ctx, close: database.close }
}
