// The operator's first minutes and its backups, with the real node in a child process: the admin
// token a node creates when started without one, gxc admin finding it in the data folder, and
// gxc backup / restore of the database while the node runs.
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starter } from '../../src/cli/starters.js'
import { openDatabase } from '../../src/entry/node-runtime.js'
import { gxc, scratch } from '../helpers/cli.js'
import {
  killAllNodes,
  runNodeToExit,
  startNode,
  type NodeProcess,
} from '../helpers/node-process.js'

let dir: string
let remove: () => void
let node: NodeProcess
let dataDir: string
const at = (name: string) => join(dir, name)

beforeAll(async () => {
  ;({ dir, remove } = scratch('gxc-operator-'))
  dataDir = at('data')
  node = await startNode({ dataDir, env: { GXC_LOG_LEVEL: 'info' } })
}, 60_000)
afterAll(() => {
  killAllNodes()
  remove()
})

describe('a node started without GXC_ADMIN_TOKEN', () => {
  it('creates a random token in its data folder, readable by its owner only, and logs where, never what', () => {
    const file = join(dataDir, 'admin-token')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const token = readFileSync(file, 'utf8').trim()
    expect(token).toMatch(/^[0-9a-f]{64}$/)
    const line = node
      .output()
      .split('\n')
      .find((l) => l.includes('operator admin token'))
    expect(JSON.parse(line!)).toMatchObject({ message: 'created the operator admin token', file })
    expect(node.output()).not.toContain(token)
  })

  it('lets gxc admin act with the token it finds in --data-dir', async () => {
    const key = at('key.json')
    const did = (await gxc(['keys', 'new', '--out', key])).stdout.trim()
    writeFileSync(
      at('participant.json'),
      JSON.stringify(
        starter('participant', { did, name: 'Exemple SAS', vatId: 'FR44732829320', country: 'FR' }),
      ),
    )
    const onboard = await gxc(['onboard', at('participant.json'), '--key', key, '--node', node.url])
    expect(onboard.stderr).toContain('must approve it')
    const approve = await gxc(['admin', 'approve', did, '--node', node.url, '--data-dir', dataDir])
    expect(approve.code, approve.stderr).toBe(0)
    const wrong = await gxc(['admin', 'approve', did, '--node', node.url], {
      env: { GXC_ADMIN_TOKEN: 'z'.repeat(64) },
    })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('(401)')
  })

  // anyone may onboard under any name, and the operator reads it in a terminal
  it('shows the operator a partner’s name as text, never as commands to the terminal', async () => {
    const key = at('escape-key.json')
    const did = (await gxc(['keys', 'new', '--out', key])).stdout.trim()
    const name =
      'Exemple\u001b]0;owned\u0007\u001b[2J\u001b]52;c;ZWNobyBvd25lZA==\u0007\u202e\u200f SAS'
    writeFileSync(
      at('escape.json'),
      JSON.stringify(starter('participant', { did, name, vatId: 'FR44732829320', country: 'FR' })),
    )
    const onboard = await gxc(['onboard', at('escape.json'), '--key', key, '--node', node.url])
    expect(onboard.stderr).toContain('must approve it')
    for (const run of [
      await gxc(['admin', 'approve', did, '--node', node.url, '--data-dir', dataDir], {
        tty: true,
      }),
      await gxc(['status', '--key', key, '--node', node.url], { tty: true }),
    ]) {
      expect(run.code, run.stderr).toBe(0)
      const shown = run.stdout + run.stderr
      // gxc's own colours, and nothing else the terminal would act on
      expect(shown.replace(/\u001b\[(?:1|2|22|31|32|33|39)m/g, '')).not.toMatch(
        /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200f\u202a-\u202e]/,
      )
      expect(shown).toContain(
        'Exemple\\u001b]0;owned\\u0007\\u001b[2J\\u001b]52;c;ZWNobyBvd25lZA==\\u0007\\u202e\\u200f SAS',
      )
    }
  })
})

describe('gxc backup and restore', () => {
  it('copies the database while the node runs, and the copy passes integrity_check', async () => {
    const backup = await gxc(['backup', at('catalogue.backup.db'), '--data-dir', dataDir, '--json'])
    expect(backup.code, backup.stderr).toBe(0)
    expect(JSON.parse(backup.stdout).bytes).toBeGreaterThan(4096)
    const again = await gxc(['backup', at('catalogue.backup.db'), '--data-dir', dataDir])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/exists: use --force/)
    expect((await gxc(['backup', at('x.db'), '--data-dir', at('nowhere')])).code).toBe(2)
  })

  it('never restores over the database of a running node, nor over any without --force', async () => {
    const running = await gxc([
      'restore',
      at('catalogue.backup.db'),
      '--data-dir',
      dataDir,
      '--force',
    ])
    expect(running.code).toBe(1)
    expect(running.stderr).toMatch(/is open in a running node: stop it, then restore/)
    const noForce = await gxc(['restore', at('catalogue.backup.db'), '--data-dir', dataDir])
    expect(noForce.code).toBe(1)
    expect(noForce.stderr).toMatch(/--force replaces it/)
  })

  it('refuses a backup that is not a sound catalogue database (exit 1), changing nothing', async () => {
    writeFileSync(at('garbage.db'), 'SQLite format 3\u0000' + 'x'.repeat(5000))
    const run = await gxc(['restore', at('garbage.db'), '--data-dir', at('restored-garbage')])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/is not a sound backup/)
    expect((await gxc(['restore', at('none.db'), '--data-dir', at('restored-none')])).code).toBe(2)
  })

  it('restores into a stopped node’s folder, which then serves what was backed up', async () => {
    const target = at('restored')
    mkdirSync(target)
    const run = await gxc(['restore', at('catalogue.backup.db'), '--data-dir', target])
    expect(run.code, run.stderr).toBe(0)
    const [restored, original] = [
      openDatabase(join(target, 'catalogue.db')),
      openDatabase(join(dataDir, 'catalogue.db'), { readonly: true }),
    ]
    try {
      expect(await restored.store.counts()).toEqual(await original.store.counts())
      expect(restored.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      restored.close()
      original.close()
    }
  })

  it('reuses the token file on restart, and refuses one that others may read', async () => {
    const token = readFileSync(join(dataDir, 'admin-token'), 'utf8')
    await node.stop()
    node = await startNode({ dataDir, env: { GXC_LOG_LEVEL: 'info' } })
    expect(node.output()).toContain('using the operator admin token')
    expect(readFileSync(join(dataDir, 'admin-token'), 'utf8')).toBe(token)
    await node.stop()
    chmodSync(join(dataDir, 'admin-token'), 0o644)
    const refused = await runNodeToExit({ dataDir })
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
    expect(refused.stderr).toMatch(
      /admin-token holds an admin token but is open to group or others \(mode 0644\): run chmod 600/,
    )
  }, 90_000)
})
