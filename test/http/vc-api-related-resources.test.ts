// VC DM 2.0 §5.3: related resources are objects with a unique URL id and a digest, and the node
// checks the digests of the W3C base contexts it holds, at issuing and at verifying.
import { createHash } from 'node:crypto'
import * as base58 from 'base58-universal'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import { newDidKey } from '../helpers/credentials.js'
import { ADMIN_TOKEN, codes, expectProblem, type Json } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

const V2 = 'https://www.w3.org/ns/credentials/v2'
const EXAMPLES = 'https://www.w3.org/ns/credentials/examples/v2'
// the base context as https://www.w3.org/ns/credentials/v2 serves it: SHA-256 published in
// VC DM 2.0 §B.1; SHA-384 of the same bytes
const V2_SHA256 = '59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734'
const V2_SHA384 =
  '97f1eb8e5042356c805fdd61afa2c557663785e0794dcafa21e138fd38def18cb360133c221aa31d6896a6bf3e65b614'
// the July 2024 revision, as the W3C VC DM 2.0 test suite's fixture states it
const V2_2024_SRI = 'sha384-NSOcNpmdIVUxIJGvGUoe22FjTWrXiaXlsZ8q6912LdnR3KraQO2n75Ica4wK4Qeg'
const V2_2024_MULTIBASE = 'uJKGMkOmFbVJhEfKTduMC2XCyvRAYLjOVmZWwIH1wQ7k'

const sri = (hex: string) => `sha384-${Buffer.from(hex, 'hex').toString('base64')}`
const multibase = (hex: string) => `u${Buffer.from(hex, 'hex').toString('base64url')}`
// a multihash (sha2-256 0x12, 32 bytes) in base58btc
const multihash = (hex: string) =>
  `z${base58.encode(Uint8Array.from([0x12, 0x20, ...Buffer.from(hex, 'hex')]))}`

let node: Awaited<ReturnType<typeof createTestNode>>
let partner: SigningKey
beforeAll(async () => {
  node = await createTestNode({
    env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
  })
  partner = await newDidKey()
})
afterAll(() => node.close())

