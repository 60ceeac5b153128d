import { createRoute, z } from '@hono/zod-openapi'
import { NotFoundError } from '../errors.js'
import { createRouter, problems } from './openapi/router.js'
import { CredentialSchema } from './openapi/schemas.js'

export const credentials = createRouter()

const stored = createRoute({
  method: 'get',
  path: '/{hash}',
  tags: ['Catalogue'],
  summary: 'A stored credential, exactly as signed',
  request: {
    params: z.object({
      hash: z.string().min(1).openapi({ example: 'sha256-3f1c…' }),
    }),
  },
  responses: {
    200: {
      description: 'The stored bytes: JSON-LD, or the compact JWT of a VC-JWT.',
      content: {
        'application/ld+json': { schema: CredentialSchema },
        'application/vc+jwt': { schema: z.string() },
      },
    },
    ...problems(404),
  },
})

// The stored bytes, not a re-serialisation: a JCS hash or a JWT must check against exactly this.
credentials.openapi(stored, async (c) => {
  const { hash } = c.req.valid('param')
  const credential = await c.var.ctx.store.getCredential(hash)
  if (!credential) throw new NotFoundError(`No credential ${hash} on this node.`)
  const type = credential.format === 'jwt_vc' ? 'application/vc+jwt' : 'application/ld+json'
  return c.body(credential.document, 200, { 'Content-Type': type })
})
