import type { Config } from './config.js'
import { createDidResolver } from './credentials/did.js'
import {
  createDocumentLoader,
  type DidDocumentResolver,
  type DocumentLoader,
} from './credentials/document-loader.js'
import type { NodeIdentity } from './credentials/identity.js'
import { createLogger, type Logger } from './logger.js'
import { createMetrics, type Metrics } from './metrics.js'
import type { Store } from './store/sqlite-store.js'

/** Everything a request, a CLI command or a background job needs; built once per process or isolate. */
export type AppContext = {
  config: Config
  store: Store
  identity: NodeIdentity
  loader: DocumentLoader
  resolveDid: DidDocumentResolver
  clock: () => Date
  logger: Logger
  metrics: Metrics
}

export type ContextDeps = {
  store: Store
  identity: NodeIdentity
} & Partial<Pick<AppContext, 'clock' | 'logger' | 'metrics'>>

/**
 * Wires the node's services. DIDs resolve offline: did:key from the key itself, did:web for the
 * node's own DID and the participants' documents the store holds.
 *
 * @example
 * const ctx = createContext(config, { store, identity, clock: () => new Date('2026-06-01') })
 */
export function createContext(config: Config, deps: ContextDeps): AppContext {
  const { store, identity } = deps
  const resolveDid = createDidResolver(async (did) => {
    if (did === identity.did) return identity.didDocument
    const held = await store.getDidDocument(did)
    return held as (Record<string, unknown> & { id: string }) | undefined
  })
  return {
    config,
    store,
    identity,
    resolveDid,
    loader: createDocumentLoader({ resolveDid }),
    clock: deps.clock ?? (() => new Date()),
    logger: deps.logger ?? createLogger('gxc', config.logLevel),
    metrics: deps.metrics ?? createMetrics(),
  }
}
