import type { Config } from './config.js'
import { createDidResolver } from './credentials/did/did.js'
import {
  createDocumentLoader,
  type DidDocumentResolver,
  type DocumentLoader,
} from './credentials/document-loader.js'
import type { NodeIdentity } from './credentials/did/identity.js'
import { createRemoteFetch, type RemoteFetch } from './credentials/did/remote-fetch.js'
import { parseTrustAnchors, type TrustAnchors } from './credentials/jws-2020/x509.js'
import {
  createRateLimiter,
  holderCharge,
  type ClientAddress,
  type RateLimiter,
} from './http/rate-limit.js'
import { createPeerClient, type PeerClient } from './federation/peer-client.js'
import { createLogger, type Logger } from './logger.js'
import { createMetrics, type Metrics, type MetricsSnapshot } from './metrics.js'
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
  /** The counts of the node's other processes (GXC_PROCESSES), which /metrics adds to its own. */
  otherMetrics: () => Promise<MetricsSnapshot[]>
  /** X.509 roots a JsonWebSignature2020 key's certificate chain must lead to. */
  trustAnchors: TrustAnchors
  /** The one network client of core code, held to `config.fetch` (off by default). */
  fetchRemote: RemoteFetch
  /** Where a request came from, as the runtime's entry knows it; the key of per-client limits. */
  clientAddress: ClientAddress
  /** The request budgets of `config.rateLimits`, in this process's (or isolate's) memory. */
  rateLimiter: RateLimiter
  /** Charges a write to the participant DID its presentation proved; a 429 past its budget. */
  chargeHolder: (holder: string) => void
  /** GETs of the registered peers, bounded by `config.federation` (the peers' own fetch). */
  peerClient: PeerClient
  /** What a peer client and federated search fetch through: the runtime's, or a test's. */
  fetchPeer: typeof fetch
}

export type ContextDeps = {
  store: Store
  identity: NodeIdentity
} & Partial<
  Pick<
    AppContext,
    | 'clock'
    | 'logger'
    | 'metrics'
    | 'otherMetrics'
    | 'trustAnchors'
    | 'fetchRemote'
    | 'clientAddress'
    | 'rateLimiter'
    | 'fetchPeer'
  >
>

/**
 * Wires the node's services. DIDs resolve offline: did:key from the key itself, did:web for the
 * node's own DID and the participants' documents the store holds.
 *
 * @example
 * const ctx = createContext(config, { store, identity, clock: () => new Date('2026-06-01') })
 */
export function createContext(config: Config, deps: ContextDeps): AppContext {
  const { store, identity } = deps
  const rateLimiter = deps.rateLimiter ?? createRateLimiter(config.rateLimits)
  const fetchPeer: typeof fetch = deps.fetchPeer ?? ((input, init) => globalThis.fetch(input, init))
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
    otherMetrics: deps.otherMetrics ?? (async () => []),
    // Node reads GXC_TRUST_ANCHORS (a file) in its entry and passes the result; Workers give the PEM text
    trustAnchors: deps.trustAnchors ?? parseTrustAnchors(config.trustAnchors.pem),
    fetchRemote: deps.fetchRemote ?? createRemoteFetch(config.fetch),
    // in-process callers (tests, benches) have no address: they share one client's budget
    clientAddress: deps.clientAddress ?? (() => undefined),
    rateLimiter,
    chargeHolder: holderCharge(rateLimiter),
    peerClient: createPeerClient(config.federation, fetchPeer),
    fetchPeer,
  }
}
