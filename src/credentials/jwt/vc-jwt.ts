// VC-JWT and VP-JWT (W3C VC-JOSE-COSE §3.1, the Gaia-X Loire securing format): a compact JWS
// whose payload is the VC 2.0 credential or presentation itself. Every failure is a finding whose
// path points into the decoded payload ('' for the JWT as a whole: its header or signature).
import type { Finding } from '../../errors.js'
import { idOf } from '../ids.js'
import { decodeCompactJwt, type DecodedJwt } from './vc-jwt-decode.js'
import { verifyJwtProof, type JwtCheckOptions, type JwtVerification } from './vc-jwt-proof.js'

export {
  decodeCompactJwt,
  envelopedJwtOf,
  isEnveloped,
  jwtCredentialClaims,
  jwtKindOf,
  jwtPayload,
  type DecodedJwt,
  type JwtKind,
} from './vc-jwt-decode.js'
export type { JwtCheckOptions, JwtVerification } from './vc-jwt-proof.js'

/**
 * Verifies a VC-JWT: `typ` and `cty`, an allowed algorithm, a `kid` the issuer's DID document
 * lists under `assertionMethod`, the signature, and the JWT's `exp`, `nbf` and `iat` with the
 * clock skew. The payload's own `validFrom`/`validUntil` are for the pipeline's rules, which read
 * them like those of any credential. Returns the decoded payload whenever the JWT decodes.
 *
 * @example
 * const { verified, payload, errors } = await verifyCredentialJwt(jwt, { resolveDid, now, clockSkewMs })
 */
export async function verifyCredentialJwt(
  jwt: string | DecodedJwt,
  options: JwtCheckOptions,
): Promise<JwtVerification & { payload?: Record<string, unknown> }> {
  // a caller that decoded the JWT already (to check its size first) hands over the decoding
  const decoded = typeof jwt === 'string' ? decodeCompactJwt(jwt) : jwt
  if ('error' in decoded) return { verified: false, proofType: 'vc+jwt', errors: [decoded.error] }
  const types = asArray(decoded.payload.type)
  const result = await verifyJwtProof(decoded, options, {
    kind: 'vc',
    purpose: 'assertionMethod',
    signer: idOf(decoded.payload.issuer),
    signerPath: '/issuer',
    notSigner: {
      code: 'proof-purpose-invalid',
      message: (did) => ({
        en: `The JWT is signed with a key of ${did}, not of the credential issuer. Sign with a key of the issuer DID.`,
        fr: `Le JWT est signé avec une clé de ${did}, et non de l’émetteur de l’attestation. Signez avec une clé du DID émetteur.`,
      }),
    },
  })
  if (!types.includes('VerifiableCredential')) {
    result.errors.unshift(
      typeFinding('/type', {
        en: 'A VC-JWT payload is a credential: its `type` must include VerifiableCredential.',
        fr: 'La charge utile d’un VC-JWT est une attestation : son `type` doit comprendre VerifiableCredential.',
      }),
    )
    result.verified = false
  }
  return { ...result, payload: decoded.payload }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

function typeFinding(path: string, message: Finding['message']): Finding {
  return { code: 'jwt-type-invalid', path, message, severity: 'violation' }
}
