// The VC-API verifies the other formats the node accepts: Loire VC-JWTs (enveloped) and Tagus
// JsonWebSignature2020 credentials, with the same keys, trust anchors and findings as submissions.
import jsigs from 'jsonld-signatures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { signingSuite } from '../../src/credentials/data-integrity/suites.js'
import { newDidKey, partnerOffering } from '../helpers/credentials.js'
import { codes, type Json } from '../helpers/partner.js'
import {
  createPki,
  didDocument,
  generateKeys,
  pemOf,
  signJws2020,
  tagusParticipant,
  x5cOf,
} from '../helpers/tagus.js'
import { createTestNode, TEST_NOW } from '../helpers/test-node.js'
import {
  didJwkSigner,
  enveloped,
  payloadOf,
  presentationPayload,
  signJwt,
  vcJwt,
  withPayload,
} from '../helpers/vc-jwt.js'

const TAGUS_DID = 'did:web:tagus-partner.example'
let node: Awaited<ReturnType<typeof createTestNode>>
let keys: CryptoKeyPair

beforeAll(async () => {
  keys = await generateKeys('PS256')
  const pki = await createPki(keys)
  node = await createTestNode({
    env: { GXC_TRUST_ANCHORS_PEM: pemOf(pki.root.certificate) },
    didDocuments: [
      await didDocument(TAGUS_DID, keys.publicKey, 'PS256', {
        x5c: x5cOf(pki.leaf.certificate, pki.intermediate.certificate),
      }),
    ],
  })
})
afterAll(() => node.close())

// @digitalbazaar/vc refuses to build a presentation of EnvelopedVerifiableCredentials, so the
// holder's authentication proof is made with jsonld-signatures directly.
function presentation(
  holder: SigningKey,
  credentials: Json[],
  binding: { challenge: string; domain: string },
): Promise<Json> {
  const { AuthenticationProofPurpose } = jsigs.purposes
  return jsigs.sign(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      holder: holder.did,
      verifiableCredential: credentials,
    },
    {
      suite: signingSuite(holder, 'eddsa-rdfc-2022', TEST_NOW),
      purpose: new AuthenticationProofPurpose(binding),
      documentLoader: node.ctx.loader,
    },
  )
}

async function verify(path: string, body: Json) {
  const res = await node.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Json }
}

describe('POST /credentials/verify with an EnvelopedVerifiableCredential (VC-JWT)', () => {
  it('verifies a VC-JWT signed by its issuer', async () => {
    const signer = await didJwkSigner('ES256')
    const jwt = await vcJwt(signer, partnerOffering(signer.did, 'vc-api-jwt'))
    const { status, body } = await verify('/credentials/verify', {
      verifiableCredential: enveloped(jwt),
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ verified: true, errors: [] })
  })

  it('does not verify a tampered payload', async () => {
    const signer = await didJwkSigner('ES256')
    const jwt = await vcJwt(signer, partnerOffering(signer.did, 'vc-api-jwt-tampered'))
    const tampered = withPayload(jwt, { ...payloadOf(jwt), name: 'changed' })
    const { status, body } = await verify('/credentials/verify', {
      verifiableCredential: enveloped(tampered),
    })
    expect(status).toBe(422)
    expect(codes(body.errors)).toContain('signature-invalid')
  })

  it('refuses an envelope that carries no compact JWT', async () => {
    const { status, body } = await verify('/credentials/verify', {
      verifiableCredential: enveloped('not.a-jwt', 'application/json'),
    })
    expect(status).toBe(400)
    expect(codes(body.errors)).toEqual(['enveloped-credential-invalid'])
  })

  it('verifies a presentation holding a VC-JWT, and refuses it once the JWT is tampered', async () => {
    const signer = await didJwkSigner('ES256')
    const holder = await newDidKey()
    const jwt = await vcJwt(signer, partnerOffering(signer.did, 'vc-api-vp'))
    const binding = { challenge: 'c-123', domain: 'https://verifier.example' }
    const good = await presentation(holder, [enveloped(jwt)], binding)
    const ok = await verify('/presentations/verify', {
      verifiablePresentation: good,
      options: binding,
    })
    expect(ok).toMatchObject({ status: 200, body: { verified: true } })

    const tampered = withPayload(jwt, { ...payloadOf(jwt), name: 'changed' })
    const bad = await presentation(holder, [enveloped(tampered)], binding)
    const refused = await verify('/presentations/verify', {
      verifiablePresentation: bad,
      options: binding,
    })
    expect(refused.body.verified).toBe(false)
    expect(refused.body.errors.map((e: Json) => e.path)).toContain('/verifiableCredential/0')
  })
})

