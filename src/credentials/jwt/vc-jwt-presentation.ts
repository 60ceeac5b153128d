import type { Finding } from '../../errors.js'
import type { PresentationProofOptions, PresentationProofResult } from '../presentation.js'
import { holderOf } from '../holder.js'
import { decodeCompactJwt } from './vc-jwt-decode.js'
import { verifyJwtProof, type JwtCheckOptions } from './vc-jwt-proof.js'

export type PresentationJwtOptions = PresentationProofOptions & JwtCheckOptions

/**
 * The VP-JWT counterpart of `verifyPresentationProof`: the holder signed the presentation for this
 * node with a key listed under `authentication`, the JWT `nonce` (or the payload's `challenge`) is
 * a live challenge of this node, used once, and `aud` names the node's domain (VC-JOSE-COSE §3.2,
 * OpenID4VP's binding of a VP-JWT to a verifier).
 *
 * @example
 * const proof = await verifyPresentationJwt(jwt, { domain, isLive, useChallenge, resolveDid, now, clockSkewMs })
 */
export async function verifyPresentationJwt(
  jwt: string,
  options: PresentationJwtOptions,
): Promise<PresentationProofResult> {
  const decoded = decodeCompactJwt(jwt)
  if ('error' in decoded) return { verified: false, errors: [decoded.error] }
  const { payload } = decoded
  if (decoded.kind !== 'vp') {
    return fail('jwt-type-invalid', '', {
      en: 'A presentation sent as a JWT is a VP-JWT: typ vp+jwt (or vp+ld+json+jwt).',
      fr: 'Une présentation envoyée en JWT est un VP-JWT : typ vp+jwt (ou vp+ld+json+jwt).',
    })
  }
  const named = holderOf(payload.holder)
  if ('error' in named) return { verified: false, errors: [named.error] }
  const holder = named.did
  const challenge = payload.nonce ?? payload.challenge
  // a dead challenge is refused before any key resolution or signature work
  if (typeof challenge !== 'string' || !(await options.isLive(challenge))) {
    return fail('challenge-invalid', 'nonce' in payload ? '/nonce' : '/challenge', {
      en: 'The JWT `nonce` is not a live challenge of this node. Request one from POST /api/v1/challenges.',
      fr: 'Le `nonce` du JWT n’est pas un challenge valide de ce nœud. Demandez-en un par POST /api/v1/challenges.',
    })
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud]
  if (options.domain !== undefined && !audiences.includes(options.domain)) {
    return fail('domain-mismatch', '/aud', {
      en: `The JWT \`aud\` must name this node's domain ${options.domain}.`,
      fr: `Le \`aud\` du JWT doit désigner le domaine de ce nœud, ${options.domain}.`,
    })
  }
  const proof = await verifyJwtProof(decoded, options, {
    kind: 'vp',
    purpose: 'authentication',
    signer: holder,
    signerPath: '/holder',
    notSigner: {
      code: 'holder-not-signer',
      message: () => ({
        en: 'The presentation must be signed with a key of its holder DID.',
        fr: 'La présentation doit être signée avec une clé du DID de son détenteur.',
      }),
    },
  })
  if (!proof.verified) return { verified: false, errors: proof.errors }
  if (!(await options.useChallenge(challenge))) {
    return fail('challenge-invalid', '/nonce', {
      en: 'The challenge is unknown, expired or already used. Request a new one from POST /api/v1/challenges.',
      fr: 'Le challenge est inconnu, expiré ou déjà utilisé. Demandez-en un nouveau par POST /api/v1/challenges.',
    })
  }
  return { verified: true, holder, errors: [] }
}

function fail(code: string, path: string, message: Finding['message']): PresentationProofResult {
  return { verified: false, errors: [{ code, path, message, severity: 'violation' }] }
}
