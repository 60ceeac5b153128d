import jsigs from 'jsonld-signatures'
import type { Finding } from '../errors.js'
import type { DocumentLoader } from './document-loader.js'
import { verificationSuites } from './suites.js'
import { verifyPresentationJwt, type PresentationJwtOptions } from './vc-jwt-presentation.js'

export type PresentationProofOptions = {
  loader: DocumentLoader
  /** The domain the proof must be bound to: the node's public URL. */
  domain: string
  /** Whether the challenge was issued and is unexpired; asked before any signature work. */
  isLive: (challenge: string) => Promise<boolean>
  /** Called with the proof's challenge once the signature holds; true if the challenge is valid and now used. */
  useChallenge: (challenge: string) => Promise<boolean>
}

export type PresentationProofResult =
  { verified: true; holder: string; errors: [] } | { verified: false; errors: Finding[] }

/**
 * Checks that a presentation was signed by its holder for this node: an `authentication` proof
 * over the whole presentation, bound to a challenge this node issued (single use) and to its
 * domain, by a key the holder's DID controls. Expected failures are findings, never throws.
 *
 * @example
 * const proof = await verifyPresentationProof(vp, { loader, domain: publicUrl, useChallenge })
 * if (proof.verified) proof.holder // 'did:key:z6Mk…'
 */
export async function verifyPresentationProof(
  presentation: Record<string, unknown>,
  options: PresentationProofOptions,
): Promise<PresentationProofResult> {
  const proofs = Array.isArray(presentation.proof) ? presentation.proof : [presentation.proof]
  const proof = proofs[0] as Record<string, unknown> | undefined
  const holder = idOf(presentation.holder)
  if (!proof || typeof proof !== 'object')
    return fail('presentation-proof-missing', '/proof', MISSING)
  if (!holder) return fail('holder-missing', '/holder', HOLDER_MISSING)
  const { challenge, domain, verificationMethod } = proof
  // a dead challenge is refused before the (costly) canonicalisation of the whole presentation
  if (typeof challenge !== 'string' || !(await options.isLive(challenge))) {
    return fail('challenge-invalid', '/proof/challenge', CHALLENGE)
  }
  const domains = Array.isArray(domain) ? domain : [domain]
  if (!domains.includes(options.domain)) {
    return fail('domain-mismatch', '/proof/domain', {
      en: `The proof must be bound to this node's domain ${options.domain}.`,
      fr: `La preuve doit être liée au domaine de ce nœud, ${options.domain}.`,
    })
  }
  if (typeof verificationMethod !== 'string' || verificationMethod.split('#')[0] !== holder) {
    return fail('holder-not-signer', '/proof/verificationMethod', {
      en: 'The presentation must be signed with a key of its holder DID.',
      fr: 'La présentation doit être signée avec une clé du DID de son détenteur.',
    })
  }
  let result
  try {
    result = await jsigs.verify(presentation, {
      suite: verificationSuites(),
      purpose: new jsigs.purposes.AuthenticationProofPurpose({ challenge, domain: options.domain }),
      documentLoader: options.loader,
    })
  } catch {
    result = { verified: false }
  }
  if (!result.verified) {
    return fail('presentation-proof-invalid', '/proof', {
      en: 'The presentation proof does not verify: it was changed after signing, signed with another key, or the key is not an authentication method of the holder.',
      fr: 'La preuve de la présentation est invalide : présentation modifiée après signature, autre clé, ou clé non déclarée pour l’authentification du détenteur.',
    })
  }
  if (!(await options.useChallenge(challenge)))
    return fail('challenge-invalid', '/proof/challenge', CHALLENGE)
  return { verified: true, holder, errors: [] }
}

/**
 * A presentation's holder authentication, whichever way it is secured: a Data Integrity proof on a
 * JSON-LD presentation (`verifyPresentationProof`) or a VP-JWT (`verifyPresentationJwt`, where
 * the challenge is the JWT `nonce` and the domain its `aud`).
 *
 * @example
 * const proof = await verifyHolderProof(bodyOrJwt, { ...options, resolveDid, now, clockSkewMs })
 */
export function verifyHolderProof(
  presentation: Record<string, unknown> | string,
  options: PresentationJwtOptions,
): Promise<PresentationProofResult> {
  return typeof presentation === 'string'
    ? verifyPresentationJwt(presentation, options)
    : verifyPresentationProof(presentation, options)
}

const MISSING = {
  en: 'The presentation carries no proof. Sign it as its holder, with a challenge from POST /api/v1/challenges.',
  fr: 'La présentation ne porte aucune preuve. Signez-la en tant que détenteur, avec un challenge obtenu par POST /api/v1/challenges.',
}
const HOLDER_MISSING = {
  en: 'The presentation names no holder; set `holder` to your participant DID.',
  fr: 'La présentation ne désigne aucun détenteur ; renseignez `holder` avec le DID du participant.',
}
const CHALLENGE = {
  en: 'The challenge is unknown, expired or already used. Request a new one from POST /api/v1/challenges.',
  fr: 'Le challenge est inconnu, expiré ou déjà utilisé. Demandez-en un nouveau par POST /api/v1/challenges.',
}

function fail(code: string, path: string, message: Finding['message']): PresentationProofResult {
  return { verified: false, errors: [{ code, path, message, severity: 'violation' }] }
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string'
  ) {
    return (value as { id: string }).id
  }
  return undefined
}
