import { createRoute, z } from '@hono/zod-openapi'
import { peerView, registerPeer } from '../federation/peers.js'
import { syncPeer } from '../federation/sync.js'
import { NotFoundError } from '../errors.js'
import { requireAdmin } from './admin.js'
import { readJsonObject } from './body.js'
import { jsonContent, ref } from './openapi/bodies.js'
import { invalidInput, ADMIN_ONLY, createRouter, problems } from './openapi/router.js'
import { PeerRequestSchema, PeerSchema, SyncSummarySchema } from './openapi/federation-schemas.js'

/** The operator's peers: the catalogues this node pulls from and asks at search time. */
export const peers = createRouter()
peers.use(requireAdmin)
const tags = ['Operator']

const PeerId = z.object({ id: z.string().min(1).max(64) })
const PeerEnvelope = z.object({ peer: PeerSchema })

const add = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Register a peer',
  description:
    'A node (`kind: "node"`, default) or a Gaia-X Credential Event Service (`"ces"`). A node’s `/.well-known/gaia-x-catalogue` and `did.json` are read first: a DID other than `did` is a 422, and the node then holds the peer’s DID document so its credentials verify here. The same URL again: 200 with the peer. `mirror: false` only asks it at search time (`scope=federation`).',
  security: ADMIN_ONLY,
  request: {
    body: { required: true, content: { 'application/json': { schema: PeerRequestSchema } } },
  },
  responses: {
    200: {
      description: 'Already registered.',
      content: { 'application/json': { schema: PeerEnvelope } },
    },
    201: { description: 'Registered.', content: { 'application/json': { schema: PeerEnvelope } } },
    ...problems(400, 401, 415, 422),
  },
})

peers.openapi(add, async (c) => {
  const parsed = PeerRequestSchema.safeParse(await readJsonObject(c))
  if (!parsed.success) throw invalidInput('json', parsed.error.issues)
  const { peer, created } = await registerPeer(c.var.ctx, parsed.data)
  return c.json({ peer: peerView(peer) }, created ? 201 : 200)
})

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'The peers and their sync state',
  security: ADMIN_ONLY,
  responses: {
    200: {
      description: 'Every peer.',
      content: { 'application/json': { schema: z.object({ peers: z.array(PeerSchema) }) } },
    },
    ...problems(401),
  },
})

peers.openapi(list, async (c) =>
  c.json({ peers: (await c.var.ctx.store.listPeers()).map(peerView) }, 200),
)

const sync = createRoute({
  method: 'post',
  path: '/{id}/sync',
  tags,
  summary: 'Sync a peer now',
  description:
    'Pulls the peer to the end of its feed, within the node’s limits, through the same pipeline as a partner’s submission; what fails is counted, never stored.',
  security: ADMIN_ONLY,
  request: { params: PeerId },
  responses: {
    200: {
      description: 'What this sync did.',
      content: { 'application/json': { schema: SyncSummarySchema } },
    },
    ...problems(401, 404),
  },
})

peers.openapi(sync, async (c) => {
  const peer = await c.var.ctx.store.getPeer(c.req.valid('param').id)
  if (!peer) throw new NotFoundError('No such peer.')
  return c.json(await syncPeer(c.var.ctx, peer), 200)
})

const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  tags,
  summary: 'Stop following a peer',
  description: 'What was mirrored from it stays, with its origin.',
  security: ADMIN_ONLY,
  request: { params: PeerId },
  responses: { 204: { description: 'Removed.' }, ...problems(401, 404) },
})

peers.openapi(remove, async (c) => {
  if (!(await c.var.ctx.store.deletePeer(c.req.valid('param').id))) {
    throw new NotFoundError('No such peer.')
  }
  return c.body(null, 204)
})
