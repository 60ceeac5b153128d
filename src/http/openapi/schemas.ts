import { z } from '@hono/zod-openapi'
import type { SearchResult } from '../../catalogue/search.js'
import type { OfferingSummary, ParticipantSummary } from '../../catalogue/views.js'
import type { Finding } from '../../errors.js'
import type { ValidationReport } from '../../validation/pipeline.js'
import { FindingSchema, TextSchema, type AllTrue, type Same } from './common.js'
import { SovereigntyProfileSchema } from './sovereignty-schema.js'

export { FindingSchema, ProblemSchema, TextSchema } from './common.js'

const Status = z.enum(['active', 'deprecated', 'revoked', 'expired'])
const Timestamp = z.iso.datetime()

/** Any JSON-LD document; its shape is the credential's, checked by SHACL rather than here. */
export const JsonLdSchema = z
  .record(z.string(), z.unknown())
  .openapi('JsonLdDocument', { description: 'A JSON-LD document (`@context`, `type`, …).' })

export const CredentialSchema = z
  .looseObject({
    '@context': z.unknown(),
    type: z.union([z.string(), z.array(z.string())]),
    issuer: z.union([z.string(), z.looseObject({ id: z.string() })]),
    credentialSubject: z.unknown(),
    proof: z.unknown().optional(),
  })
  .openapi('VerifiableCredential', {
    description: 'A W3C Verifiable Credential (VC 1.1 or 2.0), exactly as it was signed.',
  })

export const EnvelopedCredentialSchema = z
  .looseObject({
    '@context': z.unknown(),
    id: z.string().startsWith('data:application/vc+jwt,'),
    type: z.literal('EnvelopedVerifiableCredential'),
  })
  .openapi('EnvelopedVerifiableCredential', {
    description:
      'A VC-JWT as JSON (VC 2.0 §4.13): the compact JWT, exactly as signed, in a data: URL.',
  })

/** A stored credential in a JSON answer: the JSON-LD credential, or the envelope of a VC-JWT. */
export const StoredCredentialSchema = z.union([CredentialSchema, EnvelopedCredentialSchema])
export type StoredCredentialJson = z.infer<typeof StoredCredentialSchema>

export const PresentationSchema = z
  .looseObject({
    '@context': z.unknown(),
    type: z.union([z.string(), z.array(z.string())]),
    holder: z.string().optional(),
    verifiableCredential: z.array(CredentialSchema).optional(),
    proof: z.unknown().optional(),
  })
  .openapi('VerifiablePresentation', {
    description:
      'A W3C Verifiable Presentation whose holder is the participant, signed with a proof whose `challenge` came from `POST /api/v1/challenges` and whose `domain` is the node’s public URL.',
  })

export const LocationSchema = z
  .object({ countryCode: z.string(), region: z.string().optional() })
  .openapi('Location')

export const CertificationSchema = z
  .object({
    scheme: z.string(),
    level: z.string().optional(),
    validUntil: z.string().optional(),
    evidence: z.string().optional(),
  })
  .openapi('Certification')

export const OfferingSummarySchema = z
  .object({
    id: z.string().openapi({ description: 'The credential subject’s id.' }),
    credentialId: z.string().nullable(),
    hash: z.string().openapi({ example: 'sha256-3f1c…' }),
    name: z.string(),
    description: z.string(),
    types: z.array(z.string()),
    provider: z.object({
      id: z.string(),
      name: z.string().nullable(),
      did: z.string().nullable(),
      status: z.enum(['active', 'pending', 'suspended']).nullable().openapi({
        description:
          'Its standing on this node (null where it is not known here). A suspended provider’s offerings stay listed: the operator froze the participant, its signed credentials still hold.',
      }),
    }),
    keywords: z.array(z.string()),
    locations: z.array(LocationSchema),
    certifications: z.array(CertificationSchema),
    labelLevel: z.string().optional(),
    dataProtectionRegimes: z.array(z.string()),
    dependsOn: z.array(z.string()),
    status: Status,
    issuedAt: Timestamp,
    validUntil: Timestamp.optional(),
    origin: z.string().openapi({ description: '`local`, or the DID of the node it came from.' }),
  })
  .openapi('OfferingSummary')

