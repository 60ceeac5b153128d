// gxc onboard, submit, revoke, status and admin against a node that requires approval, reached
// in-process (its app.request): the challenge flow done for the partner, the operator's steps.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starter } from '../../src/cli/starters.js'
import { REVOCATION_TYPE, statesRevocation } from '../../src/credentials/presentation.js'
import { jwtPayload } from '../../src/credentials/jwt/vc-jwt-decode.js'
import { fetchOf, gxc, scratch, type GxcOptions } from '../helpers/cli.js'
import { freePort } from '../helpers/node-process.js'
import { ADMIN_TOKEN } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

type Json = Record<string, any>
const NODE = 'https://catalogue.bleu.fr'
const TERMS = { termsUrl: 'https://example.eu/terms.pdf', termsHash: 'cd'.repeat(32) }

let node: Awaited<ReturnType<typeof createTestNode>>
let dir: string
let remove: () => void
let key: string
let did: string
let options: GxcOptions
const at = (name: string) => join(dir, name)
const write = (name: string, value: unknown) => writeFileSync(at(name), JSON.stringify(value))

beforeAll(async () => {
  // the node's clock is now: gxc dates what it signs now
  node = await createTestNode({
    env: { GXC_PUBLIC_URL: NODE, GXC_ADMIN_TOKEN: ADMIN_TOKEN },
    now: new Date(),
  })
  options = { fetch: fetchOf(node), env: { GXC_ADMIN_TOKEN: ADMIN_TOKEN } }
  ;({ dir, remove } = scratch())
  key = at('key.json')
  did = (await gxc(['keys', 'new', '--out', key])).stdout.trim()
  write(
    'participant.json',
    starter('participant', { did, name: 'Exemple SAS', vatId: 'FR44732829320', country: 'FR' }),
  )
})
afterAll(() => {
  node.close()
  remove()
})

const run = (args: string[], extra: GxcOptions = {}) =>
  gxc([...args, '--node', NODE], { ...options, ...extra, env: { ...options.env, ...extra.env } })

