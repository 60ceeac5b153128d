// A serving process's writer thread (src/entry/writer-thread.ts): a write made of compiled
// statements runs there, on its own connection to the same file, while the process's event loop
// goes on; what it changed, or why it failed, comes back as the process's own connection would
// say it. The submissions that race on it are in write-lock.test.ts.
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openDatabase, type NodeDatabase } from '../src/entry/node-runtime.js'
import { writerThread, type WriterThread } from '../src/entry/writer-thread.js'
import { Bound, transactionAtomic, type Atomic } from '../src/store/atomic.js'
import { challenge } from '../src/store/schema.js'

let scratch: string
let path: string
let database: NodeDatabase
let writer: WriterThread
let inline: Atomic & { calls: number }

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gxc-writer-thread-'))
  path = join(scratch, 'catalogue.db')
  database = openDatabase(path)
  const own = transactionAtomic(drizzle(database.sqlite))
  inline = Object.assign(
    (statements: Parameters<Atomic>[0]) => {
      inline.calls++
      return own(statements)
    },
    { calls: 0 },
  )
  writer = writerThread(path, inline)
})
afterEach(() => {
  writer.close()
  database.close()
  rmSync(scratch, { recursive: true, force: true })
})

const insert = (value: string) =>
  new Bound('INSERT INTO challenge (value, expires_at) VALUES (?, ?)', [value, 1])
/** How many rows the connection itself changed since it opened: nothing a thread wrote. */
const ownChanges = (db: NodeDatabase) =>
  (db.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n
const challenges = () =>
  (
    database.sqlite.prepare('SELECT value FROM challenge ORDER BY value').all() as {
      value: string
    }[]
  ).map((row) => row.value)

it('runs a write on its thread, the event loop turning meanwhile, and the process reads it once answered', async () => {
  const statements = Array.from({ length: 20_000 }, (_, i) => insert(`c${i}`))
  let turns = 0
  const ticking = setInterval(() => turns++, 0)
  try {
    const changes = await writer.atomic(statements)
    expect(changes).toHaveLength(20_000)
    expect(changes.every((n) => n === 1)).toBe(true)
    expect(turns).toBeGreaterThan(0)
    expect(inline.calls).toBe(0)
    expect(challenges()).toHaveLength(20_000)

    // the same write on the process's own connection holds the event loop until it is done
    turns = 0
    await inline(Array.from({ length: 20_000 }, (_, i) => insert(`d${i}`)))
    expect(turns).toBe(0)
  } finally {
    clearInterval(ticking)
  }
})

it('answers how many rows each statement changed, as the process’s own connection does', async () => {
  const ignored = (value: string) =>
    new Bound('INSERT OR IGNORE INTO challenge (value, expires_at) VALUES (?, ?)', [value, 1])
  expect(await writer.atomic([ignored('a'), ignored('a'), ignored('b')])).toEqual([1, 0, 1])
  expect(await inline([ignored('a'), ignored('c')])).toEqual([0, 1])
})

it('fails a write with SQLite’s message and code, having written nothing, and writes the next', async () => {
  const failed = await writer.atomic([insert('e'), insert('e')]).then(
    () => undefined,
    (error: unknown) => error,
  )
  expect(failed).toBeInstanceOf(Error)
  expect((failed as Error).message).toMatch(/UNIQUE constraint failed: challenge\.value/)
  expect((failed as { code?: unknown }).code).toBe('SQLITE_CONSTRAINT_PRIMARYKEY')
  expect(challenges()).toEqual([])
  await writer.atomic([insert('f')])
  expect(challenges()).toEqual(['f'])
})

it('writes what it is handed at once each all or nothing on its own, in the order it came', async () => {
  const outcomes = await Promise.allSettled([
    writer.atomic([insert('p'), insert('q')]),
    writer.atomic([insert('r'), insert('p')]),
    writer.atomic([insert('s')]),
  ])
  expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  expect(((outcomes[1] as PromiseRejectedResult).reason as { code?: unknown }).code).toBe(
    'SQLITE_CONSTRAINT_PRIMARYKEY',
  )
  expect(challenges()).toEqual(['p', 'q', 's'])
})

it('hands a write holding a drizzle builder to the process’s own connection', async () => {
  const db = drizzle(database.sqlite)
  expect(
    await writer.atomic([insert('g'), db.insert(challenge).values({ value: 'h', expiresAt: 1 })]),
  ).toEqual([1, 1])
  expect(inline.calls).toBe(1)
  expect(challenges()).toEqual(['g', 'h'])
})

it('waits for its writes when closed, then closes its connection: the last to close takes the log away', async () => {
  const written = writer.atomic(Array.from({ length: 5_000 }, (_, i) => insert(`w${i}`)))
  writer.close()
  await written
  expect(existsSync(`${path}-wal`)).toBe(true)
  database.close()
  expect(existsSync(`${path}-wal`)).toBe(false)
  const reopened = new Database(path, { readonly: true })
  try {
    expect(reopened.prepare('SELECT count(*) AS n FROM challenge').get()).toEqual({ n: 5_000 })
  } finally {
    reopened.close()
  }
  // afterEach closes both again: a second close changes nothing
  database = openDatabase(path)
})

it('runs a serving process’s credential writes on the thread: the store of a database opened with one', async () => {
  const served = openDatabase(path, { writerThread: true })
  try {
    const before = ownChanges(served)
    const now = Date.now()
    await served.store.createChallenge('live', now + 60_000, now)
    expect(await served.store.consumeChallenge('live', now)).toBe(true)
    expect(await served.store.consumeChallenge('live', now)).toBe(false)
    expect(challenges()).toEqual(['live'])
    expect(ownChanges(served)).toBe(before)
  } finally {
    served.close()
  }
})

it('fails the writes it held when it cannot start, says so once, and leaves the next to the process’s connection', async () => {
  const failures: Error[] = []
  const unopenable = writerThread(join(scratch, 'no-such-folder', 'catalogue.db'), inline, {
    onFailure: (error) => failures.push(error),
  })
  try {
    const held = await unopenable.atomic([insert('x')]).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(held).toBeInstanceOf(Error)
    expect((held as Error).message).toMatch(/directory does not exist/)
    expect(failures).toEqual([held])
    expect(challenges()).toEqual([])

    expect(await unopenable.atomic([insert('y')])).toEqual([1])
    expect(inline.calls).toBe(1)
    expect(challenges()).toEqual(['y'])
    expect(failures).toHaveLength(1)
  } finally {
    unopenable.close()
  }
})
