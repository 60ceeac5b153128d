import { Hono } from 'hono'
import * as z from 'zod'
import { offeringSummary } from '../catalogue/views.js'
import { NotFoundError } from '../errors.js'
import type { HonoEnv } from './env.js'
import { PageQuery, parseQuery } from './query.js'

const ListQuery = PageQuery.extend({
  status: z.enum(['active', 'deprecated', 'revoked', 'expired']).default('active'),
})

export const offerings = new Hono<HonoEnv>()

offerings.get('/', async (c) => {
  const { store } = c.var.ctx
  const query = parseQuery(c, ListQuery)
  const page = await store.listOfferings(query)
  const providers = await store.participantsByIds(page.items.map((row) => row.providerId))
  return c.json({
    items: page.items.map((row) => offeringSummary(row, providers.get(row.providerId))),
    next: page.next,
  })
})

offerings.get('/:id', async (c) => {
  const { store } = c.var.ctx
  const id = c.req.param('id')
  const row = await store.getOffering(id)
  const stored = row && (await store.getCredential(row.credentialHash))
  if (!row || !stored) throw new NotFoundError(`No offering ${id} in this catalogue.`)
  if (prefersLinkedData(c.req.header('Accept'))) {
    return c.body(stored.document, 200, { 'Content-Type': 'application/ld+json' })
  }
  const provider = await store.getParticipant(row.providerId)
  return c.json({
    offering: offeringSummary(row, provider),
    credential: JSON.parse(stored.document),
    verification: {
      verified: true,
      checkedAt: new Date(stored.receivedAt).toISOString(),
      proofType: stored.proofType,
      // @NOTE shapes are checked from the validation pipeline on; until then nothing claims conformance
      shapesConform: null,
    },
    // @TODO the sovereignty profile (issue: catalogue search) fills this
    sovereignty: null,
  })
})

function prefersLinkedData(accept: string | undefined): boolean {
  return /application\/ld\+json/.test(accept ?? '') && !/application\/json(?!\+)/.test(accept ?? '')
}
