import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import type { SigningKey } from './keys.js'

/** The proof formats the node issues: Data Integrity (VC 2.0, default) and Ed25519Signature2020 (VC 1.1). */
export type ProofFormat = 'eddsa-rdfc-2022' | 'Ed25519Signature2020'

/** The suite that signs with `key` in the given format. */
export function signingSuite(key: SigningKey, format: ProofFormat, date?: Date): object {
  const signer = key.keyPair.signer()
  return format === 'eddsa-rdfc-2022'
    ? new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, date })
    : new Ed25519Signature2020({ signer, date })
}

// Verification suites keep no per-credential state, so one set serves every request.
let verifying: object[] | undefined

/** The suites a proof may use to be accepted, built once per process or isolate. */
export function verificationSuites(): object[] {
  verifying ??= [new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), new Ed25519Signature2020()]
  return verifying
}
