import { z } from '@hono/zod-openapi'
import { FindingSchema, ProblemSchema } from './common.js'
import { problems } from './router.js'

export const VerificationResultSchema = z
  .object({
    verified: z.boolean(),
    checks: z.array(z.string()).openapi({ example: ['proof'] }),
    warnings: z.array(FindingSchema),
    errors: z.array(FindingSchema),
  })
  .openapi('VerificationResult', { description: 'The W3C VC-API verification response.' })

export const IssueRequestSchema = z
  .object({
    credential: z.record(z.string(), z.unknown()).openapi({
      description: 'An unsigned VC 1.1 or 2.0 credential whose `issuer` is one of the node’s DIDs.',
    }),
    options: z.looseObject({ created: z.iso.datetime({ offset: true }).optional() }).optional(),
  })
  .openapi('IssueRequest')

export const VerifyCredentialRequestSchema = z
  .object({
    verifiableCredential: z.record(z.string(), z.unknown()),
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('VerifyCredentialRequest')

export const VerifyPresentationRequestSchema = z
  .object({
    verifiablePresentation: z.record(z.string(), z.unknown()),
    options: z.object({ challenge: z.string(), domain: z.string() }).partial().optional(),
  })
  .openapi('VerifyPresentationRequest')

/**
 * What a verification answers: the result, verified or not, or a problem for a body that cannot
 * be read (not JSON, too large) and for a fault of the node.
 */
export function verificationResponses() {
  const result = { 'application/json': { schema: VerificationResultSchema } }
  const problem = { 'application/problem+json': { schema: ProblemSchema } }
  return {
    200: { description: 'It verifies.', content: result },
    400: {
      description:
        'Malformed or not a conforming document: the result, or a problem for a body that is not a JSON object.',
      content: { ...result, ...problem },
    },
    422: { description: 'A conforming document that does not verify.', content: result },
    ...problems(413, 415),
  }
}

export const IssueResponseSchema = z
  .object({
    verifiableCredential: z.record(z.string(), z.unknown()).openapi({
      description:
        'The credential with the node’s proof; from the `vc-jwt` issuer, the EnvelopedVerifiableCredential that carries it as a VC-JWT.',
    }),
  })
  .openapi('IssueResponse')
