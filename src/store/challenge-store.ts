import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm'
import type { Atomic } from './atomic.js'
import { compiledStatements } from './compiled.js'
import { challenge } from './schema.js'
import type { Db } from './store.js'

/**
 * Single-use, short-lived nonces partners sign into their presentations (replay protection). Its
 * writes are compiled statements, as a submission's credentials are: every submission makes two,
 * and the Node entry hands them to its writer thread with the credentials.
 */
export function challengeStore(db: Db, atomic: Atomic) {
  const compiled = compiledStatements()
  return {
    /** Issues a challenge; expired ones are purged on the way so the table stays small. */
    async createChallenge(value: string, expiresAt: number, now: number): Promise<void> {
      await atomic([
        compiled('purge', { now }, (values) =>
          db.delete(challenge).where(lt(challenge.expiresAt, values.now)),
        ),
        compiled('challenge', { value, expiresAt }, (values) =>
          db.insert(challenge).values(values),
        ),
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
        compiled('use', { value, now }, (values) =>
          db
            .update(challenge)
            .set({ usedAt: sql`${values.now}` })
            .where(
              and(
                eq(challenge.value, values.value),
                isNull(challenge.usedAt),
                gt(challenge.expiresAt, values.now),
              ),
            ),
        ),
      ])
      return used === 1
    },
  }
}
