/**
 * The W3C VC-API operations (issue, verify a credential, verify a presentation) as the W3C VC Data
 * Model 2.0 and Data Integrity EdDSA test suites exercise them. Structure first (conformance.ts),
 * then JSON-LD in safe mode, then validity dates, then every proof (proof-set.ts).
 */
import { BadRequestError, type Finding } from '../errors.js'
import { checkCredential, checkPresentation, isDateTimeStamp, vcVersion } from './conformance.js'
import type { DidDocumentResolver, DocumentLoader } from './document-loader.js'
import type { NodeIdentity } from './identity.js'
import {
  checkProofs,
  EDDSA_2022,
  EDDSA_RDFC_2022,
  expiredProofs,
  proofsNotByIssuer,
  verifyProofSet,
} from './proof-set.js'
import { signCredential } from './sign.js'
import type { ProofFormat } from './suites.js'
import type { RemoteFetch } from './remote-fetch.js'
import { holderOf } from './holder.js'
import { decodeCompactJwt, envelopedJwtOf, isEnveloped, verifyCredentialJwt } from './vc-jwt.js'
import { verifyJwtProof } from './vc-jwt-proof.js'
import { verifyCredential } from './verify.js'
import { findingsOf } from './verify-findings.js'
import { idOf } from './ids.js'
import type { TrustAnchors } from './x509.js'
import {
  expansionErrors,
  finding,
  isObject,
  purposeChecks,
  validityErrors,
  type VerifyOptions,
} from './vc-api-checks.js'

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

/** The VC-API verification response, plus whether the input was not a conforming document at all. */
export type VerificationReport = {
  verified: boolean
  malformed: boolean
  checks: string[]
  warnings: Finding[]
  errors: Finding[]
}

function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z')
}

function proofFormatOf(options: Json): ProofFormat {
  const { type = 'DataIntegrityProof', cryptosuite } = options
  if (type === 'DataIntegrityProof' && (cryptosuite ?? EDDSA_RDFC_2022) === EDDSA_RDFC_2022) {
    return 'eddsa-rdfc-2022'
  }
  if (type === 'Ed25519Signature2020' && cryptosuite === undefined) return 'Ed25519Signature2020'
  throw new BadRequestError('Unsupported proof format.', [
    finding(
      'proof-format-unsupported',
      '/options',
      'This node signs with DataIntegrityProof eddsa-rdfc-2022 (the default) or Ed25519Signature2020.',
      'Ce nœud signe en DataIntegrityProof eddsa-rdfc-2022 (par défaut) ou en Ed25519Signature2020.',
    ),
  ])
}

/**
 * Signs `body.credential` as the node, under the issuer DID it names (the node's did:web or its
 * did:key). Non-conforming input or another issuer throws a `BadRequestError` with findings.
 *
 * @example
 * const signed = await issueCredential({ credential, options: { type: 'Ed25519Signature2020' } }, ctx)
 */
export async function issueCredential(body: Json, deps: VcApiDeps): Promise<Json> {
  const { credential, options = {} } = body
  if (!isObject(options) || ('created' in options && !isDateTimeStamp(options.created))) {
    throw new BadRequestError('Invalid options.', [
      finding(
        'options-invalid',
        '/options',
        'options must be an object; options.created, if given, a dateTimeStamp.',
        'options doit être un objet ; options.created, si présent, une date avec fuseau.',
      ),
    ])
  }
  const format = proofFormatOf(options)
  const errors = checkCredential(credential, { issuing: true })
  if (errors.length) {
    throw new BadRequestError('The credential does not conform to the VC Data Model.', errors)
  }
  const unsigned = structuredClone(credential) as Json
  const issuer = idOf(unsigned.issuer)
  const { identity } = deps
  const key =
    issuer === identity.did
      ? identity.webKey
      : issuer === identity.didKey
        ? identity.keyKey
        : undefined
  if (!key) {
    throw new BadRequestError('This node only issues as itself.', [
      finding(
        'issuer-not-node',
        '/issuer',
        `The issuer must be this node: ${identity.did} or ${identity.didKey}.`,
        `L’émetteur doit être ce nœud : ${identity.did} ou ${identity.didKey}.`,
      ),
    ])
  }
  const now = deps.clock()
  if (vcVersion(unsigned) === 1 && unsigned.issuanceDate === undefined) {
    unsigned.issuanceDate = w3cDate(now)
  }
  const invalid = await expansionErrors(unsigned, deps.loader, '')
  if (invalid.length) throw new BadRequestError('The credential is not valid JSON-LD.', invalid)
  const date = typeof options.created === 'string' ? new Date(options.created) : now
  try {
    return await signCredential(unsigned, { key, loader: deps.loader, format, date })
  } catch (error) {
    throw new BadRequestError('The credential cannot be signed.', findingsOf(error as Error), {
      cause: error,
    })
  }
}

function report(partial: Partial<VerificationReport> & { checks: string[] }): VerificationReport {
  const errors = partial.errors ?? []
  return { malformed: false, warnings: [], ...partial, errors, verified: errors.length === 0 }
}

