/**
 * JsonWebSignature2020 proofs as Gaia-X Tagus (Trust Framework 22.10) credentials carry them: a
 * detached JWS (`header..signature`, RFC 7515 Appendix F) with an unencoded payload (RFC 7797:
 * `b64: false`, `crit: ["b64"]`) over the RDFC-1.0 (URDNA2015) canonical form of the credential.
 *
 * Two payloads are in use, and both are accepted, as gx-compliance itself does (ProofService
 * tries the Gaia-X verifier of @gaia-x/json-web-signature-2020, then the specification one):
 * - "Gaia-X": the 64 ASCII bytes of hex(SHA-256(canonical credential without proof)). The Gaia-X
 *   Wizard, the registration notary and gx-compliance ≤ 1.x sign this; it leaves the proof
 *   options (`created`, `verificationMethod`…) unsigned.
 * - "Specification" (W3C CCG lds-jws2020, Transmute, Digital Bazaar): SHA-256(canonical proof
 *   options, i.e. the proof without `jws` and with the credential's `@context`) ‖ SHA-256(canonical
 *   credential without proof), 64 raw bytes.
 * The JWS signing input is ASCII(header) ‖ '.' ‖ payload. Workers-safe: jose and WebCrypto.
 */
import { base64url, flattenedVerify, type CryptoKey } from 'jose'
import type { Finding } from '../../errors.js'
import { canonicalNQuads } from '../data-integrity/canonical.js'
import type { DocumentLoader } from '../document-loader.js'
import { sha256 } from '../hash.js'
import {
  algorithmUnsupported,
  jwsMalformed,
  methodInvalid,
  purposeInvalid,
  SIGNATURE_INVALID,
} from './jws-2020-findings.js'
import { type JwsAlgorithm, type KeyOptions, resolveTrustedKey } from './jws-2020-key.js'
import type { VerifyResult } from '../data-integrity/verify.js'
import { dedupe, findingsOf } from '../data-integrity/verify-findings.js'

export const JWS_2020_ALGORITHMS: readonly JwsAlgorithm[] = ['PS256', 'ES256', 'ES384', 'EdDSA']

export type Jws2020Options = KeyOptions

type Doc = Record<string, unknown>
type DetachedJws = { alg: JwsAlgorithm; protected: string; signature: string }

const MAX_JWS_LENGTH = 8192

/**
 * Verifies every JsonWebSignature2020 proof of a VC 1.1 credential: the envelope at `now`, the
 * JWS, the issuer's key and its X.509 chain (see `resolveTrustedKey`), then the signature over
 * either payload. Findings, never throws for a bad credential.
 *
 * @example
 * const result = await verifyJsonWebSignature2020(credential, { loader, now, trustAnchors })
 */
export async function verifyJsonWebSignature2020(
  credential: Doc,
  options: Jws2020Options,
): Promise<VerifyResult> {
  const errors: Finding[] = validityFindings(credential, options.now)
  const proofs = Array.isArray(credential.proof) ? credential.proof : [credential.proof]
  for (const [i, proof] of proofs.entries()) {
    const at = Array.isArray(credential.proof) ? `/proof/${i}` : '/proof'
    const found = await verifyProof(credential, proof, options)
    errors.push(...found.map((f) => ({ ...f, path: f.path.replace(/^\/proof/, at) })))
  }
  return {
    verified: errors.length === 0,
    proofType: 'JsonWebSignature2020',
    errors: dedupe(errors),
  }
}

async function verifyProof(credential: Doc, proof: unknown, options: Jws2020Options) {
  if (!isObject(proof) || proof.type !== 'JsonWebSignature2020') {
    return [jwsMalformed('the proof is not a JsonWebSignature2020 object')]
  }
  if (proof.proofPurpose !== 'assertionMethod') {
    return [
      purposeInvalid({
        en: 'A credential proof must have the purpose assertionMethod.',
        fr: 'La preuve d’une attestation doit avoir pour objet assertionMethod.',
      }),
    ]
  }
  const method = proof.verificationMethod
  if (typeof method !== 'string' || !method.includes('#')) {
    return [
      methodInvalid({
        en: 'verificationMethod must be a DID URL with a fragment',
        fr: 'verificationMethod doit être une URL DID avec un fragment',
      }),
    ]
  }
  const jws = parseDetachedJws(proof.jws, method)
  if ('code' in jws) return [jws]
  const key = await resolveTrustedKey(method, issuerOf(credential), jws.alg, options)
  if ('finding' in key) return [key.finding]

  const { proof: _proof, ...document } = credential
  let documentHash: Uint8Array
  try {
    documentHash = await sha256(await canonicalNQuads(document, options.loader))
  } catch (error) {
    return findingsOf(error as Error)
  }
  if (await verifies(jws, new TextEncoder().encode(hex(documentHash)), key.key)) return []
  const { jws: _jws, ...proofOptions } = proof
  let proofHash: Uint8Array
  try {
    proofHash = await sha256(await proofOptionsNQuads(document, proofOptions, options.loader))
  } catch (error) {
    return findingsOf(error as Error)
  }
  if (await verifies(jws, concat(proofHash, documentHash), key.key)) return []
  return [SIGNATURE_INVALID]
}

