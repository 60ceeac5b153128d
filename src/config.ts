import * as z from 'zod'
import { ConfigError } from './errors.js'

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

/** What src/http/rate-limit.ts meters (README.md, "HTTP"). */
export type RateLimitPolicy = 'writes' | 'reads' | 'validate' | 'participant'
/** `limit` requests per `windowSeconds`, refilled continuously (a token bucket). */
export type Quota = { limit: number; windowSeconds: number }
/** A policy without a quota is not metered. */
export type RateLimits = Record<RateLimitPolicy, Quota | undefined>

const DEFAULT_RATE_LIMITS: RateLimits = {
  writes: { limit: 60, windowSeconds: 60 },
  reads: { limit: 600, windowSeconds: 60 },
  validate: { limit: 30, windowSeconds: 60 },
  participant: { limit: 30, windowSeconds: 60 },
}
const QUOTA = /^(\d{1,7})\/(\d{0,5})(s|m|h)$/
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 }

// `on`, `off`, or `policy=N/window` items such as `writes=60/60s,reads=600/m,validate=off`; a
// policy left out keeps its default
function parseRateLimits(value: string, ctx: z.RefinementCtx): RateLimits {
  const limits = { ...DEFAULT_RATE_LIMITS }
  if (value === 'on') return limits
  if (value === 'off')
    return { writes: undefined, reads: undefined, validate: undefined, participant: undefined }
  for (const item of value.split(',')) {
    const [name = '', quota = ''] = item.split('=').map((part) => part.trim())
    const parsed = quota === 'off' ? 'off' : parseQuota(quota)
    if (!Object.hasOwn(limits, name) || !parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${item.trim()}" is not policy=N/window: use on, off, or items such as writes=60/60s,reads=600/m,validate=30/60s,participant=off (policies ${Object.keys(limits).join(', ')}; a window in s, m or h, at most 24h)`,
      })
      return z.NEVER
    }
    limits[name as RateLimitPolicy] = parsed === 'off' ? undefined : parsed
  }
  return limits
}

function parseQuota(text: string): Quota | undefined {
  const match = QUOTA.exec(text)
  if (!match) return undefined
  const limit = Number(match[1])
  const windowSeconds = Number(match[2] || 1) * UNIT_SECONDS[match[3]!]!
  return limit >= 1 && windowSeconds >= 1 && windowSeconds <= 86_400
    ? { limit, windowSeconds }
    : undefined
}

