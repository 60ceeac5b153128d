import { and, eq, gt, isNull, lt } from 'drizzle-orm'
import type { Atomic } from './atomic.js'
import { challenge } from './schema.js'
import type { Db } from './store.js'

/** Single-use, short-lived nonces partners sign into their presentations (replay protection). */
export function challengeStore(db: Db, atomic: Atomic) {
  return {
    /** Issues a challenge; expired ones are purged on the way so the table stays small. */
    async createChallenge(value: string, expiresAt: number, now: number): Promise<void> {
      await atomic([
        db.delete(challenge).where(lt(challenge.expiresAt, now)),
        db.insert(challenge).values({ value, expiresAt }),
      ])
    },

    async challengeIsLive(value: string, now: number): Promise<boolean> {
      const rows = await db
        .select({ value: challenge.value })
        .from(challenge)
        .where(
          and(eq(challenge.value, value), isNull(challenge.usedAt), gt(challenge.expiresAt, now)),
        )
        .limit(1)
      return rows.length === 1
    },

    /**
     * Uses a challenge once: true only for the first use of an unexpired challenge. A conditional
     * UPDATE, so two concurrent submissions cannot both use it (D1 has no read-then-write
     * transactions); through `atomic`, as every write a partner's submission makes.
     */
    async consumeChallenge(value: string, now: number): Promise<boolean> {
      const [used] = await atomic([
        db
          .update(challenge)
          .set({ usedAt: now })
          .where(
            and(eq(challenge.value, value), isNull(challenge.usedAt), gt(challenge.expiresAt, now)),
          ),
      ])
      return used === 1
    },
  }
}
