// Loire VC-JWTs inside workerd: jose on WebCrypto verifies ES256 and EdDSA, did:jwk resolves
// offline, and the stored JWT is served back exactly as signed from D1.
import { env, exports } from 'cloudflare:workers'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { ingestCredentials } from '../../src/catalogue/ingest.js'
import type { AppContext } from '../../src/context.js'
import { createWorkerContext } from '../../src/entry/worker.js'
import { createLogger } from '../../src/logger.js'
import { offeringCredential, participantCredentials } from '../helpers/credentials.js'

const NOW = new Date('2026-11-28T12:00:00Z')
const BASE = 'https://catalogue.test'

type Signer = { did: string; alg: string; privateKey: CryptoKey }

async function didJwkSigner(alg: 'ES256' | 'EdDSA'): Promise<Signer> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true })
  const jwk = JSON.stringify(await exportJWK(publicKey))
  const did = `did:jwk:${btoa(jwk).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
  return { did, alg, privateKey }
}

function vcJwt(signer: Signer, credential: Record<string, unknown>): Promise<string> {
  return new SignJWT(credential)
    .setProtectedHeader({ alg: signer.alg, typ: 'vc+jwt', cty: 'vc', kid: `${signer.did}#0` })
    .sign(signer.privateKey)
}

const envelope = (jwt: string) => ({
  '@context': 'https://www.w3.org/ns/credentials/v2',
  id: `data:application/vc+jwt,${jwt}`,
  type: 'EnvelopedVerifiableCredential',
})

const presentation = (credentials: object[]) => ({
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiablePresentation'],
  verifiableCredential: credentials,
})

describe.each(['ES256', 'EdDSA'] as const)('VC-JWT (%s) on workerd + D1', (alg) => {
  let ctx: AppContext
  let signer: Signer
  let offeringJwt: string
  const offeringId = `https://partner.example.eu/offerings/jwt-${alg.toLowerCase()}`

  beforeAll(async () => {
    ctx = await createWorkerContext(env, { clock: () => NOW, logger: createLogger('t', 'silent') })
    signer = await didJwkSigner(alg)
    const participant = await Promise.all(
      participantCredentials(signer.did, `https://partner-${alg.toLowerCase()}.example.eu`).map(
        async (c) => envelope(await vcJwt(signer, c)),
      ),
    )
    const onboarded = await ingestCredentials(ctx, presentation(participant), { origin: 'local' })
    expect(onboarded.ok).toBe(true)
    const offering = offeringCredential(signer.did, {
      id: `https://partner.example.eu/credentials/jwt-${alg.toLowerCase()}`,
    })
    // words of its own: the worker's D1 is shared with worker.test.ts, which searches for its
    // offering's words and counts their facets
    offering.credentialSubject = {
      ...offering.credentialSubject,
      id: offeringId,
      'schema:name': `Offre ${alg}`,
      'schema:description': 'Signée en VC-JWT.',
      'gx:keyword': ['jwt'],
    }
    offeringJwt = await vcJwt(signer, offering)
    const stored = await ingestCredentials(ctx, offeringJwt, { origin: 'local' })
    expect(stored).toMatchObject({ ok: true, accepted: [{ created: true }] })
  })

  it('serves the stored JWT exactly as signed', async () => {
    const res = await exports.default.fetch(
      new Request(`${BASE}/api/v1/offerings/${encodeURIComponent(offeringId)}`, {
        headers: { Accept: 'application/vc+jwt' },
      }),
    )
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(offeringJwt)
  })

  it('refuses a JWT whose payload was changed', async () => {
    const [header, payload, signature] = offeringJwt.split('.')
    const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/')))
    claims.credentialSubject['schema:name'] = 'Changé'
    const forged = btoa(JSON.stringify(claims))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')
    const result = await ingestCredentials(ctx, `${header}.${forged}.${signature}`, {
      origin: 'local',
    })
    expect(result.ok).toBe(false)
  })
})
