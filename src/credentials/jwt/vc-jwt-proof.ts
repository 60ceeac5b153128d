// The checks every VC-JWT and VP-JWT goes through, whatever it secures: header, algorithm, key,
// signer, signature, time claims. Paths point into the decoded payload ('' = the JWT as a whole).
import { compactVerify } from 'jose'
import type { Finding } from '../../errors.js'
import type { DidDocumentResolver } from '../document-loader.js'
import {
  CONTENT_TYPES,
  TYPES,
  jwtMalformed,
  type DecodedJwt,
  type JwtKind,
} from './vc-jwt-decode.js'
import {
  JWT_ALGORITHMS,
  resolveJwtKey,
  type JwtAlgorithm,
  type ProofPurpose,
} from './vc-jwt-keys.js'

export type JwtCheckOptions = {
  resolveDid: DidDocumentResolver
  now: Date
  clockSkewMs: number
}

export type JwtVerification = {
  verified: boolean
  /** `<typ>/<alg>`, e.g. `vc+jwt/ES256`: what the node records as the credential's proof type. */
  proofType: string
  errors: Finding[]
}

export type ProofExpectation = {
  kind: JwtKind
  purpose: ProofPurpose
  /** The DID that must have signed: the payload's issuer (VC) or holder (VP). */
  signer: string | undefined
  signerPath: string
  notSigner: { code: string; message: (did: string) => Finding['message'] }
}

/**
 * The checks a VC-JWT and a VP-JWT share, in order of cost: header, algorithm, `iss`, key
 * resolution and purpose, signer, signature, then the time claims (reported even when an earlier
 * check failed, so a partner sees every problem at once).
 */
export async function verifyJwtProof(
  decoded: DecodedJwt,
  options: JwtCheckOptions,
  expected: ProofExpectation,
): Promise<JwtVerification> {
  const { header, payload } = decoded
  const alg = typeof header.alg === 'string' ? header.alg : 'none'
  const proofType = `${decoded.kind === expected.kind ? decoded.typ : `${expected.kind}+jwt`}/${alg}`
  const errors = [...headerFindings(decoded, expected.kind, alg), ...timeFindings(decoded, options)]
  const fail = (error?: Finding) => ({
    verified: false,
    proofType,
    errors: error ? [error, ...errors] : errors,
  })
  if (errors.some((e) => e.code === 'jwt-type-invalid' || e.code === 'jwt-algorithm-unsupported'))
    return fail()

  const iss = payload.iss ?? header.iss
  if (iss !== undefined && iss !== expected.signer) {
    return fail(
      jwtMalformed('iss' in payload ? '/iss' : '', {
        en: `The JWT \`iss\` (${String(iss)}) differs from the ${expected.signerPath.slice(1)} of the payload; they must be the same DID.`,
        fr: `Le \`iss\` du JWT (${String(iss)}) diffère du ${expected.signerPath.slice(1)} de la charge utile ; ce doit être le même DID.`,
      }).error,
    )
  }
  const resolved = await resolveJwtKey({
    alg: alg as JwtAlgorithm,
    kid: header.kid,
    fallbackDid: typeof iss === 'string' ? iss : expected.signer,
    purpose: expected.purpose,
    resolveDid: options.resolveDid,
  })
  if ('error' in resolved) return fail(resolved.error)
  if (resolved.did !== expected.signer) {
    return fail({
      code: expected.notSigner.code,
      path: expected.signerPath,
      message: expected.notSigner.message(resolved.did),
      severity: 'violation',
    })
  }
  try {
    await compactVerify(decoded.jwt, resolved.key, { algorithms: [alg] })
  } catch {
    return fail({
      code: 'signature-invalid',
      path: '',
      message: {
        en: 'The JWT signature does not verify: the token was changed after signing, or signed with another key.',
        fr: 'La signature du JWT est invalide : le jeton a été modifié après signature, ou signé avec une autre clé.',
      },
      severity: 'violation',
    })
  }
  return { verified: errors.length === 0, proofType, errors }
}