describe('a partner on a node that requires approval', () => {
  it('onboards (signing the starter as it presents it) and is told the operator must approve', async () => {
    const onboard = await run(['onboard', at('participant.json'), '--key', key])
    expect(onboard.code).toBe(0)
    expect(onboard.stdout).toContain(`onboarded ${did}: pending`)
    expect(onboard.stderr).toContain(`gxc admin approve ${did}`)
  })

  it('is refused while pending, with the node’s words, exit 1', async () => {
    write('early.json', starter('offering', { did, name: 'Trop tôt', description: 'x', ...TERMS }))
    const early = await run(['submit', at('early.json'), '--key', key])
    expect(early.code).toBe(1)
    expect(early.stderr).toMatch(/is pending: the operator of this node must approve it/)
    // and what unblocks it, in gxc's words
    expect(early.stderr).toContain(`gxc admin approve ${did}`)
    expect((await run(['status', '--key', key])).stdout).toContain('status pending')
  })

  it('is refused with the node’s findings, each pointing into the file it came from (exit 1)', async () => {
    const other = at('newcomer-key.json')
    const newcomer = (await gxc(['keys', 'new', '--out', other])).stdout.trim()
    // a VAT number whose check digits are wrong
    write(
      'wrong-vat.json',
      starter('participant', {
        did: newcomer,
        name: 'Erreur SAS',
        vatId: 'FR00732829320',
        country: 'FR',
      }),
    )
    const refused = await run(['onboard', at('wrong-vat.json'), '--key', other, '--json'])
    expect(refused.code).toBe(1)
    const { error, findings } = JSON.parse(refused.stdout)
    expect(error.code).toBe('credential-rejected')
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: at('wrong-vat.json'),
        path: expect.stringMatching(/^\/verifiableCredential\/1\/credentialSubject/),
      }),
    )
    const status = await run(['status', '--key', other])
    expect(status.code).toBe(1)
    expect(status.stderr).toContain(`${newcomer} has not onboarded on ${NODE}: gxc onboard`)
  })

  it('refuses a draft with placeholders before sending anything, and a key file that is not a key (exit 2)', async () => {
    write('draft.json', starter('participant', { did }))
    const draft = await run(['onboard', at('draft.json'), '--key', key])
    expect(draft.code).toBe(1)
    expect(draft.stdout).toContain('placeholder-unfilled')
    writeFileSync(at('broken-key.json'), JSON.stringify({ secretKeyMultibase: 'zNotAKey' }))
    for (const command of [
      ['onboard', at('participant.json')],
      ['submit', at('draft.json')],
    ]) {
      const broken = await run([...command, '--key', at('broken-key.json')])
      expect(broken.code, command[0]).toBe(2)
      expect(broken.stderr).toMatch(/the key file .* is unusable/)
    }
  })

  it('is approved by the operator with the admin token; a wrong token is refused (exit 1)', async () => {
    const wrong = await run(['admin', 'approve', did], { env: { GXC_ADMIN_TOKEN: 'x'.repeat(40) } })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('(401)')
    // which token was sent, never what it is
    expect(wrong.stderr).toContain('the token of GXC_ADMIN_TOKEN is not this node’s')
    expect(wrong.stderr).not.toContain('x'.repeat(40))
    const approve = await run(['admin', 'approve', did, '--json'])
    expect(approve.code).toBe(0)
    expect(JSON.parse(approve.stdout).participant).toMatchObject({ did, status: 'active' })
  })

  it('submits a folder in batches, lists every refused entry with its findings, and a rerun skips what is stored', async () => {
    mkdirSync(at('bulk'))
    for (let i = 0; i < 12; i++) {
      const offering = starter('offering', {
        did,
        name: `Offre ${i}`,
        description: `Offre numéro ${i}`,
        ...TERMS,
      })
      if (i === 7)
        (offering.credentialSubject as Json)['gx:serviceOfferingTermsAndConditions']['gx:hash'] =
          'not-a-hash'
      write(`bulk/offering-${String(i).padStart(2, '0')}.json`, offering)
    }
    writeFileSync(at('bulk/broken.json'), '{ not json')
    const first = await run(['submit', at('bulk'), '--key', key, '--batch', '5', '--json'])
    expect(first.code).toBe(1)
    const summary = JSON.parse(first.stdout)
    expect(summary).toMatchObject({ total: 13, accepted: 11, alreadyStored: 0, refused: 2 })
    const refused = Object.fromEntries(
      summary.refusedEntries.map((r: Json) => [r.file, r.findings]),
    )
    expect(refused[at('bulk/offering-07.json')][0]).toMatchObject({
      code: 'terms-hash-invalid',
      path: '/credentialSubject/gx:serviceOfferingTermsAndConditions/gx:hash',
    })
    expect(refused[at('bulk/broken.json')][0].code).toBe('file-unreadable')

    const again = await run(['submit', at('bulk'), '--key', key, '--json'])
    expect(JSON.parse(again.stdout)).toMatchObject({ accepted: 0, alreadyStored: 11, refused: 2 })
    const search = await node.app.request('/api/v1/offerings?q=numéro&limit=100')
    expect(((await search.json()) as Json).total).toBe(11)
  })

  it('signs unsigned credentials as VC-JWTs with --format jwt, and a rerun finds them by hash', async () => {
    mkdirSync(at('jwt'))
    for (let i = 0; i < 3; i++) {
      write(
        `jwt/o${i}.json`,
        starter('offering', { did, name: `Jeton ${i}`, description: 'x', ...TERMS }),
      )
    }
    const first = await run(['submit', at('jwt'), '--key', key, '--format', 'jwt', '--json'])
    expect(JSON.parse(first.stdout)).toMatchObject({ accepted: 3, refused: 0 })
    const again = await run(['submit', at('jwt'), '--key', key, '--format', 'jwt', '--json'])
    expect(JSON.parse(again.stdout)).toMatchObject({ accepted: 0, alreadyStored: 3 })
    const res = await node.app.request(
      `/api/v1/offerings/${encodeURIComponent(`${did}#offering-jeton-0`)}`,
    )
    expect(((await res.json()) as Json).verification.proofType).toMatch(/jwt/)
  })

  it('shows progress with its rate on a terminal only', async () => {
    write('one.json', starter('offering', { did, name: 'Une offre', description: 'Une', ...TERMS }))
    const tty = await run(['submit', at('one.json'), '--key', key], { tty: true })
    expect(tty.code).toBe(0)
    expect(tty.stderr).toMatch(/submitting .* 1\/1 100% [\d.]+\/s/)
    expect(tty.stdout).toContain('\u001b[32m')
    const pipe = await run(['submit', at('one.json'), '--key', key])
    expect(pipe.stderr).toBe('')
    expect(pipe.stdout).not.toContain('\u001b[')
    const noColor = await run(['submit', at('one.json'), '--key', key], {
      tty: true,
      env: { NO_COLOR: '1' },
    })
    expect(noColor.stdout).not.toContain('\u001b[3')
  })

  it('submits what it reads on stdin (`-`), as the quick start pipes gxc new into it', async () => {
    const offering = starter('offering', { did, name: 'Par tube', description: 'x', ...TERMS })
    const piped = await run(['submit', '-', '--key', key, '--json'], {
      stdin: JSON.stringify(offering),
    })
    expect(piped.code, piped.stderr).toBe(0)
    expect(JSON.parse(piped.stdout)).toMatchObject({ total: 1, accepted: 1 })
  })

  it('revokes its offering with a presentation of the offering’s current credential, typed as a revocation', async () => {
    const id = `${did}#offering-une-offre`
    const revoke = await run(['revoke', id, '--key', key, '--json'])
    expect(revoke.code).toBe(0)
    // typed REVOCATION_TYPE: no `revocation-local-only` warning, and the feed carries the act
    expect(JSON.parse(revoke.stdout)).toEqual({ id, status: 'revoked' })
    const res = await node.app.request(`/api/v1/offerings/${encodeURIComponent(id)}`)
    expect(((await res.json()) as Json).offering.status).toBe('revoked')
    const feed = await node.app.request('/api/v1/federation/events?limit=100')
    const event = ((await feed.json()) as Json).events.find(
      (e: Json) => e.kind === 'revoke' && e.subjectId === id,
    )
    const jwt = String(event.revocation.id).replace(/^data:application\/vp\+jwt,/, '')
    expect(statesRevocation(jwt)).toBe(true)
    expect(jwtPayload(jwt)?.type).toContain(REVOCATION_TYPE)

    const again = await run(['revoke', id, '--key', key])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('was revoked already')
    const unknown = await run(['revoke', `${did}#offering-nothing`, '--key', key])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain(`holds no offering ${did}#offering-nothing`)
  })

  it('cannot revoke another partner’s offering (exit 1)', async () => {
    const other = at('other.json')
    await gxc(['keys', 'new', '--out', other])
    const run1 = await run(['revoke', `${did}#offering-offre-1`, '--key', other])
    expect(run1.code).toBe(1)
    expect(run1.stderr).toMatch(/\((401|403)\)/)
  })

  it('is suspended by the operator, and then refused', async () => {
    expect((await run(['admin', 'suspend', did])).code).toBe(0)
    const refused = await run(['submit', at('one.json'), '--key', key])
    // the credential is stored already: nothing is sent, so nothing is refused
    expect(refused.code).toBe(0)
    write('late.json', starter('offering', { did, name: 'Trop tard', description: 'x', ...TERMS }))
    const late = await run(['submit', at('late.json'), '--key', key])
    expect(late.code).toBe(1)
    expect(late.stderr).toMatch(/is suspended on this node/)
    expect((await run(['admin', 'approve', did])).code).toBe(0)
  })
})

