import type { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import type { AppContext } from './context.js'
import { NotFoundError } from './errors.js'
import { admin } from './http/admin.js'
import { credentials } from './http/credentials.js'
import { dcat } from './http/dcat.js'
import { discovery } from './http/discovery.js'
import { federation } from './http/federation.js'
import type { HonoEnv } from './http/env.js'
import { metricsMiddleware, metricsRouter } from './http/metrics.js'
import { offerings } from './http/offerings.js'
import { mountApiDocs } from './http/openapi/document.js'
import { createRouter } from './http/openapi/router.js'
import { participants } from './http/participants.js'
import { partners } from './http/partners.js'
import { peers } from './http/peers.js'
import { problemResponse } from './http/problem.js'
import { rateLimit, withRateLimitHeaders } from './http/rate-limit.js'
import { limitRequestBody, settleRequestBody } from './http/request-body.js'
import { publicReadCors, securityHeaders } from './http/security.js'
import { urlText } from './http/url-text.js'
import { vcApi } from './http/vc-api.js'

/**
 * The node's HTTP application. Pure: everything it touches comes in through `ctx`, so the same
 * app runs on Node (better-sqlite3) and on Workers (D1), and tests drive it with `app.request()`.
 *
 * @example
 * const app = createApp(ctx)
 * const res = await app.request('/api/v1/offerings')
 */
export function createApp(ctx: AppContext): Hono<HonoEnv> {
  const app = createRouter()
  app.use(metricsMiddleware(ctx.metrics))
  app.use(requestId())
  app.use(async (c, next) => {
    c.set('ctx', ctx)
    await next()
  })
  // outermost first: the headers and the connection's state hold for every answer, even a refusal
  app.use(securityHeaders(ctx.config))
  app.use(settleRequestBody())
  app.use(publicReadCors())
  app.use(rateLimit())
  app.use(limitRequestBody(ctx.config.bodyLimit))
  app.use(urlText())

  app.route('/', discovery)
  app.route('/', metricsRouter(ctx.metrics))
  app.route('/api/v1/catalogue/dcat', dcat)
  app.route('/api/v1/offerings', offerings)
  app.route('/api/v1/participants', participants)
  app.route('/api/v1/credentials', credentials)
  app.route('/api/v1/admin/peers', peers)
  app.route('/api/v1/admin', admin)
  app.route('/', federation)
  app.route('/api/v1', partners)
  app.route('/', vcApi)
  mountApiDocs(app, ctx.config)

  app.notFound((c) =>
    problemResponse(c, new NotFoundError(`No route ${c.req.method} ${c.req.path}.`)),
  )
  app.onError((error, c) => withRateLimitHeaders(problemResponse(c, error), error))
  return app
}
