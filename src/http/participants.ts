import { createRoute, z } from '@hono/zod-openapi'
import { credentialJson } from '../model/claims.js'
import { participantSummaries } from '../catalogue/views.js'
import { NotFoundError } from '../errors.js'
import { createRouter, problems } from './openapi/router.js'
import {
  ParticipantDetailSchema,
  ParticipantPageSchema,
  type StoredCredentialJson,
} from './openapi/schemas.js'
import { PageQuery } from './query.js'

export const participants = createRouter()
const tags = ['Catalogue']

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Participants, paged',
  request: { query: PageQuery },
  responses: {
    200: {
      description: 'One page of participants.',
      content: { 'application/json': { schema: ParticipantPageSchema } },
    },
    ...problems(400),
  },
})

participants.openapi(list, async (c) => {
  const { store } = c.var.ctx
  const page = await store.listParticipants(c.req.valid('query'))
  return c.json({ items: await participantSummaries(store, page.items), next: page.next }, 200)
})

const one = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One participant',
  description: 'With the number of its offerings and its own credentials.',
  request: {
    params: z.object({
      id: z.string().min(1).openapi({ description: 'Participant id or DID, URL-encoded.' }),
    }),
  },
  responses: {
    200: {
      description: 'The participant.',
      content: { 'application/json': { schema: ParticipantDetailSchema } },
    },
    ...problems(404),
  },
})

participants.openapi(one, async (c) => {
  const { store } = c.var.ctx
  const { id } = c.req.valid('param')
  const row = await store.getParticipant(id)
  if (!row) throw new NotFoundError(`No participant ${id} in this catalogue.`)
  const [offeringCount, credentials, [participant]] = await Promise.all([
    store.countOfferings(row.id),
    store.participantCredentials(row),
    participantSummaries(store, [row]),
  ])
  return c.json(
    {
      participant: participant!,
      offeringCount,
      credentials: credentials.map((stored) => ({
        hash: stored.hash,
        types: stored.types,
        status: stored.status,
        credential: credentialJson(stored) as StoredCredentialJson,
      })),
    },
    200,
  )
})
