// The Cloudflare Workers entry: configuration from the Worker's env (wrangler.toml [vars] plus
// secrets), the D1 database, the node key from the GXC_NODE_KEY secret. The app is the same
// createApp() the Node entry serves.
//
// @NOTE no seeding here: a catalogue is seeded with `npm run seed` on Node; a D1 seed path may
// come later. Migrations are applied out of band with `wrangler d1 migrations apply`.
import { drizzle } from 'drizzle-orm/d1'
import type { Hono } from 'hono'
import { createApp } from '../app.js'
import { parseConfig } from '../config.js'
import { createContext, type AppContext } from '../context.js'
import { createNodeIdentity } from '../credentials/did/identity.js'
import { keyMaterialFromSecret, type KeyMaterial } from '../credentials/did/keys.js'
import { AppError, ConfigError } from '../errors.js'
import type { HonoEnv } from '../http/env.js'
import { syncDuePeers } from '../federation/sync.js'
import { hardenIntrinsics } from '../harden.js'
import { createLogger } from '../logger.js'
import { batchAtomic } from '../store/atomic.js'
import { schema } from '../store/schema.js'
import { createStore } from '../store/sqlite-store.js'

hardenIntrinsics()

/** The Worker's bindings. Only config.ts interprets the GXC_* values. */
export type Env = {
  DB: D1Database
  /** Secret: the node's Ed25519 secretKeyMultibase (`wrangler secret put GXC_NODE_KEY`). */
  GXC_NODE_KEY?: string
  /** Secret. */
  GXC_ADMIN_TOKEN?: string
  GXC_PUBLIC_URL?: string
  GXC_NODE_NAME?: string
  GXC_LOG_LEVEL?: string
  GXC_BODY_LIMIT?: string
  GXC_SEED?: string
  /** Var or secret: the X.509 trust anchors (PEM text) for JsonWebSignature2020 keys. */
  GXC_TRUST_ANCHORS_PEM?: string
  /** Comma-separated hosts whose did:web documents and x5u chains may be fetched. */
  GXC_FETCH_ALLOW?: string
  GXC_FETCH_TIMEOUT_MS?: string
  GXC_FETCH_MAX_BYTES?: string
  GXC_RATE_LIMIT?: string
  GXC_PEER_TIMEOUT_MS?: string
  GXC_PEER_MAX_BYTES?: string
  GXC_SYNC_MAX_EVENTS?: string
  GXC_FEDERATED_DEADLINE_MS?: string
}

/**
 * Builds the node's context on D1 from the Worker's env, exactly as each isolate does before its
 * first request. Throws a ConfigError when the configuration or the node key is unusable.
 *
 * @example
 * const ctx = await createWorkerContext(env)
 * await ingestCredential(ctx, signed, { origin: 'local' })
 */
export async function createWorkerContext(
  env: Env,
  overrides: Partial<Pick<AppContext, 'clock' | 'logger' | 'fetchPeer'>> = {},
): Promise<AppContext> {
  const config = parseConfig(env)
  // An isolate has no disk to keep a generated key on, and a key that changed per isolate would
  // change the node's DID document under its peers: the key must be a secret.
  if (!config.nodeKey) {
    throw new ConfigError(
      'Invalid configuration:\n  GXC_NODE_KEY: required on Workers; set it with `wrangler secret put GXC_NODE_KEY` (or in .dev.vars for `wrangler dev`)',
    )
  }
  let material: KeyMaterial
  try {
    material = await keyMaterialFromSecret(config.nodeKey)
  } catch (cause) {
    throw new ConfigError(`Invalid configuration:\n  GXC_NODE_KEY: ${(cause as Error).message}`, {
      cause,
    })
  }
  const db = drizzle(env.DB, { schema })
  const store = createStore(db, batchAtomic(db))
  const identity = await createNodeIdentity(material, config.publicUrl)
  return createContext(config, {
    store,
    identity,
    // set by Cloudflare's edge, which drops any value the client sent
    clientAddress: (c) => c.req.header('cf-connecting-ip'),
    ...overrides,
  })
}

// One node per isolate. The promise is memoised, not the node, so requests arriving together on
// a cold isolate share one initialisation instead of racing to build several.
type WorkerNode = { ctx: AppContext; app: Hono<HonoEnv> }
let node: Promise<WorkerNode> | undefined

function nodeFor(env: Env): Promise<WorkerNode> {
  node ??= createWorkerContext(env).then(
    (ctx) => ({ ctx, app: createApp(ctx) }),
    (error: unknown) => {
      // a failed start is not cached: the next request tries again (and logs again)
      node = undefined
      throw error
    },
  )
  return node
}

export default {
  async fetch(request, env, executionContext) {
    let ready: WorkerNode
    try {
      ready = await nodeFor(env)
    } catch (error) {
      return startupFailure(error)
    }
    return ready.app.fetch(request, env, executionContext)
  },

  // A Cron Trigger (wrangler.toml [triggers]) runs the expiry sweep and pulls the peers, as the
  // Node entry's timers do; the peers are registered through the operator API (no GXC_PEERS).
  async scheduled(_controller, env) {
    const { ctx } = await nodeFor(env)
    const expired = await ctx.store.expireCredentials(ctx.clock().getTime())
    if (expired > 0) ctx.logger.info('expired credentials', { count: expired })
    await syncDuePeers(ctx)
  },
} satisfies ExportedHandler<Env>

function startupFailure(error: unknown): Response {
  // the operator reads the reason in the Worker's logs; clients get a generic RFC 9457 problem
  const misconfigured = error instanceof AppError && error.code === 'bad-config'
  // a configuration error is the operator's to fix: its message says what, a stack adds nothing
  const detail =
    error instanceof Error
      ? {
          name: error.name,
          message: error.message,
          ...(misconfigured ? {} : { stack: error.stack }),
        }
      : String(error)
  createLogger('gxc').error(misconfigured ? 'node misconfigured' : 'node failed to start', {
    error: detail,
  })
  const problem = {
    title: misconfigured ? 'Node misconfigured' : 'Internal error',
    status: 500,
    detail: 'The node could not complete this request.',
  }
  return Response.json(problem, {
    status: 500,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}
