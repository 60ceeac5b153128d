/**
 * The JWT an Enveloped… object carries (VC DM 2.0 §4.13), read as the document it secures: a
 * VC-JOSE-COSE `vc+jwt` / `vp+jwt`, whose payload is the document itself, or, under the generic
 * `data:application/jwt,` media type, a VC DM 1.1 §6.3.1 JWT whose `vc` / `vp` claim holds it (the
 * form of the VC DM 2.0 test suite's enveloped presentation). Nothing is verified here.
 */
import type { Finding } from '../../errors.js'
import { idOf } from '../ids.js'
import { finding, isObject } from './vc-api-checks.js'
import { decodeCompactJwt, envelopedJwtOf, type DecodedJwt, type JwtKind } from '../jwt/vc-jwt.js'

type Json = Record<string, unknown>

export type EnvelopedJwt = {
  /** The decoded JWT, `kind` set to what the envelope carries. */
  decoded: DecodedJwt
  /** The credential or presentation it secures. */
  document: Json
  /** Whether it is a VC DM 1.1 JWT (`vc` / `vp` claim) rather than a VC-JOSE-COSE one. */
  legacy: boolean
}

const ENVELOPE: Record<JwtKind, { type: string; code: string; role: 'issuer' | 'holder' }> = {
  vc: {
    type: 'EnvelopedVerifiableCredential',
    code: 'enveloped-credential-invalid',
    role: 'issuer',
  },
  vp: {
    type: 'EnvelopedVerifiablePresentation',
    code: 'enveloped-presentation-invalid',
    role: 'holder',
  },
}

function invalid(kind: JwtKind, path: string, en: string, fr: string): { error: Finding } {
  return { error: finding(ENVELOPE[kind].code, path, en, fr) }
}

/**
 * The VC DM 1.1 §6.3.1.2 JWT decoding: the `vc` (`vp`) claim is the document; `iss` is its issuer
 * (holder), `jti` its id and, for a credential, `sub` its subject's id. A claim that disagrees
 * with the document is refused: two readings of one signed token would be ambiguous.
 */
function fromClaims(
  decoded: DecodedJwt,
  kind: JwtKind,
  path: string,
): { document: Json } | { error: Finding } {
  const { payload } = decoded
  const document = structuredClone(payload[kind]) as Json
  const { role } = ENVELOPE[kind]
  const pairs: [string, unknown, unknown, (v: unknown) => void][] = [
    ['iss', payload.iss, idOf(document[role]), (v) => (document[role] = v)],
    ['jti', payload.jti, document.id, (v) => (document.id = v)],
  ]
  const subject = document.credentialSubject
  if (kind === 'vc' && isObject(subject)) {
    pairs.push(['sub', payload.sub, subject.id, (v) => (subject.id = v)])
  }
  for (const [claim, value, current, set] of pairs) {
    if (value === undefined) continue
    if (current === undefined) set(value)
    else if (current !== value) {
      return invalid(
        kind,
        `${path}/id`,
        `The JWT claim ${claim} (${String(value)}) disagrees with the ${kind} claim it secures; they must name the same thing.`,
        `La revendication JWT ${claim} (${String(value)}) contredit la revendication ${kind} qu’elle sécurise ; elles doivent désigner la même chose.`,
      )
    }
  }
  return { document }
}

/**
 * Reads the JWT in `envelope.id` as the credential (`vc`) or presentation (`vp`) it secures, or a
 * finding at `<path>/id` saying why it cannot be read.
 *
 * @example
 * const read = readEnvelopedJwt(envelope, 'vc', '/verifiableCredential/0')
 * if (!('error' in read)) read.document.issuer
 */
export function readEnvelopedJwt(
  envelope: Json,
  kind: JwtKind,
  path: string,
): EnvelopedJwt | { error: Finding } {
  const { type } = ENVELOPE[kind]
  const carried = envelopedJwtOf(envelope, kind)
  const generic = 'unsupported' in carried && carried.unsupported === 'application/jwt'
  const url = String(envelope.id)
  const jwt = 'jwt' in carried ? carried.jwt : generic ? url.slice(url.indexOf(',') + 1) : undefined
  if (jwt === undefined) {
    return invalid(
      kind,
      `${path}/id`,
      `An ${type} carries its JWT as data:application/${kind}+jwt,<compact JWT> (VC-JOSE-COSE), or data:application/jwt,<compact JWT> for a VC DM 1.1 JWT.`,
      `Une ${type} porte son JWT sous la forme data:application/${kind}+jwt,<JWT compact> (VC-JOSE-COSE), ou data:application/jwt,<JWT compact> pour un JWT VC DM 1.1.`,
    )
  }
  const decoded = decodeCompactJwt(jwt)
  if ('error' in decoded) return { error: { ...decoded.error, path: `${path}/id` } }
  const { payload } = decoded
  // VC DM 1.1 §6.3.1: `typ`, when present, is JWT; the document is the `vc` / `vp` claim
  if (generic && ['', 'jwt'].includes(decoded.typ) && isObject(payload[kind])) {
    const read = fromClaims(decoded, kind, path)
    if ('error' in read) return read
    return { decoded: { ...decoded, kind }, document: read.document, legacy: true }
  }
  if (decoded.kind !== kind && generic) {
    return invalid(
      kind,
      `${path}/id`,
      `The JWT in data:application/jwt is neither a ${kind}+jwt nor a VC DM 1.1 JWT with a ${kind} claim.`,
      `Le JWT de data:application/jwt n’est ni un ${kind}+jwt ni un JWT VC DM 1.1 avec une revendication ${kind}.`,
    )
  }
  // VC-JOSE-COSE §3.1: the claims set is the document; the `vc` and `vp` claims MUST NOT be present
  if ('vc' in payload || 'vp' in payload) {
    return {
      error: finding(
        'jwt-claims-invalid',
        `${path}/id`,
        `A ${kind}+jwt secures the document as its payload: the vc and vp claims must not be present (VC-JOSE-COSE §3.1).`,
        `Un ${kind}+jwt sécurise le document comme charge utile : les revendications vc et vp ne doivent pas y figurer (VC-JOSE-COSE §3.1).`,
      ),
    }
  }
  return { decoded, document: payload, legacy: false }
}
