// Tagus JsonWebSignature2020 inside workerd: @peculiar/x509 (with its Reflect polyfill), jose and
// WebCrypto build a PKI, sign and verify exactly as on Node.
import { describe, expect, it } from 'vitest'
import { createDidResolver } from '../../src/credentials/did/did.js'
import { createDocumentLoader } from '../../src/credentials/document-loader.js'
import { verifyCredential } from '../../src/credentials/data-integrity/verify.js'
import { parseTrustAnchors } from '../../src/credentials/jws-2020/x509.js'
import {
  type Alg,
  createPki,
  didDocument,
  generateKeys,
  issueCertificate,
  signJws2020,
  tagusParticipant,
  x5cOf,
} from '../helpers/tagus.js'

const NOW = new Date('2026-11-28T12:00:00Z')
const DID = 'did:web:partner.example'

async function signed(alg: Alg, flavour: 'gaia-x' | 'specification') {
  const keys = await generateKeys(alg)
  const pki = await createPki(keys)
  const document = await didDocument(DID, keys.publicKey, alg, {
    x5c: x5cOf(pki.leaf.certificate, pki.intermediate.certificate),
  })
  const loader = createDocumentLoader({
    resolveDid: createDidResolver(async (did) => (did === DID ? document : undefined)),
  })
  const credential = await signJws2020(tagusParticipant(DID), {
    privateKey: keys.privateKey,
    alg,
    verificationMethod: `${DID}#X509-JWK2020`,
    loader,
    flavour,
  })
  return { credential, loader, anchors: parseTrustAnchors(pki.root.certificate.toString('pem')) }
}

describe('JsonWebSignature2020 on workerd', () => {
  it.each([
    ['PS256', 'specification'],
    ['ES256', 'gaia-x'],
  ] as const)('verifies a %s proof (%s payload) with a trusted x5c chain', async (alg, flavour) => {
    const { credential, loader, anchors } = await signed(alg, flavour)
    const result = await verifyCredential(credential, { loader, now: NOW, trustAnchors: anchors })
    expect(result).toEqual({ verified: true, proofType: 'JsonWebSignature2020', errors: [] })
  })

  it('refuses a chain that leads to another root', async () => {
    const { credential, loader } = await signed('ES256', 'specification')
    const other = await issueCertificate({ name: 'Other Root', ca: true })
    const trustAnchors = parseTrustAnchors(other.certificate.toString('pem'))
    const result = await verifyCredential(credential, { loader, now: NOW, trustAnchors })
    expect(result.errors.map((e) => e.code)).toEqual(['certificate-untrusted'])
  })
})
