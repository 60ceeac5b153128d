import { DID_V1_CONTEXT } from '../contexts.js'
import type { DidDocument } from './did.js'
import { base64urlJson } from '../jwt/vc-jwt-decode.js'

const JWS_2020_CONTEXT = 'https://w3id.org/security/suites/jws-2020/v1'
// RFC 7517/7518 private members: a DID that publishes one is refused, its key is compromised
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']

/**
 * The DID document of a did:jwk (did:jwk method spec §2.3.1), derived from the DID alone, so it
 * resolves offline like did:key. Gives undefined for anything that is not a public JWK.
 *
 * @example
 * didJwkDocument('did:jwk:eyJrdHkiOiJFQyIs…')?.verificationMethod // [{ id: '…#0', publicKeyJwk }]
 */
export function didJwkDocument(did: string): DidDocument | undefined {
  const jwk = jwkOf(did.slice('did:jwk:'.length))
  if (!jwk) return undefined
  const id = `${did}#0`
  const signs = jwk.use !== 'enc'
  const encrypts = jwk.use !== 'sig'
  return {
    '@context': [DID_V1_CONTEXT, JWS_2020_CONTEXT],
    id: did,
    verificationMethod: [{ id, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk }],
    ...(signs
      ? {
          assertionMethod: [id],
          authentication: [id],
          capabilityInvocation: [id],
          capabilityDelegation: [id],
        }
      : {}),
    ...(encrypts ? { keyAgreement: [id] } : {}),
  }
}

function jwkOf(encoded: string): Record<string, unknown> | undefined {
  const jwk = base64urlJson(encoded)
  if (typeof jwk?.kty !== 'string' || PRIVATE_MEMBERS.some((m) => m in jwk)) return undefined
  return jwk
}
