// The key a VC-JWT or VP-JWT is verified with: its `kid` resolved through the node's offline DID
// resolver to a verification method, authorised for the proof purpose, turned into a WebCrypto key.
import * as base58 from 'base58-universal'
import { base64url, importJWK, type JWK } from 'jose'
import type { Finding } from '../../errors.js'
import type { DidDocumentResolver } from '../document-loader.js'
import { unresolvableMethod } from '../did/unresolvable.js'

/** The JWS algorithms the node verifies (Loire: ES256, PS256, EdDSA); `Ed25519` is RFC 9864's name for EdDSA over Ed25519. */
export const JWT_ALGORITHMS = ['ES256', 'ES384', 'PS256', 'EdDSA', 'Ed25519'] as const
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number]

export type ProofPurpose = 'assertionMethod' | 'authentication'

export type ResolvedKey = {
  key: Awaited<ReturnType<typeof importJWK>>
  did: string
  methodId: string
}

export type KeyLookup = {
  alg: JwtAlgorithm
  kid: unknown
  /** The DID a fragment-only `kid` is relative to: the JWT's `iss`, else the issuer or holder. */
  fallbackDid: string | undefined
  purpose: ProofPurpose
  resolveDid: DidDocumentResolver
}

type Message = Finding['message']

// alg → the JWK it needs (RFC 7518 §3.4, §3.5; RFC 8037 §3.1)
const KEY_TYPES: Record<JwtAlgorithm, { kty: string; crv?: string }> = {
  ES256: { kty: 'EC', crv: 'P-256' },
  ES384: { kty: 'EC', crv: 'P-384' },
  PS256: { kty: 'RSA' },
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
  Ed25519: { kty: 'OKP', crv: 'Ed25519' },
}
const PUBLIC_MEMBERS: Record<string, string[]> = {
  EC: ['kty', 'crv', 'x', 'y'],
  RSA: ['kty', 'n', 'e'],
  OKP: ['kty', 'crv', 'x'],
}
// multicodec varint of `ed25519-pub` (0xed), the header of z6Mk… keys
const ED25519_PUB_HEADER = [0xed, 0x01]

/**
 * Resolves the verification method a JWT names and checks that its DID controls it for
 * `purpose`. Returns the key, or the finding (path relative to the decoded payload) that says why not.
 *
 * @example
 * const found = await resolveJwtKey({ alg: 'ES256', kid, fallbackDid: iss, purpose: 'assertionMethod', resolveDid })
 * if ('key' in found) await compactVerify(jwt, found.key)
 */
export async function resolveJwtKey(lookup: KeyLookup): Promise<ResolvedKey | { error: Finding }> {
  const methodId = absoluteKid(lookup.kid, lookup.fallbackDid)
  if (!methodId) {
    return unresolvable(
      'The JWT header names no usable `kid`: give the verification method as a DID URL (did:…#key), or a fragment with `iss` set to the DID.',
      'L’en-tête du JWT ne désigne aucun `kid` utilisable : donnez la méthode de vérification en URL DID (did:…#clé), ou un fragment avec `iss` renseigné par le DID.',
    )
  }
  const did = methodId.slice(0, methodId.indexOf('#'))
  let document: unknown
  try {
    document = await lookup.resolveDid(did)
  } catch {
    document = undefined
  }
  const method = isObject(document) ? methodOf(document, did, methodId) : undefined
  if (!isObject(document) || !method) {
    const { en, fr } = unresolvableMethod(methodId)
    return unresolvable(en, fr)
  }
  if (!authorises(document, did, methodId, lookup.purpose)) {
    return {
      error: finding('proof-purpose-invalid', {
        en: `The key ${methodId} is not listed under ${lookup.purpose} in the DID document of ${did}. Sign with a key the DID document authorises for ${lookup.purpose === 'assertionMethod' ? 'assertions' : 'authentication'}.`,
        fr: `La clé ${methodId} ne figure pas sous ${lookup.purpose} dans le document DID de ${did}. Signez avec une clé que le document DID autorise pour ${lookup.purpose === 'assertionMethod' ? 'les assertions' : 'l’authentification'}.`,
      }),
    }
  }
  const jwk = jwkOf(method)
  if (!jwk) {
    return unresolvable(
      `The verification method ${methodId} carries neither a publicKeyJwk nor an Ed25519 publicKeyMultibase.`,
      `La méthode de vérification ${methodId} ne porte ni publicKeyJwk ni publicKeyMultibase Ed25519.`,
    )
  }
  const wanted = KEY_TYPES[lookup.alg]
  const fits =
    jwk.kty === wanted.kty &&
    (wanted.crv === undefined || jwk.crv === wanted.crv) &&
    (typeof method.publicKeyJwk !== 'object' ||
      (method.publicKeyJwk as JWK).alg === undefined ||
      (method.publicKeyJwk as JWK).alg === lookup.alg)
  try {
    if (!fits) throw new TypeError('key type mismatch')
    return { key: await importJWK(jwk, lookup.alg), did, methodId }
  } catch {
    return {
      error: finding('signature-invalid', {
        en: `The key ${methodId} is not a ${wanted.kty}${wanted.crv ? ` ${wanted.crv}` : ''} key usable with ${lookup.alg}: the JWT was signed with another key or algorithm.`,
        fr: `La clé ${methodId} n’est pas une clé ${wanted.kty}${wanted.crv ? ` ${wanted.crv}` : ''} utilisable avec ${lookup.alg} : le JWT a été signé avec une autre clé ou un autre algorithme.`,
      }),
    }
  }
}

