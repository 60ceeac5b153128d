import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { accepts } from 'hono/accepts'
import {
  DCAT_DEFAULT_LIMIT,
  DCAT_MAX_LIMIT,
  DCAT_MAX_PAGE,
  dcatCatalogue,
  type HydraView,
} from '../catalogue/dcat.js'
import { dcatRdf } from '../catalogue/dcat-rdf.js'
import type { HonoEnv } from './env.js'
import { ProblemSchema } from './openapi/common.js'
import { createRouter, problems } from './openapi/router.js'
import type { Problem } from './problem.js'
import { single } from './query.js'

/** Mounted at `/api/v1/catalogue/dcat` (API.md). */
export const dcat = createRouter()

const LD_JSON = 'application/ld+json'
const JSON_TYPE = 'application/json'
const TURTLE = 'text/turtle'
const NTRIPLES = 'application/n-triples'
// JSON-LD first: what the node answered before it negotiated, and what `*/*` still gets
const SERVED = [LD_JSON, JSON_TYPE, TURTLE, NTRIPLES] as const

const DcatQuery = z.object({
  page: single(z.coerce.number().int().min(1).max(DCAT_MAX_PAGE))
    .default(1)
    .openapi({ description: 'The page, from 1; a page past the last is empty.' }),
  limit: single(z.coerce.number().int().min(1).max(DCAT_MAX_LIMIT))
    .default(DCAT_DEFAULT_LIMIT)
    .openapi({ description: `Services per page, 1–${DCAT_MAX_LIMIT}.` }),
})

const DcatCatalogueSchema = z
  .looseObject({
    '@context': z.record(z.string(), z.unknown()),
    '@type': z.literal('dcat:Catalog'),
    'dcat:service': z.array(z.record(z.string(), z.unknown())).openapi({
      description: 'One `dcat:DataService` per active offering on this page.',
    }),
    'hydra:view': z
      .looseObject({
        '@id': z.string(),
        'hydra:totalItems': z.number(),
        'hydra:itemsPerPage': z.number(),
      })
      .openapi({
        description:
          'The Hydra view of this page (`hydra:PartialCollectionView` and `hydra:PagedCollection`): `hydra:totalItems`, `hydra:itemsPerPage`, `hydra:first`, `hydra:previous` (absent on the first page), `hydra:next` (absent on the last), `hydra:last`, and the same links as strings in `hydra:firstPage`, `hydra:previousPage`, `hydra:nextPage`, `hydra:lastPage`.',
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
  description:
    'A `dcat:Catalog` of one `dcat:DataService` per active offering, valid against the DCAT-AP 3.0.1 SHACL shapes, in the syntax `Accept` asks for: JSON-LD (`application/ld+json` or `application/json`, the default), Turtle (`text/turtle`) or N-Triples (`application/n-triples`); any other is a 406 problem. Paged for harvesters: the page is a Hydra view typed both `hydra:PartialCollectionView` (`hydra:first`, `hydra:previous`, `hydra:next`, `hydra:last`) and the legacy `hydra:PagedCollection` (`hydra:firstPage`… as strings), with `hydra:totalItems` and `hydra:itemsPerPage`; the same links are in the `Link` header. Titles and descriptions carry the language tag their credential gives them, or that their text shows (a “French — English” description is two literals tagged `fr` and `en`); `dcat:endpointURL` is the service’s own `gx:endpoint` where its credential states one, else its page on this node.',
  request: { query: DcatQuery },
  responses: {
    200: {
      description: 'One page of the catalogue.',
      headers: {
        Vary: { schema: { type: 'string', example: 'Accept' } },
        Link: {
          description: 'The first, previous, next and last pages (RFC 8288).',
          schema: {
            type: 'string',
            example:
              '<https://catalogue.example/api/v1/catalogue/dcat?page=1&limit=100>; rel="first", <https://catalogue.example/api/v1/catalogue/dcat?page=2&limit=100>; rel="next"',
          },
        },
      },
      content: {
        [LD_JSON]: { schema: DcatCatalogueSchema },
        [TURTLE]: { schema: z.string().openapi({ description: 'The same page in Turtle.' }) },
        [NTRIPLES]: { schema: z.string().openapi({ description: 'The same page in N-Triples.' }) },
      },
    },
    406: {
      description: 'The `Accept` header names no syntax the catalogue is served in.',
      content: { 'application/problem+json': { schema: ProblemSchema } },
    },
    ...problems(400),
  },
})

dcat.openapi(catalogue, async (c) => {
  const syntax = accepts(c, { header: 'Accept', supports: [...SERVED], default: LD_JSON, match })
  if (!syntax) return notAcceptable(c)
  const doc = await dcatCatalogue(c.var.ctx, c.req.valid('query'))
  const headers = { Vary: 'Accept', Link: links(doc['hydra:view']) }
  if (syntax === TURTLE || syntax === NTRIPLES) {
    return c.body(await dcatRdf(doc, syntax), 200, {
      ...headers,
      'Content-Type': `${syntax}; charset=utf-8`,
    })
  }
  return c.json(doc, 200, { ...headers, 'Content-Type': LD_JSON })
})

// RFC 8288 links to the other pages, for clients that page by headers rather than by the body.
function links(view: HydraView): string {
  const rels = [
    ['first', view['hydra:first']],
    ['prev', view['hydra:previous']],
    ['next', view['hydra:next']],
    ['last', view['hydra:last']],
  ] as const
  return rels.flatMap(([rel, link]) => (link ? [`<${link['@id']}>; rel="${rel}"`] : [])).join(', ')
}

// hono's own matcher answers its default for anything; here a header that names none of the
// syntaxes (nor `*/*`, nor a range covering one) is refused, and JSON asked for gets JSON-LD.
function match(ranges: { type: string; q: number }[]): string {
  const wanted = ranges
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || specificity(b.type) - specificity(a.type))
  for (const { type } of wanted) {
    const range = type.toLowerCase()
    const found = SERVED.find(
      (served) =>
        range === served ||
        range === '*/*' ||
        (range.endsWith('/*') && served.startsWith(range.slice(0, -1))),
    )
    if (found) return found === JSON_TYPE ? LD_JSON : found
  }
  return ''
}

function specificity(type: string): number {
  return type === '*/*' ? 0 : type.endsWith('/*') ? 1 : 2
}

// errors.ts has no code for a 406, so the problem is written here in the shape problem.ts gives
// every other one.
function notAcceptable(c: Context<HonoEnv>): Response {
  const problem: Problem = {
    type: `${c.var.ctx.config.publicUrl}/problems/not-acceptable`,
    title: 'Not acceptable',
    status: 406,
    detail: 'The catalogue is served as JSON-LD, Turtle or N-Triples only.',
    instance: c.req.path,
    requestId: c.get('requestId'),
    errors: [
      {
        code: 'not-acceptable',
        path: '/header/Accept',
        message: {
          en: `Accept names no syntax the catalogue is served in; ask for one of ${SERVED.join(', ')}.`,
          fr: `Accept ne nomme aucune syntaxe dans laquelle le catalogue est servi ; demandez l’une de ${SERVED.join(', ')}.`,
        },
        severity: 'violation',
      },
    ],
  }
  return c.json(problem, 406, { 'Content-Type': 'application/problem+json', Vary: 'Accept' })
}
