import { createRoute, z } from '@hono/zod-openapi'
import { contextDigests, pinnedContexts, VC_V2_CONTEXT } from '../credentials/contexts.js'
import { NotFoundError } from '../errors.js'
import { DidDocumentSchema, NodeDescriptionSchema } from './openapi/discovery-schemas.js'
import { createRouter, problems } from './openapi/router.js'
import { JsonLdSchema } from './openapi/schemas.js'

export const API_VERSION = '1'
const TRUST_FRAMEWORKS = ['gaia-x-loire-25.11', 'gaia-x-tagus-22.10']
const tags = ['Discovery and operations']

export const discovery = createRouter()

const didDocument = createRoute({
  method: 'get',
  path: '/.well-known/did.json',
  tags,
  summary: 'The node’s DID document',
  description: 'The `did:web` of the node’s public host, with its Ed25519 key.',
  responses: {
    200: {
      description: 'The DID document.',
      content: { 'application/did+json': { schema: DidDocumentSchema } },
    },
    ...problems(),
  },
})

// The core types a DID document loosely; parsing holds the answer to what the document promises.
discovery.openapi(didDocument, (c) =>
  c.json(DidDocumentSchema.parse(c.var.ctx.identity.didDocument), 200, {
    'Content-Type': 'application/did+json',
  }),
)

const description = createRoute({
  method: 'get',
  path: '/.well-known/gaia-x-catalogue',
  tags,
  summary: 'What this node is and serves',
  responses: {
    200: {
      description: 'The node description.',
      content: { 'application/json': { schema: NodeDescriptionSchema } },
    },
    ...problems(),
  },
})

discovery.openapi(description, async (c) => {
  const { config, identity, store } = c.var.ctx
  const base = config.publicUrl
  return c.json(
    {
      did: identity.did,
      didKey: identity.didKey,
      name: config.nodeName,
      publicUrl: base,
      apiVersion: API_VERSION,
      trustFrameworks: TRUST_FRAMEWORKS,
      // every link answers a GET as it is (a stored credential is at /api/v1/credentials/{hash})
      endpoints: {
        offerings: `${base}/api/v1/offerings`,
        participants: `${base}/api/v1/participants`,
        events: `${base}/api/v1/federation/events`,
        credentialsEvents: `${base}/credentials-events`,
        contexts: `${base}/api/v1/contexts?url=${encodeURIComponent(VC_V2_CONTEXT)}`,
        dcat: `${base}/api/v1/catalogue/dcat`,
        openapi: `${base}/openapi.json`,
        docs: `${base}/docs`,
        metrics: `${base}/metrics`,
        didDocument: `${base}/.well-known/did.json`,
      },
      counts: await store.counts(),
      contexts: await contextDigests(),
    },
    200,
  )
})

const context = createRoute({
  method: 'get',
  path: '/api/v1/contexts',
  tags,
  summary: 'A pinned JSON-LD context',
  description: 'The exact document the node verifies and signs with for that URL.',
  request: {
    query: z.object({
      url: z.string().min(1).max(2048).openapi({
        description: 'The context URL, as listed in `/.well-known/gaia-x-catalogue`.',
        example: 'https://www.w3.org/ns/credentials/v2',
      }),
    }),
  },
  responses: {
    200: {
      description: 'The pinned context.',
      content: { 'application/ld+json': { schema: JsonLdSchema } },
    },
    ...problems(400, 404),
  },
})

discovery.openapi(context, (c) => {
  const { url } = c.req.valid('query')
  const document = pinnedContexts.get(url)
  if (!document) throw new NotFoundError(`This node does not pin the context ${url}.`)
  return c.json(document, 200, { 'Content-Type': 'application/ld+json' })
})

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags,
  summary: 'Liveness',
  responses: {
    200: {
      description: 'Alive.',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
    },
    ...problems(),
  },
})

discovery.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200))

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags,
  summary: 'Readiness',
  description: 'Ready when the database is reachable and its migrations are applied.',
  responses: {
    200: {
      description: 'Ready.',
      content: { 'application/json': { schema: z.object({ status: z.literal('ready') }) } },
    },
    503: {
      description: 'Not ready.',
      content: { 'application/json': { schema: z.object({ status: z.literal('not-ready') }) } },
    },
    ...problems(),
  },
})

discovery.openapi(readyz, async (c) =>
  (await c.var.ctx.store.ready())
    ? c.json({ status: 'ready' as const }, 200)
    : c.json({ status: 'not-ready' as const }, 503),
)
