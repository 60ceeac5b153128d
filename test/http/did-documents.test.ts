// PUT /api/v1/admin/did-documents/{did}: how an operator lets the node resolve a partner's did:web
// offline, and everything it refuses to hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { partnerOffering } from '../helpers/credentials.js'
import { ADMIN_TOKEN, adminHeaders, codes, expectProblem, type Json } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'
import { didWebSigner, vcJwt } from '../helpers/vc-jwt.js'

let node: Awaited<ReturnType<typeof createTestNode>>
beforeAll(async () => {
  node = await createTestNode({ env: { GXC_ADMIN_TOKEN: ADMIN_TOKEN } })
})
afterAll(() => node.close())

function put(did: string, document: unknown, headers = adminHeaders()) {
  return node.app.request(`/api/v1/admin/did-documents/${encodeURIComponent(did)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(document),
  })
}

async function validate(jwt: string) {
  const res = await node.app.request('/api/v1/validate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/vc+jwt' },
    body: jwt,
  })
  return (await res.json()) as Json
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
