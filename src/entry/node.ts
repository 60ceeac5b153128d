// The Node entry: configuration from process.env, the SQLite file under GXC_DATA_DIR, the node
// key, Bleu's catalogue seeded on first start, then @hono/node-server.
import { serve } from '@hono/node-server'
import { seedCatalogue } from '../../seed/seed.js'
import { createApp } from '../app.js'
import { parseConfig } from '../config.js'
import { createContext } from '../context.js'
import { createNodeIdentity } from '../credentials/identity.js'
import { AppError } from '../errors.js'
import { createLogger } from '../logger.js'
import { databasePath, loadNodeKey, openDatabase, seedKeyStore } from './node-runtime.js'
import { loadTrustAnchors } from './trust-anchors.js'

const EXPIRY_SWEEP_MS = 10 * 60 * 1000

async function main() {
  const config = parseConfig(process.env)
  const logger = createLogger('gxc', config.logLevel)
  const trustAnchors = loadTrustAnchors(config)
  const database = openDatabase(databasePath(config))
  const identity = await createNodeIdentity(await loadNodeKey(config), config.publicUrl)
  const ctx = createContext(config, { store: database.store, identity, logger, trustAnchors })

  if (config.seedOnStart && (await database.store.counts()).credentials === 0) {
    const seeded = await seedCatalogue(ctx, { partnerKeys: seedKeyStore(config) })
    logger.info('seeded an empty catalogue', seeded)
  }

  // expired credentials leave the active catalogue within a sweep interval; unref'd so the timer
  // never keeps the process alive on shutdown
  const sweep = setInterval(() => {
    database.store
      .expireCredentials(ctx.clock().getTime())
      .then((n) => n > 0 && logger.info('expired credentials', { count: n }))
      .catch((error: unknown) => logger.error('expiry sweep failed', { error: String(error) }))
  }, EXPIRY_SWEEP_MS)
  sweep.unref()

  const app = createApp(ctx)
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    logger.info('catalogue node listening', {
      url: config.publicUrl,
      address: info.address,
      port: info.port,
      did: identity.did,
    })
  })
  const shutdown = () => {
    server.close(() => {
      database.close()
      process.exitCode = 0
    })
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  // configuration errors are the operator's to fix: print them plainly, without a stack
  if (error instanceof AppError && error.code === 'bad-config') console.error(error.message)
  else console.error(error)
  process.exitCode = 1
})
