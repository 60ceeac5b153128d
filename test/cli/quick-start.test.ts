// The README's "Partner quick start" block as it stands, run by bash against the real node in a
// child process that requires approval and was started without GXC_ADMIN_TOKEN, as `npm start`
// does: the newcomer's five commands, the operator's token found in ./data, the offering found.
// (.ci/run runs the same block against `npm start` itself on the default port.)
import { spawn } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, scratch } from '../helpers/cli.js'
import { killAllNodes, startNode, type NodeProcess } from '../helpers/node-process.js'

const README = join(import.meta.dirname, '../../README.md')

let dir: string
let remove: () => void
let node: NodeProcess

beforeAll(async () => {
  ;({ dir, remove } = scratch('gxc-quick-start-'))
  // the node's data folder is ./data of the folder the partner types in, as in the repository
  node = await startNode({ dataDir: join(dir, 'data'), env: { GXC_ONBOARDING: 'approval' } })
}, 60_000)
afterAll(() => {
  killAllNodes()
  remove()
})

/** The first sh block under "## Partner quick start", as .ci/run extracts it. */
function quickStart(): string {
  const text = readFileSync(README, 'utf8')
  const section = text.slice(text.indexOf('## Partner quick start'))
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1]
  if (!block) throw new Error('no sh block under "## Partner quick start" in README.md')
  return block
}

function bash(script: string, env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        TMPDIR: process.env.TMPDIR ?? '/tmp',
        LANG: 'C',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, out }))
  })
}

describe('the README’s partner quick start', () => {
  it('takes a newcomer from nothing to an accepted offering that search finds', async () => {
    const block = quickStart()
    expect(block.match(/# \d\./g)).toEqual(['# 1.', '# 2.', '# 3.', '# 4.', '# 5.'])
    // `npx gxc` is this checkout's bin, the node is the one started above (GXC_NODE), and the
    // search of step 5 asks it too: nothing else of the block changes
    const prelude = [
      `npx() { [ "$1" = gxc ] || exit 97; shift; node ${JSON.stringify(BIN)} "$@"; }`,
      'curl() { command curl -fsS "${1/http:\\/\\/127.0.0.1:8787/$GXC_NODE}"; }',
    ].join('\n')
    const run = await bash(`${prelude}\n${block}`, { GXC_NODE: node.url })
    expect(run.code, run.out).toBe(0)
    const did = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')).did as string
    expect(statSync(join(dir, 'key.json')).mode & 0o777).toBe(0o600)
    expect(run.out).toContain(`onboarded ${did}: pending`)
    expect(run.out).toContain(`is now active`)
    expect(run.out).toMatch(/1 credential: 1 accepted/)
    const found = JSON.parse(run.out.slice(run.out.indexOf('{"items"')).split('\n')[0]!)
    expect(found.items).toEqual([
      expect.objectContaining({ name: 'Analytique souveraine', provider: expect.anything() }),
    ])
    expect(found.items[0].provider.did).toBe(did)
    // never a secret on the terminal: neither the key nor the operator's token
    const secret = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')).secretKeyMultibase
    const token = readFileSync(join(dir, 'data', 'admin-token'), 'utf8').trim()
    expect(run.out).not.toContain(secret)
    expect(run.out).not.toContain(token)
    expect(node.output()).not.toContain(token)
  }, 180_000)
})
