// JsonWebSignature2020 through the node's own wiring: configuration → context (trust anchors,
// fetch policy) → DID documents held in the store or fetched from an allow-listed host.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parseConfig } from '../src/config.js'
import type { AppContext } from '../src/context.js'
import { verifyCredential } from '../src/credentials/data-integrity/verify.js'
import { validateDocument } from '../src/validation/pipeline.js'
import { loadTrustAnchors } from '../src/entry/trust-anchors.js'
import { createTestNode } from './helpers/test-node.js'
import {
  createPki,
  didDocument,
  generateKeys,
  type Pki,
  pemOf,
  signJws2020,
  tagusParticipant,
  x5cOf,
} from './helpers/tagus.js'

const NOW = new Date('2026-11-28T12:00:00Z')

let keys: CryptoKeyPair
let pki: Pki
let server: Server
let port: number
const served = new Map<string, { type: string; body: string }>()
const hits: string[] = []
const closers: (() => void)[] = []

beforeAll(async () => {
  keys = await generateKeys('PS256')
  pki = await createPki(keys)
  server = createServer((req, res) => {
    hits.push(req.url ?? '')
    const file = served.get(req.url ?? '')
    if (file) res.writeHead(200, { 'Content-Type': file.type }).end(file.body)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  for (const close of closers) close()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  hits.length = 0
  served.clear()
})

/** A test node whose `https://127.0.0.1` requests go to the local server over HTTP. */
async function node(env: Record<string, string>) {
  const test = await createTestNode({
    env,
    now: NOW,
    fetch: (input, init) => fetch(String(input).replace(/^https:/, 'http:'), init),
  })
  closers.push(test.close)
  const hold = (did: string, document: Record<string, unknown>) =>
    test.ctx.store.putDidDocument(did, document, NOW.getTime())
  return { ctx: test.ctx, hold }
}

async function sign(ctx: AppContext, did: string) {
  return signJws2020(tagusParticipant(did), {
    privateKey: keys.privateKey,
    alg: 'PS256',
    verificationMethod: `${did}#X509-JWK2020`,
    loader: ctx.loader,
    flavour: 'gaia-x',
  })
}

function verify(ctx: AppContext, credential: Record<string, unknown>) {
  const { loader, trustAnchors, fetchRemote } = ctx
  return verifyCredential(credential, { loader, now: NOW, trustAnchors, fetchRemote })
}

const anchors = () => ({ GXC_TRUST_ANCHORS_PEM: pemOf(pki.root.certificate) })

describe('JsonWebSignature2020 in a node', () => {
  it('verifies with a DID document the store holds and anchors from GXC_TRUST_ANCHORS_PEM', async () => {
    const did = 'did:web:partner.example'
    const { ctx, hold } = await node(anchors())
    await hold(
      did,
      await didDocument(did, keys.publicKey, 'PS256', {
        x5c: x5cOf(pki.leaf.certificate, pki.intermediate.certificate),
      }),
    )
    expect(await verify(ctx, await sign(ctx, did))).toMatchObject({ verified: true, errors: [] })
    expect(hits).toEqual([])
  })

  it('verifies through the validation pipeline, and reports an untrusted chain as unverified', async () => {
    const did = 'did:web:partner.example'
    const document = async () =>
      didDocument(did, keys.publicKey, 'PS256', {
        x5c: x5cOf(pki.leaf.certificate, pki.intermediate.certificate),
      })
    const trusted = await node(anchors())
    await trusted.hold(did, await document())
    const good = await validateDocument(trusted.ctx, await sign(trusted.ctx, did))
    expect(good.report.verified).toBe(true)
    expect(good.report.errors.filter((e) => e.path.startsWith('/proof'))).toEqual([])

    const other = await createPki(await generateKeys('PS256'))
    const untrusted = await node({ GXC_TRUST_ANCHORS_PEM: pemOf(other.root.certificate) })
    await untrusted.hold(did, await document())
    const bad = await validateDocument(untrusted.ctx, await sign(untrusted.ctx, did))
    expect(bad.report.verified).toBe(false)
    expect(bad.report.errors.map((e) => e.code)).toContain('certificate-untrusted')
    // a proof finding says "unverified", not "non-conforming": the claims are judged on their own
    expect(bad.report.conforms).toBe(good.report.conforms)
  })

  it('fetches the did:web document and the x5u chain from an allow-listed host', async () => {
    const did = `did:web:127.0.0.1%3A${port}`
    const x5u = `https://127.0.0.1:${port}/.well-known/chain.pem`
    const document = await didDocument(did, keys.publicKey, 'PS256', { x5u })
    served.set('/.well-known/did.json', {
      type: 'application/did+json',
      body: JSON.stringify(document),
    })
    served.set('/.well-known/chain.pem', {
      type: 'application/x-pem-file',
      body: pemOf(pki.leaf.certificate, pki.intermediate.certificate, pki.root.certificate),
    })
    const { ctx } = await node({ ...anchors(), GXC_FETCH_ALLOW: `127.0.0.1:${port}` })
    expect(await verify(ctx, await sign(ctx, did))).toMatchObject({ verified: true, errors: [] })
    expect(hits).toEqual(['/.well-known/did.json', '/.well-known/chain.pem'])
  })

  it('fetches nothing from a host outside the allow-list and says so', async () => {
    const did = `did:web:127.0.0.1%3A${port}`
    const { ctx } = await node({ ...anchors(), GXC_FETCH_ALLOW: 'registry.gaia-x.eu' })
    const result = await verify(ctx, await sign(ctx, did))
    expect(result.errors.map((e) => e.code)).toEqual(['verification-method-unresolvable'])
    expect(result.errors[0]!.message.en).toContain('allow-list')
    expect(hits).toEqual([])
  })

  it('reports an x5u chain it may not fetch as unavailable', async () => {
    const did = 'did:web:partner.example'
    const { ctx, hold } = await node(anchors())
    const x5u = 'https://partner.example/.well-known/chain.pem'
    await hold(did, await didDocument(did, keys.publicKey, 'PS256', { x5u }))
    const result = await verify(ctx, await sign(ctx, did))
    expect(result.errors.map((e) => e.code)).toEqual(['certificate-unavailable'])
    expect(result.errors[0]!.message.en).toContain(x5u)
  })
})

describe('trust anchor configuration', () => {
  it('reads a PEM bundle file named by GXC_TRUST_ANCHORS', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gxc-anchors-'))
    const path = join(dir, 'anchors.pem')
    writeFileSync(
      path,
      `Gaia-X registry roots\n${pemOf(pki.root.certificate, pki.intermediate.certificate)}`,
    )
    const config = parseConfig({ GXC_TRUST_ANCHORS: path })
    expect(loadTrustAnchors(config).certificates).toHaveLength(2)
    expect(loadTrustAnchors(parseConfig({})).certificates).toHaveLength(0)
  })

  it('stops the node on a missing or unusable bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gxc-anchors-'))
    const garbage = join(dir, 'garbage.pem')
    writeFileSync(
      garbage,
      '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n',
    )
    for (const path of [join(dir, 'missing.pem'), garbage]) {
      expect(() => loadTrustAnchors(parseConfig({ GXC_TRUST_ANCHORS: path }))).toThrow(
        expect.objectContaining({ name: 'ConfigError', code: 'bad-config' }),
      )
    }
  })

  it('parses the fetch allow-list and refuses what is not a host name', () => {
    expect(parseConfig({}).fetch).toEqual({ allowHosts: [], timeoutMs: 3000, maxBytes: 65536 })
    expect(
      parseConfig({ GXC_FETCH_ALLOW: ' Gaia-X.eu, registry.lab.gaia-x.eu:8443 ,' }).fetch
        .allowHosts,
    ).toEqual(['gaia-x.eu', 'registry.lab.gaia-x.eu:8443'])
    expect(() => parseConfig({ GXC_FETCH_ALLOW: 'https://gaia-x.eu/' })).toThrow(/GXC_FETCH_ALLOW/)
  })
})
