import type { Context, MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import type { Config } from '../config.js'
import type { HonoEnv } from './env.js'

// The API answers JSON, problems and text: nothing it sends may load, run or be framed. A route
// that serves a page sets its own, narrower policy (/docs allows its one stylesheet by hash).
const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] }

/**
 * Security headers on every answer, problems included. A header a route set itself is kept, so
 * an HTML route gives its own Content-Security-Policy. HSTS only where the node is served over
 * https: over http it would be ignored, and it would pin a host that may not serve https.
 */
export function securityHeaders(config: Pick<Config, 'publicUrl'>): MiddlewareHandler<HonoEnv> {
  const https = new URL(config.publicUrl).protocol === 'https:'
  return secureHeaders({
    overwrite: false,
    contentSecurityPolicy: API_CSP,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    // public reads say cross-origin (publicReadCors); the rest is for this origin only
    crossOriginResourcePolicy: 'same-origin',
    strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
  })
}

// What anyone may read from a page on any origin: the catalogue, the credentials, discovery.
const PUBLIC_READS = [
  /^\/api\/v1\/(offerings|participants)(\/.*)?$/,
  /^\/api\/v1\/credentials\/.+$/,
  /^\/api\/v1\/catalogue\/dcat\/?$/,
  /^\/api\/v1\/federation\/.+$/,
  /^\/api\/v1\/contexts\/?$/,
  /^\/credentials-events(\/.*)?$/,
  /^\/\.well-known\/.+$/,
  /^\/openapi\.json$/,
]
const READ_METHODS = new Set(['GET', 'HEAD'])

/** Whether a request is a public read, or the CORS preflight of one. */
function isPublicRead(c: Context): boolean {
  const { method, path } = c.req
  if (!PUBLIC_READS.some((pattern) => pattern.test(path))) return false
  if (READ_METHODS.has(method)) return true
  return (
    method === 'OPTIONS' && READ_METHODS.has(c.req.header('Access-Control-Request-Method') ?? '')
  )
}

/**
 * `Access-Control-Allow-Origin: *` on public reads and their preflights, nowhere else: a page on
 * another origin may read the catalogue, but cannot drive a write or an operator route. Without
 * credentials, `*` lends a page nothing of its visitor's; the request headers a preflight names are
 * allowed (hono's default), as a public read ignores them.
 */
export function publicReadCors(): MiddlewareHandler<HonoEnv> {
  // the rate limit of searches, for a page that wants to pace itself; the DCAT pages' links
  const exposed = ['RateLimit', 'RateLimit-Policy', 'Retry-After', 'Link']
  const preflight = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD'],
    exposeHeaders: exposed,
    maxAge: 86_400,
  })
  return async (c, next) => {
    if (!isPublicRead(c)) return next()
    if (c.req.method === 'OPTIONS') return preflight(c, next)
    // set on the answer, not before it as hono's cors does: a response that exists before the
    // route's makes hono rebuild the route's as a stream, costing a busy read a third of its time
    await next()
    const { headers } = c.res
    headers.set('Access-Control-Allow-Origin', '*')
    headers.set('Access-Control-Expose-Headers', exposed.join(','))
    headers.set('Cross-Origin-Resource-Policy', 'cross-origin')
  }
}