function absoluteKid(kid: unknown, fallbackDid: string | undefined): string | undefined {
  if (typeof kid !== 'string' || kid.length === 0) return undefined
  if (kid.startsWith('did:')) return kid.includes('#') ? kid : undefined
  if (!fallbackDid?.startsWith('did:') || fallbackDid.includes('#')) return undefined
  return `${fallbackDid}#${kid.startsWith('#') ? kid.slice(1) : kid}`
}

/** The method with this id, listed in `verificationMethod` or embedded under a purpose. */
function methodOf(
  document: Record<string, unknown>,
  did: string,
  methodId: string,
): Record<string, unknown> | undefined {
  if (document.id !== did) return undefined
  const listed = ['verificationMethod', 'assertionMethod', 'authentication'].flatMap((key) =>
    Array.isArray(document[key]) ? (document[key] as unknown[]) : [],
  )
  return listed.find(
    (m): m is Record<string, unknown> =>
      isObject(m) && typeof m.id === 'string' && expand(m.id, did) === methodId,
  )
}

function authorises(
  document: Record<string, unknown>,
  did: string,
  methodId: string,
  purpose: ProofPurpose,
): boolean {
  const allowed = Array.isArray(document[purpose]) ? (document[purpose] as unknown[]) : []
  return allowed.some((entry) => {
    const id = typeof entry === 'string' ? entry : isObject(entry) ? entry.id : undefined
    return typeof id === 'string' && expand(id, did) === methodId
  })
}

function expand(id: string, did: string): string {
  return id.startsWith('#') ? did + id : id
}

function jwkOf(method: Record<string, unknown>): JWK | undefined {
  if (isObject(method.publicKeyJwk)) {
    const source = method.publicKeyJwk as Record<string, unknown>
    const kty = String(source.kty)
    if (!Object.hasOwn(PUBLIC_MEMBERS, kty)) return undefined
    const members = PUBLIC_MEMBERS[kty]!
    return Object.fromEntries(members.map((m) => [m, source[m]])) as JWK
  }
  const multibase = method.publicKeyMultibase
  const ed25519 = ['Multikey', 'Ed25519VerificationKey2020'].includes(String(method.type))
  if (!ed25519 || typeof multibase !== 'string' || !multibase.startsWith('z')) return undefined
  // base58-universal answers undefined, not an error, for characters outside the alphabet
  const bytes: Uint8Array | undefined = base58.decode(multibase.slice(1))
  if (
    !bytes ||
    bytes.length !== 34 ||
    bytes[0] !== ED25519_PUB_HEADER[0] ||
    bytes[1] !== ED25519_PUB_HEADER[1]
  )
    return undefined
  return { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(bytes.slice(2)) }
}

function unresolvable(en: string, fr: string): { error: Finding } {
  return { error: finding('verification-method-unresolvable', { en, fr }) }
}

function finding(code: string, message: Message): Finding {
  return { code, path: '', message, severity: 'violation' }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
