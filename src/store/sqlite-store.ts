import { and, eq, lt, ne, or, sql } from 'drizzle-orm'
import type { Atomic, Statement } from './atomic.js'
import {
  credential,
  didDocument,
  event,
  offering,
  participant,
  resource,
  revocation,
} from './schema.js'
import { compiledStatements, excluded } from './compiled.js'
import { challengeStore } from './challenge-store.js'
import { federationStore } from './federation-store.js'
import { readStore } from './read-store.js'
import { searchStore, type SearchStoreOptions } from './search-store.js'
import { asWriteRuleError } from './write-rules.js'
import type { CredentialWrite, Db, OfferingRow, ParticipantRow } from './store.js'

export type Store = ReturnType<typeof createStore>

/**
 * The node's persistence, on any drizzle SQLite database (better-sqlite3 or D1). Every
 * multi-statement write goes through `atomic`; every query is awaited so both drivers fit.
 *
 * @example
 * const store = createStore(drizzle(sqlite, { schema }), transactionAtomic(db))
 * await store.putCredential({ credential: row, offering })
 */
export function createStore(db: Db, atomic: Atomic, options: SearchStoreOptions = {}) {
  const compiled = compiledStatements()
  return {
    /** Catalogue search (full text, filters, facets, keyset pages): see search-store.ts. */
    ...searchStore(db, options),
    ...readStore(db),
    ...challengeStore(db, atomic),
    ...federationStore(db, atomic),

    /**
     * Stores a credential with its index rows and one `put` event, all or nothing. Idempotent on
     * the content hash: storing the same credential again changes nothing and returns false.
     */
    async putCredential(write: CredentialWrite): Promise<boolean> {
      const [created] = await this.putCredentials([write])
      return created ?? false
    },

    /**
     * Stores several credentials as one atomic change (a submission is all or nothing). Each new
     * credential deprecates the older active versions of the same credential id from the same
     * issuer. Returns, per write, whether it was new.
     */
    async putCredentials(writes: CredentialWrite[]): Promise<boolean[]> {
      const stored = await this.heldHashes(writes.map((w) => w.credential.hash))
      const written = writes.map((write) =>
        stored.has(write.credential.hash) ? [] : statementsFor(write),
      )
      const changes = await atomic(written.flat()).catch((error: unknown) => {
        throw asWriteRuleError(error)
      })
      // another writer can have stored the same credential since the lookup: its insert then
      // changed nothing, and this write did not create it
      let first = 0
      return written.map((statements) => {
        const inserted = statements.length > 0 && (changes[first] ?? 0) > 0
        first += statements.length
        return inserted
      })
    },

    /**
     * Marks an offering and its current credential revoked, with a `revoke` event and, when the
     * issuer signed it, the presentation that revoked it (so peers can apply it on the issuer's
     * word).
     */
    async revokeOffering(row: OfferingRow, at: number, signed?: string): Promise<void> {
      const stored = await this.getCredential(row.credentialHash)
      await atomic([
        ...(signed === undefined
          ? []
          : [
              db
                .insert(revocation)
                .values({ hash: row.credentialHash, presentation: signed, at })
                .onConflictDoNothing(),
            ]),
        db
          .update(offering)
          .set({ status: 'revoked', updatedAt: at })
          .where(eq(offering.id, row.id)),
        db
          .update(credential)
          .set({ status: 'revoked' })
          .where(eq(credential.hash, row.credentialHash)),
        db
          .insert(event)
          .values({
            kind: 'revoke',
            credentialId: row.credentialId,
            hash: row.credentialHash,
            subjectId: row.id,
            types: stored?.types ?? row.types,
            origin: row.origin,
            at,
          })
          .onConflictDoNothing(),
      ])
    },

    /**
     * Marks every active credential whose validUntil has passed as expired (and the offerings
     * indexed from them), one `expire` event each. Returns how many expired.
     */
    async expireCredentials(at: number): Promise<number> {
      const due = await db
        .select()
        .from(credential)
        .where(and(eq(credential.status, 'active'), lt(credential.validUntil, at)))
      if (due.length === 0) return 0
      await atomic(
        due.flatMap((row) => [
          db.update(credential).set({ status: 'expired' }).where(eq(credential.hash, row.hash)),
          db
            .update(offering)
            .set({ status: 'expired', updatedAt: at })
            .where(and(eq(offering.credentialHash, row.hash), eq(offering.status, 'active'))),
          db
            .insert(event)
            .values({
              kind: 'expire',
              credentialId: row.credentialId,
              hash: row.hash,
              subjectId: row.subjectId,
              types: row.types,
              origin: row.origin,
              at,
            })
            .onConflictDoNothing(),
        ]),
      )
      return due.length
    },

    /** Approval and suspension act on the DID, the participant's identity. */
    async setParticipantStatus(did: string, status: ParticipantRow['status'], at: number) {
      const [changed] = await atomic([
        db.update(participant).set({ status, updatedAt: at }).where(eq(participant.did, did)),
      ])
      return (changed ?? 0) > 0
    },

    /**
     * A participant's entry as its stored credential, presented again, reads now: its registration
     * numbers and, on its first onboarding here, the status this node gives newcomers (as the
     * upsert of a new credential does), never over a suspension (one the operator makes while the
     * onboarding is validated). Changes nothing once a newer credential has replaced it.
     */
    async refreshParticipant(row: ParticipantRow): Promise<void> {
      await atomic([
        db
          .update(participant)
          .set({
            registrationNumbers: row.registrationNumbers,
            updatedAt: row.updatedAt,
            status: sql`case when ${participant.status} <> 'suspended' and ${participant.onboardedAt} is null and ${row.onboardedAt} is not null then ${row.status} else ${participant.status} end`,
            onboardedAt: sql`coalesce(${participant.onboardedAt}, ${row.onboardedAt})`,
          })
          .where(
            and(eq(participant.id, row.id), eq(participant.credentialHash, row.credentialHash)),
          ),
      ])
    },

    /** Holds (or replaces) a did:web DID document the operator vouches for. */
    async putDidDocument(did: string, document: Record<string, unknown>, at: number) {
      await atomic([
        db
          .insert(didDocument)
          .values({ did, document, updatedAt: at })
          .onConflictDoUpdate({ target: didDocument.did, set: { document, updatedAt: at } }),
      ])
    },

    /** Stops holding a DID document; false when none was held. Its DID resolves no more offline. */
    async deleteDidDocument(did: string): Promise<boolean> {
      const [deleted] = await atomic([db.delete(didDocument).where(eq(didDocument.did, did))])
      return (deleted ?? 0) > 0
    },

    /** Rewrites index rows (not credentials, not events); the full-text tables follow by trigger. */
    async writeIndex(writes: Omit<CredentialWrite, 'credential'>[]): Promise<void> {
      await atomic(writes.flatMap((write) => indexStatements(write))).catch((error: unknown) => {
        throw asWriteRuleError(error)
      })
    },

    /** Rebuilds both full-text indexes from the offering rows, merged into one b-tree each. */
    async rebuildSearchIndex(): Promise<void> {
      // `optimize` merges the segments a rebuild leaves: lookups measured 2–4× faster after it
      for (const table of ['offering_fts', 'offering_fields_fts']) {
        await db.run(sql.raw(`INSERT INTO ${table}(${table}) VALUES ('rebuild')`))
        await db.run(sql.raw(`INSERT INTO ${table}(${table}) VALUES ('optimize')`))
      }
    },
  }

  /**
   * The statements of one credential write: credential (first), event, supersession, index rows.
   * The database refuses an older version, and an index entry from another issuer than its
   * subject's first (migration 0014, write-rules.ts).
   */
  function statementsFor(write: CredentialWrite): Statement[] {
    const row = write.credential
    const put = {
      kind: 'put' as const,
      credentialId: row.credentialId,
      hash: row.hash,
      subjectId: row.subjectId,
      types: row.types,
      origin: row.origin,
      at: row.receivedAt,
    }
    const statements: Statement[] = [
      compiled('credential', row, (values) =>
        db.insert(credential).values(values).onConflictDoNothing(),
      ),
      compiled('put', put, (values) => db.insert(event).values(values).onConflictDoNothing()),
    ]
    if (row.credentialId) {
      const version = { credentialId: row.credentialId, issuer: row.issuer, hash: row.hash }
      statements.push(
        compiled('supersede', version, (values) =>
          db
            .update(credential)
            .set({ status: 'deprecated' })
            .where(
              and(
                eq(credential.credentialId, values.credentialId),
                eq(credential.issuer, values.issuer),
                eq(credential.status, 'active'),
                ne(credential.hash, values.hash),
              ),
            ),
        ),
      )
    }
    return [...statements, ...indexStatements(write)]
  }

  function indexStatements(write: Omit<CredentialWrite, 'credential'>): Statement[] {
    const statements: Statement[] = []
    if (write.participant) {
      // A newer credential of a participant never changes its approval status, except on the
      // DID's first onboarding here: a participant known through a peer then takes the status
      // this node's policy gives newcomers (pending where the operator approves them), unless the
      // operator suspended it while the onboarding was validated.
      statements.push(
        compiled('participant', write.participant, (values) => {
          const { status: _status, onboardedAt: _onboarded, ...rest } = values
          return db
            .insert(participant)
            .values(values)
            .onConflictDoUpdate({
              target: participant.id,
              set: {
                ...excluded(participant, rest),
                status: sql`case when ${participant.status} <> 'suspended' and ${participant.onboardedAt} is null and excluded.onboarded_at is not null then excluded.status else ${participant.status} end`,
                onboardedAt: sql`coalesce(${participant.onboardedAt}, excluded.onboarded_at)`,
              },
            })
        }),
      )
    }
    if (write.resource) {
      statements.push(
        compiled('resource', write.resource, (values) =>
          db
            .insert(resource)
            .values(values)
            .onConflictDoUpdate({ target: resource.id, set: excluded(resource, values) }),
        ),
      )
    }
    if (write.offering) {
      statements.push(
        compiled('offering', write.offering, (values) =>
          db
            .insert(offering)
            .values(values)
            .onConflictDoUpdate({ target: offering.id, set: excluded(offering, values) }),
        ),
      )
    }
    return statements
  }
}
