import { Hono } from 'hono'
import { participantSummary } from '../catalogue/views.js'
import { NotFoundError } from '../errors.js'
import type { HonoEnv } from './env.js'
import { PageQuery, parseQuery } from './query.js'

export const participants = new Hono<HonoEnv>()

participants.get('/', async (c) => {
  const page = await c.var.ctx.store.listParticipants(parseQuery(c, PageQuery))
  return c.json({ items: page.items.map(participantSummary), next: page.next })
})

participants.get('/:id', async (c) => {
  const { store } = c.var.ctx
  const id = c.req.param('id')
  const row = await store.getParticipant(id)
  if (!row) throw new NotFoundError(`No participant ${id} in this catalogue.`)
  const [offeringCount, credentials] = await Promise.all([
    store.countOfferings(row.id),
    store.participantCredentials(row),
  ])
  return c.json({
    participant: participantSummary(row),
    offeringCount,
    credentials: credentials.map((stored) => ({
      hash: stored.hash,
      types: stored.types,
      status: stored.status,
      credential: JSON.parse(stored.document),
    })),
  })
})
