// The Node entry: configuration from process.env, the SQLite file under GXC_DATA_DIR, the node
// key, Bleu's catalogue seeded on first start, then @hono/node-server.
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import cluster from 'node:cluster'
import { availableParallelism } from 'node:os'
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
import { createMetrics } from '../metrics.js'
import {
  databasePath,
  loadAdminToken,
  loadNodeKey,
  openDatabase,
  reindexAfterUpgrade,
  seedKeyStore,
  type NodeDatabase,
} from './node-runtime.js'
import { gatherProcessMetrics, otherProcessMetrics } from './process-metrics.js'
import { loadTrustAnchors } from './trust-anchors.js'

const EXPIRY_SWEEP_MS = 10 * 60 * 1000

hardenIntrinsics()

/** The node in one process: its configuration, store and context. */
type Node = { config: Config; logger: Logger; database: NodeDatabase; ctx: AppContext }

// One process by default. With GXC_PROCESSES > 1 the first process prepares the catalogue
// (migrations, reindex, seed), runs the timers (expiry sweep, peers) and forks the processes that
// serve HTTP, all on the one SQLite file: WAL lets them read while one writes, and every state
// they share (challenges, catalogue version, peers' cursors) is in that file, and /metrics adds up
// every process's counts (process-metrics.ts). What each keeps in memory alone: rate-limit budgets
// and the answers kept per catalogue version.
async function main() {
  const parsed = parseConfig(process.env)
  const logger = createLogger('gxc', parsed.logLevel)
  if (cluster.isWorker) return serveHttp(await openNode(parsed, logger))
  const node = await openNode(parsed, logger)
  await prepareCatalogue(node)
  await registerPeers(node.ctx, logger)
  startTimers(node)
  const processes = parsed.processes === 'auto' ? availableParallelism() : parsed.processes
  if (processes === 1) serveHttp(node)
  else superviseServers(node, processes)
}

async function openNode(parsed: Config, logger: Logger): Promise<Node> {
  const trustAnchors = loadTrustAnchors(parsed)
  const database = openDataFolder(parsed, logger)
  // the first process has said where the token is
  const config = withAdminToken(parsed, cluster.isWorker ? createLogger('gxc', 'silent') : logger)
  const identity = await createNodeIdentity(await nodeKey(config), config.publicUrl)
  const metrics = createMetrics()
  const ctx = createContext(config, {
    store: database.store,
    identity,
    logger,
    metrics,
    ...(cluster.isWorker ? { otherMetrics: otherProcessMetrics(metrics) } : {}),
    trustAnchors,
    // the socket's peer: a proxy in front makes every client one, and no header is trusted instead
    clientAddress: (c) => getConnInfo(c).remote.address,
  })
  return { config, logger, database, ctx }
}

async function prepareCatalogue({ config, logger, database, ctx }: Node): Promise<void> {
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
}

function startTimers({ config, logger, database, ctx }: Node): void {
  // expired credentials leave the active catalogue within a sweep interval; unref'd so the timer
  // never keeps the process alive on shutdown
  const sweep = setInterval(() => {
    database.store
      .expireCredentials(ctx.clock().getTime())
      .then((n) => n > 0 && logger.info('expired credentials', { count: n }))
      .catch((error: unknown) => logger.error('expiry sweep failed', { error: String(error) }))
  }, EXPIRY_SWEEP_MS)
  sweep.unref()
  if (config.federation.syncIntervalMs > 0) followPeers(ctx, logger)
}

function serveHttp({ config, logger, database, ctx }: Node): void {
  const app = createApp(ctx)
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    logger.info('catalogue node listening', {
      url: config.publicUrl,
      address: info.address,
      port: info.port,
      did: ctx.identity.did,
      ...(cluster.isWorker ? { process: cluster.worker!.id, pid: process.pid } : {}),
    })
    // after the first answer can be given: searches count facets in SQLite until it is loaded
    database.facetMirror
      ?.load()
      .catch((error: unknown) =>
        logger.warn('facets stay counted in SQLite', { reason: String(error) }),
      )
  })
  server.once('error', (error: NodeJS.ErrnoException) => {
    database.close()
    const message = listenFailure(error, config)
    // a serving process hands its reason to the first, which says it once for all of them
    if (cluster.isWorker)
      process.send!({ listenFailure: message }, undefined, undefined, () => process.exit(1))
    else {
      console.error(message)
      process.exitCode = 1
    }
  })
  const shutdown = () => {
    server.close(() => {
      database.close()
      // a serving process stays connected to the first one until it leaves
      if (cluster.isWorker) process.exit(0)
      process.exitCode = 0
    })
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

/**
 * Forks the serving processes (they share the port: the first process hands connections round)
 * and keeps them: one that dies is replaced, but one that cannot listen stops the node, whose
 * first process says why in one line and exits 1.
 */
function superviseServers({ logger, database, ctx }: Node, processes: number): void {
  gatherProcessMetrics(ctx.metrics)
  let stopping = false
  let listening = 0
  let failure: string | undefined
  const stopAll = (exitCode: number) => {
    stopping = true
    cluster.disconnect(() => {
      database.close()
      process.exitCode = exitCode
    })
  }
  cluster.on('message', (_worker, message: { listenFailure?: string }) => {
    if (failure === undefined && message?.listenFailure) {
      failure = message.listenFailure
      console.error(failure)
      stopAll(1)
    }
  })
  cluster.on('listening', () => {
    if (++listening === processes) logger.info('serving from several processes', { processes })
  })
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return
    if (listening < processes) {
      // dead before serving (the reason is in its output): starting it again would fail again
      logger.error('a serving process failed to start', { pid: worker.process.pid, code, signal })
      return stopAll(1)
    }
    logger.error('a serving process died; starting another', {
      pid: worker.process.pid,
      code,
      signal,
    })
    cluster.fork()
  })
  for (let i = 0; i < processes; i++) cluster.fork()
  process.once('SIGINT', () => stopAll(0))
  process.once('SIGTERM', () => stopAll(0))
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

function openDataFolder(config: Config, logger: Logger): NodeDatabase {
  try {
    return openDatabase(databasePath(config), {
      writerThread: {
        onFailure: (error) =>
          logger.error('the writer thread failed: this process writes on its own connection', {
            error: String(error),
          }),
      },
    })
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
  // a serving process would stay connected to the first one, which then stops the node
  if (cluster.isWorker) process.exit(1)
})
