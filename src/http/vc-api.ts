import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { HonoEnv } from './env.js'
import {
  issueCredential,
  issuerProfile,
  ISSUER_PROFILES,
} from '../credentials/vc-api/vc-api-issue.js'
import {
  verifyCredentialRequest,
  verifyPresentationRequest,
  type VerificationReport,
} from '../credentials/vc-api/vc-api.js'
import { AppError } from '../errors.js'
import { isAdmin } from './admin.js'
import { readBoundedJsonObject } from './body.js'
import { jsonContent, ref } from './openapi/bodies.js'
import { ADMIN_ONLY, createRouter, problems } from './openapi/router.js'
import { IssueResponseSchema, verificationResponses } from './openapi/vc-api-schemas.js'

/** The W3C VC-API (issue, verify a credential, verify a presentation), mounted at the root. */
export const vcApi = createRouter()
const tags = ['W3C VC-API']

const issue = createRoute({
  method: 'post',
  path: '/credentials/issue',
  tags,
  summary: 'Sign a credential as the node',
  description:
    'Signs a VC 1.1 or 2.0 credential whose `issuer` is the node’s did:web or did:key: `eddsa-rdfc-2022` by default, `Ed25519Signature2020` with `options.type`.',
  security: ADMIN_ONLY,
  request: { body: { required: true, content: jsonContent(ref('IssueRequest')) } },
  responses: {
    201: {
      description: 'The signed credential.',
      content: { 'application/json': { schema: IssueResponseSchema } },
    },
    ...problems(400, 401, 413, 415),
  },
})

const issueAsProfile = createRoute({
  method: 'post',
  path: '/issuers/{profile}/credentials/issue',
  tags,
  summary: 'Sign a credential as the node, in one proof format',
  description:
    'As `/credentials/issue`, with the proof format fixed by the issuer instance (one per format, as implementations register in the W3C suites). `vc-jwt` answers an `EnvelopedVerifiableCredential`.',
  security: ADMIN_ONLY,
  request: {
    params: z.object({
      profile: z
        .string()
        .openapi({ enum: Object.keys(ISSUER_PROFILES), example: 'eddsa-jcs-2022' }),
    }),
    body: { required: true, content: jsonContent(ref('IssueRequest')) },
  },
  responses: {
    201: {
      description: 'The signed credential.',
      content: { 'application/json': { schema: IssueResponseSchema } },
    },
    ...problems(400, 401, 404, 413, 415),
  },
})

const verifyCredential = createRoute({
  method: 'post',
  path: '/credentials/verify',
  tags,
  summary: 'Verify a credential',
  request: { body: { required: true, content: jsonContent(ref('VerifyCredentialRequest')) } },
  responses: verificationResponses(),
})

const verifyPresentation = createRoute({
  method: 'post',
  path: '/presentations/verify',
  tags,
  summary: 'Verify a presentation and its credentials',
  description:
    'Authentication proofs are checked against `options.challenge` and `options.domain`; `previousProof` chains are followed.',
  request: { body: { required: true, content: jsonContent(ref('VerifyPresentationRequest')) } },
  responses: verificationResponses(),
})

function reply(report: VerificationReport) {
  const { verified, checks, warnings, errors } = report
  // a non-conforming document is bad input; a conforming one whose proofs fail is unprocessable
  const status = verified ? 200 : report.malformed ? 400 : 422
  return [{ verified, checks, warnings, errors }, status] as const
}

async function requireAdmin(c: Context<HonoEnv>): Promise<void> {
  if (!(await isAdmin(c.var.ctx.config.adminToken, c.req.header('Authorization')))) {
    throw new AppError('unauthorized', 'Issuing needs the admin bearer token.')
  }
}

vcApi.openapi(issue, async (c) => {
  await requireAdmin(c)
  const verifiableCredential = await issueCredential(await readBoundedJsonObject(c), c.var.ctx)
  return c.json({ verifiableCredential }, 201)
})

vcApi.openapi(issueAsProfile, async (c) => {
  await requireAdmin(c)
  // an unknown instance is a 404 before the body is read
  const format = issuerProfile(c.req.valid('param').profile)
  const body = await readBoundedJsonObject(c)
  const verifiableCredential = await issueCredential(body, c.var.ctx, format)
  return c.json({ verifiableCredential }, 201)
})

vcApi.openapi(verifyCredential, async (c) => {
  const [body, status] = reply(
    await verifyCredentialRequest(await readBoundedJsonObject(c), c.var.ctx),
  )
  return c.json(body, status)
})

vcApi.openapi(verifyPresentation, async (c) => {
  const [body, status] = reply(
    await verifyPresentationRequest(await readBoundedJsonObject(c), c.var.ctx),
  )
  return c.json(body, status)
})
