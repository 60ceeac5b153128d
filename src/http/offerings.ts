import { Hono } from 'hono'
import { revokeOffering } from '../catalogue/partners.js'
import { searchOfferings } from '../catalogue/search.js'
import { offeringSummary } from '../catalogue/views.js'
import { isAdmin } from './admin.js'
import { readJsonObject } from './body.js'
import { AppError, NotFoundError } from '../errors.js'
import type { HonoEnv } from './env.js'
import { parseSearchQuery } from './search-query.js'

export const offerings = new Hono<HonoEnv>()

offerings.get('/', async (c) => {
  return c.json(await searchOfferings(c.var.ctx.store, parseSearchQuery(c)))
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

offerings.post('/:id/revoke', async (c) => {
  const ctx = c.var.ctx
  const id = c.req.param('id')
  // a bearer token means the operator: a wrong one is refused, never read as a partner request
  const authorization = c.req.header('Authorization')
  if (authorization !== undefined && !(await isAdmin(ctx.config.adminToken, authorization))) {
    throw new AppError('unauthorized', 'The admin token is not valid.')
  }
  const by = authorization ? { admin: true as const } : { presentation: await readJsonObject(c) }
  await revokeOffering(ctx, id, by)
  return c.json({ id, status: 'revoked' })
})

function prefersLinkedData(accept: string | undefined): boolean {
  return /application\/ld\+json/.test(accept ?? '') && !/application\/json(?!\+)/.test(accept ?? '')
}
