// PUT and DELETE /api/v1/admin/did-documents/{did}: how an operator lets the node resolve a
// partner's did:web offline, everything it refuses to hold, and how it withdraws a document.
import { base64url, exportJWK } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { partnerOffering } from '../helpers/credentials.js'
import { ADMIN_TOKEN, adminHeaders, codes, expectProblem, type Json } from '../helpers/partner.js'
import {
  createPki,
  didDocument,
  generateKeys,
  pemOf,
  type Pki,
  signJws2020,
  tagusParticipant,
  x5cOf,
} from '../helpers/tagus.js'
import { createTestNode } from '../helpers/test-node.js'
import { didWebSigner, vcJwt } from '../helpers/vc-jwt.js'

let node: Awaited<ReturnType<typeof createTestNode>>
// a Tagus partner: a PS256 key certified under the operator's trust anchor
let tagusKeys: CryptoKeyPair
let pki: Pki
beforeAll(async () => {
  tagusKeys = await generateKeys('PS256')
  pki = await createPki(tagusKeys)
  node = await createTestNode({
    env: { GXC_ADMIN_TOKEN: ADMIN_TOKEN, GXC_TRUST_ANCHORS_PEM: pemOf(pki.root.certificate) },
  })
})
afterAll(() => node.close())

function put(did: string, document: unknown, headers = adminHeaders()) {
  return node.app.request(`/api/v1/admin/did-documents/${encodeURIComponent(did)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(document),
  })
}

function remove(did: string, headers = adminHeaders()) {
  return node.app.request(`/api/v1/admin/did-documents/${encodeURIComponent(did)}`, {
    method: 'DELETE',
    headers,
  })
}

/** The validation report of a VC-JWT, or of a JSON-LD credential. */
async function validate(credential: string | Json) {
  const jwt = typeof credential === 'string'
  const res = await node.app.request('/api/v1/validate', {
    method: 'POST',
    headers: { 'Content-Type': jwt ? 'application/vc+jwt' : 'application/json' },
    body: jwt ? credential : JSON.stringify(credential),
  })
  return (await res.json()) as Json
}

/** A Tagus participant credential of `did`, signed by the Tagus partner's key. */
function signTagus(did: string, verificationMethod = `${did}#X509-JWK2020`) {
  return signJws2020(tagusParticipant(did), {
    privateKey: tagusKeys.privateKey,
    alg: 'PS256',
    verificationMethod,
    loader: node.ctx.loader,
    flavour: 'gaia-x',
  })
}

function tagusDocument(did: string) {
  return didDocument(did, tagusKeys.publicKey, 'PS256', {
    x5c: x5cOf(pki.leaf.certificate, pki.intermediate.certificate),
  })
}

describe('PUT /api/v1/admin/did-documents/{did}', () => {
  it('makes a did:web issuer resolvable: its VC-JWT verifies once the document is held', async () => {
    const { signer, document } = await didWebSigner('ES256', 'held-partner.example')
    const jwt = await vcJwt(signer, partnerOffering(signer.did, 'held'))
    expect(codes((await validate(jwt)).errors)).toContain('verification-method-unresolvable')

    const res = await put(signer.did, document)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ did: signer.did })
    expect((await validate(jwt)).verified).toBe(true)
  })

  it('replaces a held document, so a rotated key takes over', async () => {
    const first = await didWebSigner('ES256', 'rotating.example')
    const second = await didWebSigner('ES256', 'rotating.example')
    expect((await put(first.signer.did, first.document)).status).toBe(200)
    expect((await put(second.signer.did, second.document)).status).toBe(200)
    const old = await vcJwt(first.signer, partnerOffering(first.signer.did, 'rotated'))
    const current = await vcJwt(second.signer, partnerOffering(second.signer.did, 'rotated'))
    expect((await validate(old)).verified).toBe(false)
    expect((await validate(current)).verified).toBe(true)
  })

  it('answers 401 without the admin token, and holds nothing', async () => {
    const { signer, document } = await didWebSigner('ES256', 'no-token.example')
    await expectProblem(await put(signer.did, document, {}), 401, 'unauthorized')
    const jwt = await vcJwt(signer, partnerOffering(signer.did, 'no-token'))
    expect((await validate(jwt)).verified).toBe(false)
  })

  it.each([
    [
      'a document filed under another DID',
      'did:web:other.example',
      (d: Json) => d,
      'did-document-id-mismatch',
    ],
    [
      'a DID that is not did:web',
      'did:key:z6MkExample',
      (d: Json) => ({ ...d, id: 'did:key:z6MkExample' }),
      'did-not-web',
    ],
    [
      'no verification method',
      undefined,
      (d: Json) => ({ ...d, verificationMethod: [] }),
      'did-document-methods-invalid',
    ],
    [
      'a method of another DID',
      undefined,
      (d: Json) => ({
        ...d,
        verificationMethod: [{ ...d.verificationMethod[0], id: 'did:web:evil.example#key-1' }],
      }),
      'did-document-method-foreign',
    ],
    [
      'a private key',
      undefined,
      (d: Json) => ({
        ...d,
        verificationMethod: [
          {
            ...d.verificationMethod[0],
            publicKeyJwk: { ...d.verificationMethod[0].publicKeyJwk, d: 'secret' },
          },
        ],
      }),
      'did-document-private-key',
    ],
  ])('refuses %s (400)', async (_name, did, change, code) => {
    const { signer, document } = await didWebSigner('ES256', 'refused.example')
    const res = await put(did ?? signer.did, change(document as Json))
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(codes(problem.errors)).toContain(code)
    // the private key is never echoed back
    expect(JSON.stringify(problem)).not.toContain('secret')
  })
})

