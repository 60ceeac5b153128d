// The real bin in a child process: what a terminal shows and what a script reads, the exit code
// and never a stack trace; and a bulk submission to a real node killed mid-run, then resumed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/index.js'
import { starter } from '../../src/cli/starters.js'
import { fetchOf, gxc, runGxc, scratch, spawnGxc, STACK_TRACE } from '../helpers/cli.js'
import { freePort, killAllNodes, startNode, type NodeProcess } from '../helpers/node-process.js'
import { ADMIN_TOKEN } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

let dir: string
let remove: () => void
const at = (name: string) => join(dir, name)
const fixture = join(import.meta.dirname, '../fixtures/credentials/invalid/terms-hash-invalid.json')

beforeAll(() => {
  ;({ dir, remove } = scratch())
})
afterAll(() => {
  killAllNodes()
  remove()
})

describe('gxc as a process', () => {
  // child processes side by side: each pays tsx's start-up once, and together only once in time
  it('answers with the documented exit code and output, in one line, never a stack trace', async () => {
    const key = at('key.json')
    expect((await gxc(['keys', 'new', '--out', key])).code).toBe(0)
    const snapshot = await tamperedSnapshot()
    const down = `http://127.0.0.1:${await freePort()}`
    const [help, usage, missing, json, unreachable, tampered] = await Promise.all([
      runGxc(['--help']),
      runGxc(['frobnicate']),
      runGxc(['validate', at('nowhere.json')], { env: { LANG: 'fr_FR.UTF-8' } }),
      runGxc(['validate', fixture, '--json']),
      runGxc(['status', '--key', key, '--node', down]),
      runGxc(['import', snapshot, '--verify']),
    ])
    expect(help.code).toBe(0)
    for (const command of [
      'keys',
      'new',
      'sign',
      'verify',
      'validate',
      'onboard',
      'submit',
      'revoke',
      'status',
      'admin',
      'export',
      'import',
      'backup',
      'restore',
    ]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
    }
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/unknown command 'frobnicate'/)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(
      `gxc: impossible de lire ${at('nowhere.json')} : fichier ou dossier introuvable\n`,
    )
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout).findings).toContainEqual(
      expect.objectContaining({
        code: 'terms-hash-invalid',
        path: '/credentialSubject/gx:serviceOfferingTermsAndConditions/gx:hash',
      }),
    )
    expect(unreachable.code).toBe(2)
    expect(unreachable.stderr).toMatch(/cannot be reached \(ECONNREFUSED\)/)
    expect(tampered.code).toBe(1)
    expect(tampered.stderr).toMatch(/is refused whole/)
    for (const run of [help, usage, missing, json, unreachable, tampered]) {
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE)
    }
  }, 90_000)

  /** A node's snapshot (exported in-process) with its manifest's count changed. */
  async function tamperedSnapshot(): Promise<string> {
    const node = await createTestNode({
      env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
      now: new Date(),
    })
    try {
      const file = at('empty.snapshot.json')
      const exported = await gxc(['export', file, '--node', 'https://catalogue.bleu.fr'], {
        fetch: fetchOf(node),
        env: { GXC_ADMIN_TOKEN: ADMIN_TOKEN },
      })
      expect(exported.code).toBe(0)
      writeFileSync(file, readFileSync(file, 'utf8').replace('"events":0', '"events":1'))
      return file
    } finally {
      node.close()
    }
  }

  it('turns a fault of gxc itself into one line and exit 2 (GXC_DEBUG=1 adds the stack)', async () => {
    const broken = {
      openDatabase: () => {
        throw new TypeError('the database driver is missing')
      },
      databaseInUse: () => false,
    }
    const run = async (env: Record<string, string>) => {
      let stderr = ''
      const io = {
        stdout: { write: () => true },
        stderr: { write: (text: string) => (stderr += text) },
        stdin: (async function* () {})(),
        env,
      }
      const code = await runCli(['node', 'gxc', 'validate', fixture], { io, runtime: broken })
      return { code, stderr }
    }
    const plain = await run({})
    expect(plain.code).toBe(2)
    expect(plain.stderr).toBe(
      'gxc: internal error, please report it: TypeError: the database driver is missing (GXC_DEBUG=1 shows where)\n',
    )
    expect((await run({ GXC_DEBUG: '1' })).stderr).toMatch(STACK_TRACE)
  })
})

