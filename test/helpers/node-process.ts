// The real node as a child process (src/entry/node.ts through tsx) on 127.0.0.1, for what
// app.request() cannot show: a SIGKILL, a restart on the same files, the process's own output and
// exit code. Every child is its own process group, killed whole by killAllNodes (call it in
// afterAll) or, at the latest, when the test process exits.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const READY_TIMEOUT_MS = 45_000
const STOP_TIMEOUT_MS = 10_000

const running = new Set<ChildProcess>()
process.once('exit', killAllNodes)

export type Exit = { code: number | null; signal: NodeJS.Signals | null }

export type NodeProcess = {
  url: string
  port: number
  pid: number
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string
  stdout(): string
  stderr(): string
  exited: Promise<Exit>
  /** SIGKILL, as a crash or the OOM killer would: no handler runs, nothing is flushed. */
  kill(): Promise<Exit>
  /** SIGTERM, the node's graceful shutdown; SIGKILL if it is not gone within 10 s. */
  stop(): Promise<Exit>
}

export type NodeOptions = {
  dataDir: string
  /** Reuse a port across restarts so the node keeps its public URL; a free one by default. */
  port?: number
  /** GXC_* settings added to (or replacing) the test defaults: no seed, silent, no rate limit. */
  env?: Record<string, string>
  /** How long a start may take; a seeded start signs Bleu's catalogue first. */
  readyTimeoutMs?: number
}

/** A free TCP port on 127.0.0.1 (free when asked: the node binds it a moment later). */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Starts the node and resolves once `GET /healthz` answers 200. */
export async function startNode(options: NodeOptions): Promise<NodeProcess> {
  const node = await spawnNode(options)
  const timeout = options.readyTimeoutMs ?? READY_TIMEOUT_MS
  const deadline = Date.now() + timeout
  let exit: Exit | undefined
  void node.exited.then((e) => (exit = e))
  for (;;) {
    if (exit) {
      throw new Error(
        `the node exited (${JSON.stringify(exit)}) before it was ready:\n${node.output()}`,
      )
    }
    if (Date.now() > deadline) {
      await node.kill()
      throw new Error(`the node was not ready in ${timeout} ms:\n${node.output()}`)
    }
    const ok = await fetch(`${node.url}/healthz`).then(
      (res) => res.status === 200,
      () => false,
    )
    if (ok) return node
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Runs the node until it exits on its own (a refused start), killing it after `timeoutMs`. */
export async function runNodeToExit(
  options: NodeOptions,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<Exit & { stdout: string; stderr: string }> {
  const node = await spawnNode(options)
  const timer = setTimeout(() => void node.kill(), timeoutMs)
  const exit = await node.exited
  clearTimeout(timer)
  return { ...exit, stdout: node.stdout(), stderr: node.stderr() }
}

/** SIGKILLs every node this process started, each with its process group. */
export function killAllNodes(): void {
  for (const child of running) killGroup(child, 'SIGKILL')
}

async function spawnNode(options: NodeOptions): Promise<NodeProcess> {
  const port = options.port ?? (await freePort())
  // only what the runtime needs from the parent: a GXC_* variable of the test run must not leak in
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TMPDIR: process.env.TMPDIR ?? '/tmp',
    GXC_HOST: '127.0.0.1',
    GXC_PORT: String(port),
    GXC_DATA_DIR: options.dataDir,
    GXC_SEED: 'false',
    GXC_LOG_LEVEL: 'silent',
    GXC_RATE_LIMIT: 'off',
    ...options.env,
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/entry/node.ts'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  const out: Buffer[] = []
  const err: Buffer[] = []
  const all: Buffer[] = []
  child.stdout!.on('data', (chunk: Buffer) => (out.push(chunk), all.push(chunk)))
  child.stderr!.on('data', (chunk: Buffer) => (err.push(chunk), all.push(chunk)))
  // 'close' comes after the pipes are drained, so the output is whole once this resolves
  const exited = new Promise<Exit>((resolve) =>
    child.once('close', (code, signal) => {
      running.delete(child)
      resolve({ code, signal })
    }),
  )
  const kill = (signal: NodeJS.Signals) => {
    killGroup(child, signal)
    return exited
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    output: () => Buffer.concat(all).toString('utf8'),
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => Buffer.concat(err).toString('utf8'),
    exited,
    kill: () => kill('SIGKILL'),
    stop: async () => {
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_TIMEOUT_MS)
      const exit = await kill('SIGTERM')
      clearTimeout(timer)
      return exit
    },
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}
