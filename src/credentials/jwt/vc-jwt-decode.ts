// Decoding of VC-JOSE-COSE compact JWTs (VC-JWT, VP-JWT): strict, and without verifying anything.
import { base64url } from 'jose'
import type { Finding } from '../../errors.js'

export type JwtKind = 'vc' | 'vp'

export type DecodedJwt = {
  jwt: string
  header: Record<string, unknown>
  payload: Record<string, unknown>
  /** `typ` without `application/`, lower case ('vc+jwt'), or '' when absent. */
  typ: string
  /** What `typ` says the JWT secures, if it is one of the VC-JOSE-COSE types. */
  kind: JwtKind | undefined
}

/**
 * `typ` (without `application/`) → what the JWT secures (VC-JOSE-COSE §3.1.1, §3.2.1), plus the
 * `vc+ld+jwt` / `vp+ld+jwt` of the draft GXDCH notaries and compliance engines still issue.
 */
export const TYPES: ReadonlyMap<string, JwtKind> = new Map([
  ['vc+jwt', 'vc'],
  ['vc+ld+json+jwt', 'vc'],
  ['vc+ld+jwt', 'vc'],
  ['vp+jwt', 'vp'],
  ['vp+ld+json+jwt', 'vp'],
  ['vp+ld+jwt', 'vp'],
])
export const CONTENT_TYPES: Record<JwtKind, string[]> = {
  vc: ['vc', 'vc+ld+json', 'vc+ld'],
  vp: ['vp', 'vp+ld+json', 'vp+ld'],
}
const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

/**
 * Splits a compact JWS and decodes its header and payload, strictly: three base64url parts (no
 * padding, no whitespace), UTF-8 JSON objects. Nothing is verified here.
 *
 * @example
 * const decoded = decodeCompactJwt('eyJhbGciOi…')
 * if ('error' in decoded) findings.push(decoded.error)
 */
export function decodeCompactJwt(jwt: string): DecodedJwt | { error: Finding } {
  if (!COMPACT.test(jwt)) {
    return jwtMalformed('', {
      en: 'The JWT is not a compact JWS: three base64url parts (header.payload.signature) without padding or whitespace.',
      fr: 'Le JWT n’est pas un JWS compact : trois parties base64url (en-tête.charge.signature) sans remplissage ni espace.',
    })
  }
  const [header, payload] = jwt.split('.').slice(0, 2).map(base64urlJson)
  if (!header || !payload) {
    return jwtMalformed('', {
      en: `The JWT ${header ? 'payload' : 'header'} is not a base64url-encoded JSON object.`,
      fr: `${header ? 'La charge utile' : 'L’en-tête'} du JWT n’est pas un objet JSON encodé en base64url.`,
    })
  }
  const typ =
    typeof header.typ === 'string' ? header.typ.toLowerCase().replace(/^application\//, '') : ''
  return { jwt, header, payload, typ, kind: TYPES.get(typ) }
}

/**
 * What a compact JWT's `typ` says it secures, read from its header alone (the payload is not
 * decoded, so a caller can apply the right size limit first). Undefined for anything else.
 *
 * @example
 * jwtKindOf('eyJ0eXAiOiJ2cCtqd3QiLC…') // 'vp'
 */
export function jwtKindOf(jwt: string): JwtKind | undefined {
  const end = jwt.indexOf('.')
  // a header is a few hundred characters: a longer one is no VC-JOSE-COSE header worth decoding
  if (end < 0 || end > 4096) return undefined
  const typ = base64urlJson(jwt.slice(0, end))?.typ
  return typeof typ === 'string'
    ? TYPES.get(typ.toLowerCase().replace(/^application\//, ''))
    : undefined
}

/**
 * The payload of a compact JWT the node already verified (a stored credential), undefined if it
 * does not decode.
 *
 * @example
 * jwtPayload(row.document)?.credentialSubject
 */
export function jwtPayload(jwt: string): Record<string, unknown> | undefined {
  const decoded = decodeCompactJwt(jwt)
  return 'error' in decoded ? undefined : decoded.payload
}

// JWT claims (RFC 7519 §4.1, OpenID4VP `nonce`) and the proof: the JOSE envelope, not the claims
const ENVELOPE_MEMBERS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'cnf', 'nonce', 'proof']

/**
 * The JSON-LD claims of a decoded VC-JWT payload: the payload without its JWT claims and any
 * embedded proof, which are no credential facts and which the index and the shapes never read.
 *
 * @example
 * await expandCredential(jwtCredentialClaims(payload), loader)
 */
export function jwtCredentialClaims(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([k]) => !ENVELOPE_MEMBERS.includes(k)))
}

/**
 * A base64url part of a JWT (or a did:jwk) as a JSON object: strict UTF-8, undefined otherwise.
 */
export function base64urlJson(part: string): Record<string, unknown> | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
      base64url.decode(part),
    )
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

export function jwtMalformed(path: string, message: Finding['message']): { error: Finding } {
  return { error: { code: 'jwt-malformed', path, message, severity: 'violation' } }
}

// VC 2.0 §4.13: the media types an EnvelopedVerifiableCredential (or Presentation) may carry a
// VC-JWT (a VP-JWT) as
const ENVELOPED_TYPES: Record<JwtKind, string[]> = {
  vc: ['application/vc+jwt', 'application/vc+ld+json+jwt'],
  vp: ['application/vp+jwt', 'application/vp+ld+json+jwt'],
}
const ENVELOPE_TYPES: Record<JwtKind, string> = {
  vc: 'EnvelopedVerifiableCredential',
  vp: 'EnvelopedVerifiablePresentation',
}

/** Whether a JSON value is an EnvelopedVerifiableCredential (or Presentation, for `vp`). */
export function isEnveloped(value: Record<string, unknown>, kind: JwtKind = 'vc'): boolean {
  return [value.type].flat().includes(ENVELOPE_TYPES[kind])
}

/**
 * The compact JWT an EnvelopedVerifiableCredential carries in its `id` (a data: URL without
 * parameters or base64), `unsupported` with the media type it names otherwise, or `malformed`.
 *
 * @example
 * envelopedJwtOf({ type: 'EnvelopedVerifiableCredential', id: 'data:application/vc+jwt,eyJ…' }) // { jwt: 'eyJ…' }
 */
export function envelopedJwtOf(
  envelope: Record<string, unknown>,
  kind: JwtKind = 'vc',
): { jwt: string } | { unsupported: string } | { malformed: true } {
  const url = envelope.id
  const comma = typeof url === 'string' ? url.indexOf(',') : -1
  if (typeof url !== 'string' || !url.startsWith('data:') || comma < 0) return { malformed: true }
  const mediaType = url.slice('data:'.length, comma).toLowerCase()
  if (!ENVELOPED_TYPES[kind].includes(mediaType)) return { unsupported: mediaType }
  return { jwt: url.slice(comma + 1) }
}
