// Tagus (Trust Framework 22.10) test material made on the spot: an X.509 PKI (root, intermediate,
// leaf), did:web documents with JsonWebKey2020 methods, and a JsonWebSignature2020 signer written
// from the algorithm's sources (W3C CCG lds-jws2020; Gaia-X's hex-hash variant), independently of
// src/credentials/jws-2020/jws-2020.ts. WebCrypto only, so the workers suite uses it too.
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { exportJWK, FlattenedSign, type JWK } from 'jose'
import jsonld from 'jsonld'
import {
  GAIA_X_TAGUS_CONTEXT,
  JWS_2020_CONTEXT,
  VC_V1_CONTEXT,
} from '../../src/credentials/contexts.js'
import type { DocumentLoader } from '../../src/credentials/document-loader.js'

// re-exported so that tests get @peculiar/x509 after the Reflect polyfill above
export { KeyUsageFlags } from '@peculiar/x509'

export type Alg = 'PS256' | 'ES256' | 'ES384' | 'EdDSA'

// both runtimes' WebCrypto accept these; their TypeScript names differ (DOM vs workerd types)
const KEY_PARAMS: Record<Alg, { name: string } & Record<string, unknown>> = {
  PS256: {
    name: 'RSA-PSS',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
  ES384: { name: 'ECDSA', namedCurve: 'P-384' },
  EdDSA: { name: 'Ed25519' },
}
const CA_ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }

export async function generateKeys(alg: Alg): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(KEY_PARAMS[alg], true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair
}

export type Issued = { certificate: x509.X509Certificate; keys: CryptoKeyPair }

/**
 * RSASSA-PKCS1-v1_5 keys of any size, for RSA certificates (1024 bits: a key the node must refuse).
 */
export async function generateRsaKeys(modulusLength: number): Promise<CryptoKeyPair> {
  const params = {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  }
  return (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair
}

export type CertificateOptions = {
  name: string
  /** The key the certificate is for; a fresh P-256 CA key when omitted. */
  keys?: CryptoKeyPair
  /** The issuing certificate and its keys; self-signed when omitted. */
  issuer?: Issued
  ca?: boolean
  pathLength?: number
  /** `x509.KeyUsageFlags` or-ed together; no key usage extension when omitted. */
  keyUsage?: number
  /** The hash of the issuer's signature (ECDSA or RSASSA-PKCS1-v1_5): SHA-1 for refusal tests. */
  signatureHash?: 'SHA-1' | 'SHA-256'
  /** Critical extensions as raw DER values (OID → value): garbled ones for refusal tests. */
  rawExtensions?: Record<string, Uint8Array<ArrayBuffer>>
  notBefore?: Date
  notAfter?: Date
}

let serial = 1

/** One X.509 certificate signed by `issuer` (or itself) with its key, SHA-256 unless told. */
export async function issueCertificate(options: CertificateOptions): Promise<Issued> {
  const keys =
    options.keys ??
    ((await crypto.subtle.generateKey(CA_ALG, true, ['sign', 'verify'])) as CryptoKeyPair)
  const subject = `CN=${options.name}, O=Bleu test PKI, C=FR`
  const extensions: x509.Extension[] = []
  if (options.ca !== undefined) {
    extensions.push(new x509.BasicConstraintsExtension(options.ca, options.pathLength, true))
  }
  if (options.keyUsage !== undefined) {
    extensions.push(new x509.KeyUsagesExtension(options.keyUsage, true))
  }
  for (const [oid, value] of Object.entries(options.rawExtensions ?? {})) {
    extensions.push(new x509.Extension(oid, true, value))
  }
  const signing = await signingWith(
    (options.issuer?.keys ?? keys).privateKey,
    options.signatureHash ?? 'SHA-256',
  )
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: (serial++).toString(16).padStart(4, '0'),
    subject,
    issuer: options.issuer?.certificate.subject ?? subject,
    notBefore: options.notBefore ?? new Date('2026-01-01T00:00:00Z'),
    notAfter: options.notAfter ?? new Date('2028-01-01T00:00:00Z'),
    signingAlgorithm: signing.algorithm,
    publicKey: keys.publicKey,
    signingKey: signing.key,
    extensions,
  })
  return { certificate, keys }
}

/** The algorithm and key that sign with `hash`: an RSA key fixes its hash, so it is re-imported. */
async function signingWith(privateKey: CryptoKey, hash: string) {
  const { name } = privateKey.algorithm
  const algorithm = { name, hash }
  if (name !== 'RSASSA-PKCS1-v1_5') return { algorithm, key: privateKey }
  const pkcs8 = (await crypto.subtle.exportKey('pkcs8', privateKey)) as ArrayBuffer
  const key = await crypto.subtle.importKey('pkcs8', pkcs8, algorithm, false, ['sign'])
  return { algorithm, key }
}

