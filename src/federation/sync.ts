// Pulling a peer: its change feed (a node) or its Credential Event Service (a CES), from the
// cursor this node persisted, every credential through the same pipeline as a partner's
// submission. A peer is a source of signed credentials, never an authority: what fails is counted
// and logged, never stored; a revocation counts only as the issuer's own signed act.
import { ingestCredentials, OlderVersionError } from '../catalogue/ingest.js'
import type { AppContext } from '../context.js'
import { credentialHash } from '../credentials/hash.js'
import { envelopedJwtOf, isEnveloped } from '../credentials/jwt/vc-jwt.js'
import { AppError, type Finding } from '../errors.js'
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

/** What a credential or revocation was refused for, and which (its id, or the revoked hash). */
export type Refusal = { credential?: string; reason: string }

/** Where pulled events come from: a registered peer, or a node's snapshot (`applyNodeFeed`). */
type Source = Pick<PeerRow, 'did' | 'url'> & {
  refused?: Refusal[]
  /** Credentials refused once, perhaps for want of one that comes later: tried again with it. */
  deferred: Deferred[]
}

type Deferred = { credential: unknown; reason: string; retried: boolean }

// a refused batch is split at most this many times around the credentials its findings blame,
// then taken one by one: a feed built to be split one credential at a time costs this bound
const MAX_SPLITS = 4

const running = new Set<string>()

/**
 * Pulls one peer to the end of its feed, within `maxEvents`, page by page; the cursor is saved
 * after each page's writes (a crash replays them, stored by hash: a no-op; it never skips one).
 * A credential refused perhaps for want of one further on (a participant whose registration
 * number starts the next batch) goes round once more with the next batch, and a last time at the
 * end of the run; a crash in between forgets that second chance. A failure ends the run, is
 * recorded on the peer, and puts the next attempt off (exponential, with jitter). One run per
 * peer at a time.
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
  const source: Source = { did: peer.did, url: peer.url, deferred: [] }
  const last: Counts = { accepted: 0, rejected: 0, unchanged: 0 }
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
      const counts = await applyEvents(ctx, source, page.events)
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
    Object.assign(last, await settleDeferred(ctx, source))
    for (const key of ['accepted', 'rejected', 'unchanged'] as const) summary[key] += last[key]
  } catch (error) {
    ctx.logger.error('peer sync failed', { peer: peer.url, error: String(error) })
    summary.error = 'the sync failed inside this node'
  } finally {
    running.delete(peer.id)
  }
  const now = ctx.clock().getTime()
  await ctx.store.recordSync(peer.id, {
    cursor: summary.cursor,
    ...last,
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

function counter(ctx: SyncContext, source: Source) {
  const counts: Counts = { accepted: 0, rejected: 0, unchanged: 0 }
  const add = (result: FederationOutcome, n = 1) => {
    counts[result] += n
    if (n > 0) ctx.metrics.countFederation(source.did ?? source.url, result, n)
  }
  return { counts, add }
}

type Add = ReturnType<typeof counter>['add']

async function applyEvents(ctx: SyncContext, source: Source, events: Pulled[]): Promise<Counts> {
  const { counts, add } = counter(ctx, source)
  let batch: unknown[] = []
  const flush = async () => {
    if (batch.length === 0) return
    // what an earlier batch refused goes round once more, with the credentials that follow it
    const again = source.deferred.filter((d) => !d.retried)
    for (const spent of source.deferred.filter((d) => d.retried)) refuse(ctx, source, spent, add)
    const run = [...again.map((d) => d.credential), ...batch]
    batch = []
    source.deferred = []
    const retried = new Set(again.map((d) => d.credential))
    for (const refused of await settle(ctx, source, run, add, MAX_SPLITS)) {
      source.deferred.push({ ...refused, retried: retried.has(refused.credential) })
    }
  }
  for (const event of events) {
    if (event.kind === 'put') {
      const checked = await checkIntegrity(event.credential, event.hash)
      if (checked === undefined) {
        reject(ctx, source, 'integrity-mismatch', event.hash)
        add('rejected')
        continue
      }
      // held already (an echo around a cycle of peers, a replay after a crash): nothing to verify
      if (await ctx.store.getCredential(checked.hash)) {
        add('unchanged')
        continue
      }
      batch.push(checked.credential)
      if (batch.length >= ctx.config.limits.credentials) await flush()
      continue
    }
    // a revocation applies to what the node holds once the puts before it are stored
    await flush()
    if (event.kind === 'revoke') add(await applyRevocation(ctx, source, event))
    else add('unchanged')
  }
  await flush()
  return counts
}

/** The end of a run: what is still deferred gets one last try together, then counts as refused. */
async function settleDeferred(ctx: SyncContext, source: Source): Promise<Counts> {
  const { counts, add } = counter(ctx, source)
  const deferred = source.deferred
  source.deferred = []
  if (deferred.length === 0) return counts
  const left = await settle(
    ctx,
    source,
    deferred.map((d) => d.credential),
    add,
    MAX_SPLITS,
  )
  for (const refused of left) refuse(ctx, source, refused, add)
  return counts
}

/** The credential, and its hash, if it hashes to what the event names (a feed's `hash`, a CES `integrity`). */
async function checkIntegrity(credential: unknown, hash: string | undefined) {
  if (!isObject(credential) && typeof credential !== 'string') return undefined
  let secured: object | string = credential
  if (isObject(credential) && isEnveloped(credential)) {
    const carried = envelopedJwtOf(credential)
    if (!('jwt' in carried)) return undefined
    secured = carried.jwt
  }
  const computed = await credentialHash(secured).catch(() => undefined)
  if (computed === undefined || (hash !== undefined && computed !== hash)) return undefined
  return { credential, hash: computed }
}

