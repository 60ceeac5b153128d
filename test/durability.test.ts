// "Hardening" item 4: no data lost. The real node runs as a child process on a temp data dir and
// is SIGKILLed (no handler runs, nothing is flushed) mid-ingest three times, mid-reindex once and
// mid-way through pulling a peer once, then restarted on the same files. After each kill the files
// are read with better-sqlite3: the database is intact, every submission the node acknowledged
// with a 2xx is there whole (credential, offering row, event), no presentation is half stored, and
// a peer's cursor never runs ahead of what is stored. Durability under power loss is the
// `synchronous` setting's part (src/entry/node-runtime.ts): no test here cuts the power.
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/entry/node-runtime.js'
import { feedOf, operatorOf, until } from './helpers/federation.js'
import {
  challengeOf,
  newHttpPartner,
  offeringIdOf,
  onboardOverHttp,
  signedOffering,
  type JwtSigner,
} from './helpers/http-partner.js'
import { freePort, killAllNodes, startNode, type NodeProcess } from './helpers/node-process.js'
import { vpJwt } from './helpers/vc-jwt.js'

const ADMIN_TOKEN = 'durability-admin-token-0b7c1d2e3f4a5b6c7d8e9f'
const CLIENTS = 4 // concurrent submitters, one partner each
const OFFERINGS = 2000 // signed once, up front; what the kills leave unsent is submitted at the end
const PER_PRESENTATION = 50
// one offering in five carries a Data Integrity proof (6 ms to sign here), the others are VC-JWTs
const DATA_INTEGRITY_EVERY = 5
// Where each kill lands: this many acknowledgements into the round, then this long. Right after
// an answer, then between answers; the node verifies for ~70 ms and commits for a few ms per
// presentation, so most kills land in verification and some in a commit. Each round must leave
// presentations unsent (40 in all): a node that ingests faster needs shorter rounds.
const KILLS = [
  { afterAcks: 3, delayMs: 0 },
  { afterAcks: 6, delayMs: 60 },
  { afterAcks: 9, delayMs: 150 },
]

type Accepted = { id: string; hash: string }
type Batch = {
  partner: JwtSigner
  ids: string[]
  credentials: object[]
  // in doubt: sent, and the node died before it answered
  state: 'unsent' | 'in-doubt' | 'acked' | 'refused'
  /** The kill round it was sent in (KILLS.length: after the kills). */
  round?: number
  accepted?: Accepted[]
  refusal?: unknown
}

let dataDir: string
let port: number
let node: NodeProcess | undefined
const batches: Batch[] = []
const env = () => ({ GXC_ONBOARDING: 'open', GXC_ADMIN_TOKEN: ADMIN_TOKEN })

beforeAll(async () => {
  const start = performance.now()
  dataDir = mkdtempSync(join(tmpdir(), 'gxc-durability-'))
  port = await freePort()
  // the node starts (~4 s of module loading) on the other core while this one signs
  const started = startNode({ dataDir, port, env: env() })
  const partners = await Promise.all(Array.from({ length: CLIENTS }, () => newHttpPartner()))
  for (let b = 0; b < OFFERINGS / PER_PRESENTATION; b++) {
    const partner = partners[b % CLIENTS]!
    const slugs = Array.from({ length: PER_PRESENTATION }, (_, i) => `b${b}-${i}`)
    const credentials = await Promise.all(
      slugs.map((slug, i) =>
        signedOffering(partner, slug, i % DATA_INTEGRITY_EVERY === 0 ? 'data-integrity' : 'vc-jwt'),
      ),
    )
    const ids = slugs.map((slug) => offeringIdOf(partner, slug))
    batches.push({ partner, ids, credentials, state: 'unsent' })
  }
  node = await started
  for (const partner of partners) {
    expect((await onboardOverHttp(node.url, partner)).status).toBe(201)
  }
  console.info(`durability: ${OFFERINGS} offerings signed, node started in ${ms(start)} ms`)
}, 120_000)

