/**
 * The W3C VC-API verifier (verify a credential, verify a presentation) as the W3C VC Data Model
 * 2.0, Data Integrity EdDSA and VC-API test suites exercise it. Structure first (conformance.ts),
 * then JSON-LD in safe mode, then validity dates, then every proof (proof-set.ts). Issuing is in
 * vc-api-issue.ts.
 */
import { checkCredential, checkPresentation } from './conformance.js'
import type { DidDocumentResolver, DocumentLoader } from '../document-loader.js'
import type { NodeIdentity } from '../did/identity.js'
import {
  checkProofs,
  EDDSA_2022,
  EDDSA_JCS_2022,
  EDDSA_RDFC_2022,
  expiredProofs,
  proofsNotByIssuer,
  verifyProofSet,
} from '../data-integrity/proof-set.js'
import type { RemoteFetch } from '../did/remote-fetch.js'
import { verifyEnvelopedCredential, verifyEnvelopedPresentation } from './vc-api-enveloped.js'
import { checkRelatedResources } from './vc-api-related-resources.js'
import { isEnveloped } from '../jwt/vc-jwt.js'
import { verifyCredential } from '../data-integrity/verify.js'
import { idOf } from '../ids.js'
import type { TrustAnchors } from '../jws-2020/x509.js'
import {
  expansionErrors,
  finding,
  isObject,
  purposeChecks,
  report,
  validityErrors,
  type VerificationReport,
  type VerifyOptions,
} from './vc-api-checks.js'

export type { VerificationReport } from './vc-api-checks.js'

type Json = Record<string, unknown>

export type VcApiDeps = {
  identity: NodeIdentity
  loader: DocumentLoader
  clock: () => Date
  resolveDid: DidDocumentResolver
  config: { clockSkewMs: number }
  trustAnchors?: TrustAnchors
  fetchRemote?: RemoteFetch
}

// the Data Integrity cryptosuites a credential's proofs may use here (presentations: also the
// draft eddsa-2022 name of eddsa-rdfc-2022, which the VC DM 2.0 suite signs with)
const CREDENTIAL_CRYPTOSUITES = [EDDSA_RDFC_2022, EDDSA_JCS_2022]

async function verifyCredentialAt(
  credential: unknown,
  options: VerifyOptions,
  deps: VcApiDeps,
  path: string,
): Promise<VerificationReport> {
  const checks = ['proof', 'validity']
  const now = deps.clock()
  if (isObject(credential) && isEnveloped(credential)) {
    return verifyEnvelopedCredential(credential, deps, path)
  }
  if (isObject(credential) && proofTypes(credential).includes('JsonWebSignature2020')) {
    return verifyTagus(credential, deps, path)
  }
  const shape = checkCredential(credential, { issuing: false, path })
  if (!isObject(credential)) return report({ checks, malformed: true, errors: shape })
  shape.push(...checkProofs(credential, { cryptosuites: CREDENTIAL_CRYPTOSUITES, path }))
  const related = checkRelatedResources(credential, path)
  shape.push(...related.malformed)
  if (shape.length) return report({ checks, malformed: true, errors: shape })
  const invalid = await expansionErrors(credential, deps.loader, path)
  if (invalid.length) return report({ checks, malformed: true, errors: invalid })
  const purpose = purposeChecks(credential, options, 'assertionMethod', path)
  const warnings = [...purpose.warnings, ...related.unchecked]
  if ('credentialStatus' in credential) {
    warnings.push(
      finding(
        'status-not-checked',
        `${path}/credentialStatus`,
        'The credential status was not checked: status lists are never fetched by this node.',
        'Le statut de l’attestation n’a pas été vérifié : ce nœud ne télécharge jamais de liste de statut.',
        true,
      ),
    )
  }
  const errors = [
    ...validityErrors(credential, now, path),
    ...related.mismatched,
    ...expiredProofs(credential, now, path),
    ...purpose.errors,
  ]
  if (errors.length) return report({ checks, warnings, errors })
  const outcomes = await verifyProofSet(credential, {
    loader: deps.loader,
    purposeFor: purpose.purposeFor,
    path,
  })
  errors.push(...outcomes.flatMap((o) => o.errors))
  // the node's one rule for credentials: every proof is the issuer's (proof-set.ts)
  if (purpose.expected === 'assertionMethod') {
    errors.push(...proofsNotByIssuer(outcomes, idOf(credential.issuer)))
  }
  return report({ checks, warnings, errors })
}