describe('a bulk submission to a real node', () => {
  let node: NodeProcess
  const COUNT = 300

  beforeAll(async () => {
    node = await startNode({
      dataDir: at('node'),
      env: { GXC_ONBOARDING: 'open', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
    })
  }, 60_000)

  it('survives being killed mid-run: a rerun skips what is stored and sends the rest', async () => {
    const key = at('bulk-key.json')
    const did = (await gxc(['keys', 'new', '--out', key])).stdout.trim()
    const participant = starter('participant', {
      did,
      name: 'Grossiste SAS',
      vatId: 'FR44732829320',
      country: 'FR',
    })
    writeFileSync(at('participant.json'), JSON.stringify(participant))
    expect(
      (await gxc(['onboard', at('participant.json'), '--key', key, '--node', node.url])).code,
    ).toBe(0)
    mkdirSync(at('bulk'))
    for (let i = 0; i < COUNT; i++) {
      const offering = starter('offering', {
        did,
        name: `Offre en masse ${i}`,
        description: `Offre numéro ${i}`,
        termsUrl: 'https://example.eu/terms.pdf',
        termsHash: '12'.repeat(32),
      })
      writeFileSync(
        at(`bulk/offering-${String(i).padStart(4, '0')}.json`),
        JSON.stringify(offering),
      )
    }

    const first = spawnGxc([
      'submit',
      at('bulk'),
      '--key',
      key,
      '--node',
      node.url,
      '--batch',
      '20',
    ])
    // kill it once the node holds some of them, as a crash or a closed laptop would
    for (;;) {
      const res = await fetch(`${node.url}/.well-known/gaia-x-catalogue`)
      const { counts } = (await res.json()) as { counts: { offerings: number } }
      if (counts.offerings >= 60) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    first.child.kill('SIGKILL')
    await first.done

    const again = await gxc(['submit', at('bulk'), '--key', key, '--node', node.url, '--json'])
    expect(again.code, again.stderr).toBe(0)
    const summary = JSON.parse(again.stdout)
    expect(summary.total).toBe(COUNT)
    expect(summary.refused).toBe(0)
    expect(summary.alreadyStored).toBeGreaterThanOrEqual(60)
    expect(summary.accepted + summary.alreadyStored).toBe(COUNT)
    const res = await fetch(`${node.url}/api/v1/offerings?q=masse&limit=1`)
    expect(((await res.json()) as { total: number }).total).toBe(COUNT)
  }, 120_000)

  it('stops after the current batch on Ctrl-C, says how to resume, and exits 130', async () => {
    const key = at('bulk-key.json')
    const did = JSON.parse(readFileSync(key, 'utf8')).did as string
    mkdirSync(at('calm'))
    for (let i = 0; i < 200; i++) {
      const offering = starter('offering', {
        did,
        name: `Offre calme ${i}`,
        description: `Offre calme ${i}`,
        termsUrl: 'https://example.eu/terms.pdf',
        termsHash: '34'.repeat(32),
      })
      writeFileSync(at(`calm/o-${String(i).padStart(4, '0')}.json`), JSON.stringify(offering))
    }
    const held = async () => {
      const res = await fetch(`${node.url}/api/v1/offerings?q=calme&limit=1`)
      return ((await res.json()) as { total: number }).total
    }
    const args = ['submit', at('calm'), '--key', key, '--node', node.url, '--format', 'jwt']
    const first = spawnGxc([...args, '--batch', '10'])
    while ((await held()) < 20) await new Promise((resolve) => setTimeout(resolve, 50))
    first.child.kill('SIGINT')
    const stopped = await first.done
    expect(stopped.code, stopped.stderr).toBe(130)
    expect(stopped.stderr).toMatch(/interrupted: run the same command again to resume/)
    expect(stopped.stdout).toMatch(
      /200 credentials: \d+ accepted, 0 already stored, 0 refused, in .*; \d+ not sent/,
    )
    expect(stopped.stdout + stopped.stderr).not.toMatch(STACK_TRACE)
    const stored = await held()
    expect(stored).toBeLessThan(200)

    const again = await gxc([...args, '--json'])
    expect(again.code, again.stderr).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({
      alreadyStored: stored,
      accepted: 200 - stored,
    })
  }, 120_000)
})
