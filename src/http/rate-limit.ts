// Request budgets (GXC_RATE_LIMIT): token buckets per client address on writes and costly reads,
// and per participant DID on the writes its presentations authenticate.
//
// @NOTE the buckets live in memory: per process on Node, per isolate on Workers, where a client
// spread over several isolates gets a budget in each. A shared budget would need a Durable Object
// or the store; these limits are to blunt floods, not to meter usage exactly.
import type { Context, MiddlewareHandler } from 'hono'
import type { Quota, RateLimitPolicy, RateLimits } from '../config.js'
import { AppError } from '../errors.js'
import type { HonoEnv } from './env.js'

/**
 * The address a request came from, as the runtime knows it: the socket's peer on Node,
 * `cf-connecting-ip` on Workers. Never a client-supplied header such as `X-Forwarded-For`.
 */
export type ClientAddress = (c: Context) => string | undefined

export type RateLimitVerdict = {
  policy: RateLimitPolicy
  quota: Quota
  allowed: boolean
  /** Whole requests left now. */
  remaining: number
  /** Seconds until the bucket is full again. */
  resetSeconds: number
  /** Seconds until the next request is allowed (0 when allowed). */
  retryAfterSeconds: number
}

export type RateLimiter = {
  /** Spends one request of `key`'s budget under `policy`; undefined when the policy is off. */
  take(policy: RateLimitPolicy, key: string): RateLimitVerdict | undefined
}

/** A 429 that carries what the client needs to come back later. */
export class RateLimitedError extends AppError {
  override name = 'RateLimitedError'
  constructor(readonly verdict: RateLimitVerdict) {
    super(
      'too-many-requests',
      `Over the ${verdict.policy} limit of ${verdict.quota.limit} requests per ${verdict.quota.windowSeconds} s: retry in ${verdict.retryAfterSeconds} s.`,
    )
  }
}

// Past this many keys a policy forgets the full buckets (the same as no bucket), then the least
// recently seen, so a flood of addresses costs bounded memory (~100 bytes a key).
const MAX_KEYS = 20_000

/**
 * Token buckets for each metered policy: `limit` requests at once, refilled at `limit` per
 * window. `now` is a monotonic clock in milliseconds (the node's `clock` is the credentials' time,
 * fixed in tests, and must not drive this).
 */
export function createRateLimiter(
  limits: RateLimits,
  now: () => number = () => performance.now(),
  maxKeys = MAX_KEYS,
): RateLimiter {
  const policies = new Map<RateLimitPolicy, Buckets>()
  for (const [policy, quota] of Object.entries(limits) as [RateLimitPolicy, Quota | undefined][]) {
    if (quota) policies.set(policy, new Buckets(policy, quota, now, maxKeys))
  }
  return { take: (policy, key) => policies.get(policy)?.take(key) }
}

class Buckets {
  readonly #held = new Map<string, { tokens: number; at: number }>()
  readonly #perMs: number

  constructor(
    readonly policy: RateLimitPolicy,
    readonly quota: Quota,
    readonly now: () => number,
    readonly maxKeys: number,
  ) {
    this.#perMs = quota.limit / (quota.windowSeconds * 1000)
  }

