import * as base58 from 'base58-universal'
import { base64url, exportJWK } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Alg,
  createPki,
  didDocument,
  generateKeys,
  generateRsaKeys,
  type Issued,
  issueCertificate,
  KeyUsageFlags,
  pemOf,
  type Pki,
  signJws2020,
  tagusParticipant,
  x5cOf,
} from '../../../test/helpers/tagus.js'
import { createDidResolver } from '../did/did.js'
import { createDocumentLoader } from '../document-loader.js'
import { verifyJsonWebSignature2020 } from './jws-2020.js'
import { verifyCredential, type VerifyOptions } from '../data-integrity/verify.js'
import { checkCertificateChain, parseTrustAnchors, type TrustAnchors } from './x509.js'

const NOW = new Date('2026-11-28T12:00:00Z')
const DID = 'did:web:partner.example'
const METHOD = `${DID}#X509-JWK2020`

const documents = new Map<string, Record<string, unknown>>()
const loader = createDocumentLoader({
  resolveDid: createDidResolver(async (did) => documents.get(did) as never),
})

type Issuer = { alg: Alg; keys: CryptoKeyPair; pki: Pki; anchors: TrustAnchors }

async function issuer(alg: Alg, overrides?: Parameters<typeof createPki>[1]): Promise<Issuer> {
  const keys = await generateKeys(alg)
  const pki = await createPki(keys, overrides)
  return { alg, keys, pki, anchors: parseTrustAnchors(pki.root.certificate.toString('pem')) }
}

/** Holds the issuer's DID document (leaf + intermediate in x5c) and signs a participant. */
async function signedBy(who: Issuer, flavour?: 'gaia-x' | 'specification', jwk = {}) {
  const { leaf, intermediate } = who.pki
  documents.set(
    DID,
    await didDocument(DID, who.keys.publicKey, who.alg, {
      x5c: x5cOf(leaf.certificate, intermediate.certificate),
      ...jwk,
    }),
  )
  return signJws2020(tagusParticipant(DID), {
    privateKey: who.keys.privateKey,
    alg: who.alg,
    verificationMethod: METHOD,
    loader,
    flavour,
  })
}

function verify(credential: Record<string, unknown>, options: Partial<VerifyOptions> = {}) {
  return verifyCredential(credential, { loader, now: NOW, ...options })
}

const codes = (result: { errors: { code: string }[] }) => result.errors.map((e) => e.code)

let rsa: Issuer
let ec: Issuer

beforeAll(async () => {
  ;[rsa, ec] = await Promise.all([issuer('PS256'), issuer('ES256')])
})

