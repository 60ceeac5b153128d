// A serving process's submissions written on a thread of its own (sqlite-writer.ts). Over HTTP the
// process's main thread was the bound on ingest, and SQLite running a submission's rows with
// their triggers, its commit and the checkpoints was a third of it (a CPU profile of npm start,
// four partners submitting presentations of 50: 282 of 831 µs per credential). The thread writes
// to the same file through its own connection, as another serving process would (atomic.ts):
// SQLite's lock orders its transactions with those of the main thread's connection.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { Bound, type Atomic, type Statement } from '../store/atomic.js'
import type { CloseRequest, WriteReply, WriteRequest } from './sqlite-writer.js'

// how long close() waits for the thread to finish its writes and close its connection
const CLOSE_TIMEOUT_MS = 10_000

export type WriterThread = {
  /** Writes made only of compiled statements go to the thread; any other to `inline`. */
  atomic: Atomic
  /** Waits for the thread's writes, then closes its connection and ends it. */
  close(): void
}

/**
 * Starts the writer thread of the SQLite file at `path`. The writes that go to it are those made
 * only of compiled statements (`Bound`: SQL text and values, which a thread can be handed), as a
 * submission's credentials and challenges are; a drizzle builder holds the main connection and
 * runs `inline`.
 * Should the thread fail, the writes it held fail with its error and later ones run inline.
 *
 * @example
 * const writer = writerThread(path, transactionAtomic(db))
 * const store = createStore(db, writer.atomic)
 */
export function writerThread(path: string, inline: Atomic): WriterThread {
  const replies = new MessageChannel()
  const worker = startThread(path, replies.port2)
  const pending = new Map<number, { resolve(changes: number[]): void; reject(e: Error): void }>()
  let nextId = 0
  let gone = false
  const settle = (reply: WriteReply) => {
    const write = pending.get(reply.id)
    pending.delete(reply.id)
    // the thread keeps the process alive only while it holds writes
    if (pending.size === 0) replies.port1.unref()
    if ('changes' in reply) write?.resolve(reply.changes)
    else write?.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }))
  }
  const fail = (error: Error) => {
    gone = true
    for (const write of pending.values()) write.reject(error)
    pending.clear()
    replies.port1.close()
  }
  replies.port1.on('message', settle)
  replies.port1.unref()
  worker.unref()
  worker.on('error', fail)
  worker.on('exit', () => fail(new Error('the writer thread ended')))
  return {
    atomic(statements) {
      if (gone || statements.length === 0 || !statements.every(isBound)) return inline(statements)
      return new Promise((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve, reject })
        replies.port1.ref()
        const request: WriteRequest = { id, statements: statements.map((s) => [s.sql, s.params]) }
        worker.postMessage(request)
      })
    },
    close() {
      if (gone) return
      gone = true
      const done = new Int32Array(new SharedArrayBuffer(4))
      worker.postMessage({ close: done } satisfies CloseRequest)
      // synchronous, as the main connection's close is: once it returns, every write is settled
      Atomics.wait(done, 0, 0, CLOSE_TIMEOUT_MS)
      for (let reply; (reply = receiveMessageOnPort(replies.port1));) settle(reply.message)
      fail(new Error('the writer thread was closed'))
    },
  }
}

function isBound(statement: Statement): statement is Bound {
  return statement instanceof Bound
}

/**
 * The bundle's sqlite-writer.js beside it (bin/node.mjs builds both); from the sources (tsx, the
 * tests), the TypeScript module through tsx's loader, registered in the thread.
 */
function startThread(path: string, replies: MessagePort): Worker {
  const options = { workerData: { path, replies }, transferList: [replies] }
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./sqlite-writer.js', import.meta.url), options)
  }
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const script = JSON.stringify(new URL('./sqlite-writer.ts', import.meta.url).href)
  return new Worker(
    `import(${tsx}).then(({ register }) => { register(); return import(${script}) })`,
    { ...options, eval: true },
  )
}
