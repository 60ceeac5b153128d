import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import type { AppContext } from './context.js'
import { NotFoundError } from './errors.js'
import { admin } from './http/admin.js'
import { credentials } from './http/credentials.js'
import { dcat } from './http/dcat.js'
import { discovery } from './http/discovery.js'
import { documents } from './http/documents.js'
import { federation } from './http/federation.js'
import { imports } from './http/imports.js'
import type { HonoEnv } from './http/env.js'
import { metricsMiddleware, metricsRouter } from './http/metrics.js'
import { offerings } from './http/offerings.js'
import { mountApiDocs } from './http/openapi/document.js'
import { createRouter, invalidInput, problems } from './http/openapi/router.js'
import { participants } from './http/participants.js'
import { partners } from './http/partners.js'
import { peers } from './http/peers.js'
import { problemResponse } from './http/problem.js'
import { rateLimit, withRateLimitHeaders } from './http/rate-limit.js'
import { limitRequestBody, settleRequestBody } from './http/request-body.js'
import { publicReadCors, securityHeaders } from './http/security.js'
import { SearchParams, toSearchQuery } from './http/search-query.js'
import { urlText } from './http/url-text.js'
import { vcApi } from './http/vc-api.js'
import type { WebDeps } from './web/env.js'
import { errorPage, notFoundPage, wantsPage } from './web/pages/errors.js'
import { WEB_PAGES, createWeb } from './web/routes.js'

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
  app.route('/api/v1/admin/import', imports)
  app.route('/api/v1/admin', admin)
  app.route('/', federation)
  app.route('/api/v1', partners)
  app.route('/', vcApi)
  app.route('/', documents)
  mountWeb(app, ctx)
  mountApiDocs(app, ctx.config)

  // a browser asking for a page gets pages; the API's paths and clients get problems
  app.notFound((c) =>
    wantsPage(c)
      ? notFoundPage(c)
      : problemResponse(c, new NotFoundError(`No route ${c.req.method} ${c.req.path}.`)),
  )
  app.onError(async (error, c) => {
    const problem = problemResponse(c, error)
    return withRateLimitHeaders(wantsPage(c) ? await errorPage(c, problem) : problem, error)
  })
  return app
}

/**
 * The buyers' and partners' pages (src/web), given what they take from the API: its reading of a
 * search's parameters, and its answers in-process (the node description, an offering's credential
 * in each form). The pages are in the OpenAPI document too, as HTML.
 */
function mountWeb(app: OpenAPIHono<HonoEnv>, ctx: AppContext): void {
  const api = new Hono<HonoEnv>()
  api.use(async (c, next) => {
    c.set('ctx', ctx)
    await next()
  })
  api.route('/', discovery)
  api.route('/api/v1/offerings', offerings)
  // an error is the outer app's to answer, as for any other request
  api.onError((error) => {
    throw error
  })
  const deps: WebDeps = {
    readSearchParams(raw) {
      const parsed = SearchParams.safeParse(raw)
      if (!parsed.success) {
        return { ok: false, findings: invalidInput('query', parsed.error.issues).errors ?? [] }
      }
      const federation = parsed.data.scope === 'federation'
      return { ok: true, query: toSearchQuery(parsed.data), federation }
    },
    apiGet: async (path, accept) => api.request(path, { headers: { Accept: accept } }),
  }
  app.route('/', createWeb(deps))
  const html = { 'text/html': { schema: z.string() } }
  const id = z.object({
    id: z
      .string()
      .min(1)
      .openapi({ description: 'The offering’s or participant’s id, URL-encoded.' }),
  })
  for (const page of WEB_PAGES) {
    for (const path of page.paths) {
      const route = createRoute({
        method: page.method,
        path,
        tags: ['Web pages'],
        summary: page.summary,
        description: page.description,
        ...(page.withId ? { request: { params: id } } : {}),
        responses: { 200: { description: 'The page.', content: html }, ...problems(400, 404) },
      })
      app.openAPIRegistry.registerPath(route)
    }
  }
}