describe('verifyCredential with JsonWebSignature2020 (Tagus)', () => {
  it('verifies a PS256 proof over the specification payload with a trusted x5c chain', async () => {
    const credential = await signedBy(rsa, 'specification')
    const result = await verify(credential, { trustAnchors: rsa.anchors })
    expect(result).toEqual({ verified: true, proofType: 'JsonWebSignature2020', errors: [] })
  })

  it('verifies a PS256 proof over the Gaia-X payload (hex SHA-256 of the credential)', async () => {
    const credential = await signedBy(rsa, 'gaia-x')
    expect((await verify(credential, { trustAnchors: rsa.anchors })).verified).toBe(true)
  })

  it.each(['specification', 'gaia-x'] as const)(
    'verifies an ES256 proof (%s payload)',
    async (f) => {
      const credential = await signedBy(ec, f)
      expect(await verify(credential, { trustAnchors: ec.anchors })).toMatchObject({ errors: [] })
    },
  )

  it.each(['ES384', 'EdDSA'] as const)('verifies an %s proof', async (alg) => {
    const who = await issuer(alg)
    const credential = await signedBy(who)
    expect(await verify(credential, { trustAnchors: who.anchors })).toMatchObject({ errors: [] })
  })

  it('trusts a chain whose root is included, and a leaf pinned as an anchor', async () => {
    const { leaf, intermediate, root } = rsa.pki
    const credential = await signedBy(rsa, undefined, {
      x5c: x5cOf(leaf.certificate, intermediate.certificate, root.certificate),
    })
    expect((await verify(credential, { trustAnchors: rsa.anchors })).verified).toBe(true)
    const pinned = parseTrustAnchors(leaf.certificate.toString('pem'))
    expect((await verify(credential, { trustAnchors: pinned })).verified).toBe(true)
  })

  it('rejects a credential whose claims changed after signing', async () => {
    const credential = await signedBy(rsa)
    credential.credentialSubject['gx:legalName'] = 'Autre SAS'
    expect(codes(await verify(credential, { trustAnchors: rsa.anchors }))).toEqual([
      'signature-invalid',
    ])
  })

  it('rejects changed proof options under the specification payload', async () => {
    const credential = await signedBy(ec, 'specification')
    credential.proof.created = '2026-06-02T08:00:01.000Z'
    expect(codes(await verify(credential, { trustAnchors: ec.anchors }))).toEqual([
      'signature-invalid',
    ])
  })

  it('rejects a proof signed with another key than the DID document lists', async () => {
    const credential = await signedBy(ec)
    const other = await generateKeys('ES256')
    const forged = await signJws2020(tagusParticipant(DID), {
      privateKey: other.privateKey,
      alg: 'ES256',
      verificationMethod: METHOD,
      loader,
    })
    expect(
      codes(await verify({ ...credential, proof: forged.proof }, { trustAnchors: ec.anchors })),
    ).toEqual(['signature-invalid'])
  })

  it('reports an unknown key id, and an issuer DID it does not hold, as unresolvable', async () => {
    const credential = await signedBy(ec)
    const unknownKid = {
      ...credential,
      proof: { ...credential.proof, verificationMethod: `${DID}#other` },
    }
    expect(codes(await verify(unknownKid, { trustAnchors: ec.anchors }))).toEqual([
      'verification-method-unresolvable',
    ])
    const stranger = 'did:web:stranger.example'
    const unheld = {
      ...credential,
      issuer: stranger,
      proof: { ...credential.proof, verificationMethod: `${stranger}#key` },
    }
    const result = await verify(unheld, { trustAnchors: ec.anchors })
    expect(codes(result)).toEqual(['verification-method-unresolvable'])
    expect(result.errors[0]!.message.en).toContain('GXC_FETCH_ALLOW')
  })

  it('rejects a key whose issuer is not the credential issuer', async () => {
    const credential = await signedBy(ec)
    const result = await verify(
      { ...credential, issuer: 'did:web:someone.example' },
      {
        trustAnchors: ec.anchors,
      },
    )
    expect(codes(result)).toEqual(['proof-purpose-invalid'])
  })

  it('says that no x5c/x5u chain can be trusted without configured trust anchors', async () => {
    const credential = await signedBy(ec)
    for (const trustAnchors of [undefined, parseTrustAnchors('')]) {
      const result = await verify(credential, { trustAnchors })
      expect(codes(result)).toEqual(['certificate-untrusted'])
      expect(result.errors[0]!.message.en).toContain('no trust anchors configured')
      expect(result.errors[0]!.message.fr).toContain('aucune ancre de confiance')
    }
  })

  it('rejects a chain that leads to another root', async () => {
    const credential = await signedBy(ec)
    const strangerRoot = await issueCertificate({ name: 'Other Root', ca: true })
    const anchors = parseTrustAnchors(strangerRoot.certificate.toString('pem'))
    expect(codes(await verify(credential, { trustAnchors: anchors }))).toEqual([
      'certificate-untrusted',
    ])
  })

  it.each([
    ['expired', 'certificate-expired', { notAfter: new Date('2026-06-30T00:00:00Z') }],
    ['not yet valid', 'certificate-not-yet-valid', { notBefore: new Date('2027-01-01T00:00:00Z') }],
  ])('rejects an %s leaf certificate', async (_, code, leaf) => {
    const who = await issuer('ES256', { leaf })
    expect(codes(await verify(await signedBy(who), { trustAnchors: who.anchors }))).toEqual([code])
  })

  it('rejects a chain whose intermediate is not a CA', async () => {
    const who = await issuer('ES256', { intermediate: { ca: false } })
    expect(codes(await verify(await signedBy(who), { trustAnchors: who.anchors }))).toEqual([
      'certificate-not-ca',
    ])
  })

  it('rejects a JWK that is not the leaf certificate’s key', async () => {
    const credential = await signedBy(ec)
    const other = await createPki(await generateKeys('ES256'))
    const document = await didDocument(DID, ec.keys.publicKey, 'ES256', {
      x5c: x5cOf(other.leaf.certificate, other.intermediate.certificate),
    })
    documents.set(DID, document)
    const anchors = parseTrustAnchors(other.root.certificate.toString('pem'))
    expect(codes(await verify(credential, { trustAnchors: anchors }))).toEqual([
      'certificate-key-mismatch',
    ])
  })

  it('requires a certificate chain and rejects a malformed one', async () => {
    const credential = await signedBy(ec, undefined, { x5c: undefined })
    expect(codes(await verify(credential, { trustAnchors: ec.anchors }))).toEqual([
      'certificate-chain-missing',
    ])
    await signedBy(ec, undefined, { x5c: ['bm90IGEgY2VydGlmaWNhdGU='] })
    expect(codes(await verify(credential, { trustAnchors: ec.anchors }))).toEqual([
      'certificate-malformed',
    ])
  })

  it.each([
    ['none', { alg: 'none', b64: false, crit: ['b64'] }],
    ['HS256', { alg: 'HS256', b64: false, crit: ['b64'] }],
    ['RS256', { alg: 'RS256', b64: false, crit: ['b64'] }],
  ])('refuses the algorithm %s', async (_, header) => {
    const credential = await signedBy(rsa)
    credential.proof.jws = `${encode(header)}..${'A'.repeat(86)}`
    expect(codes(await verify(credential, { trustAnchors: rsa.anchors }))).toEqual([
      'jws-algorithm-unsupported',
    ])
  })

  it.each([
    ['an attached payload', (h: string, s: string) => `${h}.cGF5bG9hZA.${s}`],
    ['b64 left out', (_: string, s: string) => `${encode({ alg: 'PS256' })}..${s}`],
    ['crit without b64', (_: string, s: string) => `${encode({ alg: 'PS256', b64: false })}..${s}`],
    ['a header that is not JSON', (_: string, s: string) => `bm90IGpzb24..${s}`],
    ['two parts', (h: string) => `${h}.`],
    ['no jws at all', () => undefined],
  ])('rejects a JWS with %s as malformed', async (_, jws) => {
    const credential = await signedBy(rsa)
    const [header, , signature] = credential.proof.jws.split('.') as [string, string, string]
    const proof = { ...credential.proof, jws: jws(header, signature) }
    expect(codes(await verify({ ...credential, proof }, { trustAnchors: rsa.anchors }))).toEqual([
      'jws-malformed',
    ])
  })

  it('reports an expired credential and still checks its proof', async () => {
    const credential = await signedBy(ec)
    const expired = { ...credential, expirationDate: '2026-07-01T00:00:00Z' }
    const result = await verifyJsonWebSignature2020(expired, {
      loader,
      now: NOW,
      trustAnchors: ec.anchors,
    })
    expect(codes(result)).toEqual(['credential-expired', 'signature-invalid'])
    expect(result.errors[0]!.path).toBe('/expirationDate')
  })
})