afterAll(() => {
  killAllNodes()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('the node killed with SIGKILL', () => {
  it('opens its file in WAL mode with synchronous FULL, so an acknowledged commit is synced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gxc-pragmas-'))
    const database = openDatabase(join(dir, 'catalogue.db'))
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(2) // FULL
    database.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('keeps every acknowledged submission whole and none half stored, through three kills mid-ingest', async () => {
    const reports: Record<string, unknown>[] = []
    for (const [round, kill] of KILLS.entries()) {
      const t0 = performance.now()
      const sent = await ingestUntilKilled(node!, round, kill)
      const ingestMs = ms(t0)
      node = undefined
      const state = inspect(snapshot(dataDir, `kill-${round}`))
      reports.push({ round, ingestMs, ...sent, ...state })
      expect(state.integrity).toBe('ok')
      expect(state.lost).toBe(0)
      expect(state.halfStored).toBe(0)
      // the kill landed mid-ingest: after acknowledgements, with presentations left to send
      // (those in flight at the kill are `inDoubt`: either whole or absent, as checked above)
      expect(sent.acked).toBeGreaterThan(0)
      expect(batches.some((b) => b.state === 'unsent')).toBe(true)

      // the node starts again on the same files and serves what it acknowledged
      const t1 = performance.now()
      node = await startNode({ dataDir, port, env: env() })
      reports.at(-1)!.restartMs = ms(t1)
      for (const batch of batches.filter((b) => b.state === 'acked' && b.round === round)) {
        for (const { id, hash } of [batch.accepted![0]!, batch.accepted!.at(-1)!]) {
          expect((await fetch(`${node.url}/api/v1/credentials/${hash}`)).status).toBe(200)
          const offering = await fetch(`${node.url}/api/v1/offerings/${encodeURIComponent(id)}`)
          expect(offering.status).toBe(200)
        }
      }
    }
    expect(batches.filter((b) => b.state === 'refused').map((b) => b.refusal)).toEqual([])
    console.info('durability: kills mid-ingest', reports)
  }, 120_000)

  it('rebuilds a complete index after a kill mid-reindex, credentials and events untouched', async () => {
    // the rest of the signed offerings, so the reindex has the whole catalogue to rewrite
    const rest = await ingestUntilKilled(node!, KILLS.length, undefined)
    expect(rest.refused).toBe(0)
    const before = await searchAnswers(node!)

    const timed = performance.now()
    const first = await reindex(node!)
    const reindexMs = performance.now() - timed
    expect(first.status).toBe(200)
    expect(await searchAnswers(node!)).toEqual(before)
    // the node is idle: its files, copied now, are the catalogue the reindex must not touch
    const stored = digests(snapshot(dataDir, 'before-reindex'))

    const killed = reindex(node!).then(
      (res) => `answered ${res.status}`,
      () => 'killed',
    )
    await new Promise((resolve) => setTimeout(resolve, reindexMs * 0.4))
    await node!.kill()
    node = undefined
    expect(await killed).toBe('killed')
    const afterKill = join(dataDir, 'catalogue.db')
    expect(inspect(afterKill).integrity).toBe('ok')
    expect(digests(afterKill)).toEqual(stored)

    node = await startNode({ dataDir, port, env: env() })
    expect((await reindex(node)).status).toBe(200)
    expect(await searchAnswers(node)).toEqual(before)
    expect((await node.stop()).code).toBe(0)
    node = undefined

    const file = join(dataDir, 'catalogue.db')
    const final = inspect(file)
    expect(final).toMatchObject({ integrity: 'ok', lost: 0, halfStored: 0, ftsIntegrity: 'ok' })
    expect(final.unindexedOfferings).toBe(0)
    expect(final.offerings).toBe(final.activeOfferingCredentials)
    expect(digests(file)).toEqual(stored)
    console.info('durability: kill mid-reindex', {
      reindexMs: Math.round(reindexMs),
      killedAfterMs: Math.round(reindexMs * 0.4),
      ...final,
    })
  }, 120_000)

  it('keeps a peer sync resumable through a kill mid-pull: the cursor never runs ahead of what is stored', async () => {
    // the catalogue left above (the partners' 2,000 offerings) is the source; a follower with no
    // timer of its own (a restart would otherwise pull at once) pulls it and is killed mid-pull
    node ??= await startNode({ dataDir, port, env: env() })
    const source = node
    // the presentations the kills left in doubt are sent again, so all 2,008 credentials are
    // there (one stored before its kill is answered 200, the same content again)
    for (const batch of batches) if (batch.state === 'in-doubt') batch.state = 'unsent'
    await ingestUntilKilled(source, KILLS.length + 1, undefined)
    const refused = batches.filter((b) => b.state === 'refused').map((b) => b.refusal)
    expect(refused.filter((r) => (r as { status: number }).status !== 200)).toEqual([])
    const followerDir = join(dataDir, 'follower')
    mkdirSync(followerDir)
    const followerPort = await freePort()
    const followerEnv = { ...env(), GXC_SYNC_INTERVAL_MS: '0' }
    let follower = await startNode({ dataDir: followerDir, port: followerPort, env: followerEnv })
    const operator = operatorOf(follower.url, ADMIN_TOKEN)
    const peer = await operator.registerPeer({ url: source.url })
    const feed = await feedOf(source.url)
    const last = feed.at(-1)!.seq
    const stored = feed.filter((e) => e.kind === 'put').map((e) => e.hash)
    expect(stored.length).toBeGreaterThan(2000)

    const t0 = performance.now()
    const pulling = operator.sync(peer.id).then(
      (summary) => `answered ${JSON.stringify(summary)}`,
      () => 'killed',
    )
    const cursorOf = async () => Number((await operator.peer(peer.id)).cursor)
    await until('the follower stored four pages', async () => (await cursorOf()) >= 400, 90_000)
    const page = performance.now()
    await until('the follower stored five pages', async () => (await cursorOf()) >= 500, 90_000)
    // well into the sixth page: often after its first batch is stored, before the cursor moves
    await new Promise((resolve) => setTimeout(resolve, (performance.now() - page) * 0.8))
    await follower.kill()
    const killedAfterMs = ms(t0)
    expect(await pulling).toBe('killed')

    const killed = followerState(snapshot(followerDir, 'killed'))
    expect(killed.integrity).toBe('ok')
    expect(killed.cursor).toBeLessThan(last)
    const covered = feed.filter((e) => e.seq <= killed.cursor)
    expect(covered.filter((e) => e.kind === 'put' && !killed.hashes.has(e.hash))).toEqual([])
    expect(killed.duplicateEvents).toBe(0)

    follower = await startNode({ dataDir: followerDir, port: followerPort, env: followerEnv })
    const resumed = await operator.sync(peer.id)
    // from the persisted cursor on, each event once: replayed ones (stored after the cursor moved
    // for the last time) are unchanged
    expect(resumed).toMatchObject({ rejected: 0, error: null, lag: 0, cursor: String(last) })
    expect(resumed.accepted + resumed.unchanged).toBe(feed.length - covered.length)
    expect((await follower.stop()).code).toBe(0)
    expect((await source.stop()).code).toBe(0)
    node = undefined

    const final = followerState(join(followerDir, 'catalogue.db'))
    expect(final).toMatchObject({ integrity: 'ok', duplicateEvents: 0, cursor: last })
    expect([...final.hashes].sort()).toEqual(stored.sort())
    console.info('durability: kill mid-pull', {
      credentials: stored.length,
      killedAfterMs,
      killedAtCursor: killed.cursor,
      storedAtKill: killed.hashes.size,
      ...resumed,
    })
  }, 240_000)
})

/** A follower's files: their integrity, its one peer's cursor, the credentials it stores. */
function followerState(file: string) {
  const db = new Database(file)
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      cursor: Number(db.prepare('SELECT cursor FROM peer').pluck().get()),
      hashes: new Set(db.prepare('SELECT hash FROM credential').pluck().all() as string[]),
      duplicateEvents: count('SELECT count(*) - count(DISTINCT kind || hash) FROM event'),
    }
  } finally {
    db.close()
  }
}

