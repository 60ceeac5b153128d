import jsonld from 'jsonld'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedCatalogue } from '../../seed/seed.js'
import {
  countryAuthority,
  dcatCatalogue,
  GAIA_X_TRUST_FRAMEWORK,
  type JsonLdNode,
} from '../../src/catalogue/dcat.js'
import { generateKeyMaterial, type KeyMaterial } from '../../src/credentials/keys.js'
import type { OfferingRow } from '../../src/store/store.js'
import { createTestNode } from '../helpers/test-node.js'

const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const FOAF = 'http://xmlns.com/foaf/0.1/'
const BASE = 'https://catalogue.bleu.fr'

type Expanded = Record<string, { '@id'?: string; '@value'?: string; '@language'?: string }[]> & {
  '@id'?: string
  '@type'?: string[]
}

// The document must carry everything it needs: a harvester that fetches nothing still expands it.
async function refuseEveryUrl(url: string): Promise<never> {
  throw new Error(`The DCAT document needed ${url}`)
}

async function activeOfferings(node: TestNode): Promise<OfferingRow[]> {
  const rows: OfferingRow[] = []
  let cursor: string | undefined
  do {
    const page = await node.ctx.store.listOfferings({ limit: 100, status: 'active', cursor })
    rows.push(...page.items)
    cursor = page.next ?? undefined
  } while (cursor)
  return rows
}

type TestNode = Awaited<ReturnType<typeof createTestNode>>
let node: TestNode
let empty: TestNode
const partnerKeys = new Map<string, KeyMaterial>()
const keyFor = async (slug: string) => {
  if (!partnerKeys.has(slug)) partnerKeys.set(slug, await generateKeyMaterial())
  return partnerKeys.get(slug)!
}

beforeAll(async () => {
  node = await createTestNode({ env: { GXC_PUBLIC_URL: BASE } })
  await seedCatalogue(node.ctx, { partnerKeys: keyFor })
  empty = await createTestNode({ env: { GXC_PUBLIC_URL: BASE } })
}, 120_000)
afterAll(() => {
  node.close()
  empty.close()
})

