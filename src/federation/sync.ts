// Pulling a peer: its change feed (a node) or its Credential Event Service (a CES), from the
// cursor this node persisted, every credential through the same pipeline as a partner's
// submission. A peer is a source of signed credentials, never an authority: what fails is counted
// and logged, never stored; a revocation counts only as the issuer's own signed act.
import { ingestCredentials, OlderVersionError } from '../catalogue/ingest.js'
import type { AppContext } from '../context.js'
import { credentialHash } from '../credentials/hash.js'
import { envelopedJwtOf, isEnveloped } from '../credentials/vc-jwt.js'
import { AppError } from '../errors.js'
import type { FederationOutcome } from '../metrics.js'
import type { PeerRow } from '../store/federation-store.js'
import type { PipelineContext } from '../validation/pipeline.js'
import { CES_CREDENTIAL, CES_REVOCATION } from './ces.js'
import { verifyRelayedRevocation } from './revocation.js'

export type SyncContext = PipelineContext & Pick<AppContext, 'metrics' | 'logger' | 'peerClient'>

export type SyncSummary = {
  accepted: number
  rejected: number
  unchanged: number
  cursor: string | null
  lag: number | null
  error: string | null
}

/** An event of either kind of feed, as the sync applies it. */
type Pulled =
  | { cursor: string; kind: 'put'; hash?: string; credential: unknown }
  | { cursor: string; kind: 'revoke'; hash: string; revocation?: unknown }
  | { cursor: string; kind: 'other' }

type Page = { events: Pulled[]; lag: number | null } | { error: string }

type Counts = Record<FederationOutcome, number>

const running = new Set<string>()

/**
 * Pulls one peer to the end of its feed, within `maxEvents`, page by page; the cursor is saved
 * after each page's writes (a crash replays them, stored by hash: a no-op; it never skips one).
 * A failure ends the run, is recorded on the peer, and puts the next attempt off (exponential,
 * with jitter). One run per peer at a time.
 *
 * @example
 * const summary = await syncPeer(ctx, await ctx.store.getPeer(id))
 */
export async function syncPeer(ctx: SyncContext, peer: PeerRow): Promise<SyncSummary> {
  const summary: SyncSummary = {
    accepted: 0,
    rejected: 0,
    unchanged: 0,
    cursor: peer.cursor,
    lag: peer.lag,
    error: null,
  }
  if (running.has(peer.id)) return { ...summary, error: 'a sync of this peer is already running' }
  running.add(peer.id)
  try {
    let seen = 0
    while (seen < ctx.config.federation.maxEvents) {
      const page = await fetchPage(ctx, peer, summary.cursor)
      if ('error' in page) {
        summary.error = page.error
        break
      }
      summary.lag = page.lag
      if (page.events.length === 0) break
      const counts = await applyEvents(ctx, peer, page.events)
      summary.cursor = page.events.at(-1)!.cursor
      for (const key of ['accepted', 'rejected', 'unchanged'] as const) summary[key] += counts[key]
      seen += page.events.length
      await ctx.store.recordSync(peer.id, {
        ...counts,
        cursor: summary.cursor,
        lag: page.lag,
        error: null,
        at: ctx.clock().getTime(),
        nextAttemptAt: null,
      })
      if (page.events.length < ctx.config.federation.pageSize) break
    }
  } catch (error) {
    ctx.logger.error('peer sync failed', { peer: peer.url, error: String(error) })
    summary.error = 'the sync failed inside this node'
  } finally {
    running.delete(peer.id)
  }
  const now = ctx.clock().getTime()
  await ctx.store.recordSync(peer.id, {
    cursor: summary.cursor,
    accepted: 0,
    rejected: 0,
    unchanged: 0,
    lag: summary.lag,
    error: summary.error,
    at: now,
    nextAttemptAt: summary.error === null ? null : now + backoff(ctx, peer.failures),
  })
  if (summary.error) ctx.logger.warn('peer sync stopped', { peer: peer.url, reason: summary.error })
  return summary
}

/**
 * Pulls every mirrored peer whose backoff has run out, side by side: a slow or failing peer delays
 * only itself.
 *
 * @example
 * setInterval(() => void syncDuePeers(ctx), config.federation.syncIntervalMs)
 */
