// The Node entry as `npm start` runs it (bin/node.mjs, the bundle), started by a bench on a data
// folder of its own and a free port, with the options a bench needs: no seed, no rate limit.
import { spawn } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'

export type Entry = { url: string; stop(): Promise<void> }

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
