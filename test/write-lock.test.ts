// Two connections writing to one SQLite file, as the serving processes of GXC_PROCESSES do: a
// write waiting for the other's lock must leave its process's event loop running, then go
// through; one that waits longer than busy_timeout is refused with SQLITE_BUSY and writes nothing.
// Submissions that looked the store up before such a wait still keep to the write path's rules.
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ingestCredentials, OlderVersionError, type IngestResult } from '../src/catalogue/ingest.js'
import { reindexCatalogue } from '../src/catalogue/reindex.js'
import type { SigningKey } from '../src/credentials/did/keys.js'
import { openDatabase, type NodeDatabase } from '../src/entry/node-runtime.js'
import { AppError } from '../src/errors.js'
import { Bound, transactionAtomic } from '../src/store/atomic.js'
import { partnerOffering, type OfferingOverrides } from './helpers/credentials.js'
import {
  codes,
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  sign,
  type Json,
  type TestNode,
} from './helpers/partner.js'
import { createTestNode } from './helpers/test-node.js'

let scratch: string
let holder: NodeDatabase
let writer: NodeDatabase

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gxc-write-lock-'))
  holder = openDatabase(join(scratch, 'catalogue.db'))
  writer = openDatabase(join(scratch, 'catalogue.db'))
})
afterEach(() => {
  holder.close()
  writer.close()
  rmSync(scratch, { recursive: true, force: true })
})

const challenges = (db: NodeDatabase) =>
  (
    db.sqlite.prepare('SELECT value FROM challenge ORDER BY value').all() as { value: string }[]
  ).map((row) => row.value)

/** Turns of the event loop until `settled` says so, at most `limit`. */
async function turnsUntil(settled: () => boolean, limit = 200): Promise<number> {
  let turns = 0
  while (!settled() && turns < limit) {
    await new Promise((resolve) => setTimeout(resolve, 1))
    turns++
  }
  return turns
}

describe('a write while another connection holds the write lock', () => {
  it('waits with the event loop running, then writes once the lock is free', async () => {
    holder.sqlite.exec("BEGIN IMMEDIATE; INSERT INTO challenge (value, expires_at) VALUES ('a', 1)")
    let done = false
    const write = writer.store.createChallenge('b', Date.now() + 60_000, 0).then(() => {
      done = true
    })
    // the other connection commits only if this one's wait lets the event loop turn
    expect(await turnsUntil(() => done, 20)).toBe(20)
    expect(done).toBe(false)
    holder.sqlite.exec('COMMIT')
    await write
    expect(challenges(writer)).toEqual(['a', 'b'])
  })

  it('uses a challenge once the lock is free, the event loop running meanwhile', async () => {
    const now = Date.now()
    await writer.store.createChallenge('c', now + 60_000, now)
    holder.sqlite.exec('BEGIN IMMEDIATE')
    let used: boolean | undefined
    const using = writer.store.consumeChallenge('c', now).then((value) => (used = value))
    expect(await turnsUntil(() => used !== undefined, 20)).toBe(20)
    holder.sqlite.exec('COMMIT')
    await using
    expect(used).toBe(true)
    // and once only
    expect(await writer.store.consumeChallenge('c', now)).toBe(false)
  })

  it('holds an operator’s DID document once the lock is free, the event loop running meanwhile', async () => {
    holder.sqlite.exec('BEGIN IMMEDIATE')
    let held = false
    const putting = writer.store
      .putDidDocument('did:web:partner.example.eu', { id: 'did:web:partner.example.eu' }, 1)
      .then(() => (held = true))
    expect(await turnsUntil(() => held, 20)).toBe(20)
    holder.sqlite.exec('COMMIT')
    await putting
    expect(await writer.store.deleteDidDocument('did:web:partner.example.eu')).toBe(true)
    expect(await writer.store.deleteDidDocument('did:web:partner.example.eu')).toBe(false)
  })

  it('writes what waited for the lock, each once and in the order it came, once the lock is free', async () => {
    holder.sqlite.exec('BEGIN IMMEDIATE')
    const values = Array.from({ length: 30 }, (_, i) => `w${String(i).padStart(2, '0')}`)
    const order: string[] = []
    const writes = values.map((value) =>
      writer.store.createChallenge(value, Date.now() + 60_000, 0).then(() => order.push(value)),
    )
    await turnsUntil(() => false, 10)
    expect(order).toEqual([])
    holder.sqlite.exec('COMMIT')
    await Promise.all(writes)
    expect(order).toEqual(values)
    expect(challenges(writer)).toEqual(values)
  })

  it('is refused with SQLITE_BUSY after busy_timeout, having written nothing', async () => {
    const sqlite = new Database(join(scratch, 'catalogue.db'), { timeout: 50 })
    try {
      const atomic = transactionAtomic(drizzle(sqlite))
      holder.sqlite.exec('BEGIN IMMEDIATE')
      let turns = 0
      const ticking = setInterval(() => turns++, 1)
      const refused = await atomic([
        new Bound('INSERT INTO challenge (value, expires_at) VALUES (?, ?)', ['c', 1]),
      ]).then(
        () => undefined,
        (error: unknown) => error,
      )
      clearInterval(ticking)
      holder.sqlite.exec('ROLLBACK')
      expect((refused as { code?: string } | undefined)?.code).toBe('SQLITE_BUSY')
      expect(turns).toBeGreaterThan(5)
      expect(sqlite.inTransaction).toBe(false)
      expect(challenges(writer)).toEqual([])
      // the lock free again, the same connection writes
      await atomic([new Bound('INSERT INTO challenge (value, expires_at) VALUES (?, ?)', ['c', 1])])
      expect(challenges(writer)).toEqual(['c'])
    } finally {
      sqlite.close()
    }
  })
})

