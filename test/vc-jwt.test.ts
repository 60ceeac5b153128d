import { UnsecuredJWT, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimsOf, credentialJson, credentialProfile } from '../src/model/claims.js'
import { ingestCredentials } from '../src/catalogue/ingest.js'
import { reindexCatalogue } from '../src/catalogue/reindex.js'
import { searchOfferings } from '../src/catalogue/search.js'
import { sovereigntyProfile } from '../src/catalogue/sovereignty.js'
import { sha256Hex } from '../src/credentials/hash.js'
import type { Finding } from '../src/errors.js'
import { validateDocument, validateSubmission } from '../src/validation/pipeline.js'
import { participantCredentials, partnerBase, partnerOffering } from './helpers/credentials.js'
import { TEST_NOW } from './helpers/test-node.js'
import {
  didJwkSigner,
  didKeySigner,
  didWebSigner,
  enveloped,
  jwtNode,
  payloadOf,
  presentationPayload,
  signJwt,
  vcJwt,
  withPayload,
  type JwtSigner,
} from './helpers/vc-jwt.js'

type Json = Record<string, any>

type Node = Awaited<ReturnType<typeof jwtNode>>

/** The participant credentials and an offering of `signer`, each as a VC-JWT. */
async function partnerJwts(signer: JwtSigner, slug = 'jwt') {
  const base = partnerBase(signer.did)
  const [legal, vat] = participantCredentials(signer.did, base)
  const offering = partnerOffering(signer.did, slug)
  return {
    legal: await vcJwt(signer, legal!),
    vat: await vcJwt(signer, vat!),
    offering: await vcJwt(signer, offering),
    offeringJson: offering,
  }
}

function codesAt(findings: Finding[]): string[] {
  return findings.filter((f) => f.severity === 'violation').map((f) => `${f.code} ${f.path}`)
}

let node: Node
let webEs256: Awaited<ReturnType<typeof didWebSigner>>
let webAuthOnly: Awaited<ReturnType<typeof didWebSigner>>

beforeAll(async () => {
  webEs256 = await didWebSigner('ES256', 'partner-p256.example.eu')
  webAuthOnly = await didWebSigner('ES256', 'auth-only.example.eu', ['authentication'])
  node = await jwtNode([webEs256.document, webAuthOnly.document])
})
afterAll(() => node.close())

