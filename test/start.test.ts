// `npm start` in a child process (bin/node.mjs, the bundle it builds when a source is newer): the
// seeded catalogue served and verified from the bundle, and what an operator sees when the node
// cannot start.
import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gxc-start-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

type Run = { code: number | null; stdout: string; stderr: string }

function spawnNode(env: Record<string, string>) {
  return spawn(process.execPath, ['bin/node.mjs'], {
    cwd: root,
    // only what the node needs: none of the test runner's GXC_* settings leak in
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? scratch,
      GXC_SEED: 'false',
      GXC_LOG_LEVEL: 'silent',
      GXC_HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

function start(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnNode(env)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // a node that started after all would serve forever: stop it, and the test fails on its code
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** A port nothing listens on (the node should fail before it listens anyway). */
async function freePort(): Promise<string> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return String(port)
}

function expectOneLine(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(1)
  const lines = run.stderr.trim().split('\n')
  expect(lines, run.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
  expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/)
}

describe('npm start', () => {
  it('serves the seeded catalogue from the bundle, signed and verifying', async () => {
    const port = await freePort()
    const child = spawnNode({
      GXC_PORT: port,
      GXC_DATA_DIR: join(scratch, 'seeded'),
      GXC_SEED: 'true',
    })
    const base = `http://127.0.0.1:${port}`
    try {
      let ready = false
      // the first start may build the bundle, then seeds the catalogue
      for (let i = 0; i < 240 && !ready && child.exitCode === null; i++) {
        ready = await fetch(`${base}/readyz`).then(
          (res) => res.ok,
          () => false,
        )
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(ready).toBe(true)
      const { items } = await (await fetch(`${base}/api/v1/offerings?q=HDS&limit=1`)).json()
      expect(items).toHaveLength(1)
      const credential = await (
        await fetch(`${base}/api/v1/offerings/${encodeURIComponent(items[0].id)}`, {
          headers: { Accept: 'application/ld+json' },
        })
      ).json()
      const res = await fetch(`${base}/credentials/verify`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ verifiableCredential: credential }),
      })
      expect(await res.json()).toMatchObject({ verified: true })
    } finally {
      child.kill('SIGKILL')
    }
  }, 90_000)

  it('says in one line that the port is in use, and exits 1', async () => {
    const holder: Server = createServer()
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve))
    const { port } = holder.address() as AddressInfo
    try {
      const run = await start({ GXC_PORT: String(port), GXC_DATA_DIR: join(scratch, 'busy') })
      expectOneLine(
        run,
        new RegExp(`^GXC_PORT ${port} is in use: stop the other process or set GXC_PORT$`),
      )
    } finally {
      holder.close()
    }
  })

  it('says in one line that the data folder cannot be written, and exits 1', async () => {
    // a regular file where a folder should be stops root too, unlike a read-only mode
    const file = join(scratch, 'a-file')
    writeFileSync(file, 'not a folder')
    const run = await start({ GXC_PORT: await freePort(), GXC_DATA_DIR: join(file, 'data') })
    expectOneLine(run, /^GXC_DATA_DIR .*a-file\/data is not a writable folder .*set GXC_DATA_DIR$/)
  })

  it('says in one line that the node key file is unusable, and exits 1', async () => {
    const dir = join(scratch, 'bad-key')
    mkdirSync(dir)
    writeFileSync(join(dir, 'node-key.json'), '{ not json\n}')
    chmodSync(join(dir, 'node-key.json'), 0o600)
    const run = await start({ GXC_PORT: await freePort(), GXC_DATA_DIR: dir })
    expectOneLine(run, /^The node key .*node-key\.json is unusable .*set GXC_NODE_KEY/)
  })
})
