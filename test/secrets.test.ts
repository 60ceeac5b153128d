// "Hardening" item 6: the admin token and the node key never leave the node, whatever fails. Real
// node processes log at debug level while requests fail in every way a client can make them fail;
// their whole output, /metrics and every answer are then searched for the secrets in the encodings
// a careless log line would use. The key file's mode is checked both ways: created 0600, and a
// node refuses to start on one that group or others can open.
import Database from 'better-sqlite3'
import * as base58 from 'base58-universal'
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateKeyMaterial } from '../src/credentials/did/keys.js'
import {
  newHttpPartner,
  offeringIdOf,
  onboardOverHttp,
  presentOverHttp,
  signedOffering,
} from './helpers/http-partner.js'
import { killAllNodes, runNodeToExit, startNode, type NodeProcess } from './helpers/node-process.js'

const ADMIN_TOKEN = `secret-admin-${crypto.randomUUID()}-${crypto.randomUUID()}`
const dirs: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gxc-secrets-'))
  dirs.push(dir)
  return dir
}

afterAll(() => {
  killAllNodes()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

type Seen = { source: string; text: string }

describe('the admin token and the node key', () => {
  const seen: Seen[] = []
  let fromFile: { node: NodeProcess; dir: string }
  let fromEnv: { node: NodeProcess; key: string }

  beforeAll(async () => {
    const dir = tempDir()
    const key = (await generateKeyMaterial()).secretKeyMultibase
    const env = { GXC_LOG_LEVEL: 'debug', GXC_ADMIN_TOKEN: ADMIN_TOKEN, GXC_ONBOARDING: 'open' }
    const [a, b] = await Promise.all([
      startNode({ dataDir: dir, env }),
      startNode({ dataDir: tempDir(), env: { ...env, GXC_NODE_KEY: key } }),
    ])
    fromFile = { node: a, dir }
    fromEnv = { node: b, key }
  }, 90_000)

  it('creates node-key.json readable by its owner only', () => {
    expect((statSync(join(fromFile.dir, 'node-key.json')).mode & 0o777).toString(8)).toBe('600')
  })

  it('appear in no log line, problem, answer or metric, whatever the requests do', async () => {
    const fileKey = JSON.parse(readFileSync(join(fromFile.dir, 'node-key.json'), 'utf8')) as {
      secretKeyMultibase: string
    }
    for (const { node } of [fromFile, fromEnv]) await failEveryWay(node, seen)
    const failed = await provokeInternalError(fromFile.node, fromFile.dir, seen)

    for (const { node } of [fromFile, fromEnv]) {
      const metrics = await fetch(`${node.url}/metrics`)
      seen.push({ source: `${node.url}/metrics`, text: await metrics.text() })
      expect((await node.stop()).code).toBe(0)
      seen.push({ source: `output of ${node.url}`, text: node.output() })
    }
    // the 500 was logged, with its request id: the error path ran and wrote
    expect(fromFile.node.stderr()).toContain(failed.requestId)
    expect(seen.length).toBeGreaterThan(40)

    const secrets = [
      ...encodings('admin token', ADMIN_TOKEN),
      ...keyEncodings('node-key.json', fileKey.secretKeyMultibase),
      ...keyEncodings('GXC_NODE_KEY', fromEnv.key),
    ]
    const leaks = seen.flatMap(({ source, text }) =>
      secrets.filter(({ value }) => text.includes(value)).map(({ name }) => `${name} in ${source}`),
    )
    expect(leaks).toEqual([])
  }, 90_000)
})

describe('a node key file that group or others can open', () => {
  it('stops the node with exit code 1 and one line naming the file (node-key.json)', async () => {
    const dir = tempDir()
    const file = join(dir, 'node-key.json')
    writeFileSync(file, JSON.stringify({ type: 'Multikey', ...(await generateKeyMaterial()) }))
    chmodSync(file, 0o640)
    const exit = await runNodeToExit({ dataDir: dir })
    expect(exit.code).toBe(1)
    expectOneLine(exit.stderr, file)
    expect(exit.stdout).toBe('')
  }, 60_000)

  it('stops the node with exit code 1 and one line naming the file (seed-keys.json)', async () => {
    const dir = tempDir()
    const file = join(dir, 'seed-keys.json')
    writeFileSync(file, '{}\n')
    chmodSync(file, 0o604)
    const exit = await runNodeToExit({ dataDir: dir, env: { GXC_SEED: 'true' } })
    expect(exit.code).toBe(1)
    expectOneLine(exit.stderr, file)
  }, 60_000)
})

function expectOneLine(stderr: string, file: string) {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toContain(file)
  expect(lines[0]).toMatch(/chmod 600/)
}

/**
 * Requests that fail in every way a client can make them fail, and a few that succeed with the
 * secrets in play (the token accepted, the node key signing); every answer is kept.
 */
async function failEveryWay(node: NodeProcess, seen: Seen[]): Promise<void> {
  const request = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${node.url}${path}`, init)
    seen.push({ source: `${init.method ?? 'GET'} ${path} → ${res.status}`, text: await res.text() })
    return res.status
  }
  const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })

  // the operator's endpoints, with every wrong way to hold the token, then the right one
  const wrongTokens = [
    {},
    bearer('wrong'),
    bearer(ADMIN_TOKEN.slice(0, -1)),
    bearer(`${ADMIN_TOKEN}x`),
    { Authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}` },
    { Authorization: ADMIN_TOKEN },
    { Authorization: `Bearer ${ADMIN_TOKEN} ${ADMIN_TOKEN}` },
  ]
  for (const headers of wrongTokens) {
    expect(await request('/api/v1/admin/reindex', { method: 'POST', headers })).toBe(401)
    expect(await request('/credentials/issue', json({ credential: {} }, headers))).toBe(401)
  }
  expect(
    await request('/api/v1/admin/reindex', { method: 'POST', headers: bearer(ADMIN_TOKEN) }),
  ).toBe(200)
  const didPath = `/api/v1/admin/did-documents/${encodeURIComponent('did:web:partner.example.eu')}`
  expect(await request(didPath, { ...json('{not json', bearer(ADMIN_TOKEN)), method: 'PUT' })).toBe(
    400,
  )
  expect(
    await request(didPath, {
      ...json({ id: 'did:web:other.example' }, bearer(ADMIN_TOKEN)),
      method: 'PUT',
    }),
  ).toBe(400)
  expect(await request(`${didPath}x`, { method: 'DELETE', headers: bearer(ADMIN_TOKEN) })).toBe(404)

  // the node's key at work: issuing as the node, and refusing to issue as anyone else
  const { id: did } = (await (await fetch(`${node.url}/.well-known/did.json`)).json()) as {
    id: string
  }
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential'],
    issuer: did,
    credentialSubject: { id: 'did:example:subject' },
  }
  expect(await request('/credentials/issue', json({ credential }, bearer(ADMIN_TOKEN)))).toBe(201)
  const stranger = { ...credential, issuer: 'did:web:elsewhere.example' }
  expect(
    await request('/credentials/issue', json({ credential: stranger }, bearer(ADMIN_TOKEN))),
  ).toBe(400)
  expect(
    await request(
      '/credentials/issue',
      json({ credential, options: { created: 'soon' } }, bearer(ADMIN_TOKEN)),
    ),
  ).toBe(400)
  expect(
    await request(
      '/credentials/issue',
      json(
        { credential: { ...credential, '@context': ['https://unknown.example/v1'] } },
        bearer(ADMIN_TOKEN),
      ),
    ),
  ).toBe(400)

  // bodies a partner gets wrong
  for (const path of ['/api/v1/submissions', '/api/v1/participants', '/api/v1/validate']) {
    expect(await request(path, json('{"truncated":'))).toBe(400)
    expect(await request(path, json([1, 2, 3]))).toBe(400)
    expect(
      await request(path, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' }),
    ).toBe(415)
    expect(await request(path, json({ big: 'x'.repeat(2 * 1024 * 1024) }))).toBe(413)
  }
  const unsigned = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
  }
  expect(await request('/api/v1/submissions', json(unsigned))).toBeGreaterThanOrEqual(400)
  expect(
    await request('/api/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/vp+jwt' },
      body: 'a.b.c',
    }),
  ).toBeGreaterThanOrEqual(400)
  expect(
    await request('/api/v1/validate', json({ ...unsigned, type: ['VerifiableCredential'] })),
  ).toBeLessThan(500)
  expect(
    await request('/credentials/verify', json({ verifiableCredential: { proof: 1 } })),
  ).toBeLessThan(500)
  expect(await request('/presentations/verify', json({}))).toBeLessThan(500)

  // a partner's whole round trip, and refusals of it
  const partner = await newHttpPartner()
  const offering = await signedOffering(partner, 'secret-check', 'data-integrity')
  const early = await presentOverHttp(node.url, '/api/v1/submissions', partner, [offering])
  seen.push({
    source: `submission before onboarding → ${early.status}`,
    text: JSON.stringify(early.body),
  })
  expect(early.status).toBe(403)
  const onboarded = await onboardOverHttp(node.url, partner)
  seen.push({ source: `onboarding → ${onboarded.status}`, text: JSON.stringify(onboarded.body) })
  expect(onboarded.status).toBe(201)
  const stored = await presentOverHttp(node.url, '/api/v1/submissions', partner, [offering])
  seen.push({ source: `submission → ${stored.status}`, text: JSON.stringify(stored.body) })
  expect(stored.status).toBe(201)
  expect(
    await request(`/api/v1/offerings/${encodeURIComponent(offeringIdOf(partner, 'secret-check'))}`),
  ).toBe(200)

  // what is not there, and bad parameters
  for (const path of [
    '/nowhere',
    '/api/v1/offerings/https%3A%2F%2Fnowhere.example%2Fo',
    '/api/v1/credentials/sha256-0000',
    '/api/v1/participants/did%3Akey%3Aznowhere',
    '/api/v1/offerings?limit=abc',
    '/api/v1/offerings?country=France',
    '/api/v1/offerings?cursor=forged',
  ]) {
    expect(await request(path)).toBeLessThan(500)
  }
  for (const path of ['/.well-known/did.json', '/.well-known/gaia-x-catalogue', '/openapi.json']) {
    expect(await request(path)).toBe(200)
  }
}