export type Pki = { root: Issued; intermediate: Issued; leaf: Issued }

/** root → intermediate (CA) → leaf for `leafKeys`; every option overrides one certificate. */
export async function createPki(
  leafKeys: CryptoKeyPair,
  overrides: {
    root?: Partial<CertificateOptions>
    intermediate?: Partial<CertificateOptions>
    leaf?: Partial<CertificateOptions>
  } = {},
): Promise<Pki> {
  const root = await issueCertificate({ name: 'Test Root CA', ca: true, ...overrides.root })
  const intermediate = await issueCertificate({
    name: 'Test Issuing CA',
    ca: true,
    pathLength: 0,
    issuer: root,
    ...overrides.intermediate,
  })
  const leaf = await issueCertificate({
    name: 'partner.example',
    ca: false,
    keys: leafKeys,
    issuer: intermediate,
    ...overrides.leaf,
  })
  return { root, intermediate, leaf }
}

/** RFC 7517 x5c: standard base64 DER, leaf first. */
export function x5cOf(...certificates: x509.X509Certificate[]): string[] {
  return certificates.map((c) => c.toString('base64'))
}

export function pemOf(...certificates: x509.X509Certificate[]): string {
  return certificates.map((c) => c.toString('pem')).join('\n')
}

/** A did:web document with one JsonWebKey2020 assertion method, as Gaia-X issuers publish. */
export async function didDocument(
  did: string,
  publicKey: CryptoKey,
  alg: Alg,
  jwkExtras: Partial<JWK> & { x5c?: string[]; x5u?: string } = {},
  fragment = 'X509-JWK2020',
) {
  const id = `${did}#${fragment}`
  const jwk = { ...(await exportJWK(publicKey)), alg, ...jwkExtras }
  return {
    '@context': ['https://www.w3.org/ns/did/v1', JWS_2020_CONTEXT],
    id: did,
    verificationMethod: [{ id, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk }],
    assertionMethod: [id],
  }
}

/** A Tagus gx:LegalParticipant credential as the Gaia-X Wizard issued them (VC 1.1). */
export function tagusParticipant(did: string, overrides: Record<string, unknown> = {}) {
  const base = 'https://partner.example/credentials'
  return {
    '@context': [VC_V1_CONTEXT, JWS_2020_CONTEXT, GAIA_X_TAGUS_CONTEXT],
    type: ['VerifiableCredential'],
    id: `${base}/participant`,
    issuer: did,
    issuanceDate: '2026-06-01T08:00:00.000Z',
    credentialSubject: {
      type: 'gx:LegalParticipant',
      id: `${base}/participant#subject`,
      'gx:legalName': 'Partenaire Exemple SAS',
      'gx:legalRegistrationNumber': { id: `${base}/lrn#subject` },
      'gx:headquarterAddress': { 'gx:countrySubdivisionCode': 'FR-69' },
      'gx:legalAddress': { 'gx:countrySubdivisionCode': 'FR-69' },
    },
    ...overrides,
  }
}

export type SignOptions = {
  privateKey: CryptoKey
  alg: Alg
  verificationMethod: string
  loader: DocumentLoader
  /** `specification`: SHA-256(proof options) ‖ SHA-256(document); `gaia-x`: hex SHA-256(document). */
  flavour?: 'specification' | 'gaia-x'
  created?: string
  /** Replaces the protected header (malformed-JWS cases). */
  header?: Record<string, unknown>
}

/** Signs `credential` with a detached, unencoded-payload JWS (RFC 7797) as Tagus issuers did. */
export async function signJws2020<T extends Record<string, unknown>>(
  credential: T,
  options: SignOptions,
) {
  const canonize = (input: object) =>
    jsonld.canonize(input, {
      algorithm: 'URDNA2015',
      format: 'application/n-quads',
      documentLoader: options.loader,
      safe: true,
    })
  const proof = {
    type: 'JsonWebSignature2020',
    created: options.created ?? '2026-06-01T08:00:01.000Z',
    proofPurpose: 'assertionMethod',
    verificationMethod: options.verificationMethod,
  }
  const documentHash = await sha256(await canonize(credential))
  let payload: Uint8Array
  if (options.flavour === 'gaia-x') {
    payload = new TextEncoder().encode(hex(documentHash))
  } else {
    const proofHash = await sha256(await canonize({ '@context': credential['@context'], ...proof }))
    payload = new Uint8Array([...proofHash, ...documentHash])
  }
  const signed = await new FlattenedSign(payload)
    .setProtectedHeader(
      (options.header ?? { alg: options.alg, b64: false, crit: ['b64'] }) as { alg: string },
    )
    .sign(options.privateKey)
  return { ...credential, proof: { ...proof, jws: `${signed.protected}..${signed.signature}` } }
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