export async function syncDuePeers(ctx: SyncContext): Promise<void> {
  const due = await ctx.store.duePeers(ctx.clock().getTime())
  await Promise.allSettled(due.map((peer) => syncPeer(ctx, peer)))
}

function backoff(ctx: SyncContext, failures: number): number {
  const ceiling = Math.min(
    ctx.config.federation.maxBackoffMs,
    ctx.config.federation.backoffMs * 2 ** failures,
  )
  return Math.round(ceiling * (0.5 + Math.random() / 2))
}

async function fetchPage(ctx: SyncContext, peer: PeerRow, cursor: string | null): Promise<Page> {
  const size = ctx.config.federation.pageSize
  if (peer.kind === 'node') {
    const after = cursor ?? '0'
    const answer = await ctx.peerClient(
      `${peer.url}/api/v1/federation/events?after=${encodeURIComponent(after)}&limit=${size}`,
    )
    if (!answer.ok) return { error: answer.reason }
    return nodePage(answer.value, Number(after))
  }
  const last = cursor === null ? '' : `&lastReceivedID=${encodeURIComponent(cursor)}`
  const answer = await ctx.peerClient(`${peer.url}/credentials-events?page=0&size=${size}${last}`)
  if (!answer.ok) return { error: answer.reason }
  return cesPage(answer.value)
}

/** A node's feed page, held to the contract: `seq` strictly increasing past the cursor. */
function nodePage(value: unknown, after: number): Page {
  if (!isObject(value) || !Array.isArray(value.events)) {
    return { error: 'the peer’s feed is not a page of events' }
  }
  const events: Pulled[] = []
  let last = after
  for (const event of value.events as unknown[]) {
    if (!isObject(event) || !Number.isSafeInteger(event.seq) || (event.seq as number) <= last) {
      return { error: 'the peer’s feed is out of order' }
    }
    last = event.seq as number
    const cursor = String(last)
    if (event.kind === 'put' && event.credential !== undefined) {
      const hash = typeof event.hash === 'string' ? event.hash : undefined
      events.push({ cursor, kind: 'put', hash, credential: event.credential })
    } else if (event.kind === 'revoke' && typeof event.hash === 'string') {
      events.push({ cursor, kind: 'revoke', hash: event.hash, revocation: event.revocation })
    } else events.push({ cursor, kind: 'other' })
  }
  const latest = value.latest
  const lag = Number.isSafeInteger(latest) ? Math.max(0, (latest as number) - last) : null
  return { events, lag }
}

/** A CES page: CloudEvents 1.0, `eu.gaia-x.credential` carrying the credential as `data`. */
function cesPage(value: unknown): Page {
  if (!Array.isArray(value)) return { error: 'the CES answer is not a list of events' }
  const events: Pulled[] = []
  for (const event of value) {
    if (!isObject(event) || typeof event.id !== 'string' || event.specversion !== '1.0') {
      return { error: 'the CES answer holds something that is not a CloudEvent' }
    }
    const integrity = typeof event.integrity === 'string' ? event.integrity : undefined
    if (event.type === CES_CREDENTIAL && event.data !== undefined) {
      events.push({ cursor: event.id, kind: 'put', hash: integrity, credential: event.data })
    } else if (event.type === CES_REVOCATION && integrity !== undefined) {
      events.push({ cursor: event.id, kind: 'revoke', hash: integrity, revocation: event.data })
    } else events.push({ cursor: event.id, kind: 'other' })
  }
  return { events, lag: null }
}

