/// <reference path="./eddsa-jcs-2022.d.ts" />
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020'
import {
  createSignCryptosuite as eddsaJcs2022Signing,
  createVerifyCryptosuite as eddsaJcs2022Verifying,
} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import type { SigningKey } from '../did/keys.js'

/**
 * The proof formats the node issues: Data Integrity `eddsa-rdfc-2022` (VC 2.0, the default) and
 * `eddsa-jcs-2022` (the same Ed25519 signature over the JCS form instead of the canonical RDF), and
 * Ed25519Signature2020 (VC 1.1).
 */
export type ProofFormat = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022' | 'Ed25519Signature2020'

/** The suite that signs with `key` in the given format. */
export function signingSuite(key: SigningKey, format: ProofFormat, date?: Date): object {
  const signer = key.keyPair.signer()
  switch (format) {
    case 'eddsa-rdfc-2022':
      return new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, date })
    case 'eddsa-jcs-2022':
      // Data Integrity EdDSA §3.3.1: the proof carries the document's @context, and is signed with it
      return new DataIntegrityProof({ signer, cryptosuite: eddsaJcs2022Signing(), date })
    case 'Ed25519Signature2020':
      return new Ed25519Signature2020({ signer, date })
  }
}

// Verification suites keep no per-credential state, so one set serves every request.
let verifying: object[] | undefined

/**
 * The suites a proof may use to be accepted, built once per process or isolate, in the order
 * proof-set.ts reads them: eddsa-rdfc-2022, Ed25519Signature2020, eddsa-jcs-2022.
 */
export function verificationSuites(): object[] {
  verifying ??= [
    new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    new Ed25519Signature2020(),
    new DataIntegrityProof({ cryptosuite: eddsaJcs2022Verifying() }),
  ]
  return verifying
}
