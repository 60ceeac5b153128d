// Enveloped credentials and presentations at the VC-API beyond the node's own VC-JOSE-COSE form:
// VC DM 1.1 JWTs (a `vc` / `vp` claim) under data:application/jwt, as the W3C VC DM 2.0 suite
// envelopes its presentation, keys as P-256 did:keys, and the claims VC-JOSE-COSE forbids.
import * as base58 from 'base58-universal'
import { exportJWK, generateKeyPair } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ecdsaDidKeyDocument } from '../../src/credentials/vc-api/vc-api-did-key.js'
import { codes, type Json } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'
import {
  didKeySigner,
  payloadOf,
  signJwt,
  vcJwt,
  withPayload,
  type JwtSigner,
} from '../helpers/vc-jwt.js'

const V2 = 'https://www.w3.org/ns/credentials/v2'
const CHALLENGE = '123456789'
const LEGACY = { typ: 'JWT', cty: undefined }

let node: Awaited<ReturnType<typeof createTestNode>>
beforeAll(async () => {
  node = await createTestNode({})
})
afterAll(() => node.close())

/** A P-256 did:key signer: the multicodec `p256-pub` (0x1200) compressed point, base58btc. */
async function p256DidKeySigner(): Promise<JwtSigner> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true })
  const jwk = await exportJWK(publicKey)
  const x = Buffer.from(jwk.x!, 'base64url')
  const odd = Buffer.from(jwk.y!, 'base64url').at(-1)! & 1
  const multibase = `z${base58.encode(Uint8Array.from([0x80, 0x24, odd ? 0x03 : 0x02, ...x]))}`
  const did = `did:key:${multibase}`
  const publicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! }
  return { did, kid: `${did}#${multibase}`, alg: 'ES256', privateKey, publicJwk }
}

const envelope = (kind: 'vc' | 'vp', jwt: string, mediaType = 'application/jwt'): Json => ({
  '@context': V2,
  type: kind === 'vc' ? 'EnvelopedVerifiableCredential' : 'EnvelopedVerifiablePresentation',
  id: `data:${mediaType},${jwt}`,
})

/** A VC DM 1.1 §6.3.1 VC-JWT: the credential in the `vc` claim, iss and sub as JWT claims. */
function legacyVc(signer: JwtSigner, claims: Json = {}) {
  const vc = {
    '@context': [V2],
    type: ['VerifiableCredential'],
    credentialSubject: { id: 'did:example:alice', name: 'Alice' },
    issuer: signer.did,
  }
  return signJwt(signer, { iss: signer.did, sub: 'did:example:alice', vc, ...claims }, LEGACY)
}

function presentationOf(holder: JwtSigner, credentials: Json[] = []): Json {
  return {
    '@context': [V2],
    type: ['VerifiablePresentation'],
    holder: holder.did,
    verifiableCredential: credentials,
  }
}

/** A VC DM 1.1 VP-JWT holding `credentials`, bound by `nonce` and `aud`. */
function legacyVp(signer: JwtSigner, credentials: Json[], claims: Json = {}) {
  const vp = presentationOf(signer, credentials)
  const payload = { iss: signer.did, aud: 'example.com', nonce: CHALLENGE, vp, ...claims }
  return signJwt(signer, payload, LEGACY)
}

async function post(path: string, body: Json) {
  const res = await node.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Json }
}

const verifyVc = (verifiableCredential: Json) =>
  post('/credentials/verify', { verifiableCredential })
const verifyVp = (verifiablePresentation: Json, options: Json = { challenge: CHALLENGE }) =>
  post('/presentations/verify', { verifiablePresentation, options })

describe('POST /presentations/verify with a VC DM 1.1 JWT in data:application/jwt', () => {
  it('verifies the holder’s VP-JWT and the VC-JWT it holds, keys as did:keys', async () => {
    const [issuer, holder] = [await p256DidKeySigner(), await didKeySigner()]
    const credential = envelope('vc', await legacyVc(issuer))
    const vp = envelope('vp', await legacyVp(holder, [credential]))
    expect(await verifyVp(vp, { challenge: CHALLENGE, domain: 'example.com' })).toMatchObject({
      status: 200,
      body: { verified: true, errors: [] },
    })
  })

  it('does not verify another challenge or domain, a tampered credential or a stranger’s signature', async () => {
    const [issuer, holder, stranger] = [
      await p256DidKeySigner(),
      await didKeySigner(),
      await didKeySigner(),
    ]
    const jwt = await legacyVc(issuer)
    const claims = payloadOf(jwt)
    const tampered = withPayload(jwt, {
      ...claims,
      vc: { ...claims.vc, credentialSubject: { id: 'did:example:alice', name: 'Mallory' } },
    })
    const good = envelope('vp', await legacyVp(holder, [envelope('vc', jwt)]))
    const cases: [Json, Json, string][] = [
      [good, { challenge: 'other' }, 'challenge-mismatch'],
      [good, { challenge: CHALLENGE, domain: 'other.example' }, 'domain-mismatch'],
      [
        envelope('vp', await legacyVp(holder, [envelope('vc', tampered)])),
        { challenge: CHALLENGE },
        'signature-invalid',
      ],
      [
        // signed by a stranger, claiming to be the holder
        envelope(
          'vp',
          await legacyVp(stranger, [], { iss: holder.did, vp: presentationOf(holder) }),
        ),
        { challenge: CHALLENGE },
        'holder-not-signer',
      ],
    ]
    for (const [vp, options, code] of cases) {
      const { status, body } = await verifyVp(vp, options)
      expect({ status, verified: body.verified }).toEqual({ status: 422, verified: false })
      expect(codes(body.errors)).toContain(code)
    }
  })

  it('refuses a VP-JWT whose iss is not the holder it secures (400)', async () => {
    const [holder, other] = [await didKeySigner(), await didKeySigner()]
    const vp = envelope('vp', await legacyVp(holder, [], { iss: other.did }))
    const { status, body } = await verifyVp(vp)
    expect(status).toBe(400)
    expect(codes(body.errors)).toEqual(['enveloped-presentation-invalid'])
  })

  it('refuses a JWT under data:application/jwt that is neither form, and an envelope without the base context (400)', async () => {
    const holder = await didKeySigner()
    const bare = await signJwt(holder, { iss: holder.did, nonce: CHALLENGE }, LEGACY)
    const noContext = { ...envelope('vp', await legacyVp(holder, [])), '@context': [] }
    for (const [vp, code] of [
      [envelope('vp', bare), 'enveloped-presentation-invalid'],
      [noContext, 'context-base-missing'],
    ] as const) {
      const { status, body } = await verifyVp(vp)
      expect(status).toBe(400)
      expect(codes(body.errors)).toEqual([code])
    }
  })
})

