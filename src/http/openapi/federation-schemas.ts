import { z } from '@hono/zod-openapi'
import type { CloudEvent, FeedPage } from '../../federation/feed.js'
import type { PeerView } from '../../federation/peers.js'
import type { FederatedSearchResult } from '../../federation/search.js'
import type { SyncSummary } from '../../federation/sync.js'
import type { AllTrue, Same } from './common.js'
import { JsonLdSchema, SearchResultSchema } from './schemas.js'

const Timestamp = z.iso.datetime()

export const FeedEventSchema = z
  .object({
    seq: z.number().int(),
    kind: z.enum(['put', 'revoke', 'expire']),
    credentialId: z.string().nullable(),
    hash: z.string(),
    subjectId: z.string().nullable(),
    types: z.array(z.string()),
    origin: z.string().openapi({ description: '`local`, or the DID of the node it came from.' }),
    at: Timestamp,
    credential: JsonLdSchema.optional().openapi({
      description: 'On `put`: the credential as signed (a VC-JWT as its envelope).',
    }),
    revocation: JsonLdSchema.optional().openapi({
      description:
        'On `revoke`, when the issuer signed it: the presentation by which it revoked (a VP-JWT as an EnvelopedVerifiablePresentation).',
    }),
  })
  .openapi('FeedEvent')

export const FeedPageSchema = z
  .object({
    events: z.array(FeedEventSchema),
    next: z.string().openapi({ description: 'The `after` of the next page.' }),
    latest: z.number().int().openapi({ description: 'The last `seq` of the feed now.' }),
  })
  .openapi('FeedPage')

export const CloudEventSchema = z
  .object({
    specversion: z.literal('1.0'),
    id: z.string(),
    source: z.string(),
    type: z.string().openapi({ example: 'eu.gaia-x.credential' }),
    subject: z.string().nullable(),
    time: Timestamp,
    datacontenttype: z.literal('application/json'),
    integrity: z.string().openapi({
      description:
        'Extension attribute: the credential hash of `data` (or of the credential revoked or expired).',
    }),
    data: JsonLdSchema.nullable(),
  })
  .openapi('CloudEvent')

export const PeerSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    did: z.string().nullable(),
    kind: z.enum(['node', 'ces']),
    mirror: z.boolean(),
    cursor: z.string().nullable(),
    lastSyncAt: Timestamp.nullable(),
    lag: z.number().int().nullable(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    unchanged: z.number().int(),
    lastError: z.string().nullable(),
    nextAttemptAt: Timestamp.nullable(),
  })
  .openapi('Peer')

export const PeerRequestSchema = z
  .object({
    url: z.string().min(1).max(2048),
    did: z.string().min(1).max(2048).optional(),
    kind: z.enum(['node', 'ces']).optional(),
    mirror: z.boolean().optional().openapi({
      description: 'Pull its feed (default) or only ask it live at search time.',
    }),
  })
  .openapi('PeerRequest')

export const SyncSummarySchema = z
  .object({
    accepted: z.number().int(),
    rejected: z.number().int(),
    unchanged: z.number().int(),
    cursor: z.string().nullable(),
    lag: z.number().int().nullable(),
    error: z.string().nullable(),
  })
  .openapi('SyncSummary')

export const PeerSearchStatusSchema = z
  .object({
    did: z.string().nullable(),
    url: z.string(),
    status: z.enum(['ok', 'timeout', 'error']),
    items: z.number().int().openapi({ description: 'Entries it added (after deduplication).' }),
  })
  .openapi('PeerSearchStatus')

/** A search's answer; with `scope=federation`, each live peer's part in it too. */
export const FederatedSearchResultSchema = SearchResultSchema.extend({
  peers: z.array(PeerSearchStatusSchema).optional().openapi({
    description:
      'With `scope=federation`: each live peer (one the node does not mirror) asked within the deadline, and how it answered.',
  }),
}).openapi('FederatedSearchResult')

/** Compiles only while the wire schemas and the core's types accept each other's values. */
export type FederationSchemasMatch = AllTrue<
  [
    Same<z.infer<typeof FeedPageSchema>, FeedPage>,
    Same<z.infer<typeof CloudEventSchema>, CloudEvent>,
    Same<z.infer<typeof PeerSchema>, PeerView>,
    Same<z.infer<typeof SyncSummarySchema>, SyncSummary>,
    Same<Required<z.infer<typeof FederatedSearchResultSchema>>, FederatedSearchResult>,
  ]
>
