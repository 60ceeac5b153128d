// gxc keys, new, sign, verify and validate: what a partner does before talking to any node.
import { createHash } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GAIA_X_TERMS_HASH } from '../../src/cli/starters.js'
import { loireShapes } from '../../schemas/shapes/loire-2511.js'
import { gxc, scratch } from '../helpers/cli.js'
import { createTestNode } from '../helpers/test-node.js'

type Json = Record<string, any>

let dir: string
let remove: () => void
let key: string
let did: string
beforeAll(async () => {
  ;({ dir, remove } = scratch())
  key = join(dir, 'key.json')
  const run = await gxc(['keys', 'new', '--out', key])
  expect(run.code).toBe(0)
  did = run.stdout.trim()
})
afterAll(() => remove())

const at = (name: string) => join(dir, name)
const read = (name: string): Json => JSON.parse(readFileSync(at(name), 'utf8'))
const write = (name: string, value: unknown) =>
  writeFileSync(at(name), typeof value === 'string' ? value : JSON.stringify(value, null, 2))

/** Every `<your …>` placeholder replaced by what a partner would write there. */
function fill(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.includes('<your DID')) return value.replace(/<your DID[^>]*>/, did)
    if (value.includes('<your legal name>')) return 'Exemple SAS'
    if (value.includes('<your country')) return 'FR'
    if (value.includes('<your VAT number')) return 'FR44732829320'
    if (value.includes('<your offering name>')) return 'Analytique souveraine'
    if (value.includes('<your offering description')) return 'Tableaux de bord hébergés en France.'
    if (value.includes('<your terms and conditions URL>')) return 'https://example.eu/terms.pdf'
    if (value.includes('<your terms and conditions SHA-256')) return 'ab'.repeat(32)
    if (value.includes('<your datacenter name>')) return 'Lyon 1'
    return value
  }
  if (Array.isArray(value)) return value.map(fill)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]))
  }
  return value
}

describe('gxc keys', () => {
  it('writes an Ed25519 did:key in a file only its owner may read, and prints the DID', async () => {
    expect(did).toMatch(/^did:key:z6Mk/)
    expect(statSync(key).mode & 0o777).toBe(0o600)
    const stored = read('key.json')
    expect(stored).toMatchObject({
      type: 'Multikey',
      did,
      verificationMethod: `${did}#${did.slice(8)}`,
    })
    expect((await gxc(['keys', 'show', key])).stdout.trim()).toBe(did)
  })

  it('writes a did:web key and the DID document to publish with --did-web', async () => {
    const run = await gxc([
      'keys',
      'new',
      '--did-web',
      'https://provider.example.eu',
      '--out',
      at('web-key.json'),
      '--json',
    ])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.did).toBe('did:web:provider.example.eu')
    const document = read('did.json')
    expect(document.id).toBe('did:web:provider.example.eu')
    expect(document.assertionMethod).toEqual(['did:web:provider.example.eu#key-1'])
    expect(JSON.stringify(document)).not.toContain('secretKey')
    expect(run.stderr).toContain('https://provider.example.eu/.well-known/did.json')
  })

  it('never overwrites a key without --force (exit 1), and refuses a file that is not a key (exit 2)', async () => {
    const again = await gxc(['keys', 'new', '--out', key])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/exists: a key is never overwritten without --force/)
    write('not-a-key.json', { hello: 'world' })
    const bad = await gxc(['keys', 'show', at('not-a-key.json')])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/is unusable: it holds no secretKeyMultibase/)
    const notUrl = await gxc(['keys', 'new', '--did-web', 'ftp://x', '--out', at('ftp.json')])
    expect(notUrl.code).toBe(2)
  })

  it('never prints the secret key, whatever the output', async () => {
    const secret = read('key.json').secretKeyMultibase as string
    for (const args of [
      ['keys', 'show', key],
      ['keys', 'show', key, '--json'],
      ['keys', 'new', '--out', at('k2.json'), '--json'],
    ]) {
      const run = await gxc(args)
      expect(run.code).toBe(0)
      // a secret multikey starts z3u2 or zrv; a public one (z6Mk…) may hold either further in
      expect(run.stdout + run.stderr).not.toMatch(/secretKey|\bz3u2|\bzrv/)
      expect(run.stdout + run.stderr).not.toContain(secret)
    }
  })
})

