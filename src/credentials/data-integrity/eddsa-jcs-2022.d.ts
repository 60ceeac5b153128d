// @digitalbazaar/eddsa-jcs-2022-cryptosuite ships no types: only what suites.ts calls.
declare module '@digitalbazaar/eddsa-jcs-2022-cryptosuite' {
  /** The cryptosuite a DataIntegrityProof signs with (its verifier throws). */
  export function createSignCryptosuite(): object
  /** The cryptosuite a DataIntegrityProof verifies with. */
  export function createVerifyCryptosuite(): object
}
