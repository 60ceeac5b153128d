import type { OpenAPIHono } from '@hono/zod-openapi'
import { PeerRequestSchema } from './federation-schemas.js'
import { CredentialSchema, DidDocumentSchema, PresentationSchema } from './schemas.js'
import {
  IssueRequestSchema,
  VerifyCredentialRequestSchema,
  VerifyPresentationRequestSchema,
} from './vc-api-schemas.js'

// @NOTE request bodies are declared by $ref, never by the zod schema itself: given a zod schema,
// zod-openapi would read and parse the body before body.ts applies the node's media-type, size
// and depth limits, and would answer malformed JSON with its own error instead of a problem.
const BODY_SCHEMAS = {
  DidDocument: DidDocumentSchema,
  VerifiableCredential: CredentialSchema,
  VerifiablePresentation: PresentationSchema,
  IssueRequest: IssueRequestSchema,
  VerifyCredentialRequest: VerifyCredentialRequestSchema,
  VerifyPresentationRequest: VerifyPresentationRequestSchema,
  PeerRequest: PeerRequestSchema,
}

/** Puts the body schemas in the document's components, where the bodies' $refs point. */
export function registerBodySchemas(registry: OpenAPIHono['openAPIRegistry']): void {
  for (const [name, schema] of Object.entries(BODY_SCHEMAS)) registry.register(name, schema)
}

type Ref = { $ref: string }

export function ref(name: keyof typeof BODY_SCHEMAS): Ref {
  return { $ref: `#/components/schemas/${name}` }
}

// the JSON media types body.ts accepts
const JSON_TYPES = [
  'application/json',
  'application/ld+json',
  'application/vp+ld+json',
  'application/vc+ld+json',
]

export function jsonContent(
  schema: Ref | { oneOf: Ref[] },
): Record<string, { schema: typeof schema }> {
  return Object.fromEntries(JSON_TYPES.map((type) => [type, { schema }]))
}

const COMPACT_JWT = {
  type: 'string' as const,
  description: 'A compact JWS (header.payload.signature).',
}

/** A signed presentation, as partners authenticate with. */
export const presentationBody = {
  description:
    'A presentation whose holder is the participant, signed over a challenge from `POST /api/v1/challenges` for the node’s public URL: JSON-LD with a Data Integrity proof, or a VP-JWT (`nonce` = challenge, `aud` = the node’s public URL). At most the node’s body limit (1 MiB by default).',
  required: true,
  content: {
    ...jsonContent(ref('VerifiablePresentation')),
    'application/vp+jwt': { schema: COMPACT_JWT },
  },
}

/** Anything `POST /api/v1/validate` checks. */
export const documentBody = {
  description:
    'A credential or a presentation, as JSON-LD (entries may be EnvelopedVerifiableCredentials), or a compact VC-JWT / VP-JWT.',
  required: true,
  content: {
    ...jsonContent({ oneOf: [ref('VerifiableCredential'), ref('VerifiablePresentation')] }),
    'application/vc+jwt': { schema: COMPACT_JWT },
    'application/vp+jwt': { schema: COMPACT_JWT },
  },
}
