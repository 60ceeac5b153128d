// gxc as the tests run it: in-process through runCli (its output captured, its node reached
// through a test node's app.request), or as the real bin in a child process, for exit codes and
// what a terminal shows.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/runtime.js'
import { nodeRuntime } from '../../src/entry/cli.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BIN = join(ROOT, 'bin', 'gxc.mjs')

export type GxcRun = { code: number; stdout: string; stderr: string }

export type GxcOptions = {
  /** Where gxc's HTTP requests go: a test node's `app.request`, say. */
  fetch?: typeof fetch
  env?: Record<string, string>
  stdin?: string
  /** Pretend stdout and stderr are a terminal (colours, progress bars). */
  tty?: boolean
  /** How gxc waits out a 429; instant unless a test needs the node's budget to refill. */
  sleep?: (ms: number) => Promise<void>
}

/** Runs gxc in this process with `args`; nothing reaches the real stdout or stderr. */
export async function gxc(args: string[], options: GxcOptions = {}): Promise<GxcRun> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty, columns: 100 },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty, columns: 100 },
    stdin: (async function* () {
      if (options.stdin !== undefined) yield options.stdin
    })(),
    // English unless a test asks otherwise, whatever the machine's locale
    env: { LANG: 'C', ...options.env },
  }
  const code = await runCli(['node', 'gxc', ...args], {
    io,
    runtime: nodeRuntime,
    fetch: options.fetch,
    sleep: options.sleep ?? (async () => {}),
  })
  return { code, stdout, stderr }
}

/** A fetch that reaches an in-process node (createTestNode) at its public URL, no socket. */
export function fetchOf(node: { app: { request: (input: any, init?: any) => any } }): typeof fetch {
  return (async (input: any, init?: any) => node.app.request(input, init)) as typeof fetch
}

/** The only environment a child gxc gets: no GXC_* of the test run, English. */
function childEnv(env: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TMPDIR: process.env.TMPDIR ?? '/tmp',
    LANG: 'C',
    ...env,
  }
}

/** Starts the real bin in a child process; `done` resolves with its exit code and output. */
export function spawnGxc(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; stdin?: string } = {},
): { child: ChildProcess; done: Promise<GxcRun>; stdout: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdin!.end(options.stdin ?? '')
  const done = new Promise<GxcRun>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : -1), stdout, stderr }),
    )
  })
  return { child, done, stdout: () => stdout }
}

/** Runs the real bin to its end. */
export function runGxc(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; stdin?: string } = {},
): Promise<GxcRun> {
  return spawnGxc(args, options).done
}

/** What a stack trace looks like in Node's output: `at fn (file:line:col)`. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m

/** A scratch folder removed by the returned function. */
export function scratch(prefix = 'gxc-cli-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
