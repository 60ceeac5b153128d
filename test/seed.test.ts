import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateKeyMaterial, type KeyMaterial } from '../src/credentials/did/keys.js'
import { verifyCredential } from '../src/credentials/data-integrity/verify.js'
import { seedCatalogue } from '../seed/seed.js'
import { createTestNode, TEST_NOW } from './helpers/test-node.js'

let node: Awaited<ReturnType<typeof createTestNode>>
const partnerKeys = new Map<string, KeyMaterial>()
const keyFor = async (slug: string) => {
  if (!partnerKeys.has(slug)) partnerKeys.set(slug, await generateKeyMaterial())
  return partnerKeys.get(slug)!
}

type Item = {
  id: string
  name: string
  provider: { id: string; name: string }
  [k: string]: unknown
}

async function allOfferings(): Promise<Item[]> {
  const items: Item[] = []
  let cursor: string | null = null
  do {
    const res = await node.app.request(
      `/api/v1/offerings?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    )
    const body = await res.json()
    items.push(...body.items)
    cursor = body.next
  } while (cursor)
  return items
}

beforeAll(async () => {
  node = await createTestNode({ env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr' } })
  await seedCatalogue(node.ctx, { partnerKeys: keyFor })
}, 120_000)
afterAll(() => node.close())

describe('the seeded catalogue', () => {
  it('stores every credential it signs, each one verifying on its own', async () => {
    const events = await node.ctx.store.eventsAfter(0, 1000)
    expect(events.length).toBeGreaterThan(20)
    for (const event of events) {
      const stored = await node.ctx.store.getCredential(event.hash)
      const result = await verifyCredential(JSON.parse(stored!.document), {
        loader: node.ctx.loader,
        now: TEST_NOW,
      })
      expect(result, stored!.credentialId ?? '').toMatchObject({ verified: true, errors: [] })
    }
  })

  it('publishes Bleu as a French participant under the node did:web', async () => {
    const res = await node.app.request(
      `/api/v1/participants/${encodeURIComponent(node.ctx.identity.did)}`,
    )
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.participant).toMatchObject({
      did: 'did:web:catalogue.bleu.fr',
      countryCode: 'FR',
      status: 'active',
    })
    expect(body.offeringCount).toBeGreaterThanOrEqual(15)
    const types = body.credentials.flatMap((c: { types: string[] }) => c.types)
    expect(types).toEqual(expect.arrayContaining(['gx:LegalPerson', 'gx:VatID', 'gx:Issuer']))
  })

  it('lists at least 15 Bleu offerings hosted in France, next to partners’ offerings', async () => {
    const items = await allOfferings()
    const bleu = items.filter((i) => i.provider.id === node.ctx.identity.did)
    expect(bleu.length).toBeGreaterThanOrEqual(15)
    for (const offering of bleu) {
      expect(offering.provider.name).toMatch(/Bleu/)
      expect(offering.locations, offering.name).toContainEqual(
        expect.objectContaining({ countryCode: 'FR' }),
      )
      expect(offering.dataProtectionRegimes).toContain('GDPR2016')
    }
    const partners = new Set(
      items.filter((i) => i.provider.id !== node.ctx.identity.did).map((i) => i.provider.id),
    )
    expect(partners.size).toBeGreaterThanOrEqual(3)
    for (const did of partners) expect(did).toMatch(/^did:key:z6Mk/)
  })

  it('records the certifications offerings claim, with their evidence', async () => {
    const items = await allOfferings()
    const schemes = new Set(
      items.flatMap((i) => (i.certifications as { scheme: string }[]).map((c) => c.scheme)),
    )
    expect(schemes).toEqual(expect.objectContaining(new Set(['SecNumCloud', 'HDS', 'ISO27001'])))
    for (const item of items) {
      for (const c of item.certifications as { evidence?: string }[])
        expect(c.evidence).toMatch(/^https:\/\//)
    }
  })

  it('links partner offerings to the Bleu services they depend on', async () => {
    const items = await allOfferings()
    const ids = new Set(items.map((i) => i.id))
    const dependent = items.filter(
      (i) => i.provider.id !== node.ctx.identity.did && (i.dependsOn as string[]).length > 0,
    )
    expect(dependent.length).toBeGreaterThan(0)
    for (const item of items)
      for (const target of item.dependsOn as string[]) expect(ids).toContain(target)
  })

  it('lists every participant', async () => {
    const body = await (await node.app.request('/api/v1/participants?limit=100')).json()
    expect(body.items.length).toBeGreaterThanOrEqual(4)
  })
})