type Kill = { afterAcks: number; delayMs: number }

/**
 * CLIENTS loops submit the unsent batches until `kill` fires (SIGKILL after the round's nth
 * acknowledgement plus a delay), or, without one, until every batch is sent.
 */
async function ingestUntilKilled(target: NodeProcess, round: number, kill: Kill | undefined) {
  let acks = 0
  let killing: Promise<unknown> | undefined
  // clients go on sending until the kill lands, so it lands on requests in flight
  let killed = false
  const counts = { acked: 0, inDoubt: 0, refused: 0 }
  const queue = batches.filter((b) => b.state === 'unsent')
  const client = async () => {
    // the next challenge is asked for while a submission is in flight, so a client nearly always
    // has one in the node (a busy node answers a challenge only between verifications)
    let next = challengeOf(target.url)
    for (let batch = queue.shift(); batch && !killed; batch = queue.shift()) {
      let challenge
      try {
        challenge = await next
      } catch {
        return // the node is gone before this batch left: it stays unsent
      }
      if (killed) return // this batch never left: it stays unsent
      next = challengeOf(target.url)
      next.catch(() => undefined)
      batch.state = 'in-doubt'
      batch.round = round
      try {
        const res = await fetch(`${target.url}/api/v1/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/vp+jwt' },
          body: await vpJwt(batch.partner, batch.credentials, challenge),
        })
        const body = (await res.json()) as { accepted?: Accepted[] }
        if (res.status === 201) {
          batch.state = 'acked'
          batch.accepted = body.accepted!.map(({ id, hash }) => ({ id, hash }))
          counts.acked++
          if (kill && ++acks === kill.afterAcks) {
            killing = new Promise((resolve) => setTimeout(resolve, kill.delayMs)).then(() => {
              killed = true
              return target.kill()
            })
          }
        } else {
          batch.state = 'refused'
          batch.refusal = { status: res.status, body }
          counts.refused++
        }
      } catch {
        counts.inDoubt++ // the connection died with the node, the request in flight
      }
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client))
  if (kill) await (killing ?? target.kill())
  return counts
}

/**
 * A copy of the database and its write-ahead log, opened (and so recovered) apart from the data
 * dir, which the next start recovers on its own. Taken only when no write is running: the node
 * is dead or idle.
 */
function snapshot(dir: string, name: string): string {
  const to = join(dir, 'snapshots', name)
  mkdirSync(to, { recursive: true })
  for (const suffix of ['', '-wal']) {
    const from = join(dir, `catalogue.db${suffix}`)
    if (existsSync(from)) copyFileSync(from, join(to, `catalogue.db${suffix}`))
  }
  return join(to, 'catalogue.db')
}

/** What the files hold, read with better-sqlite3 while no node has them open. */
function inspect(file: string) {
  const db = new Database(file)
  try {
    const integrity = db.pragma('integrity_check', { simple: true })
    // FTS5 checks its index against the offering rows it is built from
    let ftsIntegrity = 'ok'
    try {
      db.exec("INSERT INTO offering_fts(offering_fts) VALUES ('integrity-check')")
      db.exec("INSERT INTO offering_fields_fts(offering_fields_fts) VALUES ('integrity-check')")
    } catch (error) {
      ftsIntegrity = String(error)
    }
    const stored = new Map(
      db.prepare('SELECT subject_id, hash FROM credential').raw().all() as [string, string][],
    )
    const indexed = new Map(
      db.prepare('SELECT id, credential_hash FROM offering').raw().all() as [string, string][],
    )
    const events = new Set(
      db.prepare("SELECT hash FROM event WHERE kind = 'put'").pluck().all() as string[],
    )
    const whole = (id: string, hash = stored.get(id)) =>
      hash !== undefined && stored.get(id) === hash && indexed.get(id) === hash && events.has(hash)
    let acknowledged = 0
    let lost = 0
    let halfStored = 0
    let inDoubtStored = 0
    let inDoubtAbsent = 0
    for (const batch of batches) {
      if (batch.state === 'unsent') continue
      const present = batch.ids.filter((id) => stored.has(id) || indexed.has(id)).length
      const complete = batch.ids.filter((id) => whole(id)).length
      if (present > 0 && complete < batch.ids.length) halfStored++
      if (batch.state === 'acked') {
        acknowledged += batch.accepted!.length
        lost += batch.accepted!.filter((a) => !whole(a.id, a.hash)).length
      }
      if (batch.state === 'in-doubt') {
        if (complete === batch.ids.length) inDoubtStored++
        else inDoubtAbsent++
      }
    }
    const count = (sql: string) => db.prepare(sql).pluck().get() as number
    return {
      integrity,
      ftsIntegrity,
      acknowledged,
      lost,
      halfStored,
      inDoubtStored,
      inDoubtAbsent,
      credentials: stored.size,
      offerings: indexed.size,
      activeOfferingCredentials: count(
        "SELECT count(*) FROM credential WHERE status = 'active' AND types LIKE '%ServiceOffering%'",
      ),
      unindexedOfferings: count(
        `SELECT count(*) FROM credential c WHERE c.status = 'active'
           AND c.types LIKE '%ServiceOffering%'
           AND NOT EXISTS (SELECT 1 FROM offering o WHERE o.credential_hash = c.hash)`,
      ),
    }
  } finally {
    db.close()
  }
}

/** Digests of the credentials and the event log: what a reindex must leave as it is. */
function digests(file: string): { credentials: string; events: string } {
  const db = new Database(file, { readonly: true })
  try {
    const digest = (sql: string) =>
      createHash('sha256')
        .update(JSON.stringify(db.prepare(sql).raw().all()))
        .digest('hex')
    return {
      credentials: digest('SELECT * FROM credential ORDER BY hash'),
      events: digest('SELECT * FROM event ORDER BY seq'),
    }
  } finally {
    db.close()
  }
}

function reindex(target: NodeProcess): Promise<Response> {
  return fetch(`${target.url}/api/v1/admin/reindex`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
  })
}

/** Searches a buyer makes: full text, filters, sorts, facets; the answers minus the page cursor. */
async function searchAnswers(target: NodeProcess): Promise<unknown[]> {
  const provider = encodeURIComponent(batches[0]!.partner.did)
  const queries = [
    'q=Offre&limit=50',
    'q=analytique&sort=name&limit=20',
    `provider=${provider}&limit=100`,
    'keyword=analytics&sort=-updated&limit=30',
    'q=%22Offre%20b7-3%22',
    'q=b1*&facets=provider,type',
    'limit=100',
  ]
  return Promise.all(
    queries.map(async (query) => {
      const res = await fetch(`${target.url}/api/v1/offerings?${query}`)
      expect(res.status).toBe(200)
      const { next: _next, ...answer } = (await res.json()) as Record<string, unknown>
      return { query, answer }
    }),
  )
}

function ms(since: number): number {
  return Math.round(performance.now() - since)
}
