// Securing a VC 2.0 credential as a VC-JWT (W3C VC-JOSE-COSE §3.1.1) with one of the node's
// Ed25519 keys, and its EnvelopedVerifiableCredential (VC 2.0 §4.13).
import { base64url } from 'jose'
import { VC_V2_CONTEXT } from '../contexts.js'
import type { SigningKey } from '../did/keys.js'

/** An EnvelopedVerifiableCredential: the VC-JWT as a `data:application/vc+jwt,` URL. */
export type EnvelopedCredential = {
  '@context': string
  type: 'EnvelopedVerifiableCredential'
  id: string
}

/**
 * Signs `credential` as a compact VC-JWT: the payload is the credential itself (no `vc` claim,
 * which VC-JOSE-COSE forbids), the header `typ: vc+jwt`, `cty: vc`, `alg: EdDSA` and the `kid` of
 * the key's verification method, which the issuer's DID document lists for assertions. The
 * Ed25519 signature is the key's own signer over the JWS signing input (RFC 8037 §3.1), so the
 * secret never leaves the key pair.
 *
 * @example
 * const jwt = await signCredentialJwt(credential, identity.keyKey) // 'eyJhbGciOiJFZERTQSIs…'
 */
export async function signCredentialJwt(
  credential: Record<string, unknown>,
  key: SigningKey,
): Promise<string> {
  const header = { alg: 'EdDSA', kid: key.verificationMethod, typ: 'vc+jwt', cty: 'vc' }
  const encode = (value: object) => base64url.encode(JSON.stringify(value))
  const input = `${encode(header)}.${encode(credential)}`
  const signature = await key.keyPair.signer().sign({ data: new TextEncoder().encode(input) })
  return `${input}.${base64url.encode(signature)}`
}

/**
 * The EnvelopedVerifiableCredential that carries `jwt`.
 *
 * @example
 * envelopeCredentialJwt('eyJ…') // { '@context': 'https://www.w3.org/ns/credentials/v2', type: 'EnvelopedVerifiableCredential', id: 'data:application/vc+jwt,eyJ…' }
 */
export function envelopeCredentialJwt(jwt: string): EnvelopedCredential {
  return {
    '@context': VC_V2_CONTEXT,
    type: 'EnvelopedVerifiableCredential',
    id: `data:application/vc+jwt,${jwt}`,
  }
}