describe('gxc new and gxc validate', () => {
  it('states the Gaia-X terms hash that gx:IssuerShape accepts', () => {
    expect(loireShapes).toContain(`"${GAIA_X_TERMS_HASH}"`)
  })

  for (const kind of ['participant', 'offering', 'resource'] as const) {
    it(`writes ${kind === 'offering' ? 'an' : 'a'} ${kind} starter whose placeholders are findings, and that validates once they are filled`, async () => {
      const made = await gxc(['new', kind, '--key', key, '--out', at(`${kind}.json`)])
      expect(made.code).toBe(0)
      expect(made.stderr).toMatch(/placeholders <your …> to fill/)
      const draft = await gxc(['validate', at(`${kind}.json`), ...context(kind)])
      expect(draft.code).toBe(1)
      expect(draft.stdout).toContain('placeholder-unfilled')
      write(`${kind}.filled.json`, fill(read(`${kind}.json`)))
      const filled = await gxc(['validate', at(`${kind}.filled.json`), ...context(kind), '--json'])
      expect(JSON.parse(filled.stdout).findings).toEqual([])
      expect(filled.code).toBe(0)
    })
  }

  // an offering's provider and a datacenter's maintainer are the participant: validated together
  function context(kind: string): string[] {
    return kind === 'participant' ? [] : [at('participant.filled.json')]
  }

  it('fills the placeholders from the options, a participant with the Gaia-X terms it agrees to', async () => {
    const run = await gxc([
      'new',
      'participant',
      '--key',
      key,
      '--name',
      'Exemple SAS',
      '--vat-id',
      'FR44732829320',
      '--country',
      'FR',
    ])
    expect(run.code).toBe(0)
    const bundle = JSON.parse(run.stdout)
    const subjects = bundle.verifiableCredential.map((c: Json) => c.credentialSubject)
    expect(subjects.map((s: Json) => s.type)).toEqual(['gx:LegalPerson', 'gx:VatID', 'gx:Issuer'])
    expect(subjects[2]['gx:gaiaxTermsAndConditions']).toBe(GAIA_X_TERMS_HASH)
    expect(JSON.stringify(bundle)).not.toMatch(/<your /)
  })

  it('takes the terms hash from --terms-file, and refuses one that is not a SHA-256 (exit 2)', async () => {
    write('cgv.txt', 'Conditions générales\n')
    const run = await gxc(['new', 'offering', '--key', key, '--terms-file', at('cgv.txt')])
    expect(run.code).toBe(0)
    const terms = JSON.parse(run.stdout).credentialSubject['gx:serviceOfferingTermsAndConditions']
    expect(terms['gx:hash']).toBe(
      createHash('sha256').update('Conditions générales\n').digest('hex'),
    )
    const bad = await gxc(['new', 'offering', '--terms-hash', 'abc'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--terms-hash abc is not a SHA-256')
    expect((await gxc(['new', 'offering', '--terms-file', at('none.pdf')])).code).toBe(2)
  })

  it('reports what the node reports, each finding with its file and JSON Pointer', async () => {
    const fixture = join(
      import.meta.dirname,
      '../fixtures/credentials/invalid/registration-number-invalid.json',
    )
    const run = await gxc(['validate', fixture, '--json'])
    expect(run.code).toBe(1)
    const node = await createTestNode()
    try {
      const res = await node.app.request('/api/v1/validate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: readFileSync(fixture, 'utf8'),
      })
      const report = (await res.json()) as { errors: Json[] }
      const codes = (list: Json[]) => list.map((f) => `${f.code} ${f.path}`).sort()
      // the node's clock is the tests' fixed date, gxc's the real one: validity findings may
      // differ; and gxc calls an unsigned credential a draft, not a proof-missing finding
      const timeless = (list: Json[]) =>
        list.filter((f) => !/^(credential-(expired|not-yet)|proof-missing)/.test(f.code))
      expect(codes(timeless(JSON.parse(run.stdout).findings))).toEqual(
        codes(timeless(report.errors)),
      )
      expect(JSON.parse(run.stdout).findings.every((f: Json) => f.file === fixture)).toBe(true)
    } finally {
      node.close()
    }
  })

  it('speaks French from --lang or the locale', async () => {
    const fr = await gxc([
      'validate',
      at('offering.json'),
      at('participant.filled.json'),
      '--lang',
      'fr',
    ])
    expect(fr.stdout).toContain('Remplacez l’emplacement')
    const locale = await gxc(['validate', at('offering.json'), at('participant.filled.json')], {
      env: { LANG: 'fr_FR.UTF-8' },
    })
    expect(locale.stdout).toContain('constats dans')
    const en = await gxc(['validate', at('offering.json'), at('participant.filled.json')], {
      env: { LANG: 'fr_FR.UTF-8', LC_ALL: 'en_GB.UTF-8' },
    })
    expect(en.stdout).toContain('findings in')
    // counted words agree with their number, in both languages
    const one = await gxc(['validate', at('participant.filled.json')])
    expect(one.stdout).toContain('3 credentials in 1 file conform')
    const un = await gxc(['validate', at('participant.filled.json'), '--lang', 'fr'])
    expect(un.stdout).toContain('3 attestations de 1 fichier conformes')
    // commander's own words too
    const help = await gxc(['validate', '--help', '--lang', 'fr'])
    expect(help.stdout).toMatch(/^Utilisation : gxc validate/m)
    expect(help.stdout).toMatch(/^Options :/m)
    expect(help.stdout).not.toMatch(/^(Usage|Options):/m)
    const usage = await gxc(['validat', '--lang', 'fr'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toBe(
      'erreur : commande inconnue « validat »\n(vouliez-vous dire validate ?)\n',
    )
  })
})

describe('gxc sign and gxc verify', () => {
  it('signs with a Data Integrity proof or as a VC-JWT, and both verify offline', async () => {
    const di = await gxc([
      'sign',
      at('offering.filled.json'),
      '--key',
      key,
      '--out',
      at('offering.signed.json'),
    ])
    expect(di.code).toBe(0)
    expect(read('offering.signed.json').proof).toMatchObject({ cryptosuite: 'eddsa-rdfc-2022' })
    const jwt = await gxc([
      'sign',
      at('offering.filled.json'),
      '--key',
      key,
      '--format',
      'jwt',
      '--out',
      at('offering.jwt'),
    ])
    expect(jwt.code).toBe(0)
    expect(readFileSync(at('offering.jwt'), 'utf8')).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/)
    const bundle = await gxc([
      'sign',
      at('participant.filled.json'),
      '--key',
      key,
      '--out',
      at('participant.signed.json'),
    ])
    expect(bundle.code).toBe(0)
    const verified = await gxc([
      'verify',
      at('offering.signed.json'),
      at('offering.jwt'),
      at('participant.signed.json'),
      '--json',
    ])
    expect(verified.code).toBe(0)
    expect(JSON.parse(verified.stdout).credentials).toHaveLength(5)
    const valid = await gxc(['validate', at('participant.signed.json'), at('offering.signed.json')])
    expect(valid.code).toBe(0)
    expect(valid.stderr).not.toMatch(/not signed yet/)
  })

  it('finds a credential changed after signing, at its pointer (exit 1)', async () => {
    const tampered = read('offering.signed.json')
    tampered.credentialSubject['schema:name'] = 'Autre chose'
    write('tampered.json', tampered)
    const run = await gxc(['verify', at('tampered.json'), '--json'])
    expect(run.code).toBe(1)
    const [credential] = JSON.parse(run.stdout).credentials
    expect(credential.verified).toBe(false)
    expect(credential.findings[0]).toMatchObject({
      code: 'signature-invalid',
      file: at('tampered.json'),
    })
  })

  it('refuses to sign with a key that is not the issuer’s, and a draft with placeholders (exit 1)', async () => {
    const other = at('other-key.json')
    await gxc(['keys', 'new', '--out', other])
    const wrong = await gxc(['sign', at('offering.filled.json'), '--key', other])
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toContain('issuer-not-key')
    expect(wrong.stdout).toContain('/issuer')
    const draft = await gxc(['sign', at('offering.json'), '--key', key])
    expect(draft.code).toBe(1)
    expect(draft.stderr).toMatch(/still holds placeholders/)
  })

  it('says which file is missing, with exit 2 and one line', async () => {
    for (const args of [
      ['validate', at('nowhere.json')],
      ['verify', at('nowhere.json')],
      ['sign', at('nowhere.json'), '--key', key],
      ['sign', at('offering.filled.json'), '--key', at('no-key.json')],
    ]) {
      const run = await gxc(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).toMatch(/cannot read .*: no such file or folder/)
    }
  })

  it('prints one JSON document with --json, even for an error', async () => {
    const run = await gxc(['validate', at('nowhere.json'), '--json'])
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'file-unreadable' } })
  })

  it('answers a usage error with exit 2', async () => {
    expect((await gxc(['new', 'planet'])).code).toBe(2)
    expect((await gxc(['sign', at('offering.filled.json')])).code).toBe(2)
    expect((await gxc(['frobnicate'])).code).toBe(2)
    expect((await gxc(['--help'])).code).toBe(0)
  })

  it('uses no network to validate (the offline pipeline needs no node)', async () => {
    const run = await gxc(['validate', at('participant.filled.json')], {
      fetch: (() => {
        throw new Error('no request expected')
      }) as unknown as typeof fetch,
    })
    expect(run.code).toBe(0)
  })
})