describe('DELETE /api/v1/admin/did-documents/{did}', () => {
  it('withdraws a held document: the DID’s VC-JWT and Tagus credentials no longer verify', async () => {
    const { signer, document } = await didWebSigner('ES256', 'withdrawn.example')
    const jwt = await vcJwt(signer, partnerOffering(signer.did, 'withdrawn'))
    const tagusDid = 'did:web:tagus-withdrawn.example'
    const tagus = await signTagus(tagusDid)
    expect((await put(signer.did, document)).status).toBe(200)
    expect((await put(tagusDid, await tagusDocument(tagusDid))).status).toBe(200)
    expect((await validate(jwt)).verified).toBe(true)
    expect((await validate(tagus)).verified).toBe(true)

    for (const did of [signer.did, tagusDid]) {
      const res = await remove(did)
      expect(res.status).toBe(204)
      expect(await res.text()).toBe('')
    }
    for (const credential of [jwt, tagus]) {
      const report = await validate(credential)
      expect(report.verified).toBe(false)
      expect(codes(report.errors)).toContain('verification-method-unresolvable')
    }
  })

  it('leaves a withdrawn Tagus issuer no way back as a did:jwk of the same key and chain', async () => {
    const did = 'did:web:tagus-switching.example'
    expect((await put(did, await tagusDocument(did))).status).toBe(200)
    expect((await remove(did)).status).toBe(204)
    const jwk = {
      ...(await exportJWK(tagusKeys.publicKey)),
      alg: 'PS256',
      x5c: x5cOf(pki.leaf.certificate, pki.intermediate.certificate),
    }
    const didJwk = `did:jwk:${base64url.encode(JSON.stringify(jwk))}`
    const report = await validate(await signTagus(didJwk, `${didJwk}#0`))
    expect(report.verified).toBe(false)
    expect(codes(report.errors)).toContain('verification-method-unresolvable')
  })

  it('answers 404 for a DID whose document it does not hold', async () => {
    await expectProblem(await remove('did:web:never-held.example'), 404, 'not-found')
    const { signer, document } = await didWebSigner('ES256', 'held-once.example')
    expect((await put(signer.did, document)).status).toBe(200)
    expect((await remove(signer.did)).status).toBe(204)
    await expectProblem(await remove(signer.did), 404, 'not-found')
  })

  it('answers 401 without the admin token, and keeps the document', async () => {
    const { signer, document } = await didWebSigner('ES256', 'kept.example')
    expect((await put(signer.did, document)).status).toBe(200)
    await expectProblem(await remove(signer.did, {}), 401, 'unauthorized')
    const jwt = await vcJwt(signer, partnerOffering(signer.did, 'kept'))
    expect((await validate(jwt)).verified).toBe(true)
  })

  it('is documented in the node’s OpenAPI document as an operator route', async () => {
    const doc = (await (await node.app.request('/openapi.json')).json()) as Json
    const operation = doc.paths['/api/v1/admin/did-documents/{did}']?.delete
    expect(operation).toMatchObject({ security: [{ adminBearer: [] }] })
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['204', '401', '404']))
  })
})
