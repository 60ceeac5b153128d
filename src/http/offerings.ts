import { Hono } from 'hono'
import { accepts } from 'hono/accepts'
import { revokeOffering } from '../catalogue/partners.js'
import { searchOfferings } from '../catalogue/search.js'
import { sovereigntyProfile } from '../catalogue/sovereignty.js'
import { canonicalNQuads } from '../credentials/canonical.js'
import { offeringSummary } from '../catalogue/views.js'
import { isAdmin } from './admin.js'
import { readJsonObject } from './body.js'
import { AppError, NotFoundError } from '../errors.js'
import type { HonoEnv } from './env.js'
import { parseSearchQuery } from './search-query.js'

export const offerings = new Hono<HonoEnv>()

const JSON_TYPE = 'application/json'
const LD_JSON_TYPE = 'application/ld+json'
const NQUADS_TYPE = 'application/n-quads'
const REPRESENTATIONS = [JSON_TYPE, LD_JSON_TYPE, NQUADS_TYPE]

offerings.get('/', async (c) => {
  return c.json(await searchOfferings(c.var.ctx.store, parseSearchQuery(c)))
})

offerings.get('/:id', async (c) => {
  const { store, loader } = c.var.ctx
  const id = c.req.param('id')
  const row = await store.getOffering(id)
  const stored = row && (await store.getCredential(row.credentialHash))
  if (!row || !stored) throw new NotFoundError(`No offering ${id} in this catalogue.`)
  const representation = accepts(c, {
    header: 'Accept',
    supports: REPRESENTATIONS,
    default: JSON_TYPE,
  })
  if (representation === LD_JSON_TYPE) {
    return c.body(stored.document, 200, { 'Content-Type': LD_JSON_TYPE, Vary: 'Accept' })
  }
  if (representation === NQUADS_TYPE) {
    const nquads = await canonicalNQuads(JSON.parse(stored.document), loader)
    return c.body(nquads, 200, { 'Content-Type': `${NQUADS_TYPE}; charset=utf-8`, Vary: 'Accept' })
  }
  const provider = await store.getParticipant(row.providerId)
  c.header('Vary', 'Accept')
  return c.json({
    offering: offeringSummary(row, provider),
    credential: JSON.parse(stored.document),
    verification: {
      verified: true,
      checkedAt: new Date(stored.receivedAt).toISOString(),
      proofType: stored.proofType,
      // every write goes through the validation pipeline, which stores nothing that fails the shapes
      shapesConform: true,
    },
    sovereignty: await sovereigntyProfile(c.var.ctx, row),
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
