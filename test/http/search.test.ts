import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestCredentials } from '../../src/catalogue/ingest.js'
import type { AppContext } from '../../src/context.js'
import {
  generateKeyMaterial,
  type KeyMaterial,
  type SigningKey,
} from '../../src/credentials/did/keys.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import { seedCatalogue } from '../../seed/seed.js'
import { newDidKey, participantCredentials, partnerBase } from '../helpers/credentials.js'
import { expectProblem } from '../helpers/partner.js'
import { createTestNode, TEST_NOW } from '../helpers/test-node.js'

type Item = {
  id: string
  name: string
  types: string[]
  provider: { id: string; name: string | null; did: string | null }
  keywords: string[]
  locations: { countryCode: string }[]
  certifications: { scheme: string }[]
  labelLevel?: string
  eligibleLabelLevel?: string
  dataProtectionRegimes: string[]
  status: string
}
type Facets = Record<string, { value: string; label: string; count: number }[]>
type Answer = { items: Item[]; total: number; next: string | null; facets: Facets }

let node: Awaited<ReturnType<typeof createTestNode>>
let alpine: SigningKey // hosts in Germany, claims C5 and EUCS-high, LGPD
let lagune: SigningKey // no hosting of its own
const partnerKeys = new Map<string, KeyMaterial>()

const CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#']
const VALIDITY = { validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-06-01T00:00:00Z' }

function credential(key: SigningKey, path: string, subject: Record<string, unknown>) {
  const base = partnerBase(key.did)
  return {
    '@context': CONTEXT,
    id: `${base}/credentials/${path}`,
    type: ['VerifiableCredential', subject.type as string],
    issuer: key.did,
    ...VALIDITY,
    credentialSubject: { ...subject, id: `${base}/${path}` },
  }
}

type OfferingSpec = {
  name: string
  description?: string
  keywords?: string[]
  hostedInGermany?: boolean
  regimes?: string[]
  evidence?: string[]
}

function offering(key: SigningKey, slug: string, spec: OfferingSpec) {
  const base = partnerBase(key.did)
  return credential(key, `offerings/${slug}`, {
    type: 'gx:ServiceOffering',
    'schema:name': spec.name,
    'schema:description': spec.description ?? 'Service managé.',
    'gx:providedBy': { id: key.did },
    'gx:keyword': spec.keywords ?? ['service'],
    'gx:serviceOfferingTermsAndConditions': {
      type: 'gx:TermsAndConditions',
      'gx:url': `${base}/terms`,
      'gx:hash': 'a'.repeat(64),
    },
    ...(spec.hostedInGermany ? { 'gx:hostedOn': [{ id: `${base}/dc/fra` }] } : {}),
    ...(spec.regimes ? { 'gx:dataProtectionRegime': spec.regimes } : {}),
    ...(spec.evidence
      ? {
          'gx:legalDocuments': spec.evidence.map((file) => ({
            type: 'gx:ComplianceAssurance',
            'gx:url': `${base}/legal/${file}`,
            'gx:mimeTypes': ['application/pdf'],
            'gx:governingLawCountries': ['DE'],
            'gx:involvedParties': [{ id: key.did }],
          })),
        }
      : {}),
  })
}

/** A German availability zone and the datacenter aggregating it, for gx:hostedOn. */
function germanHosting(key: SigningKey) {
  const base = partnerBase(key.did)
  const address = { type: 'gx:Address', 'gx:countryCode': 'DE' }
  return [
    credential(key, 'zones/fra-1', {
      type: 'gx:AvailabilityZone',
      'schema:name': 'Frankfurt 1',
      'gx:address': address,
    }),
    credential(key, 'dc/fra', {
      type: 'gx:Datacenter',
      'schema:name': 'Frankfurt',
      'gx:maintainedBy': [{ id: key.did }],
      'gx:aggregationOfResources': [{ id: `${base}/zones/fra-1` }],
      'gx:location': [address],
    }),
  ]
}

/** Signs and stores credentials through the node's one write path, at `at` (default TEST_NOW). */
async function store(key: SigningKey, credentials: object[], at = TEST_NOW) {
  const ctx: AppContext = { ...node.ctx, clock: () => at }
  const signed = await Promise.all(
    credentials.map((c) => signCredential(c, { key, loader: node.ctx.loader, date: TEST_NOW })),
  )
  const result = await ingestCredentials(
    ctx,
    { type: ['VerifiablePresentation'], verifiableCredential: signed },
    { origin: 'local' },
  )
  expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true)
}