/**
 * Stores a run of credentials as one submission, as local ingest takes them (participants before
 * their offerings, as the feed orders them). If the run is refused, the credentials its findings
 * point at are set aside, the others stored the same way, then those set aside tried again, since
 * they may have lacked only a credential now stored: one bad credential costs itself and what
 * depends on it, not its batch-mates. Returns what stays refused, and why.
 */
async function settle(
  ctx: SyncContext,
  source: Source,
  credentials: unknown[],
  add: Add,
  splits: number,
): Promise<Omit<Deferred, 'retried'>[]> {
  const attempt = await tryIngest(ctx, source, credentials, add)
  if (attempt.stored) return []
  if (credentials.length === 1) return [{ credential: credentials[0], reason: attempt.reason }]
  const blamed = new Set(attempt.blamed)
  if (splits === 0 || blamed.size === 0 || blamed.size === credentials.length) {
    const left = []
    for (const credential of credentials) {
      left.push(...(await settle(ctx, source, [credential], add, 0)))
    }
    return left
  }
  const innocent = credentials.filter((_, i) => !blamed.has(i))
  const suspects = credentials.filter((_, i) => blamed.has(i))
  const left = await settle(ctx, source, innocent, add, splits - 1)
  left.push(...(await settle(ctx, source, suspects, add, splits - 1)))
  return left
}

type Attempt = { stored: true } | { stored: false; reason: string; blamed: number[] }

async function tryIngest(
  ctx: SyncContext,
  source: Source,
  credentials: unknown[],
  add: Add,
): Promise<Attempt> {
  const document =
    credentials.length === 1
      ? (credentials[0] as Record<string, unknown> | string)
      : { type: ['VerifiablePresentation'], verifiableCredential: credentials }
  try {
    const result = await ingestCredentials(ctx, document, { origin: source.did ?? source.url })
    if (result.ok) {
      const created = result.accepted.filter((a) => a.created).length
      add('accepted', created)
      add('unchanged', result.accepted.length - created)
      return { stored: true }
    }
    return refusal(result.errors, credentials.length)
  } catch (error) {
    // an older version than the one held is news to no one, not a fault of the credential
    if (error instanceof OlderVersionError && credentials.length === 1) {
      add('unchanged')
      return { stored: true }
    }
    if (error instanceof AppError)
      return refusal(error.errors ?? [], credentials.length, error.code)
    ctx.logger.error('a pulled credential failed inside the node', { error: String(error) })
    return { stored: false, reason: 'internal', blamed: [] }
  }
}

/** Why a run was refused, and which of its credentials the findings point at. */
function refusal(findings: Finding[], size: number, code?: string): Attempt {
  const reason = [...new Set(findings.map((f) => f.code))].join(', ') || code || 'refused'
  if (size === 1) return { stored: false, reason, blamed: [0] }
  const blamed = findings.flatMap((f) => {
    const index = /^\/verifiableCredential\/(\d+)(?:\/|$)/.exec(f.path)?.[1]
    return index === undefined ? [] : [Number(index)]
  })
  return { stored: false, reason, blamed }
}

function refuse(ctx: SyncContext, source: Source, refused: Omit<Deferred, 'retried'>, add: Add) {
  reject(ctx, source, refused.reason, idOf(refused.credential))
  add('rejected')
}

async function applyRevocation(
  ctx: SyncContext,
  peer: Source,
  event: Extract<Pulled, { kind: 'revoke' }>,
): Promise<FederationOutcome> {
  const held = await ctx.store.getCredential(event.hash)
  if (!held || held.status === 'revoked') return 'unchanged'
  const offering = held.subjectId ? await ctx.store.getOffering(held.subjectId) : undefined
  if (!offering || offering.credentialHash !== held.hash) return 'unchanged'
  // an operator's revocation at the peer (no presentation: null in a CES event), or one the
  // issuer did not state as a revocation, is that peer's business only
  if (event.revocation == null) return 'unchanged'
  const checked = await verifyRelayedRevocation(ctx, event.revocation, held)
  if ('reason' in checked) {
    if (checked.unstated) return 'unchanged'
    reject(ctx, peer, checked.reason, event.hash)
    return 'rejected'
  }
  await ctx.store.revokeOffering(offering, ctx.clock().getTime(), checked.stored)
  return 'accepted'
}

/**
 * Applies events of a node's change feed that reached this node another way, a snapshot the
 * operator imports (`gxc import`), exactly as a sync of that node applies them: each credential
 * through the whole pipeline, stored with `origin` the node's DID, a revocation only as the
 * issuer's signed act. `events` must continue the feed in order (`seq` strictly increasing).
 *
 * @example
 * const outcome = await applyNodeFeed(ctx, 'did:web:catalogue.bleu.fr', page.events)
 */
export async function applyNodeFeed(
  ctx: SyncContext,
  origin: string,
  events: unknown[],
): Promise<(Counts & { refused: Refusal[] }) | { error: string }> {
  const page = nodePage({ events }, 0)
  if ('error' in page) return page
  const source: Source = { did: origin, url: origin, refused: [], deferred: [] }
  const counts = await applyEvents(ctx, source, page.events)
  const last = await settleDeferred(ctx, source)
  for (const key of ['accepted', 'rejected', 'unchanged'] as const) counts[key] += last[key]
  return { ...counts, refused: source.refused! }
}

function reject(ctx: SyncContext, peer: Source, reason: string, what: string | undefined) {
  ctx.logger.warn('refused a credential from a peer', { peer: peer.url, credential: what, reason })
  peer.refused?.push({ credential: what, reason })
}

function idOf(credential: unknown): string | undefined {
  return isObject(credential) && typeof credential.id === 'string'
    ? credential.id.slice(0, 200)
    : undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
