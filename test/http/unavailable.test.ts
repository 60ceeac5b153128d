import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { openDatabase } from '../../src/entry/node-runtime.js'
import type { Logger, LogFields } from '../../src/logger.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  expectProblem,
  newPartner,
  offeringPath,
  onboard,
  OPEN_NODE_ENV,
  post,
  presentFor,
  sign,
  storeState,
  submit,
  type Json,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

type Line = { level: string; message: string } & LogFields

/** A logger that keeps its lines, to show what an operator reads. */
function recordingLogger(lines: Line[] = []): Logger & { lines: Line[] } {
  const at =
    (level: string) =>
    (message: string, fields?: LogFields): void =>
      void lines.push({ level, message, ...fields })
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: () => recordingLogger(lines),
  }
}

let dir: string
let file: string
let partner: SigningKey
const offeringId = (slug: string, key = partner) =>
  partnerOffering(key.did, slug).credentialSubject.id

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gxc-unavailable-'))
  file = join(dir, 'catalogue.db')
  const node = await createTestNode({ env: OPEN_NODE_ENV, database: openDatabase(file) })
  partner = await newPartner()
  expect((await onboard(node, partner)).status).toBe(201)
  const first = await sign(node, partner, partnerOffering(partner.did, 'first'))
  expect((await submit(node, partner, [first])).status).toBe(201)
  node.close()
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a node whose store cannot write', () => {
  it('answers writes on a read-only database with 503 problems and Retry-After, and keeps serving reads', async () => {
    // a presentation over a challenge the node issued while it could still write
    const writable = await createTestNode({ env: OPEN_NODE_ENV, database: openDatabase(file) })
    const second = await sign(writable, partner, partnerOffering(partner.did, 'second'))
    const pending = await presentFor(writable, partner, [second])
    writable.close()

    const logger = recordingLogger()
    const node = await createTestNode({
      env: OPEN_NODE_ENV,
      database: openDatabase(file, { readonly: true }),
      logger,
    })
    const res = await post(node, '/api/v1/submissions', pending)
    const problem = await expectProblem(res, 503, 'unavailable')
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
    // the cause is the operator's, in the log; the partner reads a generic detail
    expect(JSON.stringify(problem)).not.toMatch(/SQLITE|readonly|read-only/i)
    const logged = logger.lines.find((l) => l.requestId === (problem as Json).requestId)
    expect(logged).toMatchObject({ level: 'error', sqliteCode: 'SQLITE_READONLY' })

    const challenge = await node.app.request('/api/v1/challenges', { method: 'POST' })
    await expectProblem(challenge, 503, 'unavailable')

    for (const path of [
      '/healthz',
      '/api/v1/offerings?q=Offre',
      offeringPath(offeringId('first')),
      `/api/v1/participants/${encodeURIComponent(partner.did)}`,
      '/metrics',
    ]) {
      expect({ path, status: (await node.app.request(path)).status }).toEqual({ path, status: 200 })
    }
    const search = (await (await node.app.request('/api/v1/offerings')).json()) as Json
    expect(search.items.map((i: Json) => i.id)).toEqual([offeringId('first')])
    // still serving after the failures: the same write fails the same way, nothing crashed
    await expectProblem(await post(node, '/api/v1/submissions', pending), 503, 'unavailable')
    expect((await node.app.request('/healthz')).status).toBe(200)
    node.close()
  })

  it('answers 503 when the disk is full, stores nothing of the submission, and takes it once there is room', async () => {
    const database = openDatabase(file)
    const logger = recordingLogger()
    const node = await createTestNode({ env: OPEN_NODE_ENV, database, logger })
    // more than the free room left in the file's pages, so the write must grow it
    const offerings = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        sign(node, partner, partnerOffering(partner.did, `full-${i}`)),
      ),
    )
    const before = await storeState(node)
    const presentation = await presentFor(node, partner, offerings)
    // the file may not grow by a page: SQLite answers SQLITE_FULL as it does on a full disk
    const pages = database.sqlite.pragma('page_count', { simple: true }) as number
    database.sqlite.pragma(`max_page_count = ${pages}`)

    await expectProblem(await post(node, '/api/v1/submissions', presentation), 503, 'unavailable')
    expect(logger.lines.map((l) => l.sqliteCode)).toEqual(['SQLITE_FULL'])
    database.sqlite.pragma('max_page_count = 1073741823')
    expect(await storeState(node)).toEqual(before)
    expect((await node.app.request(offeringPath(offeringId('full-0')))).status).toBe(404)

    expect((await submit(node, partner, offerings)).status).toBe(201)
    expect((await node.app.request(offeringPath(offeringId('full-19')))).status).toBe(200)
    node.close()
  })

  it('maps D1 errors naming SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR or SQLITE_BUSY to 503, and no other', async () => {
    const cases: [string, number][] = [
      ['database or disk is full: SQLITE_FULL', 503],
      ['attempt to write a readonly database: SQLITE_READONLY', 503],
      ['disk I/O error: SQLITE_IOERR_SHORT_READ', 503],
      ['database is locked: SQLITE_BUSY', 503],
      ['UNIQUE constraint failed: challenge.value: SQLITE_CONSTRAINT', 500],
      ['Network connection lost.', 500],
    ]
    for (const [message, status] of cases) {
      // as D1 throws it (workerd's d1-api), wrapped as drizzle wraps a failed query
      const d1 = new Error(`D1_ERROR: ${message}`, { cause: new Error(message) })
      const node = await failingChallenges(queryError(d1, ['x']))
      const res = await node.app.request('/api/v1/challenges', { method: 'POST' })
      await expectProblem(res, status, status === 503 ? 'unavailable' : 'internal')
      expect(res.headers.has('retry-after')).toBe(status === 503)
      node.close()
    }
  })

  it('reads the name from the root cause only, never from values a wrapper quotes', async () => {
    const root = new Error('UNIQUE constraint failed: challenge.value: SQLITE_CONSTRAINT')
    const node = await failingChallenges(queryError(root, ['a partner wrote SQLITE_FULL']))
    const res = await node.app.request('/api/v1/challenges', { method: 'POST' })
    await expectProblem(res, 500, 'internal')
    node.close()
  })
})

/** What drizzle throws for a failed query: its text, the bound values, and the driver's error. */
function queryError(cause: Error, params: unknown[]): Error {
  return new Error(`Failed query: insert into "challenge" values (?)\nparams: ${params}`, { cause })
}

/** A node whose store throws `error` when it records a challenge, as a D1 binding would. */
async function failingChallenges(error: Error) {
  const database = openDatabase(':memory:')
  const store = {
    ...database.store,
    createChallenge: async (): Promise<void> => {
      throw error
    },
  }
  return createTestNode({ env: OPEN_NODE_ENV, database: { ...database, store } })
}