describe('POST /credentials/verify with an enveloped VC-JWT of another form', () => {
  it('verifies a VC DM 1.1 VC-JWT, its iss and sub read as issuer and subject', async () => {
    const issuer = await p256DidKeySigner()
    const jwt = await signJwt(
      issuer,
      {
        iss: issuer.did,
        sub: 'did:example:alice',
        jti: 'urn:uuid:4f1f0a4e-3a7b-4d5e-9c1f-2b6a8d0e7c11',
        vc: {
          '@context': [V2],
          type: ['VerifiableCredential'],
          credentialSubject: { name: 'Alice' },
        },
      },
      LEGACY,
    )
    expect(await verifyVc(envelope('vc', jwt))).toMatchObject({
      status: 200,
      body: { verified: true },
    })
  })

  it('refuses a VC DM 1.1 VC-JWT whose sub names another subject than its credential (400)', async () => {
    const issuer = await p256DidKeySigner()
    const { status, body } = await verifyVc(
      envelope('vc', await legacyVc(issuer, { sub: 'did:example:bob' })),
    )
    expect(status).toBe(400)
    expect(codes(body.errors)).toEqual(['enveloped-credential-invalid'])
  })

  it('verifies a VC-JOSE-COSE VC-JWT signed with a P-256 did:key', async () => {
    const issuer = await p256DidKeySigner()
    const credential = {
      '@context': [V2],
      type: ['VerifiableCredential'],
      issuer: issuer.did,
      credentialSubject: { id: 'did:example:alice', name: 'Alice' },
    }
    expect(
      await verifyVc(envelope('vc', await vcJwt(issuer, credential), 'application/vc+jwt')),
    ).toMatchObject({
      status: 200,
      body: { verified: true },
    })
  })

  it('refuses a vc+jwt whose payload carries a vc claim, which VC-JOSE-COSE forbids (400)', async () => {
    const issuer = await didKeySigner()
    const credential = {
      '@context': [V2],
      type: ['VerifiableCredential'],
      issuer: issuer.did,
      credentialSubject: { id: 'did:example:alice' },
    }
    const jwt = await vcJwt(issuer, { ...credential, vc: credential })
    for (const mediaType of ['application/vc+jwt', 'application/jwt']) {
      const { status, body } = await verifyVc(envelope('vc', jwt, mediaType))
      expect(status).toBe(400)
      expect(codes(body.errors)).toEqual(['jwt-claims-invalid'])
    }
  })
})

describe('did:key for ECDSA keys at the VC-API', () => {
  it('gives a P-256 did:key the document of its own key, and nothing for a point off the curve', async () => {
    const signer = await p256DidKeySigner()
    expect(ecdsaDidKeyDocument(signer.did)?.verificationMethod[0]?.publicKeyJwk).toEqual(
      signer.publicJwk,
    )
    // an x past the field prime, and an uncompressed-point prefix
    const offCurve = [0x80, 0x24, 0x02, ...new Array(32).fill(0xff)]
    const uncompressed = [0x80, 0x24, 0x04, ...new Array(32).fill(0x01)]
    for (const bytes of [offCurve, uncompressed]) {
      expect(
        ecdsaDidKeyDocument(`did:key:z${base58.encode(Uint8Array.from(bytes))}`),
      ).toBeUndefined()
    }
    expect(
      ecdsaDidKeyDocument('did:key:z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E'),
    ).toBeUndefined()
  })

  it('decodes the W3C suite’s P-384 did:key form', async () => {
    const { publicKey } = await generateKeyPair('ES384', { extractable: true })
    const jwk = await exportJWK(publicKey)
    const odd = Buffer.from(jwk.y!, 'base64url').at(-1)! & 1
    const point = [odd ? 0x03 : 0x02, ...Buffer.from(jwk.x!, 'base64url')]
    const did = `did:key:z${base58.encode(Uint8Array.from([0x81, 0x24, ...point]))}`
    expect(ecdsaDidKeyDocument(did)?.verificationMethod[0]?.publicKeyJwk).toEqual({
      kty: 'EC',
      crv: 'P-384',
      x: jwk.x,
      y: jwk.y,
    })
  })
})
