import { and, asc, count, desc, eq, gt, notLike, or, sql } from 'drizzle-orm'
import { BadRequestError } from '../errors.js'
import { inList, inListParam, listParam } from './in-list.js'
import { credential, didDocument, event, offering, participant, resource } from './schema.js'
import type {
  Counts,
  CredentialRow,
  Db,
  EventRow,
  OfferingRow,
  Page,
  PageRequest,
  ParticipantRow,
  ResourceRow,
} from './store.js'

/** What the node holds, read back: credentials, the index, events, DID documents, readiness. */
export function readStore(db: Db) {
  // the lookups each submission makes, built once (see `prepared`)
  const heldHashesOf = prepared(() =>
    db
      .select({ hash: credential.hash })
      .from(credential)
      .where(inListParam(credential.hash, 'ids'))
      .prepare(),
  )
  const firstIssuers = prepared(() =>
    db
      .select({ subjectId: credential.subjectId, issuer: credential.issuer })
      .from(credential)
      .where(inListParam(credential.subjectId, 'ids'))
      // first stored, as the database's own rule reads it (migration 0014)
      .orderBy(sql`rowid`)
      .prepare(),
  )
  const activeVersionsOf = prepared(() =>
    db
      .select({
        credentialId: credential.credentialId,
        issuer: credential.issuer,
        hash: credential.hash,
        validFrom: credential.validFrom,
      })
      .from(credential)
      .where(and(inListParam(credential.credentialId, 'ids'), eq(credential.status, 'active')))
      .orderBy(desc(credential.validFrom), desc(credential.receivedAt))
      .prepare(),
  )
  const labelsOf = prepared(() =>
    db
      .select({
        id: offering.id,
        credentialHash: offering.credentialHash,
        labelLevel: offering.labelLevel,
      })
      .from(offering)
      .where(inListParam(offering.id, 'ids'))
      .prepare(),
  )
  const offeringsOf = prepared(() =>
    db.select().from(offering).where(inListParam(offering.id, 'ids')).prepare(),
  )
  const resourcesOf = prepared(() =>
    db.select().from(resource).where(inListParam(resource.id, 'ids')).prepare(),
  )
  const participantsBy = (key: 'did' | 'id') =>
    prepared(() =>
      db.select().from(participant).where(inListParam(participant[key], 'ids')).prepare(),
    )
  const participantsOfDids = participantsBy('did')
  const participantsOfIds = participantsBy('id')
  // and the lookups of one row
  const offeringOf = prepared(() =>
    db
      .select()
      .from(offering)
      .where(eq(offering.id, sql.placeholder('id')))
      .limit(1)
      .prepare(),
  )
  const participantBy = (key: 'did' | 'id') =>
    prepared(() =>
      db
        .select()
        .from(participant)
        .where(eq(participant[key], sql.placeholder(key)))
        .limit(1)
        .prepare(),
    )
  const participantOfDid = participantBy('did')
  const participantOfId = participantBy('id')
  return {
    /** Which of these credential hashes the node holds. */
    async heldHashes(hashes: string[]): Promise<Set<string>> {
      if (hashes.length === 0) return new Set()
      const rows = await heldHashesOf().all({ ids: listParam(hashes) })
      return new Set(rows.map((row) => row.hash))
    },

    /**
     * The issuer that first stated facts about each of `subjectIds` the node holds, by subject
     * id: one query for a whole submission.
     */
    async subjectIssuers(subjectIds: string[]): Promise<Map<string, string>> {
      if (subjectIds.length === 0) return new Map()
      const rows = await firstIssuers().all({ ids: listParam(subjectIds) })
      const first = new Map<string, string>()
      for (const { subjectId, issuer } of rows) {
        if (subjectId !== null && !first.has(subjectId)) first.set(subjectId, issuer)
      }
      return first
    },

    /**
     * The active versions of these credential ids, whoever issued them, newest first (by
     * validFrom, then by arrival): what the new versions of a submission would supersede.
     */
    async activeVersions(
      credentialIds: string[],
    ): Promise<Pick<CredentialRow, 'credentialId' | 'issuer' | 'hash' | 'validFrom'>[]> {
      if (credentialIds.length === 0) return []
      return activeVersionsOf().all({ ids: listParam(credentialIds) })
    },

    /**
     * The active credentials with this id, whoever issued them: what a compliance credential
     * names (ids are each issuer's own, so several issuers may use one).
     */
    async activeCredentials(credentialId: string): Promise<CredentialRow[]> {
      return db
        .select()
        .from(credential)
        .where(and(eq(credential.credentialId, credentialId), eq(credential.status, 'active')))
        .orderBy(desc(credential.validFrom), desc(credential.receivedAt))
        .limit(16)
    },

    /** Every stored credential, oldest first, a page at a time (for reindexing). */
    async credentialsAfter(
      receivedAt: number,
      hash: string,
      limit: number,
    ): Promise<CredentialRow[]> {
      return db
        .select()
        .from(credential)
        .where(
          or(
            gt(credential.receivedAt, receivedAt),
            and(eq(credential.receivedAt, receivedAt), gt(credential.hash, hash)),
          ),
        )
        .orderBy(asc(credential.receivedAt), asc(credential.hash))
        .limit(limit)
    },

    /** The credentials of these hashes the node holds. */
    async credentialsByHashes(hashes: string[]): Promise<CredentialRow[]> {
      if (hashes.length === 0) return []
      return db.select().from(credential).where(inList(credential.hash, hashes))
    },

    /** Which of these credential hashes are of active credentials. */
    async activeHashes(hashes: string[]): Promise<Set<string>> {
      if (hashes.length === 0) return new Set()
      const rows = await db
        .select({ hash: credential.hash })
        .from(credential)
        .where(and(inList(credential.hash, hashes), eq(credential.status, 'active')))
      return new Set(rows.map((row) => row.hash))
    },

    /** The active credentials `issuer` issued about these subjects. */
    async activeCredentialsIssued(issuer: string, subjectIds: string[]): Promise<CredentialRow[]> {
      if (subjectIds.length === 0) return []
      return db
        .select()
        .from(credential)
        .where(
          and(
            eq(credential.issuer, issuer),
            inList(credential.subjectId, subjectIds),
            eq(credential.status, 'active'),
          ),
        )
        .orderBy(asc(credential.receivedAt), asc(credential.hash))
    },

    async getCredential(hash: string): Promise<CredentialRow | undefined> {
      const rows = await db.select().from(credential).where(eq(credential.hash, hash)).limit(1)
      return rows[0]
    },

    /**
     * A participant's credentials: those about it, those it issued (offerings aside) and those its
     * registration numbers were read from (a notary's).
     */
    async participantCredentials(row: ParticipantRow): Promise<CredentialRow[]> {
      const read = row.registrationNumbers.flatMap((number) => number.credential ?? [])
      return db
        .select()
        .from(credential)
        .where(
          or(
            eq(credential.subjectId, row.id),
            and(eq(credential.issuer, row.did), notLike(credential.types, '%ServiceOffering%')),
            ...(read.length > 0 ? [inList(credential.hash, read)] : []),
          ),
        )
        .orderBy(asc(credential.receivedAt), asc(credential.hash))
    },

    async resourcesByIds(ids: string[]): Promise<ResourceRow[]> {
      if (ids.length === 0) return []
      return resourcesOf().all({ ids: listParam(ids) })
    },

    async offeringsByIds(ids: string[]): Promise<OfferingRow[]> {
      if (ids.length === 0) return []
      return offeringsOf().all({ ids: listParam(ids) })
    },

    /** A provider's offerings after `afterId`, by id: the pages of a walk over all of them. */
    async offeringsOfProvider(
      providerId: string,
      afterId: string,
      limit: number,
    ): Promise<OfferingRow[]> {
      return db
        .select()
        .from(offering)
        .where(and(eq(offering.providerId, providerId), gt(offering.id, afterId)))
        .orderBy(asc(offering.id))
        .limit(limit)
    },

    async getOffering(id: string): Promise<OfferingRow | undefined> {
      const rows = await offeringOf().all({ id })
      return rows[0]
    },

    /** Offerings by name, then id: a keyset cursor, so pages never skip or repeat rows. */
    async listOfferings(request: PageRequest & { status?: string }): Promise<Page<OfferingRow>> {
      const after = request.cursor ? decodeCursor(request.cursor, 2) : undefined
      const rows = await db
        .select()
        .from(offering)
        .where(
          and(
            request.status
              ? eq(offering.status, request.status as OfferingRow['status'])
              : undefined,
            after
              ? or(
                  gt(offering.name, after[0]),
                  and(eq(offering.name, after[0]), gt(offering.id, after[1])),
                )
              : undefined,
          ),
        )
        .orderBy(asc(offering.name), asc(offering.id))
        .limit(request.limit + 1)
      return page(rows, request.limit, (last) => [last.name, last.id])
    },

    /**
     * A participant by its DID or by its subject id. The DID is the identity: it is matched first,
     * so a subject id never stands for another participant's DID.
     */
    async getParticipant(idOrDid: string): Promise<ParticipantRow | undefined> {
      return (await this.participantByDid(idOrDid)) ?? this.participantById(idOrDid)
    },

    /** The participant whose DID this is (one per DID): what a signature speaks for. */
    async participantByDid(did: string): Promise<ParticipantRow | undefined> {
      const rows = await participantOfDid().all({ did })
      return rows[0]
    },

    async participantById(id: string): Promise<ParticipantRow | undefined> {
      const rows = await participantOfId().all({ id })
      return rows[0]
    },

    /** Participants keyed by id, for resolving the providers of a page of offerings at once. */
    async participantsByIds(ids: string[]): Promise<Map<string, ParticipantRow>> {
      if (ids.length === 0) return new Map()
      const rows = await participantsOfIds().all({ ids: listParam(ids) })
      return new Map(rows.map((row) => [row.id, row]))
    },

    /** Participants keyed by DID (one per DID). */
    async participantsByDids(dids: string[]): Promise<Map<string, ParticipantRow>> {
      if (dids.length === 0) return new Map()
      const rows = await participantsOfDids().all({ ids: listParam(dids) })
      return new Map(rows.map((row) => [row.did, row]))
    },

    /** The label level held for each of these offerings, with the credential it was held for. */
    async offeringLabels(
      ids: string[],
    ): Promise<Map<string, Pick<OfferingRow, 'credentialHash' | 'labelLevel'>>> {
      if (ids.length === 0) return new Map()
      const rows = await labelsOf().all({ ids: listParam(ids) })
      return new Map(rows.map(({ id, ...label }) => [id, label]))
    },

    async listParticipants(request: PageRequest): Promise<Page<ParticipantRow>> {
      const after = request.cursor ? decodeCursor(request.cursor, 1) : undefined
      const rows = await db
        .select()
        .from(participant)
        .where(after ? gt(participant.id, after[0]) : undefined)
        .orderBy(asc(participant.id))
        .limit(request.limit + 1)
      return page(rows, request.limit, (last) => [last.id])
    },

    async countOfferings(providerId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(offering)
        .where(eq(offering.providerId, providerId))
      return row?.n ?? 0
    },

    async counts(): Promise<Counts> {
      const [row] = await db
        .select({
          participants: sql<number>`(select count(*) from ${participant})`,
          offerings: sql<number>`(select count(*) from ${offering})`,
          credentials: sql<number>`(select count(*) from ${credential})`,
        })
        .from(sql`(select 1)`)
      return row ?? { participants: 0, offerings: 0, credentials: 0 }
    },

    /** The change log after `seq` (exclusive), oldest first. */
    async eventsAfter(seq: number, limit: number): Promise<EventRow[]> {
      return db.select().from(event).where(gt(event.seq, seq)).orderBy(asc(event.seq)).limit(limit)
    },

    async getDidDocument(did: string): Promise<Record<string, unknown> | undefined> {
      const rows = await db.select().from(didDocument).where(eq(didDocument.did, did)).limit(1)
      return rows[0]?.document
    },

    /** Readiness: the schema is in place (the last migration's table answers). */
    async ready(): Promise<boolean> {
      try {
        await db.select({ n: count() }).from(sql`offering_fts`)
        return true
      } catch {
        return false
      }
    },
  }
}

