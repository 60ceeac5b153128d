// Text that is not Unicode, refused as a 400 that names where it is, before anything hashes,
// canonicalises or stores it: lone UTF-16 surrogates written as JSON escapes, NUL, and bytes that
// are not UTF-8 at all (an outside corpus found 500s for a lone surrogate in a credential's
// `type`, `validUntil`, `proof` or a subject value).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  codes,
  expectProblem,
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  presentFor,
  sign,
  storeState,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'
import { didKeySigner, vcJwt } from '../helpers/vc-jwt.js'

let node: TestNode
let partner: SigningKey
let offering: Json
beforeAll(async () => {
  node = await createTestNode({ env: { ...OPEN_NODE_ENV, GXC_RATE_LIMIT: 'off' } })
  partner = await newPartner()
  expect((await onboard(node, partner)).status).toBe(201)
  offering = await sign(node, partner, partnerOffering(partner.did, 'unicode'))
})
afterAll(() => node.close())

/** POSTs raw bytes or text as JSON, as a client that writes its own JSON would. */
function postRaw(path: string, body: string | Uint8Array, type = 'application/json') {
  return node.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: body as BodyInit,
  })
}

/** `JSON.stringify` of `value`, with the marker string replaced by a raw JSON escape. */
function withEscape(value: unknown, escape: string): string {
  return JSON.stringify(value).replaceAll('"MARK"', `"${escape}"`)
}

const LONE_SURROGATES: [string, (credential: Json) => void, string][] = [
  ['its type', (c) => (c.type = ['VerifiableCredential', 'MARK']), '/type/1'],
  ['validUntil', (c) => (c.validUntil = 'MARK'), '/validUntil'],
  ['its proof', (c) => (c.proof.proofValue = 'MARK'), '/proof/proofValue'],
  [
    'a subject value',
    (c) => (c.credentialSubject['schema:name'] = 'MARK'),
    '/credentialSubject/schema:name',
  ],
]

describe('text that is not Unicode', () => {
  it.each(LONE_SURROGATES)(
    'refuses a lone surrogate in %s, naming where, on the dry run and the VC-API',
    async (_, mutate, path) => {
      const credential = structuredClone(offering)
      mutate(credential)
      for (const escape of ['\\ud800', '\\udfff', 'a\\ud83db']) {
        const dryRun = await postRaw('/api/v1/validate', withEscape(credential, escape))
        const problem = await expectProblem(dryRun, 400, 'bad-request')
        expect(problem.errors).toEqual([expect.objectContaining({ code: 'unicode-invalid', path })])
        const body = withEscape({ verifiableCredential: credential }, escape)
        const vcApi = await expectProblem(
          await postRaw('/credentials/verify', body),
          400,
          'bad-request',
        )
        expect(vcApi.errors).toEqual([
          expect.objectContaining({
            code: 'unicode-invalid',
            path: `/verifiableCredential${path}`,
          }),
        ])
      }
    },
  )

  it('refuses a lone surrogate in a submission and in a property name, storing nothing', async () => {
    const credential = structuredClone(offering)
    credential.credentialSubject['schema:description'] = 'MARK'
    const vp = await presentFor(node, partner, [credential])
    const before = await storeState(node)
    const res = await postRaw('/api/v1/submissions', withEscape(vp, '\\ud800'))
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(problem.errors).toEqual([
      expect.objectContaining({
        code: 'unicode-invalid',
        path: '/verifiableCredential/0/credentialSubject/schema:description',
      }),
    ])
    const key = JSON.stringify(offering).replace('"schema:name"', '"schema:\\udc00name"')
    expect(
      codes(
        (await expectProblem(await postRaw('/api/v1/validate', key), 400, 'bad-request')).errors,
      ),
    ).toEqual(['unicode-invalid'])
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses NUL, but takes every other character, emoji and accents included', async () => {
    const nul = withEscape({ ...offering, id: 'MARK' }, 'urn:uuid:\\u0000')
    const problem = await expectProblem(await postRaw('/api/v1/validate', nul), 400, 'bad-request')
    expect(problem.errors).toEqual([
      expect.objectContaining({ code: 'unicode-invalid', path: '/id' }),
    ])
    const fine = structuredClone(offering)
    fine.credentialSubject['schema:name'] = 'Stockage 🇫🇷 élevé \u0001 \ud83d\ude00'
    const res = await postRaw('/api/v1/validate', JSON.stringify(fine))
    expect(res.status).toBe(200)
  })

  it('refuses a body whose bytes are not UTF-8: an overlong form, an encoded surrogate, a stray byte', async () => {
    const text = new TextEncoder().encode(JSON.stringify(offering))
    const at = text.indexOf(0x41) // an "A" inside the proof value
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff]]) {
      const bytes = new Uint8Array([...text.slice(0, at), ...bad, ...text.slice(at + 1)])
      const res = await postRaw('/api/v1/validate', bytes)
      const problem = await expectProblem(res, 400, 'bad-request')
      expect(codes(problem.errors)).toEqual(['unicode-invalid'])
    }
  })

  it('refuses a lone surrogate inside a VC-JWT payload', async () => {
    const signer = await didKeySigner()
    const jwt = await vcJwt(signer, { ...partnerOffering(signer.did, 'jwt-unicode'), id: 'MARK' })
    const [header, , signature] = jwt.split('.')
    const payload = Buffer.from(
      withEscape({ ...partnerOffering(signer.did, 'jwt-unicode'), id: 'MARK' }, 'urn:\\ud800'),
    ).toString('base64url')
    const res = await postRaw(
      '/api/v1/validate',
      `${header}.${payload}.${signature}`,
      'application/vc+jwt',
    )
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(problem.errors).toEqual([
      expect.objectContaining({ code: 'unicode-invalid', path: '/id' }),
    ])
  })
})

describe('a URL that is not Unicode', () => {
  it.each([
    ['/api/v1/offerings?q=%ED%A0%80', '/query/q'],
    ['/api/v1/offerings?q=ab%00', '/query/q'],
    ['/api/v1/offerings?country=FR&provider=%C0%AF', '/query/provider'],
    // a `%` without two hex digits is itself, and the bytes after it are still read
    ['/api/v1/offerings?q=50%%C0%AF', '/query/q'],
    ['/api/v1/offerings/%FF', '/path'],
    ['/api/v1/participants/did%3Akey%3A%00', '/path'],
  ])('refuses %s, naming %s', async (url, path) => {
    const problem = await expectProblem(await node.app.request(url), 400, 'bad-request')
    expect(problem.errors).toEqual([expect.objectContaining({ code: 'unicode-invalid', path })])
  })

  it('takes percent-encoded accents, emoji and spaces', async () => {
    const res = await node.app.request(
      '/api/v1/offerings?q=s%C3%A9curit%C3%A9+%F0%9F%87%AB%F0%9F%87%B7',
    )
    expect(res.status).toBe(200)
  })

  it('takes a `%` that encodes nothing as itself', async () => {
    expect((await node.app.request('/api/v1/offerings?q=50%+%zz')).status).toBe(200)
  })
})
