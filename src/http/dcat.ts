import { createRoute, z } from '@hono/zod-openapi'
import { dcatCatalogue } from '../catalogue/dcat.js'
import { createRouter, problems } from './openapi/router.js'

/** Mounted at `/api/v1/catalogue/dcat` (API.md). */
export const dcat = createRouter()

const DcatCatalogueSchema = z
  .looseObject({
    '@context': z.record(z.string(), z.unknown()),
    '@type': z.literal('dcat:Catalog'),
    'dcat:service': z.array(z.record(z.string(), z.unknown())).openapi({
      description: 'One `dcat:DataService` per active offering.',
    }),
  })
  .openapi('DcatCatalogue', {
    description: 'A DCAT-AP 3 `dcat:Catalog` in compacted JSON-LD, harvestable by data.europa.eu.',
  })

const catalogue = createRoute({
  method: 'get',
  path: '/',
  tags: ['Catalogue'],
  summary: 'The catalogue as DCAT-AP 3',
  responses: {
    200: {
      description: 'The catalogue.',
      content: { 'application/ld+json': { schema: DcatCatalogueSchema } },
    },
    ...problems(),
  },
})

dcat.openapi(catalogue, async (c) =>
  c.json(await dcatCatalogue(c.var.ctx), 200, { 'Content-Type': 'application/ld+json' }),
)
