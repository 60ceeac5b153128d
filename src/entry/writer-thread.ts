// A serving process's submissions written on a thread of its own (sqlite-writer.ts). Over HTTP the
// process's main thread was the bound on ingest, and SQLite running a submission's rows with
// their triggers, its commit and the checkpoints was a third of it (a CPU profile of npm start,
// four partners submitting presentations of 50: 282 of 831 µs per credential). The thread writes
// to the same file through its own connection, as another serving process would (atomic.ts):
// SQLite's lock orders its transactions with those of the main thread's connection.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { isBound, type Atomic } from '../store/atomic.js'
import type { CloseRequest, WriteReply, WriteRequest } from './sqlite-writer.js'

// how long close() waits for the thread to finish its writes and close its connection
const CLOSE_TIMEOUT_MS = 10_000

export type WriterThreadOptions = {
  /** Told once when the thread fails or cannot start: the writes then run on the process's connection. */
  onFailure?(error: Error): void
}

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
 * Should the thread fail, the writes it held fail with its error, `onFailure` is told, and later
 * writes run inline.
 *
 * @example
 * const writer = writerThread(path, transactionAtomic(db))
 * const store = createStore(db, writer.atomic)
 */
export function writerThread(
  path: string,
  inline: Atomic,
  options: WriterThreadOptions = {},
): WriterThread {
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
  /** Settles what the thread answered, then fails what it did not: it will not answer any more. */
  const end = (error: Error) => {
    gone = true
    for (let reply; (reply = receiveMessageOnPort(replies.port1));) settle(reply.message)
    for (const write of pending.values()) write.reject(error)
    pending.clear()
    replies.port1.close()
  }
  const fail = (error: unknown) => {
    if (gone) return
    const failure = asError(error, 'the writer thread failed')
    end(failure)
    options.onFailure?.(failure)
  }
  replies.port1.on('message', settle)
  replies.port1.unref()
  worker.unref()
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`the writer thread ended (exit code ${code})`)))
  return {
    atomic(statements) {
      if (gone || statements.length === 0 || !statements.every(isBound)) return inline(statements)
      return new Promise((resolve, reject) => {
        const id = nextId++
        const request: WriteRequest = { id, statements: statements.map((s) => [s.sql, s.params]) }
        worker.postMessage(request)
        pending.set(id, { resolve, reject })
        replies.port1.ref()
      })
    },
    close() {
      if (gone) return
      const done = new Int32Array(new SharedArrayBuffer(4))
      worker.postMessage({ close: done } satisfies CloseRequest)
      // synchronous, as the main connection's close is: once it returns, every write is settled
      if (Atomics.wait(done, 0, 0, CLOSE_TIMEOUT_MS) === 'timed-out') {
        void worker.terminate()
        // a write still held may yet have been committed: its partner must look before retrying
        end(
          new Error(
            'the writer thread did not finish its writes in time: their outcome is unknown',
          ),
        )
        return
      }
      end(new Error('the writer thread was closed'))
    },
  }
}

/** An error as one: a native addon's failure can reach a thread's `error` event as a bare object. */
function asError(error: unknown, message: string): Error {
  if (error instanceof Error) return error
  const code = (error as { code?: unknown } | null)?.code
  return Object.assign(new Error(code === undefined ? message : `${message}: ${String(code)}`), {
    code,
    cause: error,
  })
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