async function applyEvents(ctx: SyncContext, peer: PeerRow, events: Pulled[]): Promise<Counts> {
  const counts: Counts = { accepted: 0, rejected: 0, unchanged: 0 }
  const add = (result: FederationOutcome, n = 1) => {
    counts[result] += n
    if (n > 0) ctx.metrics.countFederation(peer.did ?? peer.url, result, n)
  }
  let batch: unknown[] = []
  const flush = async () => {
    if (batch.length > 0) await ingestBatch(ctx, peer, batch, add)
    batch = []
  }
  for (const event of events) {
    if (event.kind === 'put') {
      const credential = await checkIntegrity(event.credential, event.hash)
      if (credential === undefined) {
        reject(ctx, peer, 'integrity-mismatch', event.hash)
        add('rejected')
        continue
      }
      batch.push(credential)
      if (batch.length >= ctx.config.limits.credentials) await flush()
      continue
    }
    // a revocation applies to what the node holds once the puts before it are stored
    await flush()
    if (event.kind === 'revoke') add(await applyRevocation(ctx, peer, event))
    else add('unchanged')
  }
  await flush()
  return counts
}

/** The credential, if it hashes to what the event names (a feed's `hash`, a CES `integrity`). */
async function checkIntegrity(credential: unknown, hash: string | undefined) {
  if (!isObject(credential) && typeof credential !== 'string') return undefined
  if (hash === undefined) return credential
  let secured: object | string = credential
  if (isObject(credential) && isEnveloped(credential)) {
    const carried = envelopedJwtOf(credential)
    if (!('jwt' in carried)) return undefined
    secured = carried.jwt
  }
  const computed = await credentialHash(secured).catch(() => undefined)
  return computed === hash ? credential : undefined
}

/**
 * A run of credentials as one submission, as local ingest takes them (participants before their
 * offerings, as the feed orders them); if the run is refused as a whole, each one alone, so one
 * bad credential costs only itself.
 */
async function ingestBatch(
  ctx: SyncContext,
  peer: PeerRow,
  credentials: unknown[],
  add: (result: FederationOutcome, n?: number) => void,
) {
  const origin = peer.did ?? peer.url
  if (credentials.length > 1) {
    const batch = { type: ['VerifiablePresentation'], verifiableCredential: credentials }
    const result = await ingestCredentials(ctx, batch, { origin }).catch(() => undefined)
    if (result?.ok) {
      const created = result.accepted.filter((a) => a.created).length
      add('accepted', created)
      add('unchanged', result.accepted.length - created)
      return
    }
  }
  for (const credential of credentials) {
    try {
      const result = await ingestCredentials(ctx, credential as Record<string, unknown>, {
        origin,
      })
      if (result.ok) add(result.accepted.some((a) => a.created) ? 'accepted' : 'unchanged')
      else {
        reject(ctx, peer, result.errors.map((e) => e.code).join(', '), idOf(credential))
        add('rejected')
      }
    } catch (error) {
      // an older version than the one held is news to no one, not a fault of the credential
      if (error instanceof OlderVersionError) add('unchanged')
      else {
        const reason = error instanceof AppError ? error.code : 'internal'
        if (!(error instanceof AppError)) {
          ctx.logger.error('a pulled credential failed inside the node', { error: String(error) })
        }
        reject(ctx, peer, reason, idOf(credential))
        add('rejected')
      }
    }
  }
}

async function applyRevocation(
  ctx: SyncContext,
  peer: PeerRow,
  event: Extract<Pulled, { kind: 'revoke' }>,
): Promise<FederationOutcome> {
  const held = await ctx.store.getCredential(event.hash)
  if (!held || held.status === 'revoked') return 'unchanged'
  const offering = held.subjectId ? await ctx.store.getOffering(held.subjectId) : undefined
  if (!offering || offering.credentialHash !== held.hash) return 'unchanged'
  // an operator's revocation at the peer, unsigned by the issuer, is that peer's business only
  if (event.revocation === undefined) return 'unchanged'
  const checked = await verifyRelayedRevocation(ctx, event.revocation, held)
  if ('reason' in checked) {
    reject(ctx, peer, checked.reason, event.hash)
    return 'rejected'
  }
  await ctx.store.revokeOffering(offering, ctx.clock().getTime(), checked.stored)
  return 'accepted'
}

function reject(ctx: SyncContext, peer: PeerRow, reason: string, what: string | undefined) {
  ctx.logger.warn('refused a credential from a peer', { peer: peer.url, credential: what, reason })
}

function idOf(credential: unknown): string | undefined {
  return isObject(credential) && typeof credential.id === 'string'
    ? credential.id.slice(0, 200)
    : undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
