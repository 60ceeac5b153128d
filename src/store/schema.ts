import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

export type CredentialStatus = 'active' | 'deprecated' | 'revoked' | 'expired'
export type ParticipantStatus = 'active' | 'pending' | 'suspended'
export type EventKind = 'put' | 'revoke' | 'expire'

/**
 * Every credential the node holds, stored exactly as received; `hash` is API.md's credential hash.
 * Never deleted: its rowid order is the order of storing, which says a subject's first issuer
 * (migration 0014). A rebuild of the table must keep the rowids and re-create the triggers.
 */
export const credential = sqliteTable(
  'credential',
  {
    hash: text('hash').primaryKey(),
    credentialId: text('credential_id'),
    issuer: text('issuer_did').notNull(),
    subjectId: text('subject_id'),
    types: text('types', { mode: 'json' }).$type<string[]>().notNull(),
    document: text('document').notNull(),
    format: text('format').$type<'ldp_vc' | 'jwt_vc'>().notNull(),
    proofType: text('proof_type').notNull(),
    status: text('status').$type<CredentialStatus>().notNull(),
    validFrom: integer('valid_from'),
    validUntil: integer('valid_until'),
    origin: text('origin').notNull(),
    receivedAt: integer('received_at').notNull(),
  },
  (t) => [
    index('credential_subject_idx').on(t.subjectId),
    index('credential_issuer_idx').on(t.issuer),
    // a credential id's versions, from one issuer, active: what a new version supersedes. With an
    // index on the id alone beside the issuer's, SQLite read every credential of the issuer
    // (migration 0011)
    index('credential_version_idx').on(t.credentialId, t.issuer, t.status),
  ],
)

/**
 * A registration number of a participant, as its index entry holds it. A participant states its
 * numbers inline or links to the credentials that state them (Loire gx:registrationNumber, Tagus
 * gx:legalRegistrationNumber: a notary's credential); a link is read from a credential presented
 * with the participant's own that binds to it (catalogue/registration.ts says which do).
 */
export type RegistrationNumber = {
  /**
   * Its kind (REGISTRATION_NUMBER_KINDS in model/extract.ts); for a link the node could not read,
   * the link's own type, else gx:RegistrationNumber (Loire) or gx:legalRegistrationNumber (Tagus).
   */
  type: string
  /** The number; for a link the node could not read, the id it links to. */
  value: string
  /** The node or credential subject the number is stated on, when it has an id. */
  id?: string
  /** The hash of the credential the number was read from, for a link. */
  credential?: string
  /** Who states the number, when another issuer than the participant (a notary). */
  issuer?: string
  /** A link the node could not read a number from. */
  link?: true
}

/**
 * Participants the node knows, indexed from their gx:LegalPerson (or Tagus LegalParticipant). A
 * participant is its DID: one row per DID, and approval and suspension act on it.
 */
export const participant = sqliteTable(
  'participant',
  {
    id: text('id').primaryKey(),
    did: text('did').notNull(),
    name: text('name').notNull(),
    countryCode: text('country_code'),
    registrationNumbers: text('registration_numbers', { mode: 'json' })
      .$type<RegistrationNumber[]>()
      .notNull(),
    credentialHash: text('credential_hash').notNull(),
    status: text('status').$type<ParticipantStatus>().notNull(),
    origin: text('origin').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /**
     * When the DID onboarded on this node; null for a participant only known through a peer,
     * which may not write here until it onboards (where approval applies).
     */
    onboardedAt: integer('onboarded_at'),
  },
  (t) => [uniqueIndex('participant_did_unique').on(t.did)],
)

/** The text fields of an offering the full-text indexes read, with the concept tokens of each. */
export type OfferingConcepts = Partial<
  Record<'name' | 'keywords' | 'description' | 'synonyms' | 'mentions', string>
>

export type Location = { countryCode: string; region?: string }
export type Certification = {
  scheme: string
  level?: string
  validUntil?: string
  evidence?: string
}

/**
 * One row per offering (the credential subject), derived from its current credential. `pk` is an
 * explicit integer key so the FTS5 external-content table can address rows by a stable rowid.
 */
