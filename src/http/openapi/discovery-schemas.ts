import { z } from '@hono/zod-openapi'

export const DidDocumentSchema = z
  .looseObject({
    '@context': z.array(z.string()),
    id: z.string().openapi({ example: 'did:web:catalogue.example.eu' }),
    alsoKnownAs: z.array(z.string()).optional(),
    verificationMethod: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        controller: z.string(),
        publicKeyMultibase: z.string(),
      }),
    ),
    assertionMethod: z.array(z.string()),
    authentication: z.array(z.string()),
  })
  .openapi('DidDocument')

export const NodeDescriptionSchema = z
  .object({
    did: z.string(),
    didKey: z.string().openapi({ description: 'The did:key form of the same Ed25519 key.' }),
    name: z.string(),
    publicUrl: z.string(),
    apiVersion: z.string().openapi({ example: '1' }),
    trustFrameworks: z.array(z.string()),
    endpoints: z.record(z.string(), z.string()),
    counts: z.object({
      participants: z.number().int(),
      offerings: z.number().int(),
      credentials: z.number().int(),
    }),
    contexts: z.array(z.object({ url: z.string(), sha256: z.string() })).openapi({
      description: 'Every JSON-LD context the node pins, with the sha256 of its JCS form.',
    }),
  })
  .openapi('NodeDescription')
