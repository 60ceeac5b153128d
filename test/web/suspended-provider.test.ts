// A provider the operator suspends is frozen, not erased: its signed offerings stay listed, and
// every place a buyer meets them says so (the API's `provider.status`, a tag beside the provider
// in the results, a notice on the offering's page) until the operator approves it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  adminParticipantPath,
  adminPost,
  newPartner,
  OPEN_NODE_ENV,
  onboard,
  signEach,
  signedParticipant,
  submit,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'
import { BROWSER_ACCEPT, offeringPage, textOf } from './seeded.js'

let node: TestNode
let key: SigningKey
let id: string

beforeAll(async () => {
  node = await createTestNode({ env: OPEN_NODE_ENV })
  key = await newPartner()
  expect((await onboard(node, key, await signedParticipant(node, key))).status).toBe(201)
  const offering = partnerOffering(key.did, 'gelee', { subject: { 'gx:keyword': ['gelée'] } })
  id = offering.credentialSubject.id
  expect((await submit(node, key, await signEach(node, key, [offering]))).status).toBe(201)
}, 60_000)
afterAll(() => node.close())

async function standing(): Promise<unknown> {
  const res = await node.app.request('/api/v1/offerings?q=gelée')
  const { items } = (await res.json()) as { items: { id: string; provider: object }[] }
  const [listed] = items.filter((item) => item.id === id)
  const one = await node.app.request(`/api/v1/offerings/${encodeURIComponent(id)}`)
  const { offering } = (await one.json()) as { offering: { provider: object } }
  expect(offering.provider).toEqual(listed?.provider)
  return listed?.provider
}

async function page(path: string, lang: 'fr' | 'en'): Promise<string> {
  const res = await node.app.request(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, {
    headers: { Accept: BROWSER_ACCEPT },
  })
  expect(res.status).toBe(200)
  return textOf(await res.text())
}

const RESULTS = { fr: 'fournisseur suspendu', en: 'provider suspended' }
const NOTICE = {
  fr: 'Son fournisseur est suspendu par l’opérateur de ce nœud',
  en: 'Its provider is suspended by the operator of this node',
}

describe('a suspended provider’s offerings', () => {
  it('stay listed, and the API, the results and the offering’s page say the provider is suspended until it is approved again', async () => {
    expect(await standing()).toEqual({
      id: key.did,
      name: 'Partenaire Exemple SAS',
      did: key.did,
      status: 'active',
    })
    for (const lang of ['fr', 'en'] as const) {
      const results = await page('/recherche?q=gel%C3%A9e', lang)
      expect(results).toContain('Partenaire Exemple SAS')
      expect(results).not.toContain(RESULTS[lang])
      const offering = await page(offeringPage(id), lang)
      expect(offering).toContain('Offre gelee')
      expect(offering).not.toContain(NOTICE[lang])
    }

    expect((await adminPost(node, adminParticipantPath(key.did, 'suspend'))).status).toBe(200)
    expect(await standing()).toMatchObject({ id: key.did, status: 'suspended' })
    for (const lang of ['fr', 'en'] as const) {
      expect(await page('/recherche?q=gel%C3%A9e', lang)).toContain(
        `Partenaire Exemple SAS ${RESULTS[lang]}`,
      )
      expect(await page(offeringPage(id), lang)).toContain(NOTICE[lang])
    }

    expect((await adminPost(node, adminParticipantPath(key.did, 'approve'))).status).toBe(200)
    expect(await standing()).toMatchObject({ status: 'active' })
    expect(await page('/recherche?q=gel%C3%A9e', 'fr')).not.toContain(RESULTS.fr)
  })
})
