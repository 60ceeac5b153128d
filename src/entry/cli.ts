// The gxc entry (bin/gxc.mjs runs it through tsx): the process's streams, signals and the
// Node-only pieces of the node, handed to src/cli/, which knows no runtime of its own.
import Database from 'better-sqlite3'
import { runCli } from '../cli/index.js'
import type { CliRuntime, Io } from '../cli/runtime.js'
import { hardenIntrinsics } from '../harden.js'
import { openDatabase } from './node-runtime.js'

export const nodeRuntime: CliRuntime = {
  openDatabase,
  databaseInUse(path) {
    // A WAL database open in another connection keeps its shared-memory lock: an exclusive
    // locking-mode transaction then cannot start (SQLITE_BUSY), however idle that connection is.
    const probe = new Database(path, { fileMustExist: true, timeout: 200 })
    try {
      probe.pragma('locking_mode = EXCLUSIVE')
      probe.exec('BEGIN EXCLUSIVE')
      probe.exec('COMMIT')
      return false
    } catch (error) {
      if (String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) return true
      throw error
    } finally {
      probe.close()
    }
  },
}

export function processIo(): Io {
  // a reader that stops early (`gxc … | head`) closes the pipe: what is left to say is dropped,
  // the command finishes, and no stack trace is printed for it
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
    })
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    onInterrupt(handler) {
      // the first Ctrl-C asks the command to stop cleanly; a second one ends the process
      process.once('SIGINT', handler)
      return () => process.removeListener('SIGINT', handler)
    },
  }
}

/** Runs gxc on this process's arguments and sets its exit code (never `process.exit`). */
export async function main(argv: string[] = process.argv): Promise<void> {
  hardenIntrinsics()
  process.exitCode = await runCli(argv, { io: processIo(), runtime: nodeRuntime })
}