export const offering = sqliteTable(
  'offering',
  {
    pk: integer('pk').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    credentialHash: text('credential_hash').notNull(),
    credentialId: text('credential_id'),
    providerId: text('provider_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    types: text('types', { mode: 'json' }).$type<string[]>().notNull(),
    keywords: text('keywords', { mode: 'json' }).$type<string[]>().notNull(),
    locations: text('locations', { mode: 'json' }).$type<Location[]>().notNull(),
    certifications: text('certifications', { mode: 'json' }).$type<Certification[]>().notNull(),
    dataProtectionRegimes: text('data_protection_regimes', { mode: 'json' })
      .$type<string[]>()
      .notNull(),
    dependsOn: text('depends_on', { mode: 'json' }).$type<string[]>().notNull(),
    labelLevel: text('label_level'),
    /**
     * Words the offering is also found by (catalogue/vocabulary.ts): every usual name of its granted
     * certifications and of its kind of service, French and English. Written with the row; a
     * vocabulary change needs a reindex.
     */
    synonyms: text('synonyms').notNull().default(''),
    /**
     * The usual names of the certifications its evidence states as not granted yet: found by
     * the full text (below names, keywords and synonyms), never by the certification filter.
     */
    mentions: text('mentions').notNull().default(''),
    /**
     * The vocabulary entries (catalogue/vocabulary.ts) each text field above names, by any of their
     * names or forms, as one index token each (`conceptToken`): the full-text indexes read each
     * field with its tokens (migration 0013), so a query in the buyer's words reads one doclist
     * instead of a phrase per usual name. Written with the row; a vocabulary change needs a
     * reindex.
     */
    concepts: text('concepts', { mode: 'json' }).$type<OfferingConcepts>().notNull().default({}),
    /**
     * The Gaia-X label level the offering's own credentials meet (the sovereignty profile's
     * `label.eligibleLevel`) with its provider taken as active, written with the row and again
     * when its provider's participant credential changes. Not what it depends on: the profile's
     * `overall.level` may be lower. Search counts it (`label=eligible:L2`) only while the offering
     * and its provider are active (migration 0010's triggers).
     */
    eligibleLevel: text('eligible_level'),
    status: text('status').$type<CredentialStatus>().notNull(),
    issuedAt: integer('issued_at').notNull(),
    validUntil: integer('valid_until'),
    origin: text('origin').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('offering_provider_idx').on(t.providerId),
    index('offering_status_name_idx').on(t.status, t.name),
    index('offering_updated_idx').on(t.updatedAt),
    // search's `-updated` sort walks this backwards within a status (updated_at desc, id desc)
    index('offering_status_updated_idx').on(t.status, t.updatedAt, t.id),
  ],
)

/**
 * Resources offerings are hosted on (regions, datacenters, availability zones…), so that an
 * offering's locations can be read through the resource credentials it links to.
 */
export const resource = sqliteTable('resource', {
  id: text('id').primaryKey(),
  credentialHash: text('credential_hash').notNull(),
  types: text('types', { mode: 'json' }).$type<string[]>().notNull(),
  locations: text('locations', { mode: 'json' }).$type<Location[]>().notNull(),
  /** Resources this one aggregates (`gx:aggregationOfResources`). */
  parts: text('parts', { mode: 'json' }).$type<string[]>().notNull(),
  origin: text('origin').notNull(),
  updatedAt: integer('updated_at').notNull(),
})

/** Append-only change log; `seq` is the federation feed's cursor. */
export const event = sqliteTable(
  'event',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    kind: text('kind').$type<EventKind>().notNull(),
    credentialId: text('credential_id'),
    hash: text('hash').notNull(),
    subjectId: text('subject_id'),
    types: text('types', { mode: 'json' }).$type<string[]>().notNull(),
    origin: text('origin').notNull(),
    at: integer('at').notNull(),
  },
  // one row per change: storing the same content twice is not a change
  (t) => [uniqueIndex('event_kind_hash_idx').on(t.kind, t.hash)],
)

/** DID documents the node holds (participants' did:web documents); never fetched implicitly. */
export const didDocument = sqliteTable('did_doc', {
  did: text('did').primaryKey(),
  document: text('document', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  updatedAt: integer('updated_at').notNull(),
})

/** Single-use, short-lived nonces partners sign into presentation proofs (replay protection). */
export const challenge = sqliteTable('challenge', {
  value: text('value').primaryKey(),
  expiresAt: integer('expires_at').notNull(),
  usedAt: integer('used_at'),
})

export type PeerKind = 'node' | 'ces'

/**
 * Other catalogues the operator registered: a node's change feed or a Gaia-X Credential Event
 * Service, pulled from a persisted cursor, and (`mirror` off) asked live by federated search. The
 * only hosts the node ever connects to on its own.
 */
export const peer = sqliteTable('peer', {
  id: text('id').primaryKey(),
  url: text('url').notNull().unique(),
  /** A node's DID, as its did.json and its description agree; a CES may have none. */
  did: text('did'),
  kind: text('kind').$type<PeerKind>().notNull(),
  /** Pull its feed into this node (true) or only ask it live at search time (false). */
  mirror: integer('mirror', { mode: 'boolean' }).notNull(),
  /** Where the next pull starts: the last `seq` of a node's feed, the last event id of a CES. */
  cursor: text('cursor'),
  lastSyncAt: integer('last_sync_at'),
  /** Events the peer held past `cursor` at the last sync (null when it cannot say). */
  lag: integer('lag'),
  accepted: integer('accepted').notNull(),
  rejected: integer('rejected').notNull(),
  unchanged: integer('unchanged').notNull(),
  lastError: text('last_error'),
  /** Consecutive failed syncs, and when the next attempt is due (backoff with jitter). */
  failures: integer('failures').notNull(),
  nextAttemptAt: integer('next_attempt_at'),
  createdAt: integer('created_at').notNull(),
})

/**
 * The issuer's signed act behind a revocation: the presentation by the issuer that holds the
 * revoked credential, as it was sent (JSON-LD, or a compact VP-JWT). It travels with the revoke
 * event, so a peer applies the revocation on the issuer's word, never on the node's.
 */
export const revocation = sqliteTable('revocation', {
  hash: text('hash').primaryKey(),
  presentation: text('presentation').notNull(),
  at: integer('at').notNull(),
})

export const schema = {
  credential,
  participant,
  offering,
  resource,
  event,
  didDocument,
  challenge,
  peer,
  revocation,
}