describe('validateDocument: VC-JWT credentials', () => {
  const signers: [string, () => Promise<JwtSigner>][] = [
    ['ES256 (did:jwk)', () => didJwkSigner('ES256')],
    ['ES384 (did:jwk)', () => didJwkSigner('ES384')],
    ['PS256 (did:jwk)', () => didJwkSigner('PS256')],
    ['EdDSA (did:key)', () => didKeySigner()],
    ['EdDSA (did:jwk)', () => didJwkSigner('EdDSA')],
    ['ES256 (did:web held by the node)', async () => webEs256.signer],
  ]

  it.each(signers)('accepts a lone VC-JWT signed with %s', async (_name, make) => {
    const signer = await make()
    const { vat } = await partnerJwts(signer)
    const { report, credentials } = await validateDocument(node.ctx, vat)
    expect(codesAt(report.errors)).toEqual([])
    expect(report).toMatchObject({ conforms: true, verified: true })
    expect(report.credentials).toEqual([
      expect.objectContaining({ hash: `sha256-${await sha256Hex(vat)}`, issuer: signer.did }),
    ])
    expect(credentials[0]).toMatchObject({
      format: 'jwt_vc',
      securedForm: vat,
      proofType: `vc+jwt/${signer.alg}`,
    })
  })

  it('accepts a presentation of enveloped VC-JWTs (participant and offering)', async () => {
    const signer = await didJwkSigner('ES256')
    const jwts = await partnerJwts(signer)
    const vp = presentationPayload(undefined, [
      enveloped(jwts.legal),
      enveloped(jwts.vat, 'application/vc+ld+json+jwt'),
      enveloped(jwts.offering),
    ])
    const { report } = await validateDocument(node.ctx, vp)
    expect(codesAt(report.errors)).toEqual([])
    expect(report).toMatchObject({ conforms: true, verified: true })
    expect(report.credentials.map((c) => c.types)).toEqual([
      expect.arrayContaining(['gx:LegalPerson']),
      expect.arrayContaining(['gx:VatID']),
      expect.arrayContaining(['gx:ServiceOffering']),
    ])
  })

  it('accepts a VP-JWT holding enveloped VC-JWTs, checked as application/vp+jwt', async () => {
    const signer = await didKeySigner()
    const jwts = await partnerJwts(signer)
    const vp = await signJwt(
      signer,
      presentationPayload(
        signer.did,
        [jwts.legal, jwts.vat, jwts.offering].map((j) => enveloped(j)),
      ),
      { typ: 'vp+jwt', cty: 'vp' },
    )
    const { report } = await validateSubmission(node.ctx, {
      jwt: vp,
      mediaType: 'application/vp+jwt',
    })
    expect(codesAt(report.errors)).toEqual([])
    expect(report).toMatchObject({ conforms: true, verified: true })
    expect(report.credentials).toHaveLength(3)
  })

  it('accepts typ vc+ld+json+jwt and a fragment kid relative to the iss in the header', async () => {
    const { signer } = webEs256
    const [, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const jwt = await vcJwt(signer, vat!, {
      typ: 'vc+ld+json+jwt',
      cty: 'vc+ld+json',
      kid: '#key-1',
      iss: signer.did,
      iat: TEST_NOW.getTime() / 1000 - 60,
      exp: TEST_NOW.getTime() / 1000 + 3600,
    })
    const { report, credentials } = await validateDocument(node.ctx, jwt)
    expect(codesAt(report.errors)).toEqual([])
    expect(report.verified).toBe(true)
    expect(credentials[0]!.proofType).toBe('vc+ld+json+jwt/ES256')
  })

  it('refuses a VC-JWT whose payload was changed after signing', async () => {
    const signer = await didJwkSigner('ES256')
    const { vat } = await partnerJwts(signer)
    const payload = payloadOf(vat)
    payload.credentialSubject['gx:vatID'] = 'FR44732829320 '
    const { report } = await validateDocument(node.ctx, withPayload(vat, payload))
    expect(report.verified).toBe(false)
    expect(codesAt(report.errors)).toContain('signature-invalid ')
  })

  it('refuses a VC-JWT signed with another key than the one its kid names', async () => {
    const signer = await didJwkSigner('ES256')
    const other = await didJwkSigner('ES256')
    const [, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const jwt = await vcJwt({ ...other, kid: signer.kid, did: signer.did }, vat!)
    const { report } = await validateDocument(node.ctx, jwt)
    expect(report.verified).toBe(false)
    expect(codesAt(report.errors)).toEqual(['signature-invalid '])
  })

  it('refuses a VC-JWT whose kid is a key of another DID than the issuer', async () => {
    const issuer = await didJwkSigner('ES256')
    const other = await didJwkSigner('ES256')
    const [, vat] = participantCredentials(issuer.did, partnerBase(issuer.did))
    const { report } = await validateDocument(node.ctx, await vcJwt(other, vat!))
    expect(report.verified).toBe(false)
    expect(codesAt(report.errors)).toEqual(['proof-purpose-invalid /issuer'])
  })

  it('refuses a VC-JWT whose iss is not the credential issuer', async () => {
    const signer = await didJwkSigner('ES256')
    const [, vat] = participantCredentials(
      'did:web:someone-else.example.eu',
      partnerBase(signer.did),
    )
    const jwt = await signJwt(signer, { ...vat, iss: signer.did })
    const { report } = await validateDocument(node.ctx, jwt)
    expect(report.verified).toBe(false)
    expect(codesAt(report.errors)).toContain('jwt-malformed /iss')
  })

  it('refuses alg none and HS256 with a finding, without trying them', async () => {
    const signer = await didJwkSigner('ES256')
    const [, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const unsecured = new UnsecuredJWT(vat as Json)
      .encode()
      .replace(
        /^[^.]+/,
        Buffer.from(JSON.stringify({ alg: 'none', typ: 'vc+jwt' })).toString('base64url'),
      )
    const hs256 = await new SignJWT(vat as Json)
      .setProtectedHeader({ alg: 'HS256', typ: 'vc+jwt', kid: signer.kid })
      .sign(new TextEncoder().encode('a shared secret of thirty-two bytes!'))
    for (const jwt of [unsecured, hs256]) {
      const { report } = await validateDocument(node.ctx, jwt)
      expect(report.verified).toBe(false)
      expect(codesAt(report.errors)).toEqual(['jwt-algorithm-unsupported '])
    }
  })

  it('refuses a JWT whose typ is not a VC-JWT type', async () => {
    const signer = await didJwkSigner('ES256')
    const [, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const { report } = await validateDocument(node.ctx, await vcJwt(signer, vat!, { typ: 'JWT' }))
    expect(report.verified).toBe(false)
    expect(codesAt(report.errors)).toEqual(['jwt-type-invalid '])
  })

  it('reports an expired JWT (exp) and an expired credential (validUntil) at their claims', async () => {
    const signer = await didJwkSigner('ES256')
    const [, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const now = TEST_NOW.getTime() / 1000
    const expired = await vcJwt(signer, { ...vat, exp: now - 3600 })
    const lapsed = await vcJwt(signer, { ...vat, validUntil: '2026-06-01T00:00:00Z' })
    const byExp = await validateDocument(node.ctx, expired)
    expect(codesAt(byExp.report.errors)).toEqual(['credential-expired /exp'])
    expect(byExp.report.verified).toBe(false)
    const byValidUntil = await validateDocument(node.ctx, lapsed)
    expect(codesAt(byValidUntil.report.errors)).toEqual(['credential-expired /validUntil'])
    expect(byValidUntil.report.conforms).toBe(false)
  })

  it('reports a JWT not valid yet (nbf) and a credential not valid yet (validFrom)', async () => {
    const signer = await didJwkSigner('EdDSA')
    const [, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const now = TEST_NOW.getTime() / 1000
    const early = await vcJwt(signer, { ...vat, nbf: now + 86_400 })
    const future = await vcJwt(signer, { ...vat, validFrom: '2027-01-01T00:00:00Z' })
    expect(codesAt((await validateDocument(node.ctx, early)).report.errors)).toEqual([
      'credential-not-yet-valid /nbf',
    ])
    expect(codesAt((await validateDocument(node.ctx, future)).report.errors)).toEqual([
      'credential-not-yet-valid /validFrom',
    ])
  })

  it('tolerates exp within the configured clock skew', async () => {
    const signer = await didJwkSigner('ES256')
    const [, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const jwt = await vcJwt(signer, { ...vat, exp: TEST_NOW.getTime() / 1000 - 60 })
    const { report } = await validateDocument(node.ctx, jwt)
    expect(report).toMatchObject({ conforms: true, verified: true })
  })

  it('reports a JWT that is not compact base64url as malformed', async () => {
    for (const jwt of ['not a jwt', 'eyJ@.eyJ.sig', 'e30.bm90IGpzb24.c2ln', 'e30=.e30.c2ln']) {
      const { report } = await validateDocument(node.ctx, jwt)
      expect(report).toMatchObject({ conforms: false, verified: false })
      expect(codesAt(report.errors)).toEqual(['jwt-malformed '])
    }
  })

  it('refuses a JWT longer than the node accepts before decoding it', async () => {
    const long = `${'a'.repeat(node.ctx.config.limits.stringLength)}.e30.c2ln`
    await expect(validateDocument(node.ctx, long)).rejects.toMatchObject({
      code: 'bad-request',
      errors: [expect.objectContaining({ code: 'limit-exceeded' })],
    })
    await expect(
      validateDocument(node.ctx, presentationPayload(undefined, [enveloped(`${long}x`)])),
    ).rejects.toMatchObject({ code: 'bad-request' })
  })

  it('refuses an enveloped credential of another media type, at its id', async () => {
    const signer = await didJwkSigner('ES256')
    const { vat } = await partnerJwts(signer)
    for (const mediaType of [
      'application/vc+sd-jwt',
      'application/json',
      'application/vc+jwt;base64',
    ]) {
      const vp = presentationPayload(undefined, [enveloped(vat, mediaType)])
      const { report } = await validateDocument(node.ctx, vp)
      expect(codesAt(report.errors)).toEqual(['format-unsupported /verifiableCredential/0/id'])
    }
    const notDataUrl = { type: 'EnvelopedVerifiableCredential', id: `https://x.example/${vat}` }
    const { report } = await validateDocument(
      node.ctx,
      presentationPayload(undefined, [notDataUrl]),
    )
    expect(codesAt(report.errors)).toEqual(['jwt-malformed /verifiableCredential/0/id'])
  })

  it('refuses a key the issuer DID document does not list under assertionMethod', async () => {
    const { signer } = webAuthOnly
    const [, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const { report } = await validateDocument(node.ctx, await vcJwt(signer, vat!))
    expect(report.verified).toBe(false)
    expect(codesAt(report.errors)).toEqual(['proof-purpose-invalid '])
  })

  it('refuses a did:web the node does not hold as unresolvable', async () => {
    const { signer } = await didWebSigner('ES256', 'stranger.example.eu')
    const [, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const { report } = await validateDocument(node.ctx, await vcJwt(signer, vat!))
    expect(codesAt(report.errors)).toEqual(['verification-method-unresolvable '])
  })

  it('refuses a VP-JWT sent as application/vc+jwt', async () => {
    const signer = await didJwkSigner('ES256')
    const { vat } = await partnerJwts(signer)
    const vp = await signJwt(signer, presentationPayload(signer.did, [enveloped(vat)]), {
      typ: 'vp+jwt',
    })
    const { report } = await validateSubmission(node.ctx, {
      jwt: vp,
      mediaType: 'application/vc+jwt',
    })
    expect(codesAt(report.errors)).toEqual(['jwt-type-invalid '])
  })

  it('runs the shapes on the decoded payload and points into it', async () => {
    const signer = await didJwkSigner('ES256')
    const jwts = await partnerJwts(signer)
    const offering = partnerOffering(signer.did, 'unlinked')
    offering.credentialSubject['gx:providedBy'] = 'not an object but a string'
    const vp = presentationPayload(undefined, [
      enveloped(jwts.legal),
      enveloped(jwts.vat),
      enveloped(await vcJwt(signer, offering)),
    ])
    const { report } = await validateDocument(node.ctx, vp)
    expect(report).toMatchObject({ conforms: false, verified: true })
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        path: '/verifiableCredential/2/credentialSubject/gx:providedBy',
        property: expect.stringMatching(/providedBy$/),
      }),
    )
  })
})

describe('ingestCredentials: stored VC-JWT credentials', () => {
  it('stores a VC-JWT as received, finds it by search, and reindexes it', async () => {
    const signer = await didJwkSigner('PS256')
    const jwts = await partnerJwts(signer, 'jwt-search')
    const participant = await ingestCredentials(
      node.ctx,
      presentationPayload(undefined, [enveloped(jwts.legal), enveloped(jwts.vat)]),
      { origin: 'local' },
    )
    expect(participant).toMatchObject({ ok: true })
    const result = await ingestCredentials(node.ctx, jwts.offering, { origin: 'local' })
    expect(result).toMatchObject({ ok: true })
    if (!result.ok) return
    const [accepted] = result.accepted
    expect(accepted!.hash).toBe(`sha256-${await sha256Hex(jwts.offering)}`)

    const row = await node.ctx.store.getCredential(accepted!.hash)
    expect(row).toMatchObject({
      format: 'jwt_vc',
      document: jwts.offering,
      proofType: 'vc+jwt/PS256',
      issuer: signer.did,
    })
    expect(claimsOf(row!)).toEqual(jwts.offeringJson)
    expect(credentialJson(row!)).toMatchObject({
      type: 'EnvelopedVerifiableCredential',
      id: `data:application/vc+jwt,${jwts.offering}`,
    })
    expect(await credentialProfile(node.ctx, row!)).toEqual({
      format: 'jwt_vc',
      mediaType: 'application/vc+jwt',
      proofType: 'vc+jwt/PS256',
      generation: 'loire',
    })

    const search = () => searchOfferings(node.ctx.store, { q: 'Offre jwt-search', limit: 20 })
    const subjectId = jwts.offeringJson.credentialSubject.id
    expect((await search()).items.map((i) => i.id)).toContain(subjectId)

    const summary = await reindexCatalogue(node.ctx)
    expect(summary.offerings).toBeGreaterThanOrEqual(1)
    expect((await search()).items.map((i) => i.id)).toContain(subjectId)

    const offering = await node.ctx.store.getOffering(subjectId)
    const profile = await sovereigntyProfile(node.ctx, offering!)
    expect(profile.headquarters.countryCode).toBe('FR')

    const again = await ingestCredentials(node.ctx, jwts.offering, { origin: 'local' })
    expect(again).toMatchObject({
      ok: true,
      accepted: [expect.objectContaining({ created: false })],
    })
  })

  it('stores nothing when a JWT credential is refused', async () => {
    const signer = await didJwkSigner('ES256')
    const { vat } = await partnerJwts(signer)
    const before = await node.ctx.store.counts()
    const result = await ingestCredentials(node.ctx, `${vat.slice(0, -4)}AAAA`, { origin: 'local' })
    expect(result.ok).toBe(false)
    expect(await node.ctx.store.counts()).toEqual(before)
  })
})
