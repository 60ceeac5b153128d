import * as vc from '@digitalbazaar/vc'
import type { DocumentLoader } from '../document-loader.js'
import type { SigningKey } from '../did/keys.js'
import { signingSuite, type ProofFormat } from './suites.js'

export type SignOptions = {
  key: SigningKey
  loader: DocumentLoader
  /** `eddsa-rdfc-2022` (VC 2.0, the default) or `Ed25519Signature2020` (VC 1.1). */
  format?: ProofFormat
  /** The proof's `created` time; defaults to now. */
  date?: Date
}

/**
 * Signs a credential with an assertionMethod proof. The credential must already name `key.did`
 * as its issuer: signing never rewrites what the issuer states.
 *
 * @example
 * const signed = await signCredential(credential, { key, loader })
 */
export async function signCredential<T extends object>(
  credential: T,
  options: SignOptions,
): Promise<T & { proof: Record<string, unknown> }> {
  const issuer = (credential as { issuer?: string | { id?: string } }).issuer
  const issuerId = typeof issuer === 'string' ? issuer : issuer?.id
  if (issuerId !== options.key.did) {
    throw new TypeError(
      `credential issuer ${String(issuerId)} is not the signing key's DID ${options.key.did}`,
    )
  }
  const signed = await vc.issue({
    credential: structuredClone(credential),
    suite: signingSuite(options.key, options.format ?? 'eddsa-rdfc-2022', options.date),
    documentLoader: options.loader,
    now: options.date,
  })
  return signed as T & { proof: Record<string, unknown> }
}

export type PresentOptions = SignOptions & {
  challenge: string
  domain: string
  /** Types beside VerifiablePresentation, e.g. REVOCATION_TYPE. */
  types?: string[]
}

/**
 * Signs a VC 2.0 presentation of `credentials` as `key.did`, its holder, with an authentication
 * proof bound to `challenge` and `domain` (eddsa-rdfc-2022).
 *
 * @example
 * const vp = await signPresentation([credential], { key, loader, challenge, domain })
 */
export async function signPresentation(
  credentials: object[],
  options: PresentOptions,
): Promise<Record<string, unknown>> {
  const presentation = vc.createPresentation({
    holder: options.key.did,
    verifiableCredential: credentials,
    version: 2.0,
  } as Parameters<typeof vc.createPresentation>[0])
  if (options.types) presentation.type = ['VerifiablePresentation', ...options.types]
  return vc.signPresentation({
    presentation,
    suite: signingSuite(options.key, 'eddsa-rdfc-2022', options.date),
    documentLoader: options.loader,
    challenge: options.challenge,
    domain: options.domain,
  }) as Promise<Record<string, unknown>>
}
