// What a gxc command is given: the terminal it speaks to and the Node-only pieces it may use. The
// entry (src/entry/cli.ts) passes the real ones; tests pass their own streams and a fetch that
// reaches an in-process node.
import type { NodeDatabase, OpenDatabaseOptions } from '../entry/node-runtime.js'

/** A stream gxc writes to: process.stdout or stderr, or a test's buffer. */
export type Sink = { write(text: string): unknown; isTTY?: boolean; columns?: number }

export type Io = {
  stdout: Sink
  stderr: Sink
  stdin: AsyncIterable<Buffer | string>
  env: Record<string, string | undefined>
  /** Runs `handler` on the first Ctrl-C (SIGINT) until the returned function is called. */
  onInterrupt?: (handler: () => void) => () => void
}

/** The Node-only pieces of the node that gxc reuses (src/entry/node-runtime.ts). */
export type CliRuntime = {
  openDatabase(path: string, options?: OpenDatabaseOptions): NodeDatabase
  /** Whether another process (a running node) holds the SQLite file open. */
  databaseInUse(path: string): boolean
}

export type CliDeps = {
  io: Io
  runtime: CliRuntime
  /** What gxc talks to nodes with; a test points it at an in-process node's `app.request`. */
  fetch?: typeof fetch
  /** The pause before a retry (a 429's Retry-After); a test makes it instant. */
  sleep?: (ms: number) => Promise<void>
}
