// VC-JWTs as the Gaia-X Digital Clearing House issues them today, made here with keys of our own:
// time claims in the JOSE header in milliseconds, the draft `vc+ld+jwt` type with `cty: vc+ld`,
// and bodies sent as `application/vc+ld+json+jwt`. Read as the issuers mean them, and the
// validity checks still hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateDocument } from '../src/validation/pipeline.js'
import { partnerOffering } from './helpers/credentials.js'
import { codes, type TestNode } from './helpers/partner.js'
import { TEST_NOW } from './helpers/test-node.js'
import { didJwkSigner, jwtNode, vcJwt, type JwtSigner } from './helpers/vc-jwt.js'

let node: TestNode
let signer: JwtSigner
beforeAll(async () => {
  node = await jwtNode()
  signer = await didJwkSigner('ES256')
})
afterAll(() => node.close())

const now = TEST_NOW.getTime()
const DAY = 86_400_000

async function report(header: Record<string, unknown>) {
  const jwt = await vcJwt(signer, partnerOffering(signer.did, 'gxdch'), header)
  return (await validateDocument(node.ctx, jwt)).report
}

const proofCodes = (errors: { code: string }[]) =>
  codes(errors).filter((c) => c.startsWith('credential-') || c.startsWith('jwt-'))

describe('GXDCH VC-JWTs', () => {
  it('reads iat, nbf and exp in the header in milliseconds, as the notaries write them', async () => {
    const valid = await report({ iat: now - DAY, nbf: now - DAY, exp: now + 90 * DAY })
    expect(valid.verified).toBe(true)
    expect(proofCodes(valid.errors)).toEqual([])
  })

  it('still finds an expired or not yet valid token in milliseconds', async () => {
    const expired = await report({ iat: now - 100 * DAY, exp: now - DAY })
    expect(proofCodes(expired.errors)).toEqual(['credential-expired'])
    const early = await report({ nbf: now + 10 * DAY })
    expect(proofCodes(early.errors)).toEqual(['credential-not-yet-valid'])
  })

  it('reads seconds as seconds', async () => {
    const seconds = await report({ iat: now / 1000 - 3600, exp: now / 1000 + 3600 })
    expect(seconds.verified).toBe(true)
    const expired = await report({ exp: now / 1000 - 3600 })
    expect(proofCodes(expired.errors)).toEqual(['credential-expired'])
  })

  it('takes the draft typ vc+ld+jwt with cty vc+ld, and refuses another typ', async () => {
    const draft = await report({ typ: 'vc+ld+jwt', cty: 'vc+ld' })
    expect(draft.verified).toBe(true)
    const other = await report({ typ: 'JWT', cty: 'vc+ld' })
    expect(codes(other.errors)).toContain('jwt-type-invalid')
  })

  it('takes a body sent as application/vc+ld+json+jwt or application/vc+ld+jwt', async () => {
    const jwt = await vcJwt(signer, partnerOffering(signer.did, 'gxdch-body'))
    for (const type of ['application/vc+ld+json+jwt', 'application/vc+ld+jwt']) {
      const res = await node.app.request('/api/v1/validate', {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: jwt,
      })
      expect(res.status, type).toBe(200)
      expect((await res.json()).verified).toBe(true)
    }
  })
})
