/**
 * From a JsonWebSignature2020 proof's `verificationMethod` to a public key this node trusts: the
 * issuer's did:web document (held by the node, or fetched where the operator allows it), a
 * `JsonWebKey2020` listed as an assertion method of the issuer, its `publicKeyJwk` suited to the
 * JWS algorithm, and the JWK's X.509 chain (`x5c`, or `x5u` fetched under the same policy) trusted
 * by the operator's anchors and certifying exactly that key.
 */
import { exportJWK, importJWK, importX509, type CryptoKey, type JWK } from 'jose'
import { type Finding, UnknownDocumentError } from '../../errors.js'
import type { DocumentLoader } from '../document-loader.js'
import {
  CHAIN_MALFORMED,
  CHAIN_MISSING,
  certificateUnavailable,
  chainFinding,
  issuerNotDidWeb,
  KEY_MISMATCH,
  methodInvalid,
  NO_TRUST_ANCHORS,
  purposeInvalid,
  unresolvable,
} from './jws-2020-findings.js'
import { didWebDocumentUrl, type RemoteFetch } from '../did/remote-fetch.js'
import {
  checkCertificateChain,
  parsePemChain,
  parseX5c,
  type TrustAnchors,
  type X509Certificate,
} from './x509.js'

export type JwsAlgorithm = 'PS256' | 'ES256' | 'ES384' | 'EdDSA'

export type KeyOptions = {
  loader: DocumentLoader
  now: Date
  trustAnchors?: TrustAnchors
  fetchRemote?: RemoteFetch
}

type Doc = Record<string, unknown>

const DID_MEDIA_TYPES = [
  'application/did+json',
  'application/did+ld+json',
  'application/json',
  'application/ld+json',
]
// what static hosts serve a .pem file as; the body must parse as PEM certificates regardless
const PEM_MEDIA_TYPES = [
  'application/pem-certificate-chain',
  'application/x-pem-file',
  'application/x-x509-ca-cert',
  'application/octet-stream',
  'text/plain',
]

/** RFC 7518 §3: which key each accepted algorithm needs. */
const KEY_TYPES: Record<JwsAlgorithm, { kty: string; crv?: string }> = {
  PS256: { kty: 'RSA' },
  ES256: { kty: 'EC', crv: 'P-256' },
  ES384: { kty: 'EC', crv: 'P-384' },
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
}

/**
 * The trusted public key behind `methodId` for `alg`, or the finding that says why there is none.
 *
 * @example
 * const key = await resolveTrustedKey(proof.verificationMethod, issuer, 'PS256', options)
 * if ('finding' in key) return [key.finding]
 */
export async function resolveTrustedKey(
  methodId: string,
  issuer: string | undefined,
  alg: JwsAlgorithm,
  options: KeyOptions,
): Promise<{ key: CryptoKey } | { finding: Finding }> {
  const did = methodId.split('#', 1)[0]!
  if (issuer !== did) {
    return {
      finding: purposeInvalid({
        en: `The signing key ${methodId} does not belong to the credential issuer ${issuer ?? '(none)'}.`,
        fr: `La clé de signature ${methodId} n’appartient pas à l’émetteur de l’attestation ${issuer ?? '(aucun)'}.`,
      }),
    }
  }
  // a key is trusted for what the operator vouches for: a did:web document it holds or lets the
  // node fetch, which it can withdraw. A did:key or did:jwk is its own document, and its x5c
  // would turn any certificate under a broad anchor into a Gaia-X identity.
  if (!did.startsWith('did:web:')) return { finding: issuerNotDidWeb(did) }
  const document = await resolveDidDocument(did, methodId, options)
  if ('finding' in document) return document
  const method = findMethod(document.doc, methodId)
  if (!method) return { finding: unresolvable(methodId, 'not-found') }
  if (!listsAssertionMethod(document.doc, methodId)) {
    return {
      finding: purposeInvalid({
        en: `The key ${methodId} is not an assertion method (assertionMethod) of ${did}.`,
        fr: `La clé ${methodId} n’est pas une méthode d’assertion (assertionMethod) de ${did}.`,
      }),
    }
  }
  const jwk = method.publicKeyJwk
  if (method.type !== 'JsonWebKey2020' || typeof jwk !== 'object' || jwk === null) {
    return { finding: methodInvalid(NOT_JWK) }
  }
  const key = await importPublicJwk(jwk as JWK, alg)
  if ('finding' in key) return key
  const chain = await loadChain(jwk as JWK, options)
  if ('finding' in chain) return chain
  const trusted = await checkCertificateChain(
    chain.certificates,
    options.trustAnchors!,
    options.now,
  )
  if (!trusted.ok) return { finding: chainFinding(trusted.problem, trusted.subject) }
  if (!(await certifiesKey(trusted.leaf, key.jwk, alg))) return { finding: KEY_MISMATCH }
  return { key: key.key }
}