it('rolls back every statement of a write when one fails, and the connection writes on', async () => {
  const atomic = transactionAtomic(drizzle(writer.sqlite))
  const failed = await atomic([
    new Bound('INSERT INTO challenge (value, expires_at) VALUES (?, ?)', ['d', 1]),
    new Bound('INSERT INTO challenge (value, expires_at) VALUES (?, ?)', ['d', 2]),
  ]).then(
    () => undefined,
    (error: unknown) => error,
  )
  expect((failed as { code?: string } | undefined)?.code).toMatch(/^SQLITE_CONSTRAINT/)
  expect(writer.sqlite.inTransaction).toBe(false)
  expect(challenges(writer)).toEqual([])
  await atomic([new Bound('INSERT INTO challenge (value, expires_at) VALUES (?, ?)', ['e', 1])])
  expect(challenges(writer)).toEqual(['e'])
})

// and the same with the writes on a writer thread, as a serving process makes them: the refusal
// then comes back from the thread (src/entry/writer-thread.ts)
describe.each([{ thread: false }, { thread: true }])(
  'submissions that looked the store up before waiting for the lock (writer thread: $thread)',
  ({ thread }) => {
    let node: TestNode
    let alice: SigningKey
    let bob: SigningKey
    beforeEach(async () => {
      if (thread) {
        writer.close()
        writer = openDatabase(join(scratch, 'catalogue.db'), { writerThread: true })
      }
      const ownChanges = () => writer.sqlite.prepare('SELECT total_changes()').pluck().get()
      const before = ownChanges()
      node = await createTestNode({
        env: OPEN_NODE_ENV,
        database: { store: writer.store, close: () => undefined },
      })
      alice = await newPartner()
      bob = await newPartner()
      expect((await onboard(node, alice)).status).toBe(201)
      expect((await onboard(node, bob)).status).toBe(201)
      // the onboardings were written by the thread, not by this connection
      if (thread) expect(ownChanges()).toBe(before)
    })

    const offering = (key: SigningKey, slug: string, overrides?: OfferingOverrides) =>
      sign(node, key, partnerOffering(key.did, slug, overrides))

    /**
     * Ingests `first`, then `second`, while another connection holds the write lock: each passes its
     * checks and its lookups and waits in the write queue before the lock is freed. Answers each
     * one's result, or what it threw.
     */
    async function raced(first: Json, second: Json): Promise<unknown[]> {
      holder.sqlite.exec('BEGIN IMMEDIATE')
      const outcomes = []
      for (const credential of [first, second]) {
        let checked = false
        outcomes.push(
          ingestCredentials(node.ctx, credential, {
            origin: 'local',
            guard: () => {
              checked = true
              return []
            },
          }).catch((error: unknown) => error),
        )
        expect(await turnsUntil(() => checked, 2_000)).toBeLessThan(2_000)
        // a turn to the lookups, which then run to the queue without one
        await turnsUntil(() => false, 3)
      }
      holder.sqlite.exec('COMMIT')
      return Promise.all(outcomes)
    }

    const accepted = (result: unknown) => {
      expect(result).toMatchObject({ ok: true })
      return (result as Extract<IngestResult, { ok: true }>).accepted
    }

    it('refuses an older version when a newer one was stored after its lookups', async () => {
      const newer = await offering(alice, 'race', {
        credential: { validFrom: '2026-06-01T00:00:00Z' },
      })
      const older = await offering(alice, 'race', {
        credential: { validFrom: '2026-02-01T00:00:00Z' },
      })
      const [storedNewer, refused] = await raced(newer, older)

      const [stored] = accepted(storedNewer)
      expect(stored).toMatchObject({ created: true, status: 'active' })
      expect(refused).toBeInstanceOf(OlderVersionError)
      expect(codes((refused as AppError).errors)).toEqual(['older-version'])

      expect((await writer.store.getOffering(newer.credentialSubject.id))?.credentialHash).toBe(
        stored!.hash,
      )
      expect((await writer.store.getCredential(stored!.hash))?.status).toBe('active')
      expect(await writer.store.activeVersions([newer.id])).toEqual([
        expect.objectContaining({ hash: stored!.hash }),
      ])
    })

    it('refuses a subject another issuer stated after its lookups', async () => {
      const original = await offering(alice, 'contested')
      const impostor = await offering(bob, 'contested', {
        subject: { id: original.credentialSubject.id, 'schema:name': 'Offre détournée' },
      })
      const [storedOriginal, refused] = await raced(original, impostor)

      const [stored] = accepted(storedOriginal)
      // ingest looked again after the database's refusal, and names the credential
      expect(refused).toBeInstanceOf(AppError)
      expect((refused as AppError).errors).toEqual([
        expect.objectContaining({
          code: 'subject-owned-by-another-issuer',
          path: '/credentialSubject/id',
        }),
      ])
      expect(await writer.store.getOffering(original.credentialSubject.id)).toMatchObject({
        credentialHash: stored!.hash,
        providerId: alice.did,
      })
      expect(await writer.store.subjectIssuers([original.credentialSubject.id])).toEqual(
        new Map([[original.credentialSubject.id, alice.did]]),
      )
    })

    it('gives an offering back to its first issuer on reindex, where another took it before the rule', async () => {
      // a database from before migration 0014, where the race above let the impostor through
      const rule = writer.sqlite
        .prepare("SELECT sql FROM sqlite_master WHERE name = 'offering_foreign_subject'")
        .pluck()
        .get() as string
      writer.sqlite.exec('DROP TRIGGER offering_foreign_subject')
      const original = await offering(alice, 'taken')
      const impostor = await offering(bob, 'taken', {
        subject: { id: original.credentialSubject.id, 'schema:name': 'Offre détournée' },
      })
      const [storedOriginal, storedImpostor] = await raced(original, impostor)
      const [owned] = accepted(storedOriginal)
      const [taken] = accepted(storedImpostor)
      const id = original.credentialSubject.id
      expect((await writer.store.getOffering(id))?.credentialHash).toBe(taken!.hash)
      writer.sqlite.exec(rule)

      await reindexCatalogue(node.ctx)
      expect(await writer.store.getOffering(id)).toMatchObject({
        credentialHash: owned!.hash,
        name: 'Offre taken',
      })
    })

    it('says the credential is not new when the same one was stored after its lookups', async () => {
      const signed = await offering(alice, 'twice')
      const [first, second] = await raced(signed, signed)

      const [created] = accepted(first)
      const [again] = accepted(second)
      expect(created).toMatchObject({ created: true, status: 'active' })
      expect(again).toMatchObject({ created: false, status: 'active', hash: created!.hash })
    })
  },
)