describe('the operator', () => {
  it('reindexes', async () => {
    const reindex = await run(['admin', 'reindex', '--json'])
    expect(reindex.code).toBe(0)
    expect(JSON.parse(reindex.stdout)).toBeTypeOf('object')
  })

  it('adds, lists, syncs and removes a peer', async () => {
    const peer = await createTestNode({ env: { GXC_PUBLIC_URL: 'https://peer.example.eu' } })
    const follower = await createTestNode({
      env: { GXC_PUBLIC_URL: 'https://follower.example.eu', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
      fetchPeer: fetchOf(peer),
    })
    try {
      const at = { ...options, fetch: fetchOf(follower) }
      const base = ['--node', 'https://follower.example.eu']
      const add = await gxc(
        ['admin', 'peers', 'add', 'https://peer.example.eu', ...base, '--json'],
        at,
      )
      expect(add.code).toBe(0)
      const { id, did: peerDid } = JSON.parse(add.stdout).peer
      expect(peerDid).toBe('did:web:peer.example.eu')
      const list = await gxc(['admin', 'peers', 'list', ...base], at)
      expect(list.stdout).toContain('https://peer.example.eu')
      const sync = await gxc(['admin', 'peers', 'sync', id, ...base, '--json'], at)
      expect(sync.code).toBe(0)
      expect(JSON.parse(sync.stdout)).toMatchObject({ rejected: 0, error: null })
      expect((await gxc(['admin', 'peers', 'remove', id, ...base], at)).code).toBe(0)
      const gone = await gxc(['admin', 'peers', 'remove', id, ...base], at)
      expect(gone.code).toBe(1)
    } finally {
      peer.close()
      follower.close()
    }
  })

  it('needs a token: none at all is a usage error (exit 2) that says where to find one', async () => {
    const none = await gxc(['admin', 'reindex', '--node', NODE, '--data-dir', at('no-data')], {
      fetch: options.fetch,
    })
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/no admin token: set GXC_ADMIN_TOKEN, give --token-file/)
  })
})