/**
 * The validity window at `now`. Not vc's envelope check: real Tagus credentials break VC 1.1
 * rules that no Gaia-X service enforced (the registration notary's `evidence` has no `type`), and
 * the claims themselves are the shapes' business. Paths are those the validity rule reports.
 */
function validityFindings(credential: Doc, now: Date): Finding[] {
  const findings: Finding[] = []
  for (const name of ['issuanceDate', 'validFrom'] as const) {
    const from = Date.parse(String(credential[name]))
    if (from > now.getTime()) findings.push(dateFinding('credential-not-yet-valid', name))
  }
  for (const name of ['expirationDate', 'validUntil'] as const) {
    const until = Date.parse(String(credential[name]))
    if (until <= now.getTime()) findings.push(dateFinding('credential-expired', name))
  }
  return findings
}

function dateFinding(code: 'credential-expired' | 'credential-not-yet-valid', name: string) {
  const message =
    code === 'credential-expired'
      ? {
          en: `The credential has expired (${name} is in the past). Issue a new version.`,
          fr: `L’attestation a expiré (${name} est dépassé). Émettez une nouvelle version.`,
        }
      : {
          en: `The credential is not valid yet (${name} is in the future).`,
          fr: `L’attestation n’est pas encore valide (${name} est dans le futur).`,
        }
  return { code, path: `/${name}`, message, severity: 'violation' } satisfies Finding
}

/** The canonical proof options: the proof without `jws`, under the credential's `@context`. */
export function proofOptionsNQuads(
  document: Doc,
  proofOptions: Doc,
  loader: DocumentLoader,
): Promise<string> {
  return canonicalNQuads({ ...proofOptions, '@context': document['@context'] }, loader)
}

/** A detached JWS whose header says `b64: false` and names only `b64` as critical. */
function parseDetachedJws(value: unknown, method: string): DetachedJws | Finding {
  if (typeof value !== 'string' || value.length > MAX_JWS_LENGTH) {
    return jwsMalformed('it is missing or too long')
  }
  const parts = value.split('.')
  if (parts.length !== 3 || parts[1] !== '' || !parts[0] || !parts[2]) {
    return jwsMalformed('it is not of the form header..signature')
  }
  const [encoded, , signature] = parts as [string, string, string]
  let header: Doc | undefined
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(base64url.decode(encoded)))
    header = isObject(parsed) ? parsed : undefined
  } catch {
    header = undefined
  }
  if (!header || !/^[A-Za-z0-9_-]+$/.test(signature)) {
    return jwsMalformed('its header or signature is not base64url')
  }
  const { alg, b64, crit, kid } = header
  if (!JWS_2020_ALGORITHMS.includes(alg as JwsAlgorithm)) return algorithmUnsupported(String(alg))
  if (b64 !== false || !Array.isArray(crit) || crit.length !== 1 || crit[0] !== 'b64') {
    return jwsMalformed('its header must hold "b64": false and "crit": ["b64"]')
  }
  // a kid is optional; when present it must name the proof's own verification method
  if (kid !== undefined && kid !== method && kid !== method.slice(method.indexOf('#'))) {
    return jwsMalformed('its kid names another key than the verificationMethod')
  }
  return { alg: alg as JwsAlgorithm, protected: encoded, signature }
}

async function verifies(jws: DetachedJws, payload: Uint8Array, key: CryptoKey): Promise<boolean> {
  try {
    await flattenedVerify({ protected: jws.protected, payload, signature: jws.signature }, key, {
      algorithms: [jws.alg],
    })
    return true
  } catch {
    return false
  }
}

function issuerOf(credential: Doc): string | undefined {
  const { issuer } = credential
  if (typeof issuer === 'string') return issuer
  return isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : undefined
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

function isObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