describe('POST /credentials/verify with a Tagus JsonWebSignature2020 credential', () => {
  const sign = (credential: Json) =>
    signJws2020(credential, {
      privateKey: keys.privateKey,
      alg: 'PS256',
      verificationMethod: `${TAGUS_DID}#X509-JWK2020`,
      loader: node.ctx.loader,
    })

  it('verifies one whose key chains to a configured trust anchor', async () => {
    const { status, body } = await verify('/credentials/verify', {
      verifiableCredential: await sign(tagusParticipant(TAGUS_DID)),
    })
    expect(status).toBe(200)
    expect(body.verified).toBe(true)
  })

  it('does not verify one whose claims changed after signing', async () => {
    const signed = await sign(tagusParticipant(TAGUS_DID))
    const tampered = {
      ...signed,
      credentialSubject: { ...(signed.credentialSubject as Json), 'gx:legalName': 'Autre' },
    }
    const { status, body } = await verify('/credentials/verify', {
      verifiableCredential: tampered,
    })
    expect(status).toBe(422)
    expect(body.verified).toBe(false)
  })

  it('reports an issuer whose DID document the node cannot resolve offline', async () => {
    const other = 'did:web:unknown-partner.example'
    const signed = await signJws2020(tagusParticipant(other), {
      privateKey: keys.privateKey,
      alg: 'PS256',
      verificationMethod: `${other}#X509-JWK2020`,
      loader: node.ctx.loader,
    })
    const { body } = await verify('/credentials/verify', { verifiableCredential: signed })
    expect(body.verified).toBe(false)
    expect(codes(body.errors)).toContain('verification-method-unresolvable')
  })
})

describe('POST /presentations/verify with an EnvelopedVerifiablePresentation (VP-JWT)', () => {
  const binding = { challenge: 'vc-api-vp-jwt', domain: 'https://verifier.example' }

  async function envelopedVp(payload: Json, signer: Awaited<ReturnType<typeof didJwkSigner>>) {
    const signed = await signJwt(signer, payload, { typ: 'vp+jwt', cty: 'vp' })
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: 'EnvelopedVerifiablePresentation',
      id: `data:application/vp+jwt,${signed}`,
    }
  }

  async function verifyVp(verifiablePresentation: Json, options: Json = binding) {
    const res = await node.app.request('/presentations/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ verifiablePresentation, options }),
    })
    return { status: res.status, body: (await res.json()) as Json }
  }

  it('verifies the holder’s VP-JWT bound to the challenge and domain, and its credentials', async () => {
    const signer = await didJwkSigner('ES256')
    const credential = enveloped(await vcJwt(signer, partnerOffering(signer.did, 'vp-jwt-api')))
    const vp = await envelopedVp(
      {
        ...presentationPayload(signer.did, [credential]),
        nonce: binding.challenge,
        aud: binding.domain,
      },
      signer,
    )
    expect(await verifyVp(vp)).toMatchObject({ status: 200, body: { verified: true, errors: [] } })
  })

  it('does not verify another challenge or domain, a stranger’s signature or a tampered credential', async () => {
    const signer = await didJwkSigner('ES256')
    const stranger = await didJwkSigner('ES256')
    const jwt = await vcJwt(signer, partnerOffering(signer.did, 'vp-jwt-api'))
    const claims = payloadOf(jwt)
    const tampered = withPayload(jwt, {
      ...claims,
      credentialSubject: { ...claims.credentialSubject, 'schema:name': 'Forged' },
    })
    const payload = (credentials: Json[], holder = signer.did) => ({
      ...presentationPayload(holder, credentials),
      nonce: binding.challenge,
      aud: binding.domain,
    })
    const cases: [Json, Json, string][] = [
      [
        await envelopedVp(payload([]), signer),
        { ...binding, challenge: 'other' },
        'challenge-mismatch',
      ],
      [
        await envelopedVp(payload([]), signer),
        { ...binding, domain: 'https://other.example' },
        'domain-mismatch',
      ],
      [await envelopedVp(payload([], signer.did), stranger), binding, 'holder-not-signer'],
      [await envelopedVp(payload([enveloped(tampered)]), signer), binding, 'signature-invalid'],
    ]
    for (const [vp, options, code] of cases) {
      const { status, body } = await verifyVp(vp, options)
      expect({ status, verified: body.verified }).toEqual({ status: 422, verified: false })
      expect(codes(body.errors)).toContain(code)
    }
  })
})
