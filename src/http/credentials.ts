import { Hono } from 'hono'
import { NotFoundError } from '../errors.js'
import type { HonoEnv } from './env.js'

export const credentials = new Hono<HonoEnv>()

// The stored bytes, not a re-serialisation: a JCS hash or a JWT must check against exactly this.
credentials.get('/:hash', async (c) => {
  const hash = c.req.param('hash')
  const stored = await c.var.ctx.store.getCredential(hash)
  if (!stored) throw new NotFoundError(`No credential ${hash} on this node.`)
  const type = stored.format === 'jwt_vc' ? 'application/vc+jwt' : 'application/ld+json'
  return c.body(stored.document, 200, { 'Content-Type': type })
})