async function verifyCredentialAt(
  credential: unknown,
  options: VerifyOptions,
  deps: VcApiDeps,
  path: string,
): Promise<VerificationReport> {
  const checks = ['proof', 'validity']
  const now = deps.clock()
  if (isObject(credential) && isEnveloped(credential)) {
    return verifyEnveloped(credential, deps, path)
  }
  if (isObject(credential) && proofTypes(credential).includes('JsonWebSignature2020')) {
    return verifyTagus(credential, deps, path)
  }
  const shape = checkCredential(credential, { issuing: false, path })
  if (isObject(credential)) {
    shape.push(...checkProofs(credential, { cryptosuites: [EDDSA_RDFC_2022], path }))
  }
  if (shape.length || !isObject(credential))
    return report({ checks, malformed: true, errors: shape })
  const invalid = await expansionErrors(credential, deps.loader, path)
  if (invalid.length) return report({ checks, malformed: true, errors: invalid })
  const purpose = purposeChecks(credential, options, 'assertionMethod', path)
  const warnings = purpose.warnings
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
    return verifyEnvelopedPresentation(vp, options, deps)
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
  shape.push(...checkProofs(vp, { cryptosuites: [EDDSA_RDFC_2022, EDDSA_2022] }))
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

// data:application/vc+jwt,<JWT> (VC 2.0 §4.13), also with the vc+ld+json+jwt media type
const ENVELOPED_JWT =
  /^data:application\/vc(\+ld\+json)?\+jwt,([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/

/** A VC-JWT in its EnvelopedVerifiableCredential: the JWS, its key, its dates and the payload's. */
async function verifyEnveloped(
  envelope: Json,
  deps: VcApiDeps,
  path: string,
): Promise<VerificationReport> {
  const checks = ['proof', 'validity']
  const carried = envelopedJwtOf(envelope)
  if (!('jwt' in carried)) {
    const error = finding(
      'enveloped-credential-invalid',
      `${path}/id`,
      'An EnvelopedVerifiableCredential carries its VC-JWT as data:application/vc+jwt,<compact JWT>.',
      'Une EnvelopedVerifiableCredential porte son VC-JWT sous la forme data:application/vc+jwt,<JWT compact>.',
    )
    return report({ checks, malformed: true, errors: [error] })
  }
  const now = deps.clock()
  const result = await verifyCredentialJwt(carried.jwt, {
    resolveDid: deps.resolveDid,
    now,
    clockSkewMs: deps.config.clockSkewMs,
  })
  const errors = result.errors.map((e) => ({ ...e, path: path + e.path }))
  if (result.payload) errors.push(...validityErrors(result.payload, now, path))
  return report({ checks, errors })
}

/**
 * A VP-JWT in its EnvelopedVerifiablePresentation (VC 2.0 §4.13): the JWS by a key of the holder
 * listed for authentication, `nonce` and `aud` against the options' challenge and domain, and
 * every credential it holds verified as the credential endpoint would.
 */
async function verifyEnvelopedPresentation(
  envelope: Json,
  options: VerifyOptions,
  deps: VcApiDeps,
): Promise<VerificationReport> {
  const checks = ['proof', 'challenge', 'domain', 'credentials']
  const carried = envelopedJwtOf(envelope, 'vp')
  const decoded = 'jwt' in carried ? decodeCompactJwt(carried.jwt) : undefined
  if (!decoded || 'error' in decoded) {
    const error = finding(
      'enveloped-presentation-invalid',
      '/id',
      'An EnvelopedVerifiablePresentation carries its VP-JWT as data:application/vp+jwt,<compact JWT>.',
      'Une EnvelopedVerifiablePresentation porte son VP-JWT sous la forme data:application/vp+jwt,<JWT compact>.',
    )
    return report({ checks, malformed: true, errors: [error] })
  }
  const { payload } = decoded
  const holder = holderOf(payload.holder)
  const errors: Finding[] = []
  const warnings: Finding[] = []
  if ('error' in holder) errors.push(holder.error)
  else {
    const proof = await verifyJwtProof(
      decoded,
      { resolveDid: deps.resolveDid, now: deps.clock(), clockSkewMs: deps.config.clockSkewMs },
      {
        kind: 'vp',
        purpose: 'authentication',
        signer: holder.did,
        signerPath: '/holder',
        notSigner: {
          code: 'holder-not-signer',
          message: () => ({
            en: 'The presentation must be signed with a key of its holder DID.',
            fr: 'La présentation doit être signée avec une clé du DID de son détenteur.',
          }),
        },
      },
    )
    errors.push(...proof.errors)
  }
  const nonce = payload.nonce ?? payload.challenge
  if (options.challenge !== undefined && nonce !== options.challenge) {
    errors.push(
      finding(
        'challenge-mismatch',
        '/nonce',
        'The presentation does not carry the expected challenge as its nonce.',
        'La présentation ne porte pas le challenge attendu comme nonce.',
      ),
    )
  } else if (options.challenge === undefined) {
    warnings.push(
      finding(
        'challenge-not-checked',
        '/nonce',
        'No challenge was given, so nothing binds this presentation to a session: it may be a replay.',
        'Aucun challenge n’a été fourni : rien ne lie cette présentation à une session, elle peut être rejouée.',
        true,
      ),
    )
  }
  if (options.domain !== undefined && ![payload.aud].flat().includes(options.domain)) {
    errors.push(
      finding(
        'domain-mismatch',
        '/aud',
        `The presentation is not bound to the domain ${String(options.domain)} (aud).`,
        `La présentation n’est pas liée au domaine ${String(options.domain)} (aud).`,
      ),
    )
  }
  let malformed = false
  const held =
    payload.verifiableCredential === undefined ? [] : [payload.verifiableCredential].flat()
  for (const [i, credential] of held.entries()) {
    const result = await verifyCredentialAt(credential, {}, deps, `/verifiableCredential/${i}`)
    malformed ||= result.malformed
    errors.push(...result.errors)
    warnings.push(...result.warnings)
  }
  return report({ checks, malformed, warnings, errors })
}

/** Tagus JsonWebSignature2020: the node's X.509 trust policy decides (src/credentials/jws-2020.ts). */
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
