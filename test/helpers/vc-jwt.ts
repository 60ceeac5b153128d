// What a Loire partner's wallet does: hold keys (did:key, did:jwk or a did:web the node holds),
// sign credentials as VC-JWTs, envelope them in presentations, sign VP-JWTs for a node.
import * as base58 from 'base58-universal'
import { CompactSign, base64url, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { newDidKey } from './credentials.js'
import { createTestNode, TEST_NOW } from './test-node.js'

export type JwtAlg = 'ES256' | 'ES384' | 'PS256' | 'EdDSA'

/** A key a partner signs JWTs with, and the DID URL (`kid`) it is published under. */
export type JwtSigner = {
  did: string
  kid: string
  alg: JwtAlg
  privateKey: Awaited<ReturnType<typeof importJWK>>
  publicJwk: JWK
  /** The same Ed25519 key as a Data Integrity signer, for did:key signers. */
  dataIntegrity?: SigningKey
}

const GENERATE: Record<JwtAlg, [string, object?]> = {
  ES256: ['ES256'],
  ES384: ['ES384'],
  PS256: ['PS256', { modulusLength: 2048 }],
  EdDSA: ['EdDSA', { crv: 'Ed25519' }],
}

/** A fresh key pair for `alg`, its public half as a JWK. */
export async function newKeyPair(alg: JwtAlg) {
  const [name, options] = GENERATE[alg]
  const { privateKey, publicKey } = await generateKeyPair(name, { ...options, extractable: true })
  const { kty, crv, x, y, n, e } = await exportJWK(publicKey)
  const publicJwk = Object.fromEntries(
    Object.entries({ kty, crv, x, y, n, e }).filter(([, v]) => v !== undefined),
  ) as JWK
  return { privateKey, publicJwk }
}

/** A did:jwk signer: the DID is the public key, resolvable offline. */
export async function didJwkSigner(alg: JwtAlg): Promise<JwtSigner> {
  const { privateKey, publicJwk } = await newKeyPair(alg)
  const did = `did:jwk:${base64url.encode(JSON.stringify(publicJwk))}`
  return { did, kid: `${did}#0`, alg, privateKey, publicJwk }
}

/** A did:key Ed25519 signer (`newDidKey`), able to sign JWTs and Data Integrity proofs alike. */
export async function didKeySigner(): Promise<JwtSigner> {
  const key = await newDidKey()
  const secret: Uint8Array = base58.decode(key.keyPair.secretKeyMultibase!.slice(1))!
  const publicKey: Uint8Array = base58.decode(key.keyPair.publicKeyMultibase.slice(1))!
  const publicJwk: JWK = { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(publicKey.slice(2)) }
  const privateKey = await importJWK(
    { ...publicJwk, d: base64url.encode(secret.slice(2, 34)) },
    'EdDSA',
  )
  return {
    did: key.did,
    kid: key.verificationMethod,
    alg: 'EdDSA',
    privateKey,
    publicJwk,
    dataIntegrity: key,
  }
}

/**
 * A did:web signer and the DID document the node must hold for it, with the key listed under
 * `purposes` (by default both assertionMethod and authentication).
 */
export async function didWebSigner(
  alg: JwtAlg,
  host: string,
  purposes: string[] = ['assertionMethod', 'authentication'],
): Promise<{ signer: JwtSigner; document: Record<string, unknown> & { id: string } }> {
  const { privateKey, publicJwk } = await newKeyPair(alg)
  const did = `did:web:${host}`
  const kid = `${did}#key-1`
  const document = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: [
      { id: kid, type: 'JsonWebKey2020', controller: did, publicKeyJwk: publicJwk },
    ],
    ...Object.fromEntries(purposes.map((p) => [p, [kid]])),
  }
  return { signer: { did, kid, alg, privateKey, publicJwk }, document }
}

/** Signs any payload as a compact JWS with `signer`; `header` adds to or replaces the defaults. */
export function signJwt(
  signer: JwtSigner,
  payload: object,
  header: Record<string, unknown> = {},
): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: signer.alg, typ: 'vc+jwt', cty: 'vc', kid: signer.kid, ...header })
    .sign(signer.privateKey)
}

/** A credential secured as a VC-JWT (Loire: `typ: vc+jwt`, `cty: vc`). */
export function vcJwt(signer: JwtSigner, credential: object, header: Record<string, unknown> = {}) {
  return signJwt(signer, credential, header)
}

/** The EnvelopedVerifiableCredential that carries a VC-JWT inside a presentation. */
export function enveloped(jwt: string, mediaType = 'application/vc+jwt') {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: `data:${mediaType},${jwt}`,
    type: 'EnvelopedVerifiableCredential',
  }
}

/** A VC 2.0 presentation payload of `credentials` held by `holder`. */
export function presentationPayload(
  holder: string | undefined,
  credentials: object[],
  types: string[] = [],
) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation', ...types],
    ...(holder ? { holder } : {}),
    verifiableCredential: credentials,
  }
}

/** A VP-JWT for a node: holder `signer`, `nonce` = the node's challenge, `aud` = its domain. */
export function vpJwt(
  signer: JwtSigner,
  credentials: object[],
  binding: { challenge?: string; domain?: string; types?: string[] } = {},
  header: Record<string, unknown> = {},
): Promise<string> {
  const payload = {
    ...presentationPayload(signer.did, credentials, binding.types),
    ...(binding.challenge ? { nonce: binding.challenge } : {}),
    ...(binding.domain ? { aud: binding.domain } : {}),
  }
  return signJwt(signer, payload, { typ: 'vp+jwt', cty: 'vp', ...header })
}

/** A compact JWT with its payload replaced by `payload`, the signature kept (a tampered token). */
export function withPayload(jwt: string, payload: object): string {
  const [header, , signature] = jwt.split('.')
  return `${header}.${base64url.encode(JSON.stringify(payload))}.${signature}`
}

/** The decoded payload of a compact JWT. */
export function payloadOf(jwt: string): Record<string, any> {
  return JSON.parse(new TextDecoder().decode(base64url.decode(jwt.split('.')[1]!)))
}

/** A node open to newcomers (as `createTestNode`), holding the did:web documents given. */
export function jwtNode(didDocuments: (Record<string, unknown> & { id: string })[] = []) {
  return createTestNode({
    env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr', GXC_ONBOARDING: 'open' },
    didDocuments,
  })
}

/** A challenge the node issued, live for five minutes. */
export async function nodeChallenge(ctx: Awaited<ReturnType<typeof jwtNode>>['ctx']) {
  const challenge = crypto.randomUUID()
  const now = TEST_NOW.getTime()
  await ctx.store.createChallenge(challenge, now + 300_000, now)
  return { challenge, domain: ctx.config.publicUrl }
}
