import jsigs from 'jsonld-signatures'
import type { Finding } from '../errors.js'
import type { DocumentLoader } from './document-loader.js'
import { holderOf } from './holder.js'
import { didOf } from './ids.js'
import { proofsOf, verifyProofSet, type ProofPurpose } from './data-integrity/proof-set.js'
import { jwtPayload } from './jwt/vc-jwt-decode.js'
import { verifyPresentationJwt, type PresentationJwtOptions } from './jwt/vc-jwt-presentation.js'

export type PresentationProofOptions = {
  loader: DocumentLoader
  /**
   * The domain the proof must be bound to: the node's public URL. Undefined only to re-check a
   * presentation another node received (a relayed revocation), which is bound to that node.
   */
  domain?: string
  /** Whether the challenge was issued and is unexpired; asked before any signature work. */
  isLive: (challenge: string) => Promise<boolean>
  /** Called with the proof's challenge once the signature holds; true if the challenge is valid and now used. */
  useChallenge: (challenge: string) => Promise<boolean>
}

export type PresentationProofResult =
  { verified: true; holder: string; errors: [] } | { verified: false; errors: Finding[] }

/**
 * Checks that a presentation was signed by its holder for this node: exactly one holder, exactly
 * one `authentication` proof over the whole presentation, bound to a challenge this node issued
 * (single use) and to its domain, made by a key the holder's DID controls. A proof set is refused:
 * the node authenticates one signer, and a set would let a forged proof ride on a valid one.
 * Expected failures are findings, never throws.
 *
 * @example
 * const proof = await verifyPresentationProof(vp, { loader, domain: publicUrl, useChallenge })
 * if (proof.verified) proof.holder // 'did:key:z6Mk…'
 */
export async function verifyPresentationProof(
  presentation: Record<string, unknown>,
  options: PresentationProofOptions,
): Promise<PresentationProofResult> {
  const holder = holderOf(presentation.holder)
  if ('error' in holder) return { verified: false, errors: [holder.error] }
  const proofs = proofsOf(presentation)
  if (proofs.length === 0) return fail('presentation-proof-missing', '/proof', MISSING)
  if (proofs.length > 1) return fail('presentation-proof-set', '/proof', PROOF_SET)
  const [{ proof, path }] = proofs as [{ proof: unknown; path: string }]
  if (typeof proof !== 'object' || proof === null || Array.isArray(proof)) {
    return fail('presentation-proof-missing', path, MISSING)
  }
  const { challenge, domain, verificationMethod } = proof as Record<string, unknown>
  // a dead challenge is refused before the (costly) canonicalisation of the whole presentation
  if (typeof challenge !== 'string' || !(await options.isLive(challenge))) {
    return fail('challenge-invalid', `${path}/challenge`, CHALLENGE)
  }
  const domains = Array.isArray(domain) ? domain : [domain]
  if (options.domain !== undefined && !domains.includes(options.domain)) {
    return fail('domain-mismatch', `${path}/domain`, {
      en: `The proof must be bound to this node's domain ${options.domain}.`,
      fr: `La preuve doit être liée au domaine de ce nœud, ${options.domain}.`,
    })
  }
  if (typeof verificationMethod !== 'string' || didOf(verificationMethod) !== holder.did) {
    return fail('holder-not-signer', `${path}/verificationMethod`, NOT_SIGNER)
  }
  const [outcome] = await verifyProofSet(presentation, {
    loader: options.loader,
    purposeFor: () =>
      new jsigs.purposes.AuthenticationProofPurpose({
        challenge,
        domain: options.domain,
      }) as unknown as ProofPurpose,
  }).catch(() => [undefined])
  if (!outcome?.verified) {
    return fail('presentation-proof-invalid', path, {
      en: 'The presentation proof does not verify: it was changed after signing, signed with another key, or the key is not an authentication method of the holder.',
      fr: 'La preuve de la présentation est invalide : présentation modifiée après signature, autre clé, ou clé non déclarée pour l’authentification du détenteur.',
    })
  }
  // the key's controller, as resolved, is the signer: it must be the holder itself
  if (outcome.signer !== holder.did) {
    return fail('holder-not-signer', `${path}/verificationMethod`, NOT_SIGNER)
  }
  if (!(await options.useChallenge(challenge)))
    return fail('challenge-invalid', `${path}/challenge`, CHALLENGE)
  return { verified: true, holder: holder.did, errors: [] }
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

/**
 * The presentation type by which an issuer states, under its own signature, that it revokes the
 * one credential the presentation holds: without it, a presentation that submitted a credential
 * would read the same as one revoking it. A full IRI, since no pinned context defines a term for
 * it (the VC contexts' own `@vocab` does not apply to types); its namespace is the W3C's for terms
 * whose meaning their issuer gives, here by this API (docs/API.md).
 */
export const REVOCATION_TYPE =
  'https://www.w3.org/ns/credentials/issuer-dependent#OfferingRevocation'

/**
 * Whether a presentation (JSON-LD, or a compact VP-JWT) states its purpose as a revocation.
 *
 * @example
 * statesRevocation({ type: ['VerifiablePresentation', REVOCATION_TYPE], … }) // true
 */
export function statesRevocation(presentation: Record<string, unknown> | string): boolean {
  const document = typeof presentation === 'string' ? jwtPayload(presentation) : presentation
  const types = document?.type
  return Array.isArray(types) ? types.includes(REVOCATION_TYPE) : types === REVOCATION_TYPE
}

const MISSING = {
  en: 'The presentation carries no proof. Sign it as its holder, with a challenge from POST /api/v1/challenges.',
  fr: 'La présentation ne porte aucune preuve. Signez-la en tant que détenteur, avec un challenge obtenu par POST /api/v1/challenges.',
}
const PROOF_SET = {
  en: 'A presentation to this node carries exactly one proof, made by its holder; send a single proof, not a set.',
  fr: 'Une présentation à ce nœud porte exactement une preuve, faite par son détenteur ; envoyez une seule preuve, pas un ensemble.',
}
const NOT_SIGNER = {
  en: 'The presentation must be signed with a key of its holder DID.',
  fr: 'La présentation doit être signée avec une clé du DID de son détenteur.',
}
const CHALLENGE = {
  en: 'The challenge is unknown, expired or already used. Request a new one from POST /api/v1/challenges.',
  fr: 'Le challenge est inconnu, expiré ou déjà utilisé. Demandez-en un nouveau par POST /api/v1/challenges.',
}

function fail(code: string, path: string, message: Finding['message']): PresentationProofResult {
  return { verified: false, errors: [{ code, path, message, severity: 'violation' }] }
}
