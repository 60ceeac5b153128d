/**
 * Data Integrity proof sets and chains (VC Data Integrity §4.2–4.6). jsonld-signatures 11.6
 * accepts a document when *any* proof verifies and ignores `previousProof` (so a chained proof,
 * signed over the document with the proofs it endorses, never verifies there). Here every proof
 * must verify, and a proof that names `previousProof` is checked over the document carrying
 * exactly those proofs.
 */
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as vc from '@digitalbazaar/vc'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as base58 from 'base58-universal'
import jsigs from 'jsonld-signatures'
import type { Finding } from '../../errors.js'
import { isDateTimeStamp, isUrl } from '../vc-api/conformance.js'
import type { DocumentLoader } from '../document-loader.js'
import { verificationSuites } from './suites.js'
import { findingsOf } from './verify-findings.js'

type Json = Record<string, unknown>

export const EDDSA_RDFC_2022 = 'eddsa-rdfc-2022'
/** Data Integrity EdDSA §3.3: the same Ed25519 signature over the JCS (RFC 8785) form. */
export const EDDSA_JCS_2022 = 'eddsa-jcs-2022'
/** The draft name of eddsa-rdfc-2022 (same algorithm), which the VC DM 2.0 suite signs VPs with. */
export const EDDSA_2022 = 'eddsa-2022'
const ED25519_SIGNATURE_2020 = 'Ed25519Signature2020'

/** What jsonld-signatures and vc purposes offer; their bundled typings do not declare it. */
export type ProofPurpose = {
  validate(
    proof: Json,
    options: {
      document: Json
      suite: unknown
      verificationMethod: unknown
      documentLoader: unknown
    },
  ): Promise<{ valid: boolean; error?: Error }>
}
type Suite = {
  verifyProof(options: {
    proof: Json
    document: Json
    proofSet: Json[]
    documentLoader: DocumentLoader
  }): Promise<{ verified: boolean; verificationMethod?: Json; error?: Error }>
}

const { extendContextLoader } = jsigs as unknown as {
  extendContextLoader(loader: DocumentLoader): DocumentLoader
}

let suites: Map<string, Suite> | undefined

