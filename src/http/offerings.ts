import { createRoute, z } from '@hono/zod-openapi'
import { accepts } from 'hono/accepts'
import { claimsOf, credentialJson, credentialProfile } from '../model/claims.js'
import { revokeOffering } from '../catalogue/partners.js'
import { searchOfferings, type SearchResult } from '../catalogue/search.js'
import { federatedSearch } from '../federation/search.js'
import { FederatedSearchResultSchema } from './openapi/federation-schemas.js'
import { sovereigntyProfile } from '../catalogue/sovereignty.js'
import { offeringSummary } from '../catalogue/views.js'
import { canonicalNQuads } from '../credentials/data-integrity/canonical.js'
import { AppError, NotFoundError } from '../errors.js'
import { isAdmin } from './admin.js'
import { readPresentation } from './body.js'
import { presentationBody } from './openapi/bodies.js'
import { ADMIN_OR_PARTNER, createRouter, problems } from './openapi/router.js'
import {
  StoredCredentialSchema,
  OfferingDetailSchema,
  RevokedSchema,
  type StoredCredentialJson,
} from './openapi/schemas.js'
import { searchAnswer } from './search-answers.js'
import { SearchParams, toSearchQuery } from './search-query.js'

export const offerings = createRouter()

const JSON_TYPE = 'application/json'
const LD_JSON_TYPE = 'application/ld+json'
const NQUADS_TYPE = 'application/n-quads'
const VC_JWT_TYPE = 'application/vc+jwt'
const REPRESENTATIONS = [JSON_TYPE, LD_JSON_TYPE, NQUADS_TYPE]
const tags = ['Catalogue']

const OfferingId = z.object({
  id: z.string().min(1).openapi({
    description: 'The offering’s credential subject id, URL-encoded.',
    example: 'did:web:provider.example.eu:offerings:postgres',
  }),
})

const search = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Search the catalogue',
  description:
    'Full text in the buyer’s words (certifications and kinds of service under their usual French and English names), filters (each repeatable: OR within one filter, AND across filters; codes in any case, a provider by name), facet counts and keyset paging. A search that finds nothing on its first page says what would (`suggestions`). A bad parameter, a parameter the search does not take, or a filter value that can never match (an unknown certification, label level, country, class or regime) is a 400 naming it in `errors[].path`, e.g. `/query/limit`, with its message in English and French.',
  request: { query: SearchParams },
  responses: {
    200: {
      description:
        'One page of offerings, with the total and the facets. A local search’s `ETag` names the answer and the catalogue version it stands for.',
      headers: { ETag: { schema: { type: 'string', example: '"42-3f9a0c…"' } } },
      content: { [JSON_TYPE]: { schema: FederatedSearchResultSchema } },
    },
    304: {
      description:
        'Not modified: `If-None-Match` names the answer, and nothing the search reads has changed since.',
    },
    ...problems(400),
  },
})

offerings.openapi(search, async (c) => {
  const params = c.req.valid('query')
  const query = toSearchQuery(params)
  // suggestions say what would find something: only while nothing is found, peers included
  const answer = ({ suggestions, ...result }: SearchResult) =>
    suggestions.length > 0 && result.items.length === 0 ? { ...result, suggestions } : result
  // what live peers answer has no version here: asked afresh each time
  if (params.scope === 'federation') {
    return c.json(answer(await federatedSearch(c.var.ctx, query)), 200)
  }
  const { store } = c.var.ctx
  const version = await store.catalogueVersion()
  return searchAnswer(c, version, JSON.stringify(query), async () =>
    answer(await searchOfferings(store, query)),
  )
})

const detail = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One offering',
  description:
    'The summary, the signed credential, its verification and the sovereignty profile. `Accept: application/ld+json` gives the stored signed credential alone (a VC-JWT as its EnvelopedVerifiableCredential), `Accept: application/n-quads` its canonical N-Quads (a VC-JWT: of its claims), and for a VC-JWT `Accept: application/vc+jwt` the compact JWT.',
  request: { params: OfferingId },
  responses: {
    200: {
      description: 'The offering, in the representation the `Accept` header asks for.',
      headers: { Vary: { schema: { type: 'string', example: 'Accept' } } },
      content: {
        [JSON_TYPE]: { schema: OfferingDetailSchema },
        [LD_JSON_TYPE]: { schema: StoredCredentialSchema },
        [NQUADS_TYPE]: { schema: z.string().openapi({ description: 'RDFC-1.0 N-Quads.' }) },
        [VC_JWT_TYPE]: {
          schema: z.string().openapi({ description: 'The compact VC-JWT, for a JWT credential.' }),
        },
      },
    },
    ...problems(404),
  },
})

