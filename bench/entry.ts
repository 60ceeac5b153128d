// The Node entry as `npm start` runs it (bin/node.mjs, the bundle), started by a bench on a data
// folder of its own and a free port, with the options a bench needs: no seed, no rate limit.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'

export type Entry = {
  url: string
  /** CPU seconds its serving processes have used, all threads (Linux /proc; NaN elsewhere). */
  cpuSeconds(): number
  /** The same, of their main threads only: where requests are answered (the writer thread aside). */
  mainThreadsCpuSeconds(): number
  stop(): Promise<void>
}

/** Starts the entry on `dataDir` with `env` added, and resolves once it is ready. */
export async function startEntry(dataDir: string, env: Record<string, string>): Promise<Entry> {
  const port = await freePort()
  const child = spawn(process.execPath, ['bin/node.mjs'], {
    env: {
      PATH: process.env.PATH ?? '',
      GXC_DATA_DIR: dataDir,
      GXC_PORT: String(port),
      GXC_SEED: 'false',
      GXC_RATE_LIMIT: 'off',
      GXC_LOG_LEVEL: 'warn',
      GXC_SYNC_INTERVAL_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    // its own process group: stop() ends the serving processes with it
    detached: true,
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const entry = {
    url: `http://127.0.0.1:${port}`,
    cpuSeconds: () => groupCpuSeconds(child.pid!, 'all'),
    mainThreadsCpuSeconds: () => groupCpuSeconds(child.pid!, 'main'),
    async stop() {
      process.kill(-child.pid!, 'SIGTERM')
      await exited
    },
  }
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${entry.url}/readyz`).then(
      (res) => res.status === 200,
      () => false,
    )
    if (ok) return entry
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await entry.stop()
  throw new Error(`the node at ${entry.url} did not get ready`)
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

// USER_HZ: what /proc counts CPU time in, 100 on every Linux that Node runs on
const TICKS_PER_SECOND = 100

/**
 * CPU seconds (user and system) of the processes of process group `group`, from /proc: all their
 * threads, or their main threads only.
 */
function groupCpuSeconds(group: number, threads: 'all' | 'main'): number {
  let ticks = 0
  let proc: string[]
  try {
    proc = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return Number.NaN
  }
  for (const pid of proc) {
    let stat: string
    try {
      // a process's main thread is the task that has its pid
      stat = readFileSync(
        threads === 'all' ? `/proc/${pid}/stat` : `/proc/${pid}/task/${pid}/stat`,
        'utf8',
      )
    } catch {
      continue // ended meanwhile
    }
    // the fields after the command's closing parenthesis: state ppid pgrp … utime(12) stime(13)
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks / TICKS_PER_SECOND
}
