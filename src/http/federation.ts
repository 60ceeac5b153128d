import { createRoute, z } from '@hono/zod-openapi'
import { changeFeed, credentialEvents } from '../federation/feed.js'
import { createRouter, problems } from './openapi/router.js'
import { CloudEventSchema, FeedPageSchema } from './openapi/federation-schemas.js'
import { LimitParam, single } from './query.js'

/** The public change feed and its Gaia-X Credential Event Service form: what peers pull. */
export const federation = createRouter()
const tags = ['Federation']

const events = createRoute({
  method: 'get',
  path: '/api/v1/federation/events',
  tags,
  summary: 'The change feed',
  description:
    'Every change in order: `seq` strictly increasing, `after` exclusive, `next` the `after` of the next page (an empty page means up to date). The credential is inline on `put`; on `revoke`, the issuer’s signed revocation when it signed one. Peers re-verify everything they pull.',
  request: {
    query: z.object({
      after: single(z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER))
        .default(0)
        .openapi({ description: 'The last `seq` already read (exclusive).' }),
      limit: LimitParam,
      type: single(z.string().min(1).max(256)).optional().openapi({
        description: 'Only events of credentials of this type, e.g. `gx:ServiceOffering`.',
      }),
    }),
  },
  responses: {
    200: {
      description: 'One page of the feed.',
      content: { 'application/json': { schema: FeedPageSchema } },
    },
    ...problems(400),
  },
})

federation.openapi(events, async (c) => {
  const { after, limit, type } = c.req.valid('query')
  return c.json(await changeFeed(c.var.ctx, { after, limit, type }), 200)
})

const ces = createRoute({
  method: 'get',
  path: '/credentials-events',
  tags,
  summary: 'The feed as a Gaia-X Credential Event Service',
  description:
    'CloudEvents 1.0 after the event `lastReceivedID` (exclusive), `size` per page, `page` from 0: `eu.gaia-x.credential` with the credential as signed in `data` and its hash as the `integrity` extension; revocations and expiries under the node’s own types.',
  request: {
    query: z.object({
      lastReceivedID: single(z.string().regex(/^\d{1,15}$/))
        .optional()
        .openapi({ description: 'The `id` of the last event already received.' }),
      page: single(z.coerce.number().int().min(0).max(10_000)).default(0),
      size: single(z.coerce.number().int().min(1).max(100)).default(20),
    }),
  },
  responses: {
    200: {
      description: 'One page of events.',
      content: { 'application/json': { schema: z.array(CloudEventSchema) } },
    },
    ...problems(400),
  },
})

federation.openapi(ces, async (c) => {
  const { lastReceivedID, page, size } = c.req.valid('query')
  const after = lastReceivedID === undefined ? undefined : Number(lastReceivedID)
  return c.json(await credentialEvents(c.var.ctx, { lastReceivedID: after, page, size }), 200)
})