/**
 * A 500 without a debug route: the test writes a credential row the node cannot read (as a bad
 * migration or a hand edit would), then asks for it. Returns the problem.
 */
async function provokeInternalError(
  node: NodeProcess,
  dir: string,
  seen: Seen[],
): Promise<{ requestId: string }> {
  // the node is idle and in WAL mode: another connection may write
  const db = new Database(join(dir, 'catalogue.db'))
  const hash = db.prepare('SELECT hash FROM credential LIMIT 1').pluck().get() as string
  db.prepare("UPDATE credential SET types = '{not json' WHERE hash = ?").run(hash)
  db.close()
  const res = await fetch(`${node.url}/api/v1/credentials/${encodeURIComponent(hash)}`)
  const text = await res.text()
  seen.push({ source: `unreadable credential → ${res.status}`, text })
  expect(res.status).toBe(500)
  return JSON.parse(text) as { requestId: string }
}

/** A secret as a log line, a header or a dump could carry it. */
function encodings(name: string, secret: string | Uint8Array): { name: string; value: string }[] {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret)
  const forms = {
    ...(typeof secret === 'string' ? { text: secret } : {}),
    hex: bytes.toString('hex'),
    HEX: bytes.toString('hex').toUpperCase(),
    base64: bytes.toString('base64'),
    base64url: bytes.toString('base64url'),
  }
  return Object.entries(forms).map(([form, value]) => ({ name: `${name} (${form})`, value }))
}

/** A Multikey secret: the multibase text, its multicodec bytes and the 32-byte Ed25519 seed. */
function keyEncodings(name: string, multibase: string): { name: string; value: string }[] {
  const bytes = base58.decode(multibase.slice(1))!
  // the base64 of a prefix-carrying buffer would not contain the seed's: check the seed alone too
  return [
    ...encodings(name, multibase),
    { name: `${name} (base58)`, value: multibase.slice(1) },
    ...encodings(`${name} bytes`, bytes),
    ...encodings(`${name} seed`, bytes.slice(2, 34)),
  ]
}
