/**
 * The verification steps of the VC-API between structure and signatures: JSON-LD in safe mode,
 * validity dates, and each proof's purpose, challenge and domain against the verifier's options.
 */
import * as vc from '@digitalbazaar/vc'
import jsonld from 'jsonld'
import jsigs from 'jsonld-signatures'
import type { Finding } from '../../errors.js'
import { idOf } from '../ids.js'
import { vcVersion } from './conformance.js'
import type { DocumentLoader } from '../document-loader.js'
import { assertionPurposeFor, proofsOf, type ProofPurpose } from '../data-integrity/proof-set.js'
import { findingsOf } from '../data-integrity/verify-findings.js'

type Json = Record<string, unknown>
const { AuthenticationProofPurpose } = jsigs.purposes as unknown as {
  AuthenticationProofPurpose: new (o: { challenge: string; domain?: string }) => ProofPurpose
}

/** The VC-API verification response, and whether the input was not a conforming document at all. */
export type VerificationReport = {
  verified: boolean
  malformed: boolean
  checks: string[]
  warnings: Finding[]
  errors: Finding[]
}

/** A report, verified when it has no errors. */
export function report(
  partial: Partial<VerificationReport> & { checks: string[] },
): VerificationReport {
  const errors = partial.errors ?? []
  return { malformed: false, warnings: [], ...partial, errors, verified: errors.length === 0 }
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function finding(
  code: string,
  path: string,
  en: string,
  fr: string,
  warning = false,
): Finding {
  return { code, path, message: { en, fr }, severity: warning ? 'warning' : 'violation' }
}

/** JSON-LD expansion in safe mode: unknown contexts, redefined protected terms, unmapped types. */
export async function expansionErrors(document: Json, loader: DocumentLoader, path: string) {
  try {
    await jsonld.expand(document, { documentLoader: loader, safe: true })
    return []
  } catch (error) {
    const [first] = findingsOf(error as Error)
    if (first?.code === 'context-unknown') return [{ ...first, path: `${path}/@context` }]
    const details = (error as { details?: { code?: string; event?: { code?: string } } }).details
    const code = details?.event?.code ?? details?.code ?? 'invalid'
    const reason = `${(error as Error).message.split('\n')[0]} (${code})`
    return [
      finding(
        'jsonld-invalid',
        path,
        `The document is not valid JSON-LD under its contexts in safe mode: ${reason}.`,
        `Le document n’est pas un JSON-LD valide sous ses contextes en mode sûr : ${reason}.`,
      ),
    ]
  }
}

/** Validity period at `now`: VC 2.0 validFrom/validUntil, VC 1.1 issuanceDate/expirationDate. */
export function validityErrors(credential: Json, now: Date, path: string): Finding[] {
  const [from, until] =
    vcVersion(credential) === 1 ? ['issuanceDate', 'expirationDate'] : ['validFrom', 'validUntil']
  const errors: Finding[] = []
  const start = credential[from!]
  const end = credential[until!]
  if (typeof start === 'string' && Date.parse(start) > now.getTime()) {
    errors.push(
      finding(
        'credential-not-yet-valid',
        `${path}/${from}`,
        `The credential is not valid yet (${from} is in the future).`,
        `L’attestation n’est pas encore valide (${from} est dans le futur).`,
      ),
    )
  }
  if (typeof end === 'string' && Date.parse(end) < now.getTime()) {
    errors.push(
      finding(
        'credential-expired',
        `${path}/${until}`,
        `The credential has expired (${until} is in the past).`,
        `L’attestation a expiré (${until} est dépassé).`,
      ),
    )
  }
  return errors
}

export type VerifyOptions = {
  expectedProofPurpose?: unknown
  challenge?: unknown
  domain?: unknown
}

/**
 * Checks each proof's purpose, challenge and domain against the verifier's options before any
 * signature work, so each mismatch gets its own finding. Returns the purpose to validate with.
 */
export function purposeChecks(
  document: Json,
  options: VerifyOptions,
  fallback: 'assertionMethod' | 'authentication',
  path: string,
) {
  const expected = options.expectedProofPurpose ?? fallback
  const errors: Finding[] = []
  const warnings: Finding[] = []
  for (const { proof, path: at } of proofsOf(document, path) as { proof: Json; path: string }[]) {
    if (proof.proofPurpose !== expected) {
      errors.push(
        finding(
          'proof-purpose-mismatch',
          `${at}/proofPurpose`,
          `The proof purpose must be ${String(expected)}.`,
          `La finalité de la preuve doit être ${String(expected)}.`,
        ),
      )
    }
    if (expected !== 'authentication') continue
    const domains = [proof.domain].flat()
    if (options.domain !== undefined && !domains.includes(options.domain)) {
      errors.push(
        finding(
          'domain-mismatch',
          `${at}/domain`,
          `The proof is not bound to the domain ${String(options.domain)}.`,
          `La preuve n’est pas liée au domaine ${String(options.domain)}.`,
        ),
      )
    }
    if (
      options.challenge !== undefined
        ? proof.challenge !== options.challenge
        : typeof proof.challenge !== 'string'
    ) {
      errors.push(
        finding(
          'challenge-mismatch',
          `${at}/challenge`,
          'The proof does not carry the expected challenge.',
          'La preuve ne porte pas le challenge attendu.',
        ),
      )
    } else if (options.challenge === undefined) {
      warnings.push(
        finding(
          'challenge-not-checked',
          `${at}/challenge`,
          'No challenge was given, so nothing binds this proof to a session: it may be a replay.',
          'Aucun challenge n’a été fourni : rien ne lie cette preuve à une session, elle peut être rejouée.',
          true,
        ),
      )
    }
  }
  if (expected !== 'assertionMethod' && expected !== 'authentication') {
    errors.push(
      finding(
        'proof-purpose-unsupported',
        `${path}/proof`,
        'Only assertionMethod and authentication proofs are verified.',
        'Seules les preuves assertionMethod et authentication sont vérifiées.',
      ),
    )
  }
  const purposeFor = (proof: Json): ProofPurpose =>
    expected === 'authentication'
      ? new AuthenticationProofPurpose({
          challenge: String(options.challenge ?? proof.challenge),
          ...(typeof options.domain === 'string' ? { domain: options.domain } : {}),
        })
      : assertionPurposeFor(idOf(document.issuer))(proof)
  return { expected, errors, warnings, purposeFor }
}