/**
 * `POST /credentials/verify`: the body's `verifiableCredential`, with `options.expectedProofPurpose`
 * (default assertionMethod; then every proof must be the issuer’s, as for a submission).
 *
 * @example
 * const { verified, errors } = await verifyCredentialRequest({ verifiableCredential: vc }, ctx)
 */
export async function verifyCredentialRequest(body: Json, deps: VcApiDeps) {
  const options = body.options ?? {}
  if (!isObject(options)) {
    const error = finding(
      'options-invalid',
      '/options',
      'options must be an object.',
      'options doit être un objet.',
    )
    return report({ checks: [], malformed: true, errors: [error] })
  }
  return verifyCredentialAt(body.verifiableCredential, options, deps, '')
}

/**
 * `POST /presentations/verify`: authentication proofs checked against `options.challenge` and
 * `options.domain`, proof chains followed, and every embedded credential verified as well.
 *
 * @example
 * await verifyPresentationRequest({ verifiablePresentation: vp, options: { challenge, domain } }, ctx)
 */
export async function verifyPresentationRequest(body: Json, deps: VcApiDeps) {
  const { verifiablePresentation: vp, options = {} } = body
  const checks = ['proof', 'challenge', 'domain', 'credentials']
  if (isObject(vp) && isEnveloped(vp, 'vp') && isObject(options)) {
    return verifyEnvelopedPresentation(vp, options, deps, (held, path) =>
      verifyCredentialAt(held, {}, deps, path),
    )
  }
  const shape = checkPresentation(vp)
  const badOptions =
    !isObject(options) ||
    (options.challenge !== undefined && typeof options.challenge !== 'string') ||
    (options.domain !== undefined && typeof options.domain !== 'string')
  if (badOptions) {
    shape.push(
      finding(
        'options-invalid',
        '/options',
        'options must be an object; challenge and domain, if given, strings.',
        'options doit être un objet ; challenge et domain, si présents, des chaînes.',
      ),
    )
  }
  if (!isObject(vp) || !isObject(options)) return report({ checks, malformed: true, errors: shape })
  shape.push(...checkProofs(vp, { cryptosuites: [...CREDENTIAL_CRYPTOSUITES, EDDSA_2022] }))
  if (shape.length) return report({ checks, malformed: true, errors: shape })
  const invalid = await expansionErrors(vp, deps.loader, '')
  if (invalid.length) return report({ checks, malformed: true, errors: invalid })
  const purpose = purposeChecks(vp, options, 'authentication', '')
  const errors = [...expiredProofs(vp, deps.clock()), ...purpose.errors]
  const warnings = [...purpose.warnings]
  if (!errors.length) {
    const outcomes = await verifyProofSet(vp, {
      loader: deps.loader,
      purposeFor: purpose.purposeFor,
    })
    errors.push(...outcomes.flatMap((o) => o.errors))
  }
  let malformed = false
  const credentials = 'verifiableCredential' in vp ? [vp.verifiableCredential].flat() : []
  for (const [i, credential] of credentials.entries()) {
    const path = `/verifiableCredential/${Array.isArray(vp.verifiableCredential) ? i : ''}`.replace(
      /\/$/,
      '',
    )
    const result = await verifyCredentialAt(credential, {}, deps, path)
    malformed ||= result.malformed
    errors.push(...result.errors)
    warnings.push(...result.warnings)
  }
  return report({ checks, malformed, warnings, errors })
}

/** Tagus JsonWebSignature2020: the node's X.509 trust policy decides (src/credentials/jws-2020/jws-2020.ts). */
async function verifyTagus(credential: Json, deps: VcApiDeps, path: string) {
  const checks = ['proof', 'validity']
  const shape = checkCredential(credential, { issuing: false, path })
  if (shape.length) return report({ checks, malformed: true, errors: shape })
  const result = await verifyCredential(credential, {
    loader: deps.loader,
    now: deps.clock(),
    trustAnchors: deps.trustAnchors,
    fetchRemote: deps.fetchRemote,
  })
  return report({ checks, errors: result.errors.map((e) => ({ ...e, path: path + e.path })) })
}

function proofTypes(document: Json): unknown[] {
  return [document.proof].flat().map((proof) => (isObject(proof) ? proof.type : undefined))
}