function headerFindings(decoded: DecodedJwt, kind: JwtKind, alg: string): Finding[] {
  const findings: Finding[] = []
  const { header } = decoded
  const expectedTypes = [...TYPES].filter(([, k]) => k === kind).map(([typ]) => typ)
  if (decoded.kind !== kind) {
    findings.push(
      typeFinding('', {
        en: `The JWT \`typ\` is ${header.typ === undefined ? 'missing' : `"${String(header.typ)}"`}; a ${kind.toUpperCase()}-JWT has typ ${expectedTypes.join(' or ')}.`,
        fr: `Le \`typ\` du JWT est ${header.typ === undefined ? 'absent' : `« ${String(header.typ)} »`} ; un ${kind.toUpperCase()}-JWT a le typ ${expectedTypes.join(' ou ')}.`,
      }),
    )
  }
  const cty =
    typeof header.cty === 'string'
      ? header.cty.toLowerCase().replace(/^application\//, '')
      : header.cty
  if (cty !== undefined && !CONTENT_TYPES[kind].includes(cty as string)) {
    findings.push(
      typeFinding('', {
        en: `The JWT \`cty\` "${String(header.cty)}" is not ${CONTENT_TYPES[kind].join(' or ')}.`,
        fr: `Le \`cty\` « ${String(header.cty)} » du JWT n’est pas ${CONTENT_TYPES[kind].join(' ou ')}.`,
      }),
    )
  }
  if (!(JWT_ALGORITHMS as readonly string[]).includes(alg)) {
    findings.push({
      code: 'jwt-algorithm-unsupported',
      path: '',
      message: {
        en: `The JWT algorithm "${alg}" is not accepted; sign with ES256, ES384, PS256 or EdDSA (Ed25519).`,
        fr: `L’algorithme de JWT « ${alg} » n’est pas accepté ; signez en ES256, ES384, PS256 ou EdDSA (Ed25519).`,
      },
      severity: 'violation',
    })
  }
  return findings
}

// A NumericDate is in seconds (RFC 7519 §2), but GXDCH notaries and compliance engines put
// milliseconds in the JOSE header: read as seconds, their `nbf` lies past the year 50,000. No
// credential means a date past the year 5138 (1e11 s), so a value that large is milliseconds.
const MILLISECONDS_FROM = 1e11

/** A NumericDate in milliseconds since 1970, as its issuer meant it. */
export function numericDateMs(value: number): number {
  return Math.abs(value) >= MILLISECONDS_FROM ? value : value * 1000
}

// RFC 7519 §4.1.4–4.1.6, read from the payload or, as Gaia-X Loire signers put them, the header
function timeFindings(decoded: DecodedJwt, options: JwtCheckOptions): Finding[] {
  const now = options.now.getTime()
  const skew = Math.max(0, options.clockSkewMs)
  const findings: Finding[] = []
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    const inPayload = claim in decoded.payload
    const value = inPayload ? decoded.payload[claim] : decoded.header[claim]
    if (value === undefined) continue
    const path = inPayload ? `/${claim}` : ''
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      findings.push(
        jwtMalformed(path, {
          en: `The JWT \`${claim}\` must be a NumericDate (seconds since 1970).`,
          fr: `Le \`${claim}\` du JWT doit être une NumericDate (secondes depuis 1970).`,
        }).error,
      )
      continue
    }
    const ms = numericDateMs(value)
    if (!Number.isFinite(new Date(ms).getTime())) {
      findings.push(
        jwtMalformed(path, {
          en: `The JWT \`${claim}\` is not a date.`,
          fr: `Le \`${claim}\` du JWT n’est pas une date.`,
        }).error,
      )
      continue
    }
    const at = new Date(ms).toISOString()
    if (claim === 'exp' && now - skew >= ms) {
      findings.push(
        timeFinding('credential-expired', path, {
          en: `The JWT expired at ${at} (exp). Issue a new token.`,
          fr: `Le JWT a expiré le ${at} (exp). Émettez un nouveau jeton.`,
        }),
      )
    }
    if (claim !== 'exp' && ms > now + skew) {
      findings.push(
        timeFinding('credential-not-yet-valid', path, {
          en: `The JWT is not valid before ${at} (${claim}), later than this node's time ${options.now.toISOString()}.`,
          fr: `Le JWT n’est pas valide avant le ${at} (${claim}), plus tard que l’heure de ce nœud, ${options.now.toISOString()}.`,
        }),
      )
    }
  }
  return findings
}

function typeFinding(path: string, message: Finding['message']): Finding {
  return { code: 'jwt-type-invalid', path, message, severity: 'violation' }
}

function timeFinding(code: string, path: string, message: Finding['message']): Finding {
  return { code, path, message, severity: 'violation' }
}