const ConfigSchema = z
  .object({
    GXC_HOST: z.string().min(1).default('127.0.0.1'),
    GXC_PORT: z.coerce.number().int().min(1).max(65535).default(8787),
    GXC_PUBLIC_URL: z
      .url({
        protocol: /^https?$/,
        error: 'must be an http(s) URL such as https://catalogue.example.eu',
      })
      .optional(),
    GXC_DATA_DIR: z.string().min(1).default('./data'),
    GXC_ADMIN_TOKEN: z
      .string()
      .min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)')
      .optional(),
    GXC_NODE_NAME: z.string().min(1).max(200).default('Bleu catalogue'),
    GXC_NODE_KEY: z
      .string()
      .regex(/^z[1-9A-HJ-NP-Za-km-z]+$/, 'must be an Ed25519 secretKeyMultibase (z…)')
      .optional(),
    GXC_BODY_LIMIT: z.coerce
      .number()
      .int()
      .min(1024)
      .max(64 * 1024 * 1024)
      .default(1024 * 1024),
    GXC_SEED: boolean.default(true),
    GXC_ONBOARDING: z.enum(['open', 'approval']).default('approval'),
    GXC_CHALLENGE_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
    GXC_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
    GXC_MAX_JSON_DEPTH: z.coerce.number().int().min(8).max(256).default(32),
    GXC_MAX_CREDENTIALS: z.coerce.number().int().min(1).max(1000).default(50),
    GXC_MAX_QUADS: z.coerce.number().int().min(10).max(100_000).default(2000),
    // per request, counted on the JSON before any JSON-LD work (src/validation/limits.ts); a
    // presentation of 50 of Bleu's largest offerings holds ~12,000 values and ~3,000 objects
    GXC_MAX_VALUES: z.coerce.number().int().min(100).max(10_000_000).default(20_000),
    GXC_MAX_NODES: z.coerce.number().int().min(10).max(1_000_000).default(4_000),
    GXC_MAX_CONTEXT_TERMS: z.coerce.number().int().min(0).max(100_000).default(64),
    GXC_MAX_STRING_LENGTH: z.coerce
      .number()
      .int()
      .min(64)
      .max(1024 * 1024)
      .default(16 * 1024),
    GXC_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    // JsonWebSignature2020 (Tagus) X.509 trust: a PEM bundle file (Node) or its text (Workers)
    GXC_TRUST_ANCHORS: z.string().min(1).optional(),
    GXC_TRUST_ANCHORS_PEM: z
      .string()
      .includes('-----BEGIN CERTIFICATE-----', { error: 'must hold PEM certificates' })
      .optional(),
    GXC_FETCH_ALLOW: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^[a-z0-9.-]+(:\d{1,5})?$/,
              'must be host names, e.g. gaia-x.eu,registry.example',
            ),
        ),
      )
      .default([]),
    // Gaia-X compliance services whose label and compliance credentials count as attestations
    GXC_TRUSTED_COMPLIANCE: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((did) => did.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^did:[a-z0-9]+:\S+$/, 'must be DIDs, comma-separated')))
      .default([]),
    GXC_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3000),
    GXC_FETCH_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024)
      .default(64 * 1024),
    GXC_RATE_LIMIT: z.string().default('on').transform(parseRateLimits),
    // HTTP-serving processes of the Node entry, on the one SQLite file: `auto` is one per core
    GXC_PROCESSES: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)], {
        error: 'must be auto or a number of processes from 1 to 64',
      })
      .default(1),
    // federation: peers the node registers at start, how often it pulls them, and the bounds of
    // what a peer may cost it
    GXC_PEERS: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.url({ protocol: /^https?$/, error: 'must be http(s) URLs, comma-separated' })),
      )
      .default([]),
    GXC_SYNC_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
    GXC_SYNC_MAX_EVENTS: z.coerce.number().int().min(100).max(10_000_000).default(10_000),
    GXC_PEER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    GXC_PEER_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(64 * 1024)
      .max(256 * 1024 * 1024)
      .default(16 * 1024 * 1024),
    GXC_FEDERATED_DEADLINE_MS: z.coerce.number().int().min(50).max(30_000).default(800),
  })
  .transform((env) => ({
    host: env.GXC_HOST,
    port: env.GXC_PORT,
    publicUrl: trimSlash(
      env.GXC_PUBLIC_URL ?? `http://${hostForUrl(env.GXC_HOST)}:${env.GXC_PORT}`,
    ),
    dataDir: env.GXC_DATA_DIR,
    adminToken: env.GXC_ADMIN_TOKEN,
    nodeName: env.GXC_NODE_NAME,
    nodeKey: env.GXC_NODE_KEY,
    bodyLimit: env.GXC_BODY_LIMIT,
    seedOnStart: env.GXC_SEED,
    onboarding: env.GXC_ONBOARDING,
    challengeTtlMs: env.GXC_CHALLENGE_TTL_SECONDS * 1000,
    clockSkewMs: env.GXC_CLOCK_SKEW_SECONDS * 1000,
    limits: {
      jsonDepth: env.GXC_MAX_JSON_DEPTH,
      credentials: env.GXC_MAX_CREDENTIALS,
      quadsPerCredential: env.GXC_MAX_QUADS,
      stringLength: env.GXC_MAX_STRING_LENGTH,
      values: env.GXC_MAX_VALUES,
      nodes: env.GXC_MAX_NODES,
      contextTerms: env.GXC_MAX_CONTEXT_TERMS,
    },
    logLevel: env.GXC_LOG_LEVEL,
    trustAnchors: { path: env.GXC_TRUST_ANCHORS, pem: env.GXC_TRUST_ANCHORS_PEM },
    trustedCompliance: new Set(env.GXC_TRUSTED_COMPLIANCE) as ReadonlySet<string>,
    // did:web documents and x5u chains: nothing is fetched unless hosts are allow-listed
    fetch: {
      allowHosts: env.GXC_FETCH_ALLOW,
      timeoutMs: env.GXC_FETCH_TIMEOUT_MS,
      maxBytes: env.GXC_FETCH_MAX_BYTES,
    },
    rateLimits: env.GXC_RATE_LIMIT,
    processes: env.GXC_PROCESSES,
    federation: {
      peers: env.GXC_PEERS,
      syncIntervalMs: env.GXC_SYNC_INTERVAL_MS,
      maxEvents: env.GXC_SYNC_MAX_EVENTS,
      timeoutMs: env.GXC_PEER_TIMEOUT_MS,
      maxBytes: env.GXC_PEER_MAX_BYTES,
      searchDeadlineMs: env.GXC_FEDERATED_DEADLINE_MS,
      // a feed page: API.md's largest list page
      pageSize: 100,
      // the first retry of a failing peer after about this, doubling up to the ceiling
      backoffMs: 30_000,
      maxBackoffMs: 3_600_000,
    },
  }))

export type Config = z.output<typeof ConfigSchema>

/**
 * Parses the node's configuration once, at the entry point, from `GXC_*` variables (process.env
 * on Node, the Worker's env bindings on Cloudflare). Unknown variables are ignored; bad values fail
 * fast with every problem named.
 *
 * @example
 * const config = parseConfig({ GXC_PORT: '8080', GXC_PUBLIC_URL: 'https://catalogue.bleu.fr' })
 */
export function parseConfig(raw: Record<string, unknown>): Config {
  const strings = Object.fromEntries(
    Object.entries(raw).filter(
      ([k, v]) => k.startsWith('GXC_') && typeof v === 'string' && v !== '',
    ),
  )
  const parsed = ConfigSchema.safeParse(strings)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`)
  }
  return parsed.data
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}
