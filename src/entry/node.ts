// The Node entry: configuration from process.env, the SQLite file under GXC_DATA_DIR, the node
// key, Bleu's catalogue seeded on first start, then @hono/node-server.
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { join } from 'node:path'
import { seedCatalogue } from '../../seed/seed.js'
import { createApp } from '../app.js'
import { parseConfig, type Config } from '../config.js'
import { createContext, type AppContext } from '../context.js'
import { createNodeIdentity } from '../credentials/did/identity.js'
import type { KeyMaterial } from '../credentials/did/keys.js'
import { AppError, ConfigError } from '../errors.js'
import { registerPeer } from '../federation/peers.js'
import { syncDuePeers } from '../federation/sync.js'
import { hardenIntrinsics } from '../harden.js'
import { createLogger, type Logger } from '../logger.js'
import {
  databasePath,
  loadAdminToken,
  loadNodeKey,
  openDatabase,
  reindexAfterUpgrade,
  seedKeyStore,
  type NodeDatabase,
} from './node-runtime.js'
import { loadTrustAnchors } from './trust-anchors.js'

const EXPIRY_SWEEP_MS = 10 * 60 * 1000

hardenIntrinsics()

async function main() {
  const parsed = parseConfig(process.env)
  const logger = createLogger('gxc', parsed.logLevel)
  const trustAnchors = loadTrustAnchors(parsed)
  const database = openDataFolder(parsed)
  const config = withAdminToken(parsed, logger)
  const identity = await createNodeIdentity(await nodeKey(config), config.publicUrl)
  const ctx = createContext(config, {
    store: database.store,
    identity,
    logger,
    trustAnchors,
    // the socket's peer: a proxy in front makes every client one, and no header is trusted instead
    clientAddress: (c) => getConnInfo(c).remote.address,
  })

  const reindexed = await reindexAfterUpgrade(database, ctx)
  if (reindexed) {
    logger.info('reindexed the catalogue after an upgrade', {
      migrations: database.upgradedBy,
      ...reindexed,
    })
  }

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

  await registerPeers(ctx, logger)
  if (config.federation.syncIntervalMs > 0) followPeers(ctx, logger)

  const app = createApp(ctx)
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    logger.info('catalogue node listening', {
      url: config.publicUrl,
      address: info.address,
      port: info.port,
      did: identity.did,
    })
  })
  server.once('error', (error: NodeJS.ErrnoException) => {
    database.close()
    console.error(listenFailure(error, config))
    process.exitCode = 1
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

/** GXC_PEERS, registered at start: a node down now is reported and left for the operator. */
async function registerPeers(ctx: AppContext, logger: Logger): Promise<void> {
  for (const url of ctx.config.federation.peers) {
    try {
      const { peer, created } = await registerPeer(ctx, { url })
      if (created) logger.info('registered a peer', { url: peer.url, did: peer.did })
    } catch (error) {
      logger.warn('could not register a peer from GXC_PEERS', { url, error: String(error) })
    }
  }
}

/**
 * Pulls the peers now and every GXC_SYNC_INTERVAL_MS, one round at a time (a round outlasting the
 * interval delays the next, never overlaps it); unref'd so the timer never keeps the process alive.
 */
function followPeers(ctx: AppContext, logger: Logger): void {
  const round = async () => {
    try {
      await syncDuePeers(ctx)
    } catch (error) {
      logger.error('peer sync round failed', { error: String(error) })
    }
    setTimeout(() => void round(), ctx.config.federation.syncIntervalMs).unref()
  }
  setTimeout(() => void round(), 0).unref()
}

// What the file system or SQLite says, in the operator's words.
const FILE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file',
  EEXIST: 'a file is in the way',
  EISDIR: 'a folder is in the way',
  ENOSPC: 'no space left',
  SQLITE_CANTOPEN: 'the database file cannot be opened',
  SQLITE_READONLY: 'the database is read-only',
  SQLITE_FULL: 'no space left',
}

function fileError(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === undefined ? undefined : FILE_ERRORS[code]
}

function openDataFolder(config: Config): NodeDatabase {
  try {
    return openDatabase(databasePath(config))
  } catch (cause) {
    const reason = fileError(cause)
    if (!reason) throw cause
    throw new ConfigError(
      `GXC_DATA_DIR ${config.dataDir} is not a writable folder (${reason}): create it, make it writable or set GXC_DATA_DIR`,
      { cause },
    )
  }
}

/**
 * The config with the operator's token: GXC_ADMIN_TOKEN, else the data folder's `admin-token`
 * (created on first start). The log says where the file is, never what it holds.
 */
function withAdminToken(config: Config, logger: Logger): Config {
  let admin
  try {
    admin = loadAdminToken(config)
  } catch (cause) {
    if (cause instanceof AppError) throw cause
    const reason = fileError(cause) ?? oneLine(String((cause as Error).message))
    throw new ConfigError(
      `The admin token file ${join(config.dataDir, 'admin-token')} is unusable (${reason}): fix or remove it, or set GXC_ADMIN_TOKEN`,
      { cause },
    )
  }
  if (admin.file) {
    // where it is, never what it holds
    logger.info(
      admin.created ? 'created the operator admin token' : 'using the operator admin token',
      { file: admin.file },
    )
  }
  return { ...config, adminToken: admin.token }
}

async function nodeKey(config: Config): Promise<KeyMaterial> {
  try {
    return await loadNodeKey(config)
  } catch (cause) {
    // a ConfigError already says what to do
    if (cause instanceof AppError) throw cause
    const reason = fileError(cause) ?? oneLine(String((cause as Error).message))
    if (config.nodeKey) {
      throw new ConfigError(`GXC_NODE_KEY is not an Ed25519 key (${reason}): set it again`, {
        cause,
      })
    }
    const file = join(config.dataDir, 'node-key.json')
    throw new ConfigError(
      `The node key ${file} is unusable (${reason}): restore it from a backup or set GXC_NODE_KEY (removing it gives the node a new key)`,
      { cause },
    )
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function listenFailure(error: NodeJS.ErrnoException, config: Config): string {
  if (error.code === 'EADDRINUSE')
    return `GXC_PORT ${config.port} is in use: stop the other process or set GXC_PORT`
  if (error.code === 'EACCES')
    return `GXC_PORT ${config.port} needs privileges: use a port above 1023 or set GXC_PORT`
  if (error.code === 'EADDRNOTAVAIL')
    return `GXC_HOST ${config.host} is not an address of this machine: set GXC_HOST`
  return `Cannot listen on ${config.host}:${config.port} (${error.code ?? error.message}): check GXC_HOST and GXC_PORT`
}

main().catch((error: unknown) => {
  // configuration and environment errors are the operator's to fix: one line, without a stack
  if (error instanceof AppError && error.code === 'bad-config') console.error(error.message)
  else console.error(error)
  process.exitCode = 1
})
