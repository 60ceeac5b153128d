import { createRoute, z } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { reindexCatalogue } from '../catalogue/reindex.js'
import { participantSummaries } from '../catalogue/views.js'
import { checkDidDocument } from '../credentials/did/did-documents.js'
import { AppError, BadRequestError, NotFoundError } from '../errors.js'
import { readJsonObject } from './body.js'
import type { HonoEnv } from './env.js'
import { jsonContent, ref } from './openapi/bodies.js'
import { ADMIN_ONLY, createRouter, problems } from './openapi/router.js'
import {
  HeldDidDocumentSchema,
  ParticipantEnvelopeSchema,
  ReindexSummarySchema,
} from './openapi/schemas.js'

/**
 * Whether an Authorization header carries the admin token. Both sides are hashed first, so the
 * comparison takes the same time whatever the token's length or first wrong byte.
 */
export async function isAdmin(
  token: string | undefined,
  header: string | undefined,
): Promise<boolean> {
  // the auth scheme is case-insensitive (RFC 9110 §11.1)
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1]
  if (!token || !presented) return false
  const [a, b] = await Promise.all([digest(token), digest(presented)])
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!
  return difference === 0
}

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}

export const admin = createRouter()
const tags = ['Operator']

/** Lets operator requests through: the admin bearer token, or a 401. */
export const requireAdmin: MiddlewareHandler<HonoEnv> = async (c, next) => {
  if (!(await isAdmin(c.var.ctx.config.adminToken, c.req.header('Authorization')))) {
    throw new AppError('unauthorized', 'Operator endpoints need the admin bearer token.')
  }
  await next()
}

admin.use(requireAdmin)

for (const [action, status, summary] of [
  ['approve', 'active', 'Approve a pending participant'],
  ['suspend', 'suspended', 'Suspend a participant'],
] as const) {
  const route = createRoute({
    method: 'post',
    path: `/participants/{id}/${action}`,
    tags,
    summary,
    security: ADMIN_ONLY,
    request: {
      params: z.object({
        id: z.string().min(1).openapi({ description: 'Participant id or DID.' }),
      }),
    },
    responses: {
      200: {
        description: `The participant, now \`${status}\`.`,
        content: { 'application/json': { schema: ParticipantEnvelopeSchema } },
      },
      ...problems(401, 404),
    },
  })
  admin.openapi(route, async (c) => {
    const { store, clock } = c.var.ctx
    const { id } = c.req.valid('param')
    const participant = await store.getParticipant(id)
    if (!participant) throw new NotFoundError(`No participant ${id} on this node.`)
    await store.setParticipantStatus(participant.did, status, clock().getTime())
    const [summary] = await participantSummaries(store, [
      (await store.getParticipant(participant.id))!,
    ])
    return c.json({ participant: summary! }, 200)
  })
}

const reindex = createRoute({
  method: 'post',
  path: '/reindex',
  tags,
  summary: 'Rebuild the derived index',
  description: 'From the stored credentials; credentials and events are untouched.',
  security: ADMIN_ONLY,
  responses: {
    200: {
      description: 'What was reindexed.',
      content: { 'application/json': { schema: ReindexSummarySchema } },
    },
    ...problems(401),
  },
})

admin.openapi(reindex, async (c) => c.json(await reindexCatalogue(c.var.ctx), 200))

const didDocuments = createRoute({
  method: 'put',
  path: '/did-documents/{did}',
  tags,
  summary: 'Hold a participant’s did:web DID document',
  description:
    'The node resolves did:web DIDs only from documents it holds (or fetches from GXC_FETCH_ALLOW hosts): the operator files a partner’s document here, checked to be that DID’s, with its own verification methods and no private key.',
  security: ADMIN_ONLY,
  request: {
    params: z.object({
      did: z.string().min(1).openapi({ description: 'The did:web DID, URL-encoded.' }),
    }),
    body: { required: true, content: jsonContent(ref('DidDocument')) },
  },
  responses: {
    200: {
      description: 'The document is held.',
      content: { 'application/json': { schema: HeldDidDocumentSchema } },
    },
    ...problems(400, 401, 413, 415),
  },
})

admin.openapi(didDocuments, async (c) => {
  const { store, clock } = c.var.ctx
  const { did } = c.req.valid('param')
  const document = await readJsonObject(c)
  const findings = checkDidDocument(did, document)
  if (findings.length > 0) throw new BadRequestError('This DID document cannot be held.', findings)
  const at = clock().getTime()
  await store.putDidDocument(did, document, at)
  return c.json({ did, updatedAt: new Date(at).toISOString() }, 200)
})

const withdrawDidDocument = createRoute({
  method: 'delete',
  path: '/did-documents/{did}',
  tags,
  summary: 'Stop holding a participant’s did:web DID document',
  description:
    'The DID no longer resolves from this node (only from a GXC_FETCH_ALLOW host, if it is one), so its credentials, Tagus and VC-JWT alike, no longer verify here. Stored credentials are left as they are.',
  security: ADMIN_ONLY,
  request: {
    params: z.object({
      did: z.string().min(1).openapi({ description: 'The did:web DID, URL-encoded.' }),
    }),
  },
  responses: {
    204: { description: 'The document is no longer held.' },
    ...problems(401, 404),
  },
})

admin.openapi(withdrawDidDocument, async (c) => {
  const { did } = c.req.valid('param')
  if (!(await c.var.ctx.store.deleteDidDocument(did))) {
    throw new NotFoundError(`This node holds no DID document for ${did}.`)
  }
  return c.body(null, 204)
})