function encode(header: object): string {
  return base64url.encode(JSON.stringify(header))
}

/** Holds a did:web document whose key `chain` (leaf first) certifies, and signs a participant. */
async function signedWithChain(keys: CryptoKeyPair, chain: Issued[], alg: Alg = 'ES256') {
  const x5c = x5cOf(...chain.map((issued) => issued.certificate))
  documents.set(DID, await didDocument(DID, keys.publicKey, alg, { x5c }))
  return signJws2020(tagusParticipant(DID), {
    privateKey: keys.privateKey,
    alg,
    verificationMethod: METHOD,
    loader,
  })
}

function anchorsOf(...issued: Issued[]): TrustAnchors {
  return parseTrustAnchors(pemOf(...issued.map((i) => i.certificate)))
}

describe('who may issue a JsonWebSignature2020 credential', () => {
  it('refuses a did:jwk issuer even when its JWK carries an x5c chain to a trusted anchor', async () => {
    const { leaf, intermediate } = ec.pki
    const jwk = {
      ...(await exportJWK(ec.keys.publicKey)),
      alg: 'ES256',
      x5c: x5cOf(leaf.certificate, intermediate.certificate),
    }
    const did = `did:jwk:${base64url.encode(JSON.stringify(jwk))}`
    const credential = await signJws2020(tagusParticipant(did), {
      privateKey: ec.keys.privateKey,
      alg: 'ES256',
      verificationMethod: `${did}#0`,
      loader,
    })
    const result = await verify(credential, { trustAnchors: ec.anchors })
    expect(codes(result)).toEqual(['verification-method-unresolvable'])
    expect(result.errors[0]!.message.en).toContain('PUT /api/v1/admin/did-documents/')
    expect(result.errors[0]!.message.en).toContain('must be a did:web')
    expect(result.errors[0]!.message.fr).toContain('doit être un did:web')
  })

  it('refuses a did:key issuer the same way', async () => {
    const keys = await generateKeys('EdDSA')
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey))
    const multibase = `z${base58.encode(new Uint8Array([0xed, 0x01, ...raw]))}`
    const did = `did:key:${multibase}`
    const credential = await signJws2020(tagusParticipant(did), {
      privateKey: keys.privateKey,
      alg: 'EdDSA',
      verificationMethod: `${did}#${multibase}`,
      loader,
    })
    const result = await verify(credential, { trustAnchors: ec.anchors })
    expect(codes(result)).toEqual(['verification-method-unresolvable'])
    expect(result.errors[0]!.message.en).toContain('must be a did:web')
  })
})