function suiteFor(proof: Json): Suite | undefined {
  if (!suites) {
    const [dataIntegrity, ed25519, jcs] = verificationSuites() as Suite[]
    const draft = new DataIntegrityProof({
      cryptosuite: { ...(eddsaRdfc2022 as Json), name: EDDSA_2022 },
    }) as unknown as Suite
    suites = new Map([
      [EDDSA_RDFC_2022, dataIntegrity!],
      [EDDSA_2022, draft],
      [EDDSA_JCS_2022, jcs!],
      [ED25519_SIGNATURE_2020, ed25519!],
    ])
  }
  return suites.get(
    proof.type === 'DataIntegrityProof' ? String(proof.cryptosuite) : String(proof.type),
  )
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function finding(code: string, path: string, en: string, fr: string): Finding {
  return { code, path, message: { en, fr }, severity: 'violation' }
}

/** The proofs of a document with the JSON Pointer of each. */
export function proofsOf(document: Json, path = ''): { proof: unknown; path: string }[] {
  if (!('proof' in document)) return []
  const list = Array.isArray(document.proof) ? document.proof : [document.proof]
  return list.map((proof, i) => ({
    proof,
    path: Array.isArray(document.proof) ? `${path}/proof/${i}` : `${path}/proof`,
  }))
}

/** A multibase base58btc (`z…`) Ed25519 signature: 64 bytes (eddsa-rdfc-2022 §3.3.6). */
function isEd25519ProofValue(value: unknown): boolean {
  if (typeof value !== 'string' || !value.startsWith('z')) return false
  return base58.decode(value.slice(1))?.length === 64
}

/**
 * Checks the shape of every proof: a supported type and cryptosuite, a resolvable-looking
 * verification method, a purpose, a well-formed `proofValue` and dates, and `previousProof` ids.
 *
 * @example
 * checkProofs(vc, { cryptosuites: ['eddsa-rdfc-2022'] }) // [] when well formed
 */
export function checkProofs(
  document: Json,
  options: { cryptosuites: readonly string[]; path?: string },
): Finding[] {
  const proofs = proofsOf(document, options.path)
  if (proofs.length === 0) {
    return [
      finding(
        'proof-missing',
        `${options.path ?? ''}/proof`,
        'The document carries no proof.',
        'Le document ne porte aucune preuve.',
      ),
    ]
  }
  const out: Finding[] = []
  const fail = (code: string, at: string, en: string, fr: string) =>
    out.push(finding(code, at, en, fr))
  for (const { proof, path } of proofs) {
    if (!isObject(proof)) {
      fail('proof-invalid', path, 'A proof must be an object.', 'Une preuve doit être un objet.')
      continue
    }
    const { type, cryptosuite, verificationMethod: vm } = proof
    if (typeof type !== 'string') {
      fail(
        'proof-type-missing',
        `${path}/type`,
        'The proof has no type.',
        'La preuve n’a pas de type.',
      )
    } else if (type === 'DataIntegrityProof') {
      if (typeof cryptosuite !== 'string' || !options.cryptosuites.includes(cryptosuite)) {
        fail(
          'proof-cryptosuite-unsupported',
          `${path}/cryptosuite`,
          `The cryptosuite must be one of: ${options.cryptosuites.join(', ')}.`,
          `La suite cryptographique doit être l’une de : ${options.cryptosuites.join(', ')}.`,
        )
      }
    } else if (type !== ED25519_SIGNATURE_2020) {
      fail(
        'proof-type-unsupported',
        `${path}/type`,
        'The proof type must be DataIntegrityProof or Ed25519Signature2020.',
        'Le type de preuve doit être DataIntegrityProof ou Ed25519Signature2020.',
      )
    }
    if (!isUrl(isObject(vm) ? vm.id : vm)) {
      fail(
        'proof-verification-method-invalid',
        `${path}/verificationMethod`,
        'The proof must name its verification method by URL, e.g. did:key:z6Mk…#z6Mk….',
        'La preuve doit désigner sa méthode de vérification par une URL, par ex. did:key:z6Mk…#z6Mk….',
      )
    }
    if (typeof proof.proofPurpose !== 'string' || !proof.proofPurpose) {
      fail(
        'proof-purpose-missing',
        `${path}/proofPurpose`,
        'The proof has no proofPurpose.',
        'La preuve n’a pas de proofPurpose.',
      )
    }
    if (!isEd25519ProofValue(proof.proofValue)) {
      fail(
        'proof-value-invalid',
        `${path}/proofValue`,
        'proofValue must be a multibase base58btc (z…) encoding of a 64-byte Ed25519 signature.',
        'proofValue doit être l’encodage multibase base58btc (z…) d’une signature Ed25519 de 64 octets.',
      )
    }
    for (const key of ['created', 'expires']) {
      if (key in proof && !isDateTimeStamp(proof[key])) {
        fail(
          'proof-date-invalid',
          `${path}/${key}`,
          `proof.${key} must be an XML Schema dateTimeStamp with a time zone.`,
          `proof.${key} doit être une date XML Schema avec fuseau horaire.`,
        )
      }
    }
    if ('id' in proof && !isUrl(proof.id)) {
      fail(
        'proof-id-invalid',
        `${path}/id`,
        'proof.id must be a URL.',
        'proof.id doit être une URL.',
      )
    }
    const previous = proof.previousProof
    if (previous !== undefined && ![previous].flat().every((id) => typeof id === 'string')) {
      fail(
        'previous-proof-invalid',
        `${path}/previousProof`,
        'previousProof must be a proof id or a list of proof ids.',
        'previousProof doit être un identifiant de preuve ou une liste d’identifiants.',
      )
    }
  }
  return out
}

/** Proofs whose `expires` has passed at `now` (Data Integrity §2.1). */
export function expiredProofs(document: Json, now: Date, path = ''): Finding[] {
  return proofsOf(document, path)
    .filter(({ proof }) => isObject(proof) && Date.parse(String(proof.expires)) < now.getTime())
    .map(({ path: at }) =>
      finding('proof-expired', `${at}/expires`, 'The proof has expired.', 'La preuve a expiré.'),
    )
}

export type ProofOutcome = {
  path: string
  verified: boolean
  /** The DID whose key made the proof, once the signature holds. */
  signer?: string
  errors: Finding[]
}

/**
 * Verifies every proof of an already shape-checked document. A proof naming `previousProof` is
 * verified over the document whose `proof` is the proofs it names (all must be present); any
 * other proof over the document without proofs.
 *
 * @example
 * const outcomes = await verifyProofSet(vc, { loader, purposeFor: () => new AssertionProofPurpose() })
 * const verified = outcomes.every((o) => o.verified)
 */
export async function verifyProofSet(
  document: Json,
  options: { loader: DocumentLoader; purposeFor: (proof: Json) => ProofPurpose; path?: string },
): Promise<ProofOutcome[]> {
  const documentLoader = extendContextLoader(options.loader)
  const proofs = proofsOf(document, options.path) as { proof: Json; path: string }[]
  const all = proofs.map(({ proof }) => proof)
  const { proof: _proofs, ...unsecured } = document
  return Promise.all(
    proofs.map(async ({ proof, path }): Promise<ProofOutcome> => {
      const errorsOf = (error: Error | undefined) =>
        (error ? findingsOf(error) : []).map((f) => ({
          ...f,
          path: f.path.startsWith('/proof') ? path + f.path.slice('/proof'.length) : f.path,
        }))
      let input: Json = unsecured
      if (proof.previousProof !== undefined) {
        const ids = [proof.previousProof].flat() as string[]
        const previous = ids.map((id) => all.find((p) => p.id === id))
        if (previous.some((p) => p === undefined)) {
          const errors = [
            finding(
              'previous-proof-missing',
              `${path}/previousProof`,
              'The proof endorses a previous proof that the document does not carry: the chain is broken.',
              'La preuve endosse une preuve précédente absente du document : la chaîne est rompue.',
            ),
          ]
          return { path, verified: false, errors }
        }
        input = {
          ...unsecured,
          proof: typeof proof.previousProof === 'string' ? previous[0] : previous,
        }
      }
      const suite = suiteFor(proof)
      if (!suite) return { path, verified: false, errors: [] }
      // as jsonld-signatures does: proof options are read in the document's context, except for
      // JCS, whose proof is hashed exactly as written (its own @context included, §3.3.2)
      const withContext = { '@context': document['@context'], ...proof }
      const jcs = proof.cryptosuite === EDDSA_JCS_2022
      const result = await suite.verifyProof({
        proof: jcs ? { ...proof } : withContext,
        // the JCS suite sets the document's @context to the proof's: never on the shared copy
        document: jcs ? { ...input } : input,
        proofSet: all,
        documentLoader,
      })
      if (!result.verified) return { path, verified: false, errors: errorsOf(result.error) }
      const purpose = await options
        .purposeFor(proof)
        .validate(withContext, {
          document: input,
          suite,
          verificationMethod: result.verificationMethod,
          documentLoader,
        })
        .catch((error: Error) => ({ valid: false, error }))
      if (!purpose.valid) return { path, verified: false, errors: errorsOf(purpose.error) }
      const controller = result.verificationMethod?.controller
      const signer = typeof controller === 'string' ? controller : undefined
      return { path, verified: true, signer, errors: [] }
    }),
  )
}

const { CredentialIssuancePurpose } = vc as unknown as {
  CredentialIssuancePurpose: new () => ProofPurpose
}
const { AssertionProofPurpose } = jsigs.purposes as unknown as {
  AssertionProofPurpose: new () => ProofPurpose
}

/**
 * The purpose each proof of a credential is validated with: the issuer's own proofs as an
 * issuance (its key is an assertion method of the issuer), any other as a plain assertion, so
 * that a proof by someone else verifies as what it is and `proofsNotByIssuer` names it.
 *
 * @example
 * await verifyProofSet(vc, { loader, purposeFor: assertionPurposeFor(issuerOf(vc)) })
 */
export function assertionPurposeFor(issuer: string | undefined): (proof: Json) => ProofPurpose {
  return (proof) => {
    const method = isObject(proof.verificationMethod)
      ? proof.verificationMethod.id
      : proof.verificationMethod
    const signer = typeof method === 'string' ? method.split('#', 1)[0] : undefined
    return signer !== undefined && signer === issuer
      ? new CredentialIssuancePurpose()
      : new AssertionProofPurpose()
  }
}

/**
 * The node's one rule for the proofs on a credential, in the pipeline and the VC-API alike: every
 * proof must be made by a key its issuer controls. Data Integrity lets third parties endorse a
 * credential, but a proof the node cannot attribute to the issuer is one it would serve as the
 * issuer's word; so it is refused, with the proof's own path.
 *
 * @example
 * const errors = proofsNotByIssuer(await verifyProofSet(vc, options), 'did:key:z6Mk…')
 */
export function proofsNotByIssuer(outcomes: ProofOutcome[], issuer: string | undefined): Finding[] {
  return outcomes
    .filter((o) => o.verified && o.signer !== issuer)
    .map((o) =>
      finding(
        'proof-not-by-issuer',
        `${o.path}/verificationMethod`,
        `This proof is made by ${o.signer ?? 'another key'}, not by the credential issuer ${issuer ?? '(none)'}: every proof on a credential must be the issuer's.`,
        `Cette preuve est faite par ${o.signer ?? 'une autre clé'}, et non par l’émetteur de l’attestation ${issuer ?? '(aucun)'} : chaque preuve d’une attestation doit être celle de l’émetteur.`,
      ),
    )
}