async function onboard(key: SigningKey) {
  await store(key, participantCredentials(key.did, partnerBase(key.did)))
}

async function search(query: string): Promise<Answer> {
  const res = await node.app.request(`/api/v1/offerings?${query}`)
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as Answer
}

/** Every item of a search, page after page. */
async function collect(query: string): Promise<Item[]> {
  const items: Item[] = []
  let cursor: string | null = null
  do {
    const page: Answer = await search(`${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    items.push(...page.items)
    cursor = page.next
  } while (cursor)
  return items
}

const names = (items: Item[]) => items.map((i) => i.name)
const ids = (items: Item[]) => items.map((i) => i.id).sort()

beforeAll(async () => {
  node = await createTestNode({ env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr' } })
  await seedCatalogue(node.ctx, {
    partnerKeys: async (slug) => {
      if (!partnerKeys.has(slug)) partnerKeys.set(slug, await generateKeyMaterial())
      return partnerKeys.get(slug)!
    },
  })
  alpine = await newDidKey()
  lagune = await newDidKey()
  await onboard(alpine)
  await onboard(lagune)
  await store(alpine, [
    ...germanHosting(alpine),
    offering(alpine, 'securite-reseau', {
      name: 'Sécurité réseau souveraine',
      description: 'Pare-feu managé et détection des intrusions, opéré à Francfort.',
      keywords: ['pare-feu', 'Détection'],
      hostedInGermany: true,
      regimes: ['GDPR2016', 'LGPD2019'],
      evidence: ['BSI-C5-attestation.pdf', 'eucs-high-certificate.pdf'],
    }),
    offering(alpine, 'zephyrine-name', { name: 'Zephyrine Backup', hostedInGermany: true }),
    offering(alpine, 'zephyrine-keyword', { name: 'Archive froide', keywords: ['zephyrine'] }),
    offering(alpine, 'zephyrine-description', {
      name: 'Stockage tiède',
      description: 'Un volume compatible zephyrine.',
    }),
  ])
  await store(lagune, [
    offering(lagune, 'securite-postes', {
      name: 'Securite des postes de travail',
      description: 'Durcissement et supervision des postes, sans hébergement.',
      keywords: ['poste de travail'],
      evidence: ['iso-27001-certificate.pdf'],
    }),
  ])
  // no credential sets a Gaia-X label yet (the sovereignty profile will): write two index rows
  for (const [name, level] of [
    ['Bleu Backup', 'L2'],
    ['Zephyrine Backup', 'SC'],
  ]) {
    const [item] = (await search(`q=${encodeURIComponent(`"${name}"`)}&limit=1`)).items
    const { pk: _pk, ...row } = (await node.ctx.store.getOffering(item!.id))!
    await node.ctx.store.writeIndex([{ offering: { ...row, labelLevel: level } }])
  }
}, 120_000)
afterAll(() => node.close())

describe('GET /api/v1/offerings: full text', () => {
  it('finds accented names from a query typed without accents, and the reverse', async () => {
    expect(names((await search('q=securite')).items)).toEqual(
      expect.arrayContaining(['Sécurité réseau souveraine', 'Securite des postes de travail']),
    )
    for (const q of ['sécurité', 'SÉCURITÉ', 'Securite']) {
      expect(names((await search(`q=${encodeURIComponent(q)}`)).items)).toEqual(
        expect.arrayContaining(['Sécurité réseau souveraine', 'Securite des postes de travail']),
      )
    }
    expect(names((await search(`q=${encodeURIComponent('détection')}`)).items)).toEqual([
      'Sécurité réseau souveraine',
    ])
  })

  it('requires every word, keeps phrases in order and reads a trailing * as a prefix', async () => {
    const phrase = await search(`q=${encodeURIComponent('"reseau souveraine"')}`)
    expect(names(phrase.items)).toEqual(['Sécurité réseau souveraine'])
    expect((await search(`q=${encodeURIComponent('"souveraine reseau"')}`)).total).toBe(0)
    expect(names((await search('q=securite+postes')).items)).toEqual([
      'Securite des postes de travail',
    ])
    expect(names((await search(`q=${encodeURIComponent('sécu*')}`)).items)).toEqual(
      expect.arrayContaining(['Sécurité réseau souveraine', 'Securite des postes de travail']),
    )
  })

  it('ranks a match in the name above one in the keywords above one in the description', async () => {
    const answer = await search('q=zephyrine')
    expect(names(answer.items)).toEqual(['Zephyrine Backup', 'Archive froide', 'Stockage tiède'])
    expect(answer.total).toBe(3)
  })

  it('sorts by name without q, by relevance with it, and by name or -updated on request', async () => {
    const byName = await collect('facets=')
    expect(names(byName)).toEqual([...names(byName)].sort())
    const sorted = await collect('q=bleu&sort=name&facets=')
    expect(names(sorted)).toEqual([...names(sorted)].sort())
    expect(sorted.length).toBe((await search('q=bleu')).total)
  })
})

describe('GET /api/v1/offerings: filters', () => {
  /** The active catalogue, to check each filter against what the listing itself says. */
  const catalogue = () => collect('facets=')

  it('filters by provider, given its participant id or its DID', async () => {
    const all = await catalogue()
    const expected = ids(all.filter((i) => i.provider.id === alpine.did))
    expect(expected.length).toBeGreaterThan(3)
    expect(ids(await collect(`provider=${encodeURIComponent(alpine.did)}`))).toEqual(expected)
    const bleu = node.ctx.identity.did
    const both = await collect(
      `provider=${encodeURIComponent(alpine.did)}&provider=${encodeURIComponent(bleu)}`,
    )
    expect(ids(both)).toEqual(
      ids(all.filter((i) => i.provider.id === alpine.did || i.provider.did === bleu)),
    )
  })

  it('filters by the country of a service location, in either case', async () => {
    const all = await catalogue()
    for (const country of ['DE', 'fr']) {
      const expected = all.filter((i) =>
        i.locations.some((l) => l.countryCode === country.toUpperCase()),
      )
      expect(expected.length).toBeGreaterThan(0)
      expect(ids(await collect(`country=${country}`))).toEqual(ids(expected))
    }
  })

  it('filters by type including subclasses, as gx:X or as a full IRI', async () => {
    const all = await catalogue()
    const storage = all.filter((i) =>
      i.types.some((t) =>
        [
          'gx:StorageServiceOffering',
          'gx:ObjectStorageServiceOffering',
          'gx:BlockStorageServiceOffering',
          'gx:FileStorageServiceOffering',
        ].includes(t),
      ),
    )
    expect(storage.length).toBeGreaterThanOrEqual(3)
    expect(ids(await collect('type=gx:StorageServiceOffering'))).toEqual(ids(storage))
    const iri = encodeURIComponent('https://w3id.org/gaia-x/2511#StorageServiceOffering')
    expect(ids(await collect(`type=${iri}`))).toEqual(ids(storage))
    expect(ids(await collect('type=gx:ServiceOffering'))).toEqual(ids(all))
    const compute = await collect('type=gx:InfrastructureServiceOffering')
    expect(compute.some((i) => i.types.includes('gx:VirtualMachineServiceOffering'))).toBe(true)
  })

  it('filters by certification, OR within one filter and AND across filters', async () => {
    const all = await catalogue()
    const schemes = (i: Item) => i.certifications.map((c) => c.scheme)
    const c5 = all.filter((i) => schemes(i).includes('C5'))
    expect(names(c5)).toEqual(['Sécurité réseau souveraine'])
    expect(ids(await collect('certification=C5'))).toEqual(ids(c5))
    const either = all.filter((i) => schemes(i).includes('C5') || schemes(i).includes('HDS'))
    expect(ids(await collect('certification=C5&certification=HDS'))).toEqual(ids(either))
    const frenchHds = all.filter(
      (i) => schemes(i).includes('HDS') && i.locations.some((l) => l.countryCode === 'FR'),
    )
    expect(frenchHds.length).toBeLessThan(either.length)
    expect(ids(await collect('certification=HDS&country=FR'))).toEqual(ids(frenchHds))
    expect((await search('certification=HDS&country=DE')).total).toBe(0)
  })

  it('filters by label, data protection regime and keyword (case-insensitive, whole keyword)', async () => {
    expect(names(await collect('label=L2'))).toEqual(['Bleu Backup'])
    expect(names(await collect('label=sc&label=L2')).sort()).toEqual([
      'Bleu Backup',
      'Zephyrine Backup',
    ])
    expect(names(await collect('regime=LGPD2019'))).toEqual(['Sécurité réseau souveraine'])
    const all = await catalogue()
    const souverain = all.filter((i) => i.keywords.includes('souverain'))
    expect(souverain.length).toBeGreaterThan(10)
    expect(ids(await collect('keyword=SOUVERAIN'))).toEqual(ids(souverain))
    expect(names(await collect(`keyword=${encodeURIComponent('détection')}`))).toEqual([
      'Sécurité réseau souveraine',
    ])
    // a keyword is matched whole: "cloud" is not "cloud de confiance"
    expect((await search('keyword=cloud')).total).toBe(0)
    expect((await search(`keyword=${encodeURIComponent('Cloud de confiance')}`)).total).toBe(
      all.filter((i) => i.keywords.includes('cloud de confiance')).length,
    )
  })

  it('lists active offerings unless another status is asked for', async () => {
    const [row] = (await search('q=%22Archive+froide%22')).items
    const stored = (await node.ctx.store.getOffering(row!.id))!
    await node.ctx.store.revokeOffering(stored, TEST_NOW.getTime())
    expect((await search('q=zephyrine')).total).toBe(2)
    expect(names((await search('q=zephyrine&status=revoked')).items)).toEqual(['Archive froide'])
    const both = await search('q=zephyrine&status=active&status=revoked')
    expect(both.total).toBe(3)
    expect(both.items.map((i) => i.status)).toContain('revoked')
  })
})

describe('GET /api/v1/offerings: facets', () => {
  type FacetName = 'provider' | 'country' | 'type' | 'certification' | 'label' | 'regime'
  const values: Record<FacetName, (i: Item) => string[]> = {
    provider: (i) => [i.provider.id],
    country: (i) => i.locations.map((l) => l.countryCode),
    type: (i) => i.types,
    certification: (i) => i.certifications.map((c) => c.scheme),
    // attested levels, and the levels the offerings' own credentials meet
    label: (i) => [
      ...(i.labelLevel ? [i.labelLevel] : []),
      ...(i.eligibleLabelLevel ? [`eligible:${i.eligibleLabelLevel}`] : []),
    ],
    regime: (i) => i.dataProtectionRegimes,
  }
  /** What a facet should say about `items`: offerings per value. */
  function counted(items: Item[], facet: FacetName): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const item of items) {
      for (const value of new Set(values[facet](item))) counts[value] = (counts[value] ?? 0) + 1
    }
    return counts
  }
  const asRecord = (entries: { value: string; count: number }[] = []) =>
    Object.fromEntries(entries.map((e) => [e.value, e.count]))

  it('counts all six facets on the filtered set by default', async () => {
    for (const query of ['', 'q=bleu', 'q=securite']) {
      const answer = await search(query)
      const items = await collect(`${query}&facets=`)
      expect(answer.total).toBe(items.length)
      expect(Object.keys(answer.facets).sort()).toEqual(Object.keys(values).sort())
      for (const facet of Object.keys(values) as FacetName[]) {
        expect(asRecord(answer.facets[facet]), `${query} ${facet}`).toEqual(counted(items, facet))
      }
    }
  })

  it('counts each facet on the set filtered by every filter but its own', async () => {
    const query = 'country=DE&certification=C5&certification=ISO27001'
    const answer = await search(query)
    const filtered = await collect(`${query}&facets=`)
    expect(answer.total).toBe(filtered.length)
    // the country facet ignores the country filter, the certification facet its own
    const noCountry = await collect('certification=C5&certification=ISO27001&facets=')
    const noCertification = await collect('country=DE&facets=')
    expect(asRecord(answer.facets.country)).toEqual(counted(noCountry, 'country'))
    expect(asRecord(answer.facets.certification)).toEqual(counted(noCertification, 'certification'))
    expect(Object.keys(asRecord(answer.facets.country))).toContain('FR')
    for (const facet of ['provider', 'type', 'label', 'regime'] as const) {
      expect(asRecord(answer.facets[facet]), facet).toEqual(counted(filtered, facet))
    }
    const provider = await search(`provider=${encodeURIComponent(alpine.did)}&q=zephyrine`)
    expect(asRecord(provider.facets.provider)).toEqual(
      counted(await collect('q=zephyrine&facets='), 'provider'),
    )
  })

  it('labels facet values for people and counts only the facets asked for', async () => {
    const answer = await search('facets=country,type,certification,provider,label,regime')
    const label = (facet: string, value: string) =>
      answer.facets[facet]?.find((e) => e.value === value)?.label
    expect(label('country', 'FR')).toBe('France')
    expect(label('country', 'DE')).toBe('Germany')
    expect(label('type', 'gx:ObjectStorageServiceOffering')).toBe('Object Storage Service Offering')
    expect(label('certification', 'C5')).toBe('BSI C5')
    expect(label('provider', node.ctx.identity.did)).toBe('Bleu')
    expect(label('provider', alpine.did)).toBe('Partenaire Exemple SAS')
    expect(label('label', 'L2')).toBe('Gaia-X Label Level 2')
    expect(label('regime', 'GDPR2016')).toMatch(/GDPR/)
    const counts = answer.facets.provider!.map((e) => e.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))

    expect(Object.keys((await search('facets=country,label')).facets)).toEqual(['country', 'label'])
    expect((await search('facets=')).facets).toEqual({})
  })
})

describe('GET /api/v1/offerings: paging', () => {
  let n = 0
  /** A fresh kestrel offering of lagune's: `field` says where the word kestrel is. */
  const kestrel = (field: 'name' | 'keywords' | 'description', name: string) => {
    n += 1
    return offering(lagune, `kestrel-${n}`, {
      name: field === 'name' ? `Kestrel ${name}` : name,
      keywords: field === 'keywords' ? ['kestrel'] : ['faucon'],
      description: field === 'description' ? 'Compatible kestrel.' : 'Service managé.',
    })
  }

  beforeAll(async () => {
    await store(lagune, [
      kestrel('name', 'Mistral'),
      kestrel('name', 'Bora'),
      kestrel('keywords', 'Kestrel Foehn'),
      kestrel('keywords', 'Sirocco'),
      kestrel('description', 'Tramontane'),
      kestrel('description', 'Kestrel Zonda'),
      kestrel('description', 'Levant'),
    ])
  })

  /**
   * Pages through `query` two at a time while `arrive(page)` stores new offerings between page
   * fetches: every offering there at the start is seen exactly once, and nothing twice.
   */
  async function pageWhileArriving(query: string, arrive: (page: number) => Promise<void>) {
    const before = ids(await collect(`${query}&facets=`))
    expect(before.length).toBeGreaterThanOrEqual(7)
    const seen: string[] = []
    let cursor: string | null = null
    let page = 0
    do {
      const answer: Answer = await search(
        `${query}&limit=2&facets=${cursor ? `&cursor=${cursor}` : ''}`,
      )
      seen.push(...answer.items.map((i) => i.id))
      cursor = answer.next
      await arrive(page++)
    } while (cursor)
    expect(seen.length).toBe(new Set(seen).size)
    expect(before.filter((id) => !seen.includes(id))).toEqual([])
    return seen
  }

  it('never skips or repeats an offering while new ones arrive, sorted by relevance', async () => {
    await pageWhileArriving('q=kestrel', async (page) => {
      // one lands in the best tier (before the cursor), one in the last (after it)
      await store(lagune, [kestrel('name', `Gale ${page}`), kestrel('description', `Calm ${page}`)])
    })
  })

  it('never skips or repeats an offering while new ones arrive, sorted by name', async () => {
    await pageWhileArriving('q=kestrel&sort=name', async (page) => {
      await store(lagune, [
        kestrel('name', `0 early ${page}`),
        kestrel('description', `zz ${page}`),
      ])
    })
  })

  it('never skips or repeats an offering while new ones arrive, sorted by -updated', async () => {
    const order = await pageWhileArriving('q=kestrel&sort=-updated', async (page) => {
      const later = new Date(TEST_NOW.getTime() + (page + 1) * 60_000)
      const earlier = new Date(TEST_NOW.getTime() - (page + 1) * 60_000)
      await store(lagune, [kestrel('name', `Newer ${page}`)], later)
      await store(lagune, [kestrel('name', `Older ${page}`)], earlier)
    })
    // offerings stored earlier than everything listed so far come after it, so they are seen
    const older = (await collect('q=kestrel+older&facets=')).map((i) => i.id)
    expect(order.filter((id) => older.includes(id)).length).toBeGreaterThan(0)
  })

  it('gives a total that pages add up to', async () => {
    const first = await search('q=kestrel&limit=3')
    const all = await collect('q=kestrel&facets=')
    expect(first.total).toBe(all.length)
  })
})

describe('GET /api/v1/offerings: bad parameters', () => {
  it.each([
    ['limit=0', 'limit=0', '/query/limit'],
    ['limit=101', 'limit=101', '/query/limit'],
    ['limit=ten', 'limit=ten', '/query/limit'],
    ['sort=price', 'sort=price', '/query/sort'],
    ['facets=price', 'facets=price', '/query/facets'],
    ['facets=country,prices', 'facets=country,prices', '/query/facets'],
    ['status=gone', 'status=gone', '/query/status'],
    ['status=active&status=gone', 'status=active&status=gone', '/query/status'],
    ['country=FRANCE', 'country=FRANCE', '/query/country'],
    ['country=XX (not assigned)', 'country=XX', '/query/country'],
    ['a parameter the search does not take', 'page=2', '/query/page'],
    ['label=L4', 'label=L4', '/query/label'],
    ['q of 513 characters', `q=${'a'.repeat(513)}`, '/query/q'],
    ['q of 10,000 characters', `q=${'x'.repeat(10_000)}`, '/query/q'],
    [
      '11 countries',
      `country=${Array.from({ length: 11 }, () => 'FR').join('&country=')}`,
      '/query/country',
    ],
    ['cursor=not-a-cursor', 'cursor=not-a-cursor', '/query/cursor'],
  ])('answers 400 naming the parameter for %s', async (_label, query, path) => {
    const res = await node.app.request(`/api/v1/offerings?${query}`)
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(problem.errors?.map((e) => e.path)).toContain(path)
  })

  it('refuses a cursor from another sort or another search', async () => {
    const { next } = await search('limit=2&sort=name')
    expect(next).toBeTruthy()
    expect(
      (await node.app.request(`/api/v1/offerings?limit=2&sort=name&cursor=${next}`)).status,
    ).toBe(200)
    for (const other of [
      'sort=-updated',
      'sort=relevance&q=bleu',
      'sort=name&q=bleu',
      'sort=name&country=FR',
    ]) {
      const res = await node.app.request(`/api/v1/offerings?limit=2&${other}&cursor=${next}`)
      const problem = await expectProblem(res, 400, 'bad-request')
      expect(problem.errors?.map((e) => e.path)).toEqual(['/query/cursor'])
    }
  })
})

describe('GET /api/v1/offerings: whatever a person types', () => {
  const hostile = [
    'AND',
    'OR',
    'NOT',
    'NEAR',
    'bleu OR sap',
    'bleu AND NOT sap',
    'NEAR(bleu backup, 2)',
    'bleu NEAR/2 backup',
    '"unbalanced',
    'un"balanced"quo"tes"',
    '""',
    '"',
    'name:foo',
    '{name}: bleu',
    'description:*',
    '*',
    '**',
    'b*',
    '*bleu',
    '^',
    '^bleu',
    '(',
    ')',
    '(bleu',
    'bleu)',
    '-bleu',
    '+bleu',
    "'; DROP TABLE offering; --",
    "bleu' OR '1'='1",
    '\u0007\u001b[31mbleu',
    '\u200b\u200e\ufeff',
    '🙂',
    '🇫🇷 cloud',
    'bleu 🙂 backup',
    'é'.repeat(300),
    'a '.repeat(256),
    '%',
    '\\',
    'NULL',
  ]

  const label = (q: string) => (q.length > 40 ? `${q.slice(0, 12)}… (${q.length} characters)` : q)
  it.each(hostile.map((q) => [label(q), q]))('answers 200 with a list for q=%j', async (_, q) => {
    const answer = await search(`q=${encodeURIComponent(q)}`)
    expect(Array.isArray(answer.items)).toBe(true)
    expect(typeof answer.total).toBe('number')
  })

  it('answers a 400 naming q for bytes that are not UTF-8 and for NUL, which no one types', async () => {
    for (const raw of [
      '%FF',
      '%ED%A0%80',
      '%C3',
      'bleu%00backup',
      `x${encodeURIComponent('\u0000')}y`,
    ]) {
      const res = await node.app.request(`/api/v1/offerings?q=${raw}`)
      expect(res.status, raw).toBe(400)
      expect((await res.json()).errors).toEqual([
        expect.objectContaining({ code: 'unicode-invalid', path: '/query/q' }),
      ])
    }
  })

  it('reads operators as words and ignores what has no letter or digit', async () => {
    // FTS5 would read OR as an operator and find more than "bleu" alone; here it is one more word
    const bleu = (await search('q=bleu')).total
    expect((await search('q=bleu+OR+sap')).total).toBeLessThan(bleu)
    expect((await search('q=bleu+NOT+sap')).total).toBeLessThan(bleu)
    const everything = await search('')
    const nothingToSearch = await search(`q=${encodeURIComponent('* ^ ( ) "" -- 🙂')}`)
    expect(nothingToSearch.total).toBe(everything.total)
    expect(names(nothingToSearch.items)).toEqual(names(everything.items))
  })
})