describe('the X.509 chain of a JsonWebSignature2020 key', () => {
  it('refuses a chain issued by an end-entity certificate put among the trust anchors', async () => {
    const keys = await generateKeys('ES256')
    const root = await issueCertificate({ name: 'Test Root CA', ca: true })
    for (const ca of [false, undefined]) {
      const partner = await issueCertificate({ name: 'Some Partner', ca, issuer: root })
      const leaf = await issueCertificate({
        name: 'minted.example',
        ca: false,
        keys,
        issuer: partner,
      })
      const result = await verify(await signedWithChain(keys, [leaf]), {
        trustAnchors: anchorsOf(partner),
      })
      expect(codes(result)).toEqual(['certificate-not-ca'])
      expect(result.errors[0]!.message.en).toContain('Some Partner')
    }
  })

  it('refuses a chain deeper than the path length of the anchor that issues it', async () => {
    const keys = await generateKeys('ES256')
    for (const [pathLength, expected] of [
      [0, ['certificate-not-ca']],
      [1, []],
    ] as const) {
      const pki = await createPki(keys, { root: { pathLength } })
      const credential = await signedWithChain(keys, [pki.leaf, pki.intermediate])
      expect(codes(await verify(credential, { trustAnchors: anchorsOf(pki.root) }))).toEqual(
        expected,
      )
    }
  })

  it('refuses an anchor whose key usage does not allow signing certificates', async () => {
    const keys = await generateKeys('ES256')
    const { digitalSignature, keyCertSign, cRLSign } = KeyUsageFlags
    for (const [keyUsage, expected] of [
      [digitalSignature | cRLSign, ['certificate-not-ca']],
      [keyCertSign | cRLSign, []],
    ] as const) {
      const pki = await createPki(keys, { root: { keyUsage } })
      const credential = await signedWithChain(keys, [pki.leaf, pki.intermediate])
      expect(codes(await verify(credential, { trustAnchors: anchorsOf(pki.root) }))).toEqual(
        expected,
      )
    }
  })

  it.each(['intermediate', 'root'] as const)(
    'refuses an RSA key shorter than 2048 bits in the %s certificate',
    async (where) => {
      const keys = await generateKeys('ES256')
      const pki = await createPki(keys, { [where]: { keys: await generateRsaKeys(1024) } })
      const result = await verify(await signedWithChain(keys, [pki.leaf, pki.intermediate]), {
        trustAnchors: anchorsOf(pki.root),
      })
      expect(codes(result)).toEqual(['certificate-weak-key'])
      expect(result.errors[0]!.message.en).toContain(pki[where].certificate.subject)
      expect(result.errors[0]!.message.fr).toContain('2048')
    },
  )

  it('verifies a chain of RSA-2048 certificate authorities', async () => {
    const keys = await generateKeys('ES256')
    const pki = await createPki(keys, {
      root: { keys: await generateRsaKeys(2048) },
      intermediate: { keys: await generateRsaKeys(2048) },
    })
    const credential = await signedWithChain(keys, [pki.leaf, pki.intermediate])
    expect(await verify(credential, { trustAnchors: anchorsOf(pki.root) })).toMatchObject({
      verified: true,
      errors: [],
    })
  })

  it('refuses an RSA leaf certificate shorter than 2048 bits, whatever its JWK says', async () => {
    const pki = await createPki(await generateRsaKeys(1024))
    const chain = [pki.leaf.certificate, pki.intermediate.certificate]
    expect(await checkCertificateChain(chain, anchorsOf(pki.root), NOW)).toEqual({
      ok: false,
      problem: 'certificate-weak-key',
      subject: pki.leaf.certificate.subject,
    })
  })

  it.each([
    [
      'the leaf (ECDSA with SHA-1)',
      'leaf',
      async () => ({ leaf: { signatureHash: 'SHA-1' as const } }),
    ],
    [
      'the intermediate (RSA with SHA-1)',
      'intermediate',
      async () => ({
        root: { keys: await generateRsaKeys(2048) },
        intermediate: { signatureHash: 'SHA-1' as const },
      }),
    ],
  ] as const)('refuses a chain where %s is signed with SHA-1', async (_, where, overrides) => {
    const keys = await generateKeys('ES256')
    const pki = await createPki(keys, await overrides())
    const result = await verify(await signedWithChain(keys, [pki.leaf, pki.intermediate]), {
      trustAnchors: anchorsOf(pki.root),
    })
    expect(codes(result)).toEqual(['certificate-weak-signature'])
    expect(result.errors[0]!.message.en).toContain(pki[where].certificate.subject)
    expect(result.errors[0]!.message.fr).toContain('SHA-1')
  })

  it('ignores the hash of a trust anchor’s own self-signature', async () => {
    const keys = await generateKeys('ES256')
    const pki = await createPki(keys, {
      root: { keys: await generateRsaKeys(2048), signatureHash: 'SHA-1' },
    })
    for (const chain of [
      [pki.leaf, pki.intermediate],
      [pki.leaf, pki.intermediate, pki.root],
    ]) {
      const credential = await signedWithChain(keys, chain)
      expect(codes(await verify(credential, { trustAnchors: anchorsOf(pki.root) }))).toEqual([])
    }
  })

  it('refuses a leaf whose key usage does not allow digital signatures', async () => {
    const keys = await generateKeys('ES256')
    const { digitalSignature, nonRepudiation, keyEncipherment, keyAgreement } = KeyUsageFlags
    for (const [keyUsage, expected] of [
      [keyEncipherment | keyAgreement, ['certificate-key-usage-invalid']],
      [digitalSignature, []],
      [nonRepudiation, []],
    ] as const) {
      const pki = await createPki(keys, { leaf: { keyUsage } })
      const result = await verify(await signedWithChain(keys, [pki.leaf, pki.intermediate]), {
        trustAnchors: anchorsOf(pki.root),
      })
      expect(codes(result)).toEqual(expected)
      if (expected.length) expect(result.errors[0]!.message.en).toContain('partner.example')
    }
  })

  it('refuses a certificate whose extensions do not decode', async () => {
    const keys = await generateKeys('ES256')
    // key usage (2.5.29.15) must be a BIT STRING; this is an ASN.1 NULL
    const garbled = { rawExtensions: { '2.5.29.15': new Uint8Array([0x05, 0x00]) } }
    for (const where of ['leaf', 'intermediate'] as const) {
      const pki = await createPki(keys, { [where]: garbled })
      const result = await verify(await signedWithChain(keys, [pki.leaf, pki.intermediate]), {
        trustAnchors: anchorsOf(pki.root),
      })
      expect(codes(result)).toEqual(['certificate-malformed'])
      expect(result.errors[0]!.message.en).toContain(pki[where].certificate.subject)
    }
  })

  it('refuses a CA’s own key as the signing key, unless the operator pinned that CA', async () => {
    const keys = await generateKeys('ES256')
    const root = await issueCertificate({ name: 'Test Root CA', ca: true })
    const caKey = await issueCertificate({ name: 'Test Issuing CA', ca: true, keys, issuer: root })
    const signing = await issueCertificate({
      name: 'Test Issuing CA',
      ca: true,
      keys,
      issuer: root,
      keyUsage: KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign,
    })
    const refused = ['certificate-key-usage-invalid']
    for (const [ca, trustAnchors, expected] of [
      [caKey, anchorsOf(root), refused],
      [caKey, anchorsOf(caKey), []],
      [signing, anchorsOf(root), refused],
      // pinned or not, a key meant only to sign certificates signs no credential
      [signing, anchorsOf(signing), refused],
    ] as const) {
      const credential = await signedWithChain(keys, [ca])
      expect(codes(await verify(credential, { trustAnchors }))).toEqual(expected)
    }
  })
})
