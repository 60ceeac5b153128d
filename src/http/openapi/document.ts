import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Config } from '../../config.js'
import { API_VERSION } from '../discovery.js'
import type { HonoEnv } from '../env.js'
import { registerBodySchemas } from './bodies.js'
import { renderDocsPage, type OpenApiDocument } from './docs-page.js'
import { ADMIN_BEARER, problems } from './router.js'

const TAGS = [
  { name: 'Discovery and operations', description: 'What the node is, its health and metrics.' },
  { name: 'Catalogue', description: 'Public reads: search, offerings, participants, DCAT.' },
  {
    name: 'Partners',
    description: 'Writes, authenticated by a presentation signed over a fresh challenge.',
  },
  {
    name: 'Operator',
    description: 'Needs the admin bearer token; partners’ credentials never do.',
  },
  { name: 'W3C VC-API', description: 'The W3C CCG VC-API: issue (operator only) and verify.' },
]

const DESCRIPTION = [
  'The HTTP API of a Gaia-X catalogue node: signed service offerings, their participants and a sovereignty profile for each offering.',
  'Every error is an RFC 9457 `application/problem+json` whose `type` ends in `/problems/<code>`; `errors[]` lists the findings, each `{code, path, property?, message: {en, fr}, severity}`. A bad parameter is a 400 naming it, e.g. `/query/limit`.',
  'Lists are paged with an opaque `cursor` and a `limit` of 1–100 (20 by default).',
].join('\n\n')

const openApiJson = createRoute({
  method: 'get',
  path: '/openapi.json',
  tags: ['Discovery and operations'],
  summary: 'This document',
  responses: {
    200: {
      description: 'The OpenAPI 3.1 document of the node’s API.',
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
    ...problems(),
  },
})

const docs = createRoute({
  method: 'get',
  path: '/docs',
  tags: ['Discovery and operations'],
  summary: 'Readable API documentation',
  description: 'This document as one HTML page that loads nothing from elsewhere.',
  responses: {
    200: { description: 'The page.', content: { 'text/html': { schema: z.string() } } },
    ...problems(),
  },
})

/**
 * Serves the OpenAPI document of everything mounted on `app` at `/openapi.json`, and the same as
 * HTML at `/docs`. Mount it last: the document is generated once, at the first request, from the
 * routes registered by then.
 */
export function mountApiDocs(app: OpenAPIHono<HonoEnv>, config: Config): void {
  app.openAPIRegistry.registerComponent('securitySchemes', ADMIN_BEARER, {
    type: 'http',
    scheme: 'bearer',
    description: 'The node’s admin token (`GXC_ADMIN_TOKEN`).',
  })
  registerBodySchemas(app.openAPIRegistry)
  let document: OpenApiDocument | undefined
  let page: Promise<{ html: string; styleHash: string }> | undefined
  const built = () =>
    (document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: `${config.nodeName} API`, version: API_VERSION, description: DESCRIPTION },
      servers: [{ url: config.publicUrl, description: 'This node' }],
      tags: TAGS,
    }))

  app.openapi(openApiJson, (c) => c.json(built(), 200))
  app.openapi(docs, async (c) => {
    const { html, styleHash } = await (page ??= renderDocsPage(built()))
    return c.html(html, 200, {
      // the page is self-contained: anything it would load from elsewhere is refused
      'Content-Security-Policy': `default-src 'none'; style-src '${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
    })
  })
}