function credential(issuer: string, relatedResource: unknown): Json {
  return {
    '@context': [V2, EXAMPLES],
    type: ['VerifiableCredential'],
    issuer,
    credentialSubject: { id: 'did:example:alice', name: 'Alice' },
    relatedResource,
  }
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return node.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

const issue = (relatedResource: unknown) =>
  post(
    '/credentials/issue',
    { credential: credential(node.ctx.identity.didKey, relatedResource) },
    { Authorization: `Bearer ${ADMIN_TOKEN}` },
  )

/** What the node's verifier says of a credential a partner signed with these related resources. */
async function verifySigned(relatedResource: unknown) {
  const signed = await signCredential(credential(partner.did, relatedResource), {
    key: partner,
    loader: node.ctx.loader,
    format: 'eddsa-rdfc-2022',
  })
  const res = await post('/credentials/verify', { verifiableCredential: signed })
  return { status: res.status, body: (await res.json()) as Json }
}

describe('relatedResource at POST /credentials/issue', () => {
  it('signs related resources whose digests match the base context, in each digest form', async () => {
    const forms: unknown[] = [
      { id: V2, digestSRI: sri(V2_SHA384) },
      [{ id: V2, mediaType: 'application/ld+json', digestMultibase: multibase(V2_SHA256) }],
      { id: V2, digestMultibase: multihash(V2_SHA256), digestSRI: sri(V2_SHA384) },
      // several SRI expressions in one value, as an HTML integrity attribute lists them
      { id: V2, digestSRI: `${sri(V2_SHA384)} ${sri(V2_SHA384)}?opt` },
    ]
    for (const relatedResource of forms) {
      const res = await issue(relatedResource)
      expect(res.status).toBe(201)
    }
  })

  it('signs the digests of the base context’s July 2024 revision, as the W3C suite states them', async () => {
    for (const relatedResource of [
      { id: V2, digestSRI: V2_2024_SRI },
      { id: V2, digestMultibase: V2_2024_MULTIBASE },
    ]) {
      expect((await issue(relatedResource)).status).toBe(201)
    }
  })

  it('signs a related resource it does not hold without checking its digest', async () => {
    const res = await issue([
      { id: 'https://schemas.example/degree.json', digestSRI: sri('00'.repeat(48)) },
    ])
    expect(res.status).toBe(201)
  })

  const refused: [string, unknown, string][] = [
    ['a bare URL', [V2], 'related-resource-invalid'],
    ['an empty list', [], 'related-resource-invalid'],
    [
      'an entry without id',
      [{ digestMultibase: multibase(V2_SHA256) }],
      'related-resource-id-invalid',
    ],
    [
      'an id that is not a URL',
      [{ id: 'v2', digestSRI: sri(V2_SHA384) }],
      'related-resource-id-invalid',
    ],
    [
      'the same id twice',
      [
        { id: V2, digestSRI: sri(V2_SHA384) },
        { id: V2, digestMultibase: multibase(V2_SHA256) },
      ],
      'related-resource-id-duplicate',
    ],
    ['an entry without digest', [{ id: V2 }], 'related-resource-digest-missing'],
    [
      'an SRI digest in base64url',
      [
        {
          id: V2,
          digestSRI: 'sha384-_rCVIV7fSXXTNIvpiq26jRDyj8JG8TDjij-tD0ewLk4JpnXEz6a5AeeY_1qQ0d0P',
        },
      ],
      'related-resource-digest-invalid',
    ],
    [
      'an SRI digest of the wrong length',
      [{ id: V2, digestSRI: 'sha256-AAAA' }],
      'related-resource-digest-invalid',
    ],
    [
      'a digestMultibase in base16',
      [{ id: V2, digestMultibase: `f${V2_SHA256}` }],
      'related-resource-digest-invalid',
    ],
    [
      'a mediaType that is not a string',
      [{ id: V2, mediaType: 1, digestSRI: sri(V2_SHA384) }],
      'related-resource-invalid',
    ],
    [
      'a digest the base context does not have',
      [{ id: V2, digestMultibase: 'uM4RgWQc3RUDtjJCSgTJtTfvpZ7SPEg_LNO0ESlovQC0' }],
      'related-resource-digest-mismatch',
    ],
    [
      'digests of two different revisions',
      [{ id: V2, digestSRI: V2_2024_SRI, digestMultibase: multibase(V2_SHA256) }],
      'related-resource-digest-mismatch',
    ],
  ]
  it.each(refused)('refuses %s (400 %s)', async (_, relatedResource, code) => {
    const problem = await expectProblem(await issue(relatedResource), 400, 'bad-request')
    expect(codes(problem.errors)).toEqual([code])
  })
})

describe('relatedResource at POST /credentials/verify', () => {
  it('verifies a credential whose related resource digests match', async () => {
    const { status, body } = await verifySigned([{ id: V2, digestSRI: sri(V2_SHA384) }])
    expect({ status, verified: body.verified, warnings: body.warnings }).toEqual({
      status: 200,
      verified: true,
      warnings: [],
    })
  })

  it('does not verify a credential whose related resource digest does not match (422)', async () => {
    const sha256 = createHash('sha256').update('another document').digest('hex')
    const { status, body } = await verifySigned([
      { id: V2, digestSRI: sri(V2_SHA384) },
      { id: 'https://www.w3.org/2018/credentials/v1', digestMultibase: multibase(sha256) },
    ])
    expect({ status, verified: body.verified }).toEqual({ status: 422, verified: false })
    expect(body.errors).toEqual([
      expect.objectContaining({
        code: 'related-resource-digest-mismatch',
        path: '/relatedResource/1',
      }),
    ])
  })

  it('verifies, with a warning, a related resource it does not hold', async () => {
    const { status, body } = await verifySigned({
      id: 'https://schemas.example/degree.json',
      digestSRI: sri('11'.repeat(48)),
    })
    expect(status).toBe(200)
    expect(codes(body.warnings)).toEqual(['related-resource-not-checked'])
  })

  it('refuses a credential whose related resources are not objects with an id and a digest (400)', async () => {
    const { status, body } = await verifySigned([{ id: V2 }, V2])
    expect({ status, verified: body.verified }).toEqual({ status: 400, verified: false })
    expect(codes(body.errors)).toEqual([
      'related-resource-digest-missing',
      'related-resource-invalid',
    ])
  })
})