describe('a node that asks to slow down', () => {
  it('is waited out as its Retry-After says, said once, and the submission goes through', async () => {
    const paced = await createTestNode({
      env: {
        GXC_PUBLIC_URL: 'https://paced.example.eu',
        GXC_ONBOARDING: 'open',
        GXC_RATE_LIMIT: 'participant=1/1s',
      },
      now: new Date(),
    })
    try {
      const there = {
        fetch: fetchOf(paced),
        sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
      }
      const node = ['--node', 'https://paced.example.eu']
      expect(
        (await gxc(['onboard', at('participant.json'), '--key', key, ...node], there)).code,
      ).toBe(0)
      mkdirSync(at('paced'))
      for (let i = 0; i < 3; i++) {
        write(
          `paced/o${i}.json`,
          starter('offering', { did, name: `Lente ${i}`, description: 'x', ...TERMS }),
        )
      }
      const run = await gxc(
        ['submit', at('paced'), '--key', key, '--batch', '1', ...node, '--json'],
        there,
      )
      expect(run.code, run.stderr).toBe(0)
      expect(JSON.parse(run.stdout)).toMatchObject({ accepted: 3, refused: 0 })
      expect(run.stderr.match(/the node asks to slow down/g)).toHaveLength(1)
    } finally {
      paced.close()
    }
  })
})

describe('a node that cannot be reached', () => {
  it('is exit 2 with one line, whatever the command', async () => {
    const down = `http://127.0.0.1:${await freePort()}`
    for (const args of [
      ['onboard', at('participant.json'), '--key', key, '--node', down],
      ['submit', at('one.json'), '--key', key, '--node', down],
      ['status', '--key', key, '--node', down],
      ['revoke', `${did}#offering-offre-1`, '--key', key, '--node', down],
      ['admin', 'approve', did, '--node', down],
      ['export', at('down.snapshot.json'), '--node', down],
    ]) {
      const result = await gxc(args, { env: { GXC_ADMIN_TOKEN: ADMIN_TOKEN } })
      expect(result.code, args[0]).toBe(2)
      expect(result.stderr).toMatch(/cannot be reached \(ECONNREFUSED\): is it running\?/)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    }
  })
})