  take(key: string): RateLimitVerdict {
    const now = this.now()
    const { limit } = this.quota
    let tokens = this.#tokens(this.#held.get(key), now)
    const allowed = tokens >= 1
    if (allowed) tokens -= 1
    // re-inserted, so the map iterates from the least recently seen
    this.#held.delete(key)
    this.#held.set(key, { tokens, at: now })
    if (this.#held.size > this.maxKeys) this.#evict(now)
    return {
      policy: this.policy,
      quota: this.quota,
      allowed,
      remaining: Math.floor(tokens),
      resetSeconds: Math.ceil((limit - tokens) / this.#perMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.ceil((1 - tokens) / this.#perMs / 1000),
    }
  }

  #tokens(held: { tokens: number; at: number } | undefined, now: number): number {
    if (!held) return this.quota.limit
    return Math.min(this.quota.limit, held.tokens + (now - held.at) * this.#perMs)
  }

  #evict(now: number): void {
    for (const [key, held] of this.#held) {
      if (this.#tokens(held, now) >= this.quota.limit) this.#held.delete(key)
    }
    // still too many busy clients: the least recently seen start afresh
    const keep = Math.floor(this.maxKeys * 0.9)
    for (const key of this.#held.keys()) {
      if (this.#held.size <= keep) break
      this.#held.delete(key)
    }
  }
}

/**
 * The bucket key of a client address. An IPv6 client is its /64, the block one subscriber
 * usually holds, so it cannot get a fresh budget per address; an IPv4-mapped address is its IPv4.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown'
  const bare = address.replace(/%.*$/, '').toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare)
  if (mapped) return mapped[1]!
  if (!bare.includes(':')) return bare
  const [head = '', tail] = bare.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => '0')
  const groups = tail === undefined ? left : [...left, ...zeros, ...right]
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

// POSTs that read like reads but cost a verification each (JSON-LD expansion, signatures); the
// partners' check page (/valider, /validate) posts to the same pipeline as /api/v1/validate
const VERIFY_PATHS = new Set([
  '/api/v1/validate',
  '/credentials/verify',
  '/presentations/verify',
  '/valider',
  '/validate',
])

/** The policy a request is metered under, if any. */
function policyOf(c: Context): RateLimitPolicy | undefined {
  const { method } = c.req
  const path = c.req.path.replace(/(.)\/+$/, '$1')
  if (method === 'GET' || method === 'HEAD') {
    // a full-text search is the one read that costs more than an index lookup
    return path === '/api/v1/offerings' && c.req.query('q')?.trim() ? 'reads' : undefined
  }
  if (method === 'OPTIONS') return undefined
  return VERIFY_PATHS.has(path) ? 'validate' : 'writes'
}

/**
 * Meters each request under its policy by client address: a 429 problem past the budget, and
 * the budget's `RateLimit-Policy` / `RateLimit` headers (draft-ietf-httpapi-ratelimit-headers) on
 * every answer of a metered request.
 */
export function rateLimit(): MiddlewareHandler<HonoEnv> {
  return async (c, next) => {
    const policy = policyOf(c)
    const { rateLimiter, clientAddress } = c.var.ctx
    const verdict = policy && rateLimiter.take(policy, clientKey(clientAddress(c)))
    if (!verdict) return next()
    if (!verdict.allowed) throw new RateLimitedError(verdict)
    await next()
    setRateLimitHeaders(c.res.headers, verdict)
  }
}

/** Adds the headers of a 429 (`Retry-After` and the budget's) to its problem response. */
export function withRateLimitHeaders(response: Response, error: unknown): Response {
  if (!(error instanceof RateLimitedError)) return response
  response.headers.set('Retry-After', String(error.verdict.retryAfterSeconds))
  setRateLimitHeaders(response.headers, error.verdict)
  return response
}

function setRateLimitHeaders(headers: Headers, verdict: RateLimitVerdict): void {
  const { policy, quota, remaining, resetSeconds } = verdict
  // appended: a write can answer for its participant's budget and its client's
  headers.append('RateLimit-Policy', `"${policy}";q=${quota.limit};w=${quota.windowSeconds}`)
  headers.append('RateLimit', `"${policy}";r=${remaining};t=${resetSeconds}`)
}

/**
 * The per-participant hook of the partner write path: charges one write to the DID a
 * presentation proved. Keyed after the proof, so nobody spends another participant's budget.
 */
export function holderCharge(limiter: RateLimiter): (holder: string) => void {
  return (holder) => {
    const verdict = limiter.take('participant', holder)
    if (verdict && !verdict.allowed) throw new RateLimitedError(verdict)
  }
}
