import { and, asc, eq, gt, isNull, lte, max, or, sql } from 'drizzle-orm'
import { credential, event, peer, revocation, type PeerKind } from './schema.js'
import type { Atomic } from './atomic.js'
import type { Db, EventRow } from './store.js'

export type PeerRow = typeof peer.$inferSelect

/** One change of the feed, with what a peer needs to re-verify it. */
export type FeedEvent = EventRow & {
  /** The stored credential, as signed (JSON-LD text or compact JWT), on `put`. */
  document: string | null
  format: 'ldp_vc' | 'jwt_vc' | null
  /** The issuer's signed revocation (JSON-LD text or compact VP-JWT), on `revoke`, when held. */
  revocation: string | null
}

/** What one sync of a peer did; the counters add up in the peer's row. */
export type SyncOutcome = {
  cursor: string | null
  accepted: number
  rejected: number
  unchanged: number
  lag: number | null
  error: string | null
  at: number
  nextAttemptAt: number | null
}

/** The change feed, the peers the operator registered and their sync state. */
export function federationStore(db: Db, atomic: Atomic) {
  return {
    /**
     * The events after `after` (exclusive), oldest first, each with its credential or its
     * revocation; `type` keeps those whose credential has that type (`gx:`-compacted); `offset`
     * skips that many (a CES page).
     */
    async feed(after: number, limit: number, type?: string, offset = 0): Promise<FeedEvent[]> {
      const rows = await db
        .select({
          seq: event.seq,
          kind: event.kind,
          credentialId: event.credentialId,
          hash: event.hash,
          subjectId: event.subjectId,
          types: event.types,
          origin: event.origin,
          at: event.at,
          document: credential.document,
          format: credential.format,
          revocation: revocation.presentation,
        })
        .from(event)
        .leftJoin(credential, eq(credential.hash, event.hash))
        .leftJoin(revocation, eq(revocation.hash, event.hash))
        .where(
          and(
            gt(event.seq, after),
            type
              ? sql`exists (select 1 from json_each(${event.types}) where value = ${type})`
              : undefined,
          ),
        )
        .orderBy(asc(event.seq))
        .limit(limit)
        .offset(offset)
      return rows.map((row) => ({
        ...row,
        document: row.kind === 'put' ? row.document : null,
        format: row.kind === 'put' ? row.format : null,
      }))
    },

    /** The highest `seq` of the feed, 0 when empty. */
    async latestSeq(): Promise<number> {
      const [row] = await db.select({ seq: max(event.seq) }).from(event)
      return row?.seq ?? 0
    },

    async addPeer(row: {
      id: string
      url: string
      did: string | null
      kind: PeerKind
      mirror: boolean
      at: number
    }): Promise<PeerRow> {
      await atomic([
        db
          .insert(peer)
          .values({
            id: row.id,
            url: row.url,
            did: row.did,
            kind: row.kind,
            mirror: row.mirror,
            accepted: 0,
            rejected: 0,
            unchanged: 0,
            failures: 0,
            createdAt: row.at,
          })
          .onConflictDoNothing(),
      ])
      // the row of that url, inserted now or before
      return (await this.peerByUrl(row.url))!
    },

    async peerByUrl(url: string): Promise<PeerRow | undefined> {
      const [row] = await db.select().from(peer).where(eq(peer.url, url)).limit(1)
      return row
    },

    async getPeer(id: string): Promise<PeerRow | undefined> {
      const [row] = await db.select().from(peer).where(eq(peer.id, id)).limit(1)
      return row
    },

    async listPeers(): Promise<PeerRow[]> {
      return db.select().from(peer).orderBy(asc(peer.createdAt), asc(peer.id))
    },

    /** Peers to pull now: mirrored ones whose backoff, if any, has run out. */
    async duePeers(now: number): Promise<PeerRow[]> {
      return db
        .select()
        .from(peer)
        .where(
          and(eq(peer.mirror, true), or(isNull(peer.nextAttemptAt), lte(peer.nextAttemptAt, now))),
        )
        .orderBy(asc(peer.createdAt))
    },

    async deletePeer(id: string): Promise<boolean> {
      const [deleted] = await atomic([db.delete(peer).where(eq(peer.id, id))])
      return (deleted ?? 0) > 0
    },

    /**
     * Moves a peer's cursor past what was just stored, and adds up its counters. Called after the
     * writes it covers: a crash in between replays those events (stored by hash, so a no-op) and
     * never skips one.
     */
    async recordSync(id: string, outcome: SyncOutcome): Promise<void> {
      await atomic([
        db
          .update(peer)
          .set({
            ...(outcome.cursor === null ? {} : { cursor: outcome.cursor }),
            lastSyncAt: outcome.at,
            lag: outcome.lag,
            accepted: sql`${peer.accepted} + ${outcome.accepted}`,
            rejected: sql`${peer.rejected} + ${outcome.rejected}`,
            unchanged: sql`${peer.unchanged} + ${outcome.unchanged}`,
            lastError: outcome.error,
            failures: outcome.error === null ? 0 : sql`${peer.failures} + 1`,
            nextAttemptAt: outcome.nextAttemptAt,
          })
          .where(eq(peer.id, id)),
      ])
    },

    /** The signed revocation of a credential, if the node holds one. */
    async revocationOf(hash: string): Promise<string | undefined> {
      const [row] = await db
        .select({ presentation: revocation.presentation })
        .from(revocation)
        .where(eq(revocation.hash, hash))
        .limit(1)
      return row?.presentation
    },
  }
}