async function resolveDidDocument(
  did: string,
  methodId: string,
  options: KeyOptions,
): Promise<{ doc: Doc } | { finding: Finding }> {
  try {
    const { document } = await options.loader(did)
    if (isObject(document)) return { doc: document }
  } catch (error) {
    if (!(error instanceof UnknownDocumentError)) throw error
  }
  const url = didWebDocumentUrl(did)
  if (!url) return { finding: unresolvable(methodId, 'not-found') }
  if (!options.fetchRemote) return { finding: unresolvable(methodId, 'fetch-disabled') }
  const fetched = await options.fetchRemote(url, DID_MEDIA_TYPES)
  if (!fetched.ok) return { finding: unresolvable(methodId, fetched.reason) }
  const doc = parseJson(fetched.text)
  // did:web §3.2.3: the document must be about the DID it was fetched for
  if (!doc || doc.id !== did) return { finding: unresolvable(methodId, 'not-found') }
  return { doc }
}

function findMethod(doc: Doc, methodId: string): Doc | undefined {
  const fragment = methodId.slice(methodId.indexOf('#'))
  const methods = Array.isArray(doc.verificationMethod) ? doc.verificationMethod : []
  return methods.find((m): m is Doc => isObject(m) && (m.id === methodId || m.id === fragment))
}

function listsAssertionMethod(doc: Doc, methodId: string): boolean {
  const fragment = methodId.slice(methodId.indexOf('#'))
  const listed = Array.isArray(doc.assertionMethod) ? doc.assertionMethod : []
  return listed.some((entry) => {
    const id = isObject(entry) ? entry.id : entry
    return id === methodId || id === fragment
  })
}

const NOT_JWK = {
  en: 'it is not a JsonWebKey2020 with a publicKeyJwk',
  fr: 'ce n’est pas une JsonWebKey2020 avec une publicKeyJwk',
}

async function importPublicJwk(
  jwk: JWK,
  alg: JwsAlgorithm,
): Promise<{ key: CryptoKey; jwk: JWK } | { finding: Finding }> {
  const wanted = KEY_TYPES[alg]
  if ('d' in jwk || 'p' in jwk || 'k' in jwk) {
    return {
      finding: methodInvalid({
        en: 'its publicKeyJwk holds private key material',
        fr: 'sa publicKeyJwk contient une clé privée',
      }),
    }
  }
  if (
    jwk.kty !== wanted.kty ||
    (wanted.crv && jwk.crv !== wanted.crv) ||
    (jwk.alg && jwk.alg !== alg)
  ) {
    return {
      finding: methodInvalid({
        en: `its key (${jwk.kty} ${jwk.crv ?? ''} ${jwk.alg ?? ''}) does not suit the JWS algorithm ${alg}`,
        fr: `sa clé (${jwk.kty} ${jwk.crv ?? ''} ${jwk.alg ?? ''}) ne convient pas à l’algorithme JWS ${alg}`,
      }),
    }
  }
  const bare: JWK =
    jwk.kty === 'RSA'
      ? { kty: 'RSA', n: jwk.n, e: jwk.e }
      : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }
  try {
    // RFC 7518 §3.3/§3.5: an RSA key shorter than 2048 bits must not be used
    if (alg === 'PS256' && (jwk.n?.length ?? 0) * 6 < 2040) throw new RangeError('short key')
    return { key: (await importJWK(bare, alg)) as CryptoKey, jwk: bare }
  } catch {
    return {
      finding: methodInvalid({
        en: 'its publicKeyJwk is not a valid public key',
        fr: 'sa publicKeyJwk n’est pas une clé publique valide',
      }),
    }
  }
}

async function loadChain(
  jwk: JWK,
  options: KeyOptions,
): Promise<{ certificates: X509Certificate[] } | { finding: Finding }> {
  if (jwk.x5c === undefined && jwk.x5u === undefined) return { finding: CHAIN_MISSING }
  // checked before any fetch: without anchors the chain cannot be trusted, whatever it holds
  if (!options.trustAnchors?.certificates.length) return { finding: NO_TRUST_ANCHORS }
  let certificates: X509Certificate[] | undefined
  if (jwk.x5c !== undefined) {
    certificates = parseX5c(jwk.x5c)
  } else {
    const url = String(jwk.x5u)
    if (!options.fetchRemote) return { finding: certificateUnavailable(url, 'fetch-disabled') }
    const fetched = await options.fetchRemote(url, PEM_MEDIA_TYPES)
    if (!fetched.ok) return { finding: certificateUnavailable(url, fetched.reason) }
    certificates = parsePemChain(fetched.text)
  }
  return certificates?.length ? { certificates } : { finding: CHAIN_MALFORMED }
}

/** RFC 7517 §4.7: the JWK must be the public key of the chain's first certificate. */
async function certifiesKey(leaf: X509Certificate, jwk: JWK, alg: JwsAlgorithm): Promise<boolean> {
  let certified: JWK
  try {
    certified = await exportJWK(await importX509(leaf.toString('pem'), alg, { extractable: true }))
  } catch {
    return false
  }
  const members = jwk.kty === 'RSA' ? (['n', 'e'] as const) : (['crv', 'x', 'y'] as const)
  return certified.kty === jwk.kty && members.every((m) => certified[m] === jwk[m])
}

function isObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseJson(text: string): Doc | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return isObject(value) ? value : undefined
  } catch {
    return undefined
  }
}