describe('dcatCatalogue', () => {
  it('describes a dcat:Catalog at its own URL, titled and described in French and English', async () => {
    const doc = await dcatCatalogue(node.ctx)
    expect(doc['@id']).toBe(`${BASE}/api/v1/catalogue/dcat`)
    expect(doc['@type']).toBe('dcat:Catalog')
    for (const key of ['dct:title', 'dct:description']) {
      const languages = (doc[key] as { '@language': string }[]).map((v) => v['@language'])
      expect(languages.sort(), key).toEqual(['en', 'fr'])
    }
    expect(doc['dct:publisher']).toMatchObject({
      '@id': node.ctx.identity.did,
      '@type': 'foaf:Agent',
      'foaf:name': expect.stringMatching(/\S/),
    })
  })

  it('lists every active offering exactly once as a dcat:DataService', async () => {
    const doc = await dcatCatalogue(node.ctx)
    const rows = await activeOfferings(node)
    expect(rows.length).toBeGreaterThan(5)
    const ids = doc['dcat:service'].map((s) => s['dct:identifier'])
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(rows.map((r) => r.id).sort())
    for (const service of doc['dcat:service']) {
      expect(service['@type']).toBe('dcat:DataService')
      expect(service['dct:conformsTo']).toEqual({ '@id': GAIA_X_TRUST_FRAMEWORK })
    }
  })

  it('carries each offering’s title, endpoint, keywords, countries and provider', async () => {
    const doc = await dcatCatalogue(node.ctx)
    const services = new Map(doc['dcat:service'].map((s) => [s['dct:identifier'], s]))
    const rows = await activeOfferings(node)
    const providers = await node.ctx.store.participantsByIds(rows.map((r) => r.providerId))
    expect(rows.some((r) => r.keywords.length > 0)).toBe(true)
    expect(rows.some((r) => r.locations.length > 0)).toBe(true)
    for (const row of rows) {
      const service = services.get(row.id) as JsonLdNode
      expect(service['dct:title']).toBe(row.name)
      expect(service['dcat:endpointURL']).toEqual({
        '@id': `${BASE}/api/v1/offerings/${encodeURIComponent(row.id)}`,
      })
      if (row.keywords.length > 0) expect(service['dcat:keyword']).toEqual(row.keywords)
      const countries = [...new Set(row.locations.map((l) => countryAuthority(l.countryCode)))]
      if (countries.length > 0) {
        expect(service['dct:spatial']).toEqual(countries.map((iri) => ({ '@id': iri })))
      }
      const provider = providers.get(row.providerId)!
      expect(service['dct:publisher']).toMatchObject({
        '@id': provider.did,
        '@type': 'foaf:Agent',
        'foaf:name': provider.name,
      })
    }
  })

  it('maps alpha-2 country codes to the EU country authority', () => {
    expect(countryAuthority('FR')).toBe(
      'http://publications.europa.eu/resource/authority/country/FRA',
    )
    expect(countryAuthority('de')).toBe(
      'http://publications.europa.eu/resource/authority/country/DEU',
    )
    expect(countryAuthority('XX')).toBeUndefined()
  })

  it('expands without fetching anything and holds the DCAT-AP 3 mandatory properties', async () => {
    const doc = await dcatCatalogue(node.ctx)
    const expanded = (await jsonld.expand(doc, {
      documentLoader: refuseEveryUrl,
      safe: true,
    })) as Expanded[]
    expect(expanded).toHaveLength(1)
    const catalog = expanded[0]!
    expect(catalog['@type']).toEqual([`${DCAT}Catalog`])
    // Catalogue: dct:title, dct:description, dct:publisher (DCAT-AP 3, mandatory properties)
    expect(catalog[`${DCT}title`]!.length).toBe(2)
    expect(catalog[`${DCT}description`]!.length).toBe(2)
    const agents = [...catalog[`${DCT}publisher`]!] as Expanded[]
    const services = catalog[`${DCAT}service`] as Expanded[]
    expect(services).toHaveLength(doc['dcat:service'].length)
    for (const service of services) {
      expect(service['@type']).toEqual([`${DCAT}DataService`])
      // DataService: dct:title, dcat:endpointURL
      expect(service[`${DCT}title`]![0]!['@value']).toMatch(/\S/)
      expect(service[`${DCAT}endpointURL`]![0]!['@id']).toMatch(/^https:\/\//)
      for (const spatial of service[`${DCT}spatial`] ?? []) {
        expect(spatial['@id']).toMatch(
          /^http:\/\/publications\.europa\.eu\/resource\/authority\/country\/[A-Z]{3}$/,
        )
      }
      agents.push(...(service[`${DCT}publisher`] as Expanded[]))
    }
    // Agent: foaf:name
    for (const agent of agents) {
      expect(agent['@type']).toEqual([`${FOAF}Agent`])
      expect(agent[`${FOAF}name`]![0]!['@value']).toMatch(/\S/)
    }
  })

  it('pages through the whole index and leaves out offerings that are not active', async () => {
    const bulk = await createTestNode({ env: { GXC_PUBLIC_URL: BASE } })
    try {
      const offerings = Array.from({ length: 230 }, (_, i) => ({
        id: `https://provider.example.eu/offerings/${String(i).padStart(3, '0')}`,
        credentialHash: String(i).padStart(64, '0'),
        credentialId: null,
        providerId: 'did:web:provider.example.eu',
        // Equal names for a run of rows: the store's cursor must page on (name, id), not name.
        name: `Service ${Math.floor(i / 7)}`,
        description: '',
        types: ['gx:ServiceOffering'],
        keywords: [],
        locations: [{ countryCode: 'FR' }],
        certifications: [],
        dataProtectionRegimes: [],
        dependsOn: [],
        labelLevel: null,
        status: i % 46 === 0 ? ('revoked' as const) : ('active' as const),
        issuedAt: 0,
        validUntil: null,
        origin: 'local',
        updatedAt: 1_780_000_000_000 + i,
      }))
      await bulk.ctx.store.writeIndex(offerings.map((offering) => ({ offering })))
      const doc = await dcatCatalogue(bulk.ctx)
      const ids = doc['dcat:service'].map((s) => s['dct:identifier'])
      const active = offerings.filter((o) => o.status === 'active').map((o) => o.id)
      expect(active).toHaveLength(225)
      expect([...ids].sort()).toEqual(active.sort())
      expect(doc['dct:modified']).toEqual({
        '@value': new Date(1_780_000_000_000 + 229).toISOString(),
        '@type': 'xsd:dateTime',
      })
      // A provider the node does not know is still an agent, named by its identifier.
      expect(doc['dcat:service'][0]!['dct:publisher']).toEqual({
        '@id': 'did:web:provider.example.eu',
        '@type': 'foaf:Agent',
        'foaf:name': 'did:web:provider.example.eu',
        'dct:identifier': 'did:web:provider.example.eu',
      })
    } finally {
      bulk.close()
    }
  })

  it('describes an empty node as a valid catalogue with no services', async () => {
    const doc = await dcatCatalogue(empty.ctx)
    expect(doc['dcat:service']).toEqual([])
    expect(doc['dct:publisher']).toMatchObject({ 'foaf:name': 'Bleu catalogue' })
    expect(doc).not.toHaveProperty('dct:modified')
    await expect(jsonld.expand(doc, { documentLoader: refuseEveryUrl })).resolves.toHaveLength(1)
  })
})

// Passes once src/app.ts mounts the router: app.route('/api/v1/catalogue/dcat', dcat)
describe('GET /api/v1/catalogue/dcat', () => {
  it('answers the catalogue as application/ld+json', async () => {
    const res = await node.app.request('/api/v1/catalogue/dcat')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    expect(await res.json()).toEqual(await dcatCatalogue(node.ctx))
  })
})
