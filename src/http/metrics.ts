import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import { METRICS_CONTENT_TYPE, type Metrics } from '../metrics.js'
import type { HonoEnv } from './env.js'
import { createRouter, problems } from './openapi/router.js'

/** The route label of a request no handler matched: one series, whatever the path. */
export const UNMATCHED_ROUTE = 'unmatched'

/**
 * Times every request and counts it under its route pattern. Mount it first, so the time includes
 * the other middleware and the status is the one sent, errors included (`onError` has already
 * turned a throw into a response when `next()` returns).
 */
export function metricsMiddleware(metrics: Metrics): MiddlewareHandler<HonoEnv> {
  return async (c, next) => {
    const start = performance.now()
    try {
      await next()
    } finally {
      const seconds = (performance.now() - start) / 1000
      metrics.observeRequest(routeOf(c), c.req.method, c.res.status, seconds)
    }
  }
}

/**
 * The pattern of the handler that answers (`/api/v1/offerings/:id`): routing matches every route
 * before dispatch, so this holds even when a middleware answered first (a 413 from the body
 * limit). `app.use` middleware is registered for method ALL, so a request only middleware matches
 * is a 404 with no handler. The raw path is never a label: it would make a series per id.
 */
function routeOf(c: Context<HonoEnv>): string {
  const handler = matchedRoutes(c).find((route) => route.method !== 'ALL')
  return handler?.path ?? UNMATCHED_ROUTE
}

const scrape = createRoute({
  method: 'get',
  path: '/metrics',
  tags: ['Discovery and operations'],
  summary: 'Prometheus metrics',
  description:
    'Requests by route and status, a latency histogram, ingest counts and results, catalogue sizes.',
  responses: {
    200: {
      description: `Prometheus text exposition format (\`${METRICS_CONTENT_TYPE}\`).`,
      content: { 'text/plain': { schema: z.string() } },
    },
    ...problems(),
  },
})

/** `GET /metrics`, mounted at `/`; catalogue sizes are read from the store at scrape time. */
export function metricsRouter(metrics: Metrics): OpenAPIHono<HonoEnv> {
  const router = createRouter()
  router.openapi(scrape, async (c) =>
    c.text(metrics.render(await c.var.ctx.store.counts(), await c.var.ctx.otherMetrics()), 200, {
      'Content-Type': METRICS_CONTENT_TYPE,
    }),
  )
  return router
}
