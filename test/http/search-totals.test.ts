// Totals past MAX_EXACT_TOTAL and the answers search keeps per catalogue version. The offerings
// are written as index rows, the way `gxc reindex` writes them: what is under test is how search
// reads them, and a thousand signed credentials would only slow the file down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_EXACT_TOTAL } from '../../src/store/search-store.js'
import type { NewOffering, ParticipantRow } from '../../src/store/store.js'
import { indexRow, INDEX_PROVIDER } from '../helpers/index-rows.js'
import { createTestNode } from '../helpers/test-node.js'

type Answer = {
  items: { id: string; name: string; provider: { name: string | null } }[]
  total: number
  totalExact: boolean
  next: string | null
  facets: Record<string, { value: string; label: string; count: number }[]>
}

let node: Awaited<ReturnType<typeof createTestNode>>

function provider(name: string): ParticipantRow {
  return {
    id: INDEX_PROVIDER,
    did: INDEX_PROVIDER,
    name,
    countryCode: 'FR',
    registrationNumbers: [],
    credentialHash: `sha256-${name}`,
    status: 'active',
    origin: 'local',
    updatedAt: 0,
    onboardedAt: 0,
  } as ParticipantRow
}

function offering(i: number, spec: Partial<NewOffering> = {}): NewOffering {
  // "stockage" is a usual name of a kind of service: the row holds its concept
  return indexRow(String(i), {
    name: `Stockage ${i}`,
    description: i % 2 === 0 ? 'Sauvegarde chiffrée' : 'Archivage',
    keywords: ['stockage'],
    locations: [{ countryCode: i % 3 === 0 ? 'DE' : 'FR' }],
    updatedAt: i,
    ...spec,
  })
}

async function search(query: string): Promise<Answer> {
  const res = await node.app.request(`/api/v1/offerings?${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as Answer
}

beforeAll(async () => {
  node = await createTestNode()
  const count = MAX_EXACT_TOTAL + 50
  await node.ctx.store.writeIndex([
    { participant: provider('Stockeurs Réunis') },
    ...Array.from({ length: count }, (_, i) => ({ offering: offering(i) })),
  ])
})
afterAll(() => node.close())

describe('GET /api/v1/offerings: totals', () => {
  it(`counts exactly up to ${MAX_EXACT_TOTAL} matches and says when there are more`, async () => {
    const broad = await search('q=stockage&regime=GDPR2016')
    expect(broad.total).toBe(MAX_EXACT_TOTAL)
    expect(broad.totalExact).toBe(false)
    expect(broad.items).toHaveLength(20)

    const narrow = await search('q=sauvegarde&country=DE')
    const evenAndDe = Array.from({ length: MAX_EXACT_TOTAL + 50 }, (_, i) => i).filter(
      (i) => i % 2 === 0 && i % 3 === 0,
    )
    expect(narrow.total).toBe(evenAndDe.length)
    expect(narrow.totalExact).toBe(true)
  })

  it('keeps the total exact where the kept counts give it without counting', async () => {
    const everything = await search('')
    expect(everything).toMatchObject({ total: MAX_EXACT_TOTAL + 50, totalExact: true })
    // every offering is active: the full-text index alone counts the matches
    expect(await search('q=stockage')).toMatchObject({
      total: MAX_EXACT_TOTAL + 50,
      totalExact: true,
    })
    const french = await search('country=FR')
    expect(french.totalExact).toBe(true)
    expect(french.total).toBe(french.facets.country?.find((c) => c.value === 'FR')?.count)
  })

  it('still pages through every match when the total is a lower bound', async () => {
    const seen = new Set<string>()
    let cursor: string | null = ''
    let pages = 0
    while (cursor !== null) {
      const page: Answer = await search(
        `q=stockage&regime=GDPR2016&limit=100&facets=${cursor ? `&cursor=${cursor}` : ''}`,
      )
      expect(page.totalExact).toBe(false)
      for (const item of page.items) seen.add(item.id)
      cursor = page.next
      pages++
    }
    expect(seen.size).toBe(MAX_EXACT_TOTAL + 50)
    expect(pages).toBe(11)
  })
})

describe('GET /api/v1/offerings: answers kept between writes', () => {
  it('answers the same search again from what it kept, identically', async () => {
    const first = await search('q=stockage&country=DE')
    expect(await search('q=stockage&country=DE')).toEqual(first)
  })

  it('sees an offering written after the same search was answered', async () => {
    const before = await search('q=zirconium')
    expect(before.total).toBe(0)
    await node.ctx.store.writeIndex([{ offering: offering(9001, { name: 'Zirconium' }) }])
    const after = await search('q=zirconium')
    expect(after.total).toBe(1)
    expect(after.items.map((i) => i.name)).toEqual(['Zirconium'])
  })

  it('sees a status change and a provider renamed after the search was answered', async () => {
    await node.ctx.store.writeIndex([{ offering: offering(9002, { name: 'Hafnium' }) }])
    const before = await search('q=hafnium')
    expect(before.items[0]?.provider.name).toBe('Stockeurs Réunis')
    expect(before.facets.provider?.[0]?.label).toBe('Stockeurs Réunis')

    await node.ctx.store.writeIndex([{ participant: provider('Stockeurs Associés') }])
    const renamed = await search('q=hafnium')
    expect(renamed.items[0]?.provider.name).toBe('Stockeurs Associés')
    expect(renamed.facets.provider?.[0]?.label).toBe('Stockeurs Associés')

    await node.ctx.store.writeIndex([
      { offering: offering(9002, { name: 'Hafnium', status: 'revoked' }) },
    ])
    expect((await search('q=hafnium')).total).toBe(0)
    expect((await search('q=hafnium&status=revoked')).total).toBe(1)
  })
})
