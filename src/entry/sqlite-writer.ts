// The writer thread of a serving process (writer-thread.ts starts it with the file's path): the
// writes it is handed run here, on a connection of its own, so that SQLite's share of a
// submission (its rows and their triggers, the commit's sync, checkpoints) leaves the process's
// main thread free to check the next submissions and to answer searches.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { Bound, transactionAtomic } from '../store/atomic.js'
import { openConnection } from './sqlite-connection.js'

/** A write: its statements as SQL text and bound values, to run as one transaction. */
export type WriteRequest = { id: number; statements: [sql: string, params: unknown[]][] }
/** How many rows each statement changed, or why the transaction failed (nothing was written). */
export type WriteReply =
  { id: number; changes: number[] } | { id: number; error: { message: string; code?: unknown } }
/** The thread's last message: it closes its connection once the writes before are done. */
export type CloseRequest = { close: Int32Array }

const { path, replies } = workerData as { path: string; replies: MessagePort }
const sqlite = openConnection(path)
const atomic = transactionAtomic({ $client: sqlite })
// writes take turns (atomic.ts): once the last one handed over is done, all are
let last: Promise<unknown> = Promise.resolve()

parentPort!.on('message', (message: WriteRequest | CloseRequest) => {
  if ('close' in message) {
    void last.finally(() => {
      sqlite.close()
      Atomics.store(message.close, 0, 1)
      Atomics.notify(message.close, 0)
      // the replies sent are the process's to read (writer-thread.ts): only the requests end
      parentPort!.close()
    })
    return
  }
  const { id, statements } = message
  last = atomic(statements.map(([sql, params]) => new Bound(sql, params))).then(
    (changes) => replies.postMessage({ id, changes } satisfies WriteReply),
    (error: unknown) => {
      const { message, code } = error instanceof Error ? (error as Error & { code?: unknown }) : {}
      replies.postMessage({
        id,
        error: { message: message ?? String(error), code },
      } satisfies WriteReply)
    },
  )
})