const FacetEntrySchema = z
  .object({ value: z.string(), label: z.string(), count: z.number().int() })
  .openapi('FacetEntry')

export const SearchItemSchema = OfferingSummarySchema.extend({
  eligibleLabelLevel: z.string().optional().openapi({
    description:
      'The Gaia-X label level the offering’s own credentials meet (its sovereignty profile’s `label.eligibleLevel`), present while the offering and its provider are active: what `label=eligible:<level>` filters on. Not attested (that is `labelLevel`), and not bounded by what it depends on (the profile’s `overall.level` is).',
    example: 'L2',
  }),
}).openapi('SearchItem')

export const SuggestionSchema = z
  .object({
    kind: z.enum(['spelling', 'fewer-words', 'facet', 'without-filter', 'no-filters']).openapi({
      description:
        '`spelling`: words that find nothing replaced by the closest indexed words; `fewer-words`: one word left out; `facet`: another value of a filter, read from its facet, or a certification the catalogue holds in place of one the text names (`C5` → `certification=ISO27001`); `without-filter`: one filter left out; `no-filters`: the text alone. When the text is misspelt, the filters are tried with the corrected text, and the message says so.',
    }),
    params: z.record(z.string(), z.array(z.string())).openapi({
      description:
        'The whole search to run instead, as query parameters (paging and facets left out).',
      example: { q: ['machine virtuelle'], country: ['FR'] },
    }),
    query: z.string().openapi({
      description: 'The same as a URL query string, for `/api/v1/offerings?…` or `/recherche?…`.',
      example: 'q=machine+virtuelle&country=FR',
    }),
    total: z
      .number()
      .int()
      .openapi({ description: 'What that search finds (a lower bound unless `totalExact`).' }),
    totalExact: z.boolean(),
    message: TextSchema,
  })
  .openapi('Suggestion')

export const SearchResultSchema = z
  .object({
    items: z.array(SearchItemSchema),
    total: z.number().int(),
    totalExact: z
      .boolean()
      .openapi({ description: 'When false, `total` is a lower bound: there are more matches.' }),
    next: z.string().nullable().openapi({ description: 'The cursor of the next page.' }),
    facets: z
      .object({
        provider: z.array(FacetEntrySchema),
        country: z.array(FacetEntrySchema),
        type: z.array(FacetEntrySchema),
        certification: z.array(FacetEntrySchema),
        label: z.array(FacetEntrySchema),
        regime: z.array(FacetEntrySchema),
      })
      .partial()
      .openapi({ description: 'Counts on the filtered set; each facet ignores its own filter.' }),
    suggestions: z.array(SuggestionSchema).optional().openapi({
      description:
        'Only when `total` is 0 on a first page: up to five searches that find something (a misspelt word corrected, a word fewer, another filter value that has results, a certification held in place of one the text names, a filter fewer, the text alone), each with what it finds and a message in English and French.',
    }),
  })
  .openapi('SearchResult')

export const OfferingDetailSchema = z
  .object({
    offering: OfferingSummarySchema,
    credential: StoredCredentialSchema,
    verification: z.object({
      verified: z.boolean(),
      checkedAt: Timestamp,
      proofType: z.string(),
      shapesConform: z.boolean(),
      format: z.enum(['ldp_vc', 'jwt_vc']).openapi({
        description: 'JSON-LD with an embedded proof, or a VC-JWT (served as application/vc+jwt).',
      }),
      generation: z.enum(['loire', 'tagus']).nullable().openapi({
        description: 'The Gaia-X Trust Framework generation: Loire 25.11 or Tagus 22.10.',
      }),
    }),
    sovereignty: SovereigntyProfileSchema,
  })
  .openapi('OfferingDetail')