offerings.openapi(detail, async (c) => {
  const { store, loader } = c.var.ctx
  const { id } = c.req.valid('param')
  const row = await store.getOffering(id)
  const stored = row && (await store.getCredential(row.credentialHash))
  if (!row || !stored) throw new NotFoundError(`No offering ${id} in this catalogue.`)
  // a VC-JWT is also served as itself; a Data Integrity credential has no JWT form
  const representation = accepts(c, {
    header: 'Accept',
    supports: stored.format === 'jwt_vc' ? [...REPRESENTATIONS, VC_JWT_TYPE] : REPRESENTATIONS,
    default: JSON_TYPE,
  })
  if (representation === VC_JWT_TYPE) {
    return c.body(stored.document, 200, { 'Content-Type': VC_JWT_TYPE, Vary: 'Accept' })
  }
  if (representation === LD_JSON_TYPE) {
    // exactly as signed: a VC-JWT as JSON-LD is its EnvelopedVerifiableCredential
    const body =
      stored.format === 'jwt_vc' ? JSON.stringify(credentialJson(stored)) : stored.document
    return c.body(body, 200, { 'Content-Type': LD_JSON_TYPE, Vary: 'Accept' })
  }
  if (representation === NQUADS_TYPE) {
    // a VC-JWT's proof is its JWS: the N-Quads are those of its claims
    const document = stored.format === 'jwt_vc' ? claimsOf(stored) : JSON.parse(stored.document)
    const nquads = await canonicalNQuads(document, loader)
    return c.body(nquads, 200, { 'Content-Type': `${NQUADS_TYPE}; charset=utf-8`, Vary: 'Accept' })
  }
  const profile = await credentialProfile(c.var.ctx, stored)
  const provider = await store.getParticipant(row.providerId)
  c.header('Vary', 'Accept')
  return c.json(
    {
      offering: offeringSummary(row, provider),
      credential: credentialJson(stored) as StoredCredentialJson,
      verification: {
        verified: true,
        checkedAt: new Date(stored.receivedAt).toISOString(),
        proofType: stored.proofType,
        // every write goes through the validation pipeline, which stores nothing that fails the shapes
        shapesConform: true,
        format: profile.format,
        generation: profile.generation,
      },
      sovereignty: await sovereigntyProfile(c.var.ctx, row),
    },
    200,
  )
})

const revoke = createRoute({
  method: 'post',
  path: '/{id}/revoke',
  tags: ['Partners'],
  summary: 'Revoke an offering',
  description:
    'By its issuer, with a presentation signed over a fresh challenge that holds the offering’s current credential (as this route’s GET serves it with `Accept: application/ld+json`), so the signature names what it revokes; or by the operator with the admin token (then no body). A presentation holding no credential, several, or another one is a 422 (`revocation-target-mismatch`). Its `type` should include `https://www.w3.org/ns/credentials/issuer-dependent#OfferingRevocation`: the issuer then states under its signature that it revokes, and peers apply the revocation too; without it, the revocation holds on this node only (a `revocation-local-only` warning), since it reads like the presentation that submitted the credential. A wrong token is refused, never read as a partner request. See docs/trust-model.md.',
  security: ADMIN_OR_PARTNER,
  request: { params: OfferingId, body: { ...presentationBody, required: false } },
  responses: {
    200: {
      description: 'The offering is revoked.',
      content: { [JSON_TYPE]: { schema: RevokedSchema } },
    },
    ...problems(400, 401, 403, 404, 413, 415, 422),
  },
})

offerings.openapi(revoke, async (c) => {
  const ctx = c.var.ctx
  const { id } = c.req.valid('param')
  // a bearer token means the operator: a wrong one is refused, never read as a partner request
  const authorization = c.req.header('Authorization')
  if (authorization !== undefined && !(await isAdmin(ctx.config.adminToken, authorization))) {
    throw new AppError('unauthorized', 'The admin token is not valid.')
  }
  const by = authorization ? { admin: true as const } : { presentation: await readPresentation(c) }
  const warnings = await revokeOffering(ctx, id, by)
  return c.json({ id, status: 'revoked' as const, ...(warnings.length > 0 && { warnings }) }, 200)
})