function page<T>(rows: T[], limit: number, key: (last: T) => string[]): Page<T> {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return { items, next: rows.length > limit && last ? encodeCursor(key(last)) : null }
}

function encodeCursor(key: string[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

function decodeCursor<N extends number>(cursor: string, length: N): Tuple<N> {
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
    const key: unknown = JSON.parse(json)
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string')) {
      return key as Tuple<N>
    }
  } catch {
    // fall through to the 400 below
  }
  throw new BadRequestError('The cursor is not one this node issued.', [
    {
      code: 'cursor-invalid',
      path: '/query/cursor',
      message: {
        en: 'The cursor is not one this node issued; start again without it.',
        fr: 'Ce curseur n’a pas été émis par ce nœud ; recommencez sans curseur.',
      },
      severity: 'violation',
    },
  ])
}

type Tuple<N extends number> = N extends 1 ? [string] : [string, string]

/**
 * A query drizzle builds on first use and then only binds: building a select cost ~50 µs, about
 * what SQLite takes to run it, and a submission makes several per credential. Built when first
 * run rather than with the store, so a database from an older release still opens (read-only,
 * before its migrations) and fails only on the queries it cannot answer.
 */
export function prepared<Q>(build: () => Q): () => Q {
  let query: Q | undefined
  return () => (query ??= build())
}