export const ParticipantSummarySchema = z
  .object({
    id: z.string(),
    did: z.string(),
    name: z.string(),
    countryCode: z.string().nullable(),
    registrationNumbers: z.array(
      z.object({
        type: z.string().openapi({
          description:
            'The kind of number (gx:VatID, gx:LeiCode, gx:EORI, gx:EUID, gx:LocalRegistrationNumber, gx:TaxID); for a link the node reads no number from, the type of the link (gx:RegistrationNumber, gx:legalRegistrationNumber).',
        }),
        value: z.string().openapi({
          description: 'The number; for a link the node reads no number from, the id it links to.',
        }),
        id: z.string().optional().openapi({
          description:
            'The registration-number node or credential subject the number is read from.',
        }),
        issuer: z.string().optional().openapi({
          description:
            'Who states the number (a notary), when another issuer than the participant.',
        }),
        credential: z.string().optional().openapi({
          description:
            'The hash of the credential the number was read from; a number whose credential is no longer active is left out.',
        }),
        link: z.literal(true).optional().openapi({
          description: 'A link the node reads no number from: `value` is the id it links to.',
        }),
      }),
    ),
    status: z.enum(['active', 'pending', 'suspended']),
    origin: z.string(),
    updatedAt: Timestamp,
  })
  .openapi('ParticipantSummary')

export const ParticipantPageSchema = z
  .object({ items: z.array(ParticipantSummarySchema), next: z.string().nullable() })
  .openapi('ParticipantPage')

export const ParticipantDetailSchema = z
  .object({
    participant: ParticipantSummarySchema,
    offeringCount: z.number().int(),
    credentials: z.array(
      z.object({
        hash: z.string(),
        types: z.array(z.string()),
        status: Status,
        credential: StoredCredentialSchema,
      }),
    ),
  })
  .openapi('ParticipantDetail')

export const ParticipantEnvelopeSchema = z
  .object({ participant: ParticipantSummarySchema })
  .openapi('ParticipantEnvelope')

export const ValidationReportSchema = z
  .object({
    conforms: z.boolean().openapi({ description: 'Shapes and rules hold for every credential.' }),
    verified: z.boolean().openapi({ description: 'Every proof verifies.' }),
    errors: z.array(FindingSchema),
    credentials: z.array(
      z.object({
        id: z.string().nullable(),
        types: z.array(z.string()),
        hash: z.string(),
        issuer: z.string(),
      }),
    ),
  })
  .openapi('ValidationReport')

export const ChallengeSchema = z
  .object({ challenge: z.string(), domain: z.string(), expiresAt: Timestamp })
  .openapi('Challenge')

export const AcceptedSchema = z
  .object({
    accepted: z.array(
      z.object({
        id: z.string().nullable().openapi({
          description: 'The credential subject’s id, else the credential’s own id.',
        }),
        hash: z.string(),
        status: Status,
      }),
    ),
  })
  .openapi('Accepted')

export const RevokedSchema = z
  .object({
    id: z.string(),
    status: z.literal('revoked'),
    warnings: z.array(FindingSchema).optional().openapi({
      description:
        'Present when the revocation holds here only: `revocation-local-only` for a presentation whose type does not include `https://www.w3.org/ns/credentials/issuer-dependent#OfferingRevocation`, which peers do not apply.',
    }),
  })
  .openapi('Revoked')

export const ReindexSummarySchema = z
  .object({
    credentials: z.number().int(),
    participants: z.number().int(),
    offerings: z.number().int(),
    resources: z.number().int(),
  })
  .openapi('ReindexSummary')

// The wire schemas describe what the core returns: a drift between the two fails the typecheck.
export type WireSchemasMatchCore = AllTrue<
  [
    Same<z.infer<typeof FindingSchema>, Finding>,
    Same<z.infer<typeof OfferingSummarySchema>, OfferingSummary>,
    // the core always gives suggestions (empty but on a first page that finds nothing); the
    // route leaves an empty list out
    Same<Required<z.infer<typeof SearchResultSchema>>, SearchResult>,
    Same<z.infer<typeof ParticipantSummarySchema>, ParticipantSummary>,
    Same<z.infer<typeof ValidationReportSchema>, ValidationReport>,
  ]
>

export const DidDocumentSchema = z
  .looseObject({
    id: z.string(),
    verificationMethod: z.array(z.looseObject({ id: z.string(), type: z.string() })),
  })
  .openapi('DidDocument', { description: 'A W3C DID document (DID Core 1.0), public keys only.' })

export const HeldDidDocumentSchema = z
  .object({ did: z.string(), updatedAt: Timestamp })
  .openapi('HeldDidDocument')
