import { base64url } from 'jose'
import { describe, expect, it } from 'vitest'
import { generationOf } from '../../model/claims.js'
import type { ExpandedNode } from '../../model/expanded.js'
import { didJwkDocument } from '../did/did-jwk.js'
import { createDidResolver } from '../did/did.js'
import { decodeCompactJwt, jwtCredentialClaims, jwtKindOf } from './vc-jwt.js'

const part = (value: object) => base64url.encode(JSON.stringify(value))
const P256 = {
  kty: 'EC',
  crv: 'P-256',
  x: 'acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0',
  y: '_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSE',
}

describe('decodeCompactJwt', () => {
  it('reads the header, the payload and what the typ says the JWT secures', () => {
    const jwt = `${part({ alg: 'ES256', typ: 'application/VC+JWT' })}.${part({ a: 1 })}.c2ln`
    expect(decodeCompactJwt(jwt)).toMatchObject({ typ: 'vc+jwt', kind: 'vc', payload: { a: 1 } })
    expect(jwtKindOf(`${part({ typ: 'vp+ld+json+jwt' })}.e30.`)).toBe('vp')
    expect(jwtKindOf(`${part({ typ: 'JWT' })}.e30.`)).toBeUndefined()
  })

  it('refuses padding, whitespace, JSON that is not an object and invalid UTF-8', () => {
    for (const jwt of [
      `${part({ alg: 'ES256' })}=.${part({})}.c2ln`,
      `${part({ alg: 'ES256' })}. ${part({})}.c2ln`,
      `${part({ alg: 'ES256' })}.${base64url.encode('[1]')}.c2ln`,
      `${part({ alg: 'ES256' })}.${base64url.encode(new Uint8Array([0xff, 0xfe]))}.c2ln`,
    ]) {
      expect(decodeCompactJwt(jwt)).toMatchObject({ error: { code: 'jwt-malformed' } })
    }
  })

  it('keeps the credential claims and drops the JWT claims around them', () => {
    const payload = {
      '@context': [],
      type: ['VerifiableCredential'],
      iss: 'did:x',
      exp: 1,
      nonce: 'n',
    }
    expect(jwtCredentialClaims(payload)).toEqual({ '@context': [], type: ['VerifiableCredential'] })
  })
})

describe('did:jwk', () => {
  const did = `did:jwk:${part(P256)}`

  it('resolves offline to a document whose key signs and agrees keys', async () => {
    const resolve = createDidResolver(async () => undefined)
    expect(await resolve(did)).toMatchObject({
      id: did,
      verificationMethod: [{ id: `${did}#0`, publicKeyJwk: P256 }],
      assertionMethod: [`${did}#0`],
      authentication: [`${did}#0`],
      keyAgreement: [`${did}#0`],
    })
    expect(await resolve(`${did}#0`)).toMatchObject({ id: `${did}#0`, type: 'JsonWebKey2020' })
  })

  it('limits a key marked `use: enc` to key agreement', () => {
    const document = didJwkDocument(`did:jwk:${part({ ...P256, use: 'enc' })}`)
    expect(document).toMatchObject({ keyAgreement: [expect.any(String)] })
    expect(document).not.toHaveProperty('assertionMethod')
  })

  it('does not resolve a private key, or what is no JWK', () => {
    expect(didJwkDocument(`did:jwk:${part({ ...P256, d: 'secret' })}`)).toBeUndefined()
    expect(didJwkDocument(`did:jwk:${part({ crv: 'P-256' })}`)).toBeUndefined()
    expect(didJwkDocument('did:jwk:not base64!')).toBeUndefined()
  })
})

describe('generationOf', () => {
  const VC = 'https://www.w3.org/2018/credentials#'
  const credential = (ns: string): ExpandedNode => ({
    '@type': [`${VC}VerifiableCredential`],
    [`${VC}credentialSubject`]: [{ '@type': [`${ns}LegalParticipant`] }],
  })

  it('tells Loire (25.11 and development namespaces) from Tagus', () => {
    expect(generationOf(credential('https://w3id.org/gaia-x/2511#'))).toBe('loire')
    expect(generationOf(credential('https://w3id.org/gaia-x/development#'))).toBe('loire')
    expect(
      generationOf(
        credential(
          'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#',
        ),
      ),
    ).toBe('tagus')
    expect(generationOf(credential('https://schema.org/'))).toBeNull()
  })
})
