import { createRoute, z } from '@hono/zod-openapi'
import { BadRequestError } from '../errors.js'
import { applyNodeFeed } from '../federation/sync.js'
import { requireAdmin } from './admin.js'
import { readBoundedJsonObject } from './body.js'
import { jsonContent } from './openapi/bodies.js'
import { ADMIN_ONLY, createRouter, invalidInput, problems } from './openapi/router.js'

/** A node's snapshot, imported by its operator (`gxc import --node`): feed events, applied as a sync. */
export const imports = createRouter()
imports.use(requireAdmin)

const ImportRequestSchema = z
  .object({
    origin: z
      .string()
      .regex(/^did:[a-z0-9]+:\S+$/)
      .openapi({
        description: 'The DID of the node the snapshot is of: the origin of what is stored.',
      }),
    events: z.array(z.record(z.string(), z.unknown())).min(1).max(100).openapi({
      description:
        'Events of that node’s change feed, as `GET /api/v1/federation/events` serves them, `seq` strictly increasing.',
    }),
  })
  .openapi('ImportRequest')

imports.openAPIRegistry.register('ImportRequest', ImportRequestSchema)

const ImportSummarySchema = z
  .object({
    accepted: z.number().int(),
    rejected: z.number().int(),
    unchanged: z.number().int(),
    refused: z.array(z.object({ credential: z.string().optional(), reason: z.string() })),
  })
  .openapi('ImportSummary')

const route = createRoute({
  method: 'post',
  path: '/',
  tags: ['Operator'],
  summary: 'Import events of a node’s snapshot',
  description:
    'Applies feed events of another node, from a snapshot `gxc export` wrote and `gxc import` checked offline, exactly as a sync of that node would: every credential through the whole pipeline, stored with `origin` the node’s DID (its participants may not write here until they onboard here); a revocation only as the issuer’s signed act. The operator files the node’s did:web document first (`PUT /api/v1/admin/did-documents/{did}`) so that its own credentials verify.',
  security: ADMIN_ONLY,
  // by $ref, as bodies.ts declares every body: body.ts applies the node's limits before parsing
  request: {
    body: {
      required: true,
      content: jsonContent({ $ref: '#/components/schemas/ImportRequest' }),
    },
  },
  responses: {
    200: {
      description: 'What the events did; each refusal with its reason.',
      content: { 'application/json': { schema: ImportSummarySchema } },
    },
    ...problems(400, 401, 413, 415),
  },
})

imports.openapi(route, async (c) => {
  const parsed = ImportRequestSchema.safeParse(await readBoundedJsonObject(c))
  if (!parsed.success) throw invalidInput('json', parsed.error.issues)
  const outcome = await applyNodeFeed(c.var.ctx, parsed.data.origin, parsed.data.events)
  if ('error' in outcome) {
    throw new BadRequestError(`The events cannot be applied: ${outcome.error}.`, [
      {
        code: 'events-out-of-order',
        path: '/events',
        message: {
          en: 'The events must be feed events with `seq` strictly increasing.',
          fr: 'Les événements doivent être ceux d’un flux, `seq` strictement croissant.',
        },
        severity: 'violation',
      },
    ])
  }
  return c.json(outcome, 200)
})
