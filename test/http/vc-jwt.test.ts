// VC-JWT and VP-JWT through HTTP: the media types partners send, and every read of a credential
// stored as a compact JWT (detail in each representation, the credential itself, its participant).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import { participantCredentials, partnerBase, partnerOffering } from '../helpers/credentials.js'
import {
  challenge,
  codes,
  expectProblem,
  offeringPath,
  participantPath,
} from '../helpers/partner.js'
import {
  didJwkSigner,
  enveloped,
  jwtNode,
  payloadOf,
  vcJwt,
  vpJwt,
  type JwtSigner,
} from '../helpers/vc-jwt.js'

let node: Awaited<ReturnType<typeof jwtNode>>
let app: ReturnType<typeof createApp>
let signer: JwtSigner
let offeringJwt: string
const subjectId = () => partnerOffering(signer.did, 'jwt-offer').credentialSubject.id as string

const post = (path: string, body: string, type: string) =>
  app.request(path, { method: 'POST', headers: { 'Content-Type': type }, body })

async function presentation(credentials: object[]) {
  return vpJwt(signer, credentials, await challenge(app))
}

beforeAll(async () => {
  node = await jwtNode()
  app = createApp(node.ctx)
  signer = await didJwkSigner('ES256')
  const participant = participantCredentials(signer.did, partnerBase(signer.did))
  const envelopes = await Promise.all(
    participant.map(async (c) => enveloped(await vcJwt(signer, c))),
  )
  const onboarded = await post(
    '/api/v1/participants',
    await presentation(envelopes),
    'application/vp+jwt',
  )
  expect(onboarded.status).toBe(201)
  offeringJwt = await vcJwt(signer, partnerOffering(signer.did, 'jwt-offer'))
  const submitted = await post(
    '/api/v1/submissions',
    await presentation([enveloped(offeringJwt)]),
    'application/vp+jwt',
  )
  expect(submitted.status).toBe(201)
})
afterAll(() => node.close())

describe('JWT bodies', () => {
  it('validates a lone VC-JWT sent as application/vc+jwt', async () => {
    const res = await post('/api/v1/validate', offeringJwt, 'application/vc+jwt')
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report).toMatchObject({ verified: true })
    expect(report.credentials[0].hash).toMatch(/^sha256-[0-9a-f]{64}$/)
  })

  it('points findings of a VC-JWT into its decoded payload', async () => {
    const broken = partnerOffering(signer.did, 'jwt-broken')
    delete (broken.credentialSubject as Record<string, unknown>)['gx:providedBy']
    const res = await post('/api/v1/validate', await vcJwt(signer, broken), 'application/vc+jwt')
    const report = await res.json()
    expect(report.conforms).toBe(false)
    expect(
      report.errors.some((e: { path: string }) => e.path.startsWith('/credentialSubject')),
    ).toBe(true)
  })

  it('answers 400 jwt-malformed for a body that is not a compact JWT', async () => {
    const res = await post('/api/v1/validate', 'not a jwt', 'application/vc+jwt')
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(codes(problem.errors)).toEqual(['jwt-malformed'])
  })

  it('refuses a VC-JWT where a partner must present a VP-JWT', async () => {
    const res = await post('/api/v1/submissions', offeringJwt, 'application/vc+jwt')
    await expectProblem(res, 415, 'unsupported-media-type')
  })

  it('refuses a VP-JWT whose nonce is no challenge of this node', async () => {
    const vp = await vpJwt(signer, [enveloped(offeringJwt)], {
      challenge: 'not-issued-here',
      domain: node.ctx.config.publicUrl,
    })
    const res = await post('/api/v1/submissions', vp, 'application/vp+jwt')
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})

describe('a credential stored as a VC-JWT', () => {
  it('is detailed with its envelope, its proof format and its generation', async () => {
    const res = await app.request(offeringPath(subjectId()))
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.credential).toEqual({
      '@context': 'https://www.w3.org/ns/credentials/v2',
      id: `data:application/vc+jwt,${offeringJwt}`,
      type: 'EnvelopedVerifiableCredential',
    })
    expect(body.verification).toMatchObject({
      format: 'jwt_vc',
      generation: 'loire',
      proofType: 'vc+jwt/ES256',
    })
    expect(body.sovereignty.label.criteria.length).toBeGreaterThan(0)
  })

  it('is served as the compact JWT for application/vc+jwt, and as its envelope for application/ld+json', async () => {
    const jwt = await app.request(offeringPath(subjectId()), {
      headers: { Accept: 'application/vc+jwt' },
    })
    expect(jwt.headers.get('content-type')).toMatch(/^application\/vc\+jwt/)
    expect(await jwt.text()).toBe(offeringJwt)
    const ld = await app.request(offeringPath(subjectId()), {
      headers: { Accept: 'application/ld+json' },
    })
    expect(ld.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    expect((await ld.json()).type).toBe('EnvelopedVerifiableCredential')
  })

  it('gives the canonical N-Quads of its claims', async () => {
    const res = await app.request(offeringPath(subjectId()), {
      headers: { Accept: 'application/n-quads' },
    })
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toContain(`<${subjectId()}>`)
    expect(text).toContain(`<${payloadOf(offeringJwt).id}>`)
  })

  it('is returned exactly as signed by GET /api/v1/credentials/{hash}', async () => {
    const detail = await (await app.request(offeringPath(subjectId()))).json()
    const res = await app.request(`/api/v1/credentials/${detail.offering.hash}`)
    expect(res.headers.get('content-type')).toMatch(/^application\/vc\+jwt/)
    expect(await res.text()).toBe(offeringJwt)
  })

  it('is listed among its participant’s credentials as an envelope', async () => {
    const res = await app.request(participantPath(signer.did))
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.credentials.length).toBeGreaterThan(0)
    for (const entry of body.credentials) {
      expect(entry.credential.type).toBe('EnvelopedVerifiableCredential')
    }
  })
})
