import * as vc from '@digitalbazaar/vc'
import type { Finding } from '../../errors.js'
import type { DocumentLoader } from '../document-loader.js'
import { verifyJsonWebSignature2020 } from '../jws-2020/jws-2020.js'
import type { RemoteFetch } from '../did/remote-fetch.js'
import { idOf } from '../ids.js'
import { assertionPurposeFor, proofsNotByIssuer, proofsOf, verifyProofSet } from './proof-set.js'
import { verificationSuites } from './suites.js'
import { dedupe, finding, findingsOf, type Message } from './verify-findings.js'
import type { TrustAnchors } from '../jws-2020/x509.js'

// vc's own envelope checks (context, type, issuer, dates at `now`), as verifyCredential runs first
const checkEnvelope = (vc as unknown as { _checkCredential: (o: object) => void })._checkCredential

export type VerifyOptions = {
  loader: DocumentLoader
  now: Date
  /** X.509 roots for JsonWebSignature2020 keys (x5c/x5u); without them no such key is trusted. */
  trustAnchors?: TrustAnchors
  /** did:web documents and x5u chains the node does not hold; omitted, nothing is fetched. */
  fetchRemote?: RemoteFetch
}

export type VerifyResult = {
  verified: boolean
  /** `type` of the first proof (its cryptosuite for DataIntegrityProof), or `none`. */
  proofType: string
  errors: Finding[]
}

/**
 * Verifies a credential's proofs, its issuer's control of the signing key (assertionMethod) and
 * its validity period at `now`. Every proof must verify and be the issuer's (a forged proof by
 * anyone else is never carried along by a valid one). A bad credential is a result, never a
 * throw: callers turn the findings into a 422 or a skipped federation entry.
 *
 * @example
 * const { verified, errors } = await verifyCredential(document, { loader, now: new Date() })
 */
export async function verifyCredential(
  credential: Record<string, unknown>,
  options: VerifyOptions,
): Promise<VerifyResult> {
  const proofs = proofsOf(credential)
  const proofType = proofTypeOf(credential.proof)
  if (proofs.length === 0 || proofType === 'none') {
    return {
      verified: false,
      proofType: 'none',
      errors: [finding('proof-missing', '/proof', PROOF_MISSING)],
    }
  }
  const tagus = proofs.filter(({ proof }) => typeOfProof(proof) === 'JsonWebSignature2020')
  // Tagus: jsonld-signatures has no suite for it, and its X.509 trust is the node's own policy
  if (tagus.length === proofs.length) return verifyJsonWebSignature2020(credential, options)
  if (tagus.length > 0) {
    return {
      verified: false,
      proofType,
      errors: [finding('proof-set-mixed', '/proof', PROOF_SET_MIXED)],
    }
  }
  if (proofs.length > 1) return verifyIssuerProofSet(credential, proofType, options)
  let result: vc.VerifyResult
  try {
    result = await vc.verifyCredential({
      credential,
      suite: verificationSuites(),
      documentLoader: options.loader,
      now: options.now,
    })
  } catch (error) {
    return { verified: false, proofType, errors: findingsOf(error as Error) }
  }
  if (result.verified) return { verified: true, proofType, errors: [] }
  const errors = [result.error, ...(result.results ?? []).map((r) => r.error)]
    .filter((e): e is Error => e instanceof Error)
    .flatMap(findingsOf)
  return { verified: false, proofType, errors: dedupe(errors) }
}

/**
 * A proof set (or chain) on a credential: vc's envelope checks, then each proof verified on its
 * own, then the node's rule that every proof is the issuer's (the VC-API applies the same). jsonld-signatures alone accepts a set when any one
 * proof verifies.
 */
async function verifyIssuerProofSet(
  credential: Record<string, unknown>,
  proofType: string,
  options: VerifyOptions,
): Promise<VerifyResult> {
  try {
    checkEnvelope({ credential, now: options.now })
  } catch (error) {
    return { verified: false, proofType, errors: findingsOf(error as Error) }
  }
  const issuerDid = idOf(credential.issuer)
  const outcomes = await verifyProofSet(credential, {
    loader: options.loader,
    purposeFor: assertionPurposeFor(issuerDid),
  })
  const errors = [
    ...outcomes.flatMap((o) =>
      o.verified || o.errors.length > 0
        ? o.errors
        : [finding('signature-invalid', o.path, SIGNATURE_UNSUPPORTED)],
    ),
    ...proofsNotByIssuer(outcomes, issuerDid),
  ]
  return { verified: errors.length === 0, proofType, errors: dedupe(errors) }
}

function typeOfProof(proof: unknown): unknown {
  return typeof proof === 'object' && proof !== null
    ? (proof as { type?: unknown }).type
    : undefined
}

function proofTypeOf(proof: unknown): string {
  const first = Array.isArray(proof) ? proof[0] : proof
  if (typeof first !== 'object' || first === null) return 'none'
  const { type, cryptosuite } = first as { type?: unknown; cryptosuite?: unknown }
  if (type === 'DataIntegrityProof' && typeof cryptosuite === 'string') return cryptosuite
  return typeof type === 'string' ? type : 'unknown'
}

const PROOF_SET_MIXED: Message = {
  en: 'The credential mixes JsonWebSignature2020 with other proof types; sign it with one kind of proof.',
  fr: 'L’attestation mêle JsonWebSignature2020 et d’autres types de preuve ; signez-la avec un seul type de preuve.',
}

const SIGNATURE_UNSUPPORTED: Message = {
  en: 'This proof is of a type or cryptosuite this node does not verify (DataIntegrityProof eddsa-rdfc-2022, Ed25519Signature2020, JsonWebSignature2020).',
  fr: 'Cette preuve est d’un type ou d’une suite que ce nœud ne vérifie pas (DataIntegrityProof eddsa-rdfc-2022, Ed25519Signature2020, JsonWebSignature2020).',
}

const PROOF_MISSING: Message = {
  en: 'The credential carries no proof. Sign it with the issuer key before submitting it.',
  fr: 'L’attestation ne porte aucune preuve. Signez-la avec la clé de l’émetteur avant de la soumettre.',
}
