// Searching as a French or English buyer types (issue 12, "Search in the buyer's words"), on the
// seeded catalogue: certifications and kinds of service under their usual names, filter values in
// any case and providers by name, a 400 naming what can never match, suggestions when nothing does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conceptToken } from '../../src/catalogue/search-terms.js'
import { generateKeyMaterial, type KeyMaterial } from '../../src/credentials/did/keys.js'
import { seedCatalogue } from '../../seed/seed.js'
import { expectProblem, type TestNode } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

type Item = {
  id: string
  name: string
  types: string[]
  provider: { id: string; name: string | null; did: string | null }
  locations: { countryCode: string }[]
  certifications: { scheme: string }[]
  labelLevel?: string
  eligibleLabelLevel?: string
}
type Suggestion = {
  kind: string
  params: Record<string, string[]>
  query: string
  total: number
  totalExact: boolean
  message: { en: string; fr: string }
}
type Answer = {
  items: Item[]
  total: number
  next: string | null
  facets: Record<string, { value: string; label: string; count: number }[]>
  suggestions?: Suggestion[]
}

let node: TestNode
const partnerKeys = new Map<string, KeyMaterial>()

beforeAll(async () => {
  node = await createTestNode({ env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr' } })
  await seedCatalogue(node.ctx, {
    partnerKeys: async (slug) => {
      if (!partnerKeys.has(slug)) partnerKeys.set(slug, await generateKeyMaterial())
      return partnerKeys.get(slug)!
    },
  })
}, 120_000)
afterAll(() => node.close())

async function search(query: string): Promise<Answer> {
  const res = await node.app.request(`/api/v1/offerings?${query}`)
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as Answer
}

/** Every item of a search (the seeded catalogue fits in one page of 100). */
async function all(query: string): Promise<Item[]> {
  const answer = await search(`${query}&limit=100&facets=`)
  expect(answer.next).toBeNull()
  return answer.items
}

const q = (text: string) => `q=${encodeURIComponent(text)}`
const ids = (items: Item[]) => items.map((i) => i.id).sort()
const names = (items: Item[]) => items.map((i) => i.name)

describe('GET /api/v1/offerings: certifications are text under their usual names', () => {
  it('finds every offering holding HDS by "HDS", in French and in English', async () => {
    const certified = ids(await all('certification=HDS'))
    expect(certified).toHaveLength(13)
    for (const text of [
      'HDS',
      'hds',
      'hébergement de données de santé',
      'hébergement des données de santé',
      'hebergement de donnees de sante',
      'hébergeur de données de santé',
      'health data hosting',
    ]) {
      expect(ids(await all(q(text))), text).toEqual(certified)
    }
  })

  it('finds ISO/IEC 27001 under each way of writing it', async () => {
    const certified = ids(await all('certification=ISO27001'))
    expect(certified.length).toBeGreaterThan(20)
    for (const text of ['ISO 27001', 'ISO/IEC 27001', 'iso27001', 'ISO-27001', '27001']) {
      expect(ids(await all(q(text))), text).toEqual(certified)
    }
  })

  it('finds a qualification stated in progress by the text, never by the certification filter', async () => {
    const bleu = ids(await all(`provider=${encodeURIComponent(node.ctx.identity.did)}`))
    // Bleu's SecNumCloud qualification is at milestone J0: every Bleu offering says so
    expect(ids(await all(q('SecNumCloud')))).toEqual(bleu)
    expect(ids(await all(q('SNC')))).toEqual(bleu)
    expect(ids(await all(q('qualification SecNumCloud')))).toEqual(bleu)
    const answer = await search('certification=SecNumCloud&facets=certification')
    expect(answer.total).toBe(0)
    expect(answer.facets.certification?.map((f) => f.value)).not.toContain('SecNumCloud')
  })

  it('indexes the names of a certification, not the words of its longer phrasings', async () => {
    // "santé" is a word of "hébergement de données de santé", not a name of HDS
    const health = names(await all(q('santé')))
    expect(health).not.toContain('Bleu Blob Storage')
    expect(health).toContain('Health Data Warehouse')
    // nor is "sécurité" a name of SecNumCloud: "sécurité des postes" is not every Bleu offering
    expect(names(await all(q('sécurité postes')))).toEqual([])
  })
})

describe('GET /api/v1/offerings: kinds of service in French, English and abbreviations', () => {
  it.each([
    ['VM', 'machine virtuelle', 'Bleu Virtual Machines'],
    ['virtual machine', 'machines virtuelles', 'Bleu Virtual Machines'],
    ['stockage objet', 'object storage', 'Bleu Blob Storage'],
    ['messagerie', 'email', 'Bleu Exchange Online'],
    ['sauvegarde', 'backup', 'Bleu Backup'],
    ['K8s', 'Kubernetes', 'Bleu Kubernetes Service'],
  ])('finds the same offerings for "%s" and "%s", %s first', async (a, b, first) => {
    const byA = await all(q(a))
    expect(ids(byA)).toEqual(ids(await all(q(b))))
    expect(names(byA)[0]).toBe(first)
  })

  it('finds an offering of a class by the names of its kind, though its text never says them', async () => {
    // Bleu Managed Disks says "disques managés", never "stockage bloc" nor "block storage"
    expect(names(await all(q('stockage bloc')))).toContain('Bleu Managed Disks')
    expect(names(await all(q('IaaS')))).toEqual(
      expect.arrayContaining(['Bleu Virtual Machines', 'Bleu Blob Storage', 'Bleu Files']),
    )
  })

  it('reads a usual name only when typed whole, not inside a longer phrase', async () => {
    // "VM linux" is a phrase no offering holds; VM and linux, each anywhere, are found
    expect((await search(q('"VM linux"'))).total).toBe(0)
    expect(names(await all(q('VM linux')))).toContain('Bleu Virtual Machines')
    expect(names(await all(q('"virtual machines linux"')))).toEqual([])
  })

  it('still requires every term, usual names included', async () => {
    expect(names(await all(q('VM Ubuntu')))).toEqual([])
    expect(names(await all(q('HDS patient')))).toEqual(['Hosted Patient Record Operations'])
  })
})

describe('GET /api/v1/offerings: filter values in any case, providers by name', () => {
  it('reads codes in any case and certifications under their usual names', async () => {
    const same = async (queries: string[]) => {
      const [first, ...rest] = await Promise.all(queries.map((query) => all(query)))
      expect(first!.length, queries[0]).toBeGreaterThan(0)
      for (const [i, items] of rest.entries())
        expect(ids(items), queries[i + 1]).toEqual(ids(first!))
    }
    await same([
      'certification=HDS',
      'certification=hds',
      `certification=${encodeURIComponent('hébergeur de données de santé')}`,
    ])
    await same([
      'certification=ISO27001',
      `certification=${encodeURIComponent('ISO/IEC 27001')}`,
      'certification=iso27001',
    ])
    await same(['country=FR', 'country=fr', 'country=FRA', 'country=fra'])
    await same([
      'type=gx:VirtualMachineServiceOffering',
      'type=gx:virtualmachineserviceoffering',
      'type=VirtualMachineServiceOffering',
      `type=${encodeURIComponent('https://w3id.org/gaia-x/2511#virtualMachineServiceOffering')}`,
      `type=${encodeURIComponent('machine virtuelle')}`,
    ])
    await same(['regime=GDPR2016', 'regime=gdpr2016', 'regime=RGPD', 'regime=gdpr'])
    await same(['label=eligible:L2', 'label=eligible:l2', 'label=Eligible:L2'])
  })

  it('takes a provider by name as typed, case and accents ignored, by DID or by id', async () => {
    const bleu = ids(await all(`provider=${encodeURIComponent(node.ctx.identity.did)}`))
    expect(bleu.length).toBeGreaterThanOrEqual(15)
    for (const name of ['Bleu', 'bleu', 'BLEU', ' Bleu ']) {
      expect(ids(await all(`provider=${encodeURIComponent(name)}`)), name).toEqual(bleu)
    }
    const sna = await all(`provider=${encodeURIComponent('sante numerique atlantique')}`)
    expect(new Set(sna.map((i) => i.provider.name))).toEqual(
      new Set(['Santé Numérique Atlantique']),
    )
    // the first words of a name, whole: Rheinwerk Sovereign Consulting GmbH
    const rheinwerk = await all('provider=Rheinwerk')
    expect(rheinwerk.length).toBe(2)
    expect(ids(await all(`provider=${encodeURIComponent(rheinwerk[0]!.provider.id)}`))).toEqual(
      ids(rheinwerk),
    )
    // OR within the filter, names and DIDs mixed
    expect(
      ids(await all(`provider=Rheinwerk&provider=${encodeURIComponent(node.ctx.identity.did)}`)),
    ).toEqual([...bleu, ...ids(rheinwerk)].sort())
  })

  it('matches no provider by part of a word, and answers an unknown provider with nothing', async () => {
    expect((await search('provider=Ble')).total).toBe(0)
    expect((await search('provider=Rhein')).total).toBe(0)
    // a provider may join later or be held by a peer: not a 400
    expect((await search('provider=Nobody')).total).toBe(0)
    expect((await search(`provider=${encodeURIComponent('did:web:nobody.example')}`)).total).toBe(0)
  })
})

describe('GET /api/v1/offerings: label levels attested and eligible', () => {
  it('filters on the level the offerings’ own credentials meet with eligible:, on the attested one without', async () => {
    const eligible = await all('label=eligible:L2')
    expect(eligible.length).toBe(18)
    expect(new Set(eligible.map((i) => i.eligibleLabelLevel))).toEqual(new Set(['L2']))
    // nothing in the seed holds a label credential
    expect((await search('label=L2')).total).toBe(0)
    expect(ids(await all('label=any:L2'))).toEqual(ids(eligible))
    expect(ids(await all('label=L2&label=eligible:L2'))).toEqual(ids(eligible))
    const facet = (await search('facets=label')).facets.label
    expect(facet).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 'eligible:L2', count: 18 }),
        expect.objectContaining({ value: 'eligible:L1', count: 10 }),
      ]),
    )
  })

  it('gives each result the eligible level its sovereignty profile shows', async () => {
    for (const item of await all('')) {
      const res = await node.app.request(`/api/v1/offerings/${encodeURIComponent(item.id)}`)
      const { sovereignty } = await res.json()
      expect(item.eligibleLabelLevel ?? null, item.name).toBe(sovereignty.label.eligibleLevel)
    }
  })
})

describe('GET /api/v1/offerings: what can never match is a 400 naming it', () => {
  it.each([
    ['certification=NotAScheme', '/query/certification'],
    ['certification=VM', '/query/certification'],
    ['label=L4', '/query/label'],
    ['label=eligible:L5', '/query/label'],
    ['label=eligible', '/query/label'],
    ['country=XX', '/query/country'],
    ['country=FRANCE', '/query/country'],
    ['type=gx:NoSuchServiceOffering', '/query/type'],
    ['type=cloud', '/query/type'],
    ['type=messagerie', '/query/type'],
    ['regime=HIPAA', '/query/regime'],
    ['page=2', '/query/page'],
    ['Q=hds', '/query/Q'],
    ['certifications=HDS', '/query/certifications'],
  ])('answers 400 for %s, naming %s', async (query, path) => {
    const problem = await expectProblem(
      await node.app.request(`/api/v1/offerings?${query}`),
      400,
      'bad-request',
    )
    expect(problem.errors?.map((e) => e.path)).toEqual([path])
  })

  it('names every value that can never match, and every parameter it does not take', async () => {
    const res = await node.app.request(
      '/api/v1/offerings?certification=HDS&certification=Nope&certification=Nada&label=L9',
    )
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(problem.errors?.map((e) => e.path)).toEqual([
      '/query/certification',
      '/query/certification',
      '/query/label',
    ])
    const unknown = await expectProblem(
      await node.app.request('/api/v1/offerings?page=2&size=10'),
      400,
      'bad-request',
    )
    expect(unknown.errors?.map((e) => e.path).sort()).toEqual(['/query/page', '/query/size'])
  })

  it('says a kind of service no class stands for is searched as text', async () => {
    const problem = await expectProblem(
      await node.app.request(`/api/v1/offerings?type=${encodeURIComponent('sauvegarde')}`),
      400,
      'bad-request',
    )
    const [finding] = problem.errors as unknown as { message: { en: string; fr: string } }[]
    expect(finding?.message).toMatchObject({
      en: expect.stringContaining('(q=sauvegarde)'),
      fr: expect.stringContaining('(q=sauvegarde)'),
    })
  })

  it('says it in whole sentences in both languages, the French without English in it', async () => {
    for (const query of [
      'limit=0',
      'limit=ten',
      'limit=101',
      'sort=price',
      `q=${'a'.repeat(513)}`,
      `country=${Array.from({ length: 11 }, () => 'FR').join('&country=')}`,
      'certification=Nope',
      'label=L4',
      'type=messagerie',
      'regime=HIPAA',
      'country=XX',
      'page=2',
      'status=gone',
      'cursor=not-a-cursor',
    ]) {
      const res = await node.app.request(`/api/v1/offerings?${query}`)
      const problem = (await res.json()) as { errors: { message: { en: string; fr: string } }[] }
      expect(res.status, query).toBe(400)
      for (const { message } of problem.errors) {
        expect(message.en, query).toMatch(/\.$/)
        expect(message.fr, query).toMatch(/\.$/)
        expect(message.fr, query).not.toMatch(
          /\b(Invalid|expected|received|Too (big|small)|must|option|characters?)\b/,
        )
        expect(message.fr).not.toBe(message.en)
      }
    }
  })
})

describe('GET /api/v1/offerings: suggestions when nothing is found', () => {
  it('suggests the closest indexed word for a word that finds nothing', async () => {
    const answer = await search(q('secnumclod'))
    expect(answer.total).toBe(0)
    expect(answer.suggestions?.[0]).toMatchObject({
      kind: 'spelling',
      params: { q: ['secnumcloud'] },
      total: 18,
    })
    const vm = await search(q('machine virtuele'))
    expect(vm.suggestions?.[0]).toMatchObject({
      kind: 'spelling',
      params: { q: ['machine virtuelle'] },
    })
  })

  it('never suggests the token the index holds for a usual name', async () => {
    // the token itself finds what the names find; one letter off, the closest indexed word
    // would be the token, but nobody wrote it
    const token = conceptToken('virtual-machine')
    expect(ids(await all(q(token)))).toEqual(ids(await all(q('machine virtuelle'))))
    const answer = await search(q(token.slice(0, -1)))
    expect(answer.total).toBe(0)
    expect(JSON.stringify(answer.suggestions ?? [])).not.toContain('0vocab')
  })

  it('suggests the query with a word fewer, and another value of a filter from its facet', async () => {
    const fewer = await search(q('kubernetes zzzz'))
    expect(fewer.suggestions).toContainEqual(
      expect.objectContaining({ kind: 'fewer-words', params: { q: ['kubernetes'] }, total: 1 }),
    )
    const filtered = await search(`${q('HDS')}&country=DE`)
    expect(filtered.total).toBe(0)
    expect(filtered.suggestions).toEqual([
      expect.objectContaining({ kind: 'facet', params: { q: ['HDS'], country: ['FR'] } }),
      expect.objectContaining({ kind: 'no-filters', params: { q: ['HDS'] }, total: 13 }),
    ])
    const level = await search('label=eligible:L3')
    expect(level.suggestions?.[0]).toMatchObject({
      kind: 'facet',
      params: { label: ['eligible:L2'] },
      total: 18,
    })
  })

  it('suggests the eligible level for an attested level nobody holds, in words of each language', async () => {
    // the issue: label=L2 found nothing while every profile said "eligible L2"
    const answer = await search('label=L2')
    expect(answer.total).toBe(0)
    const [first] = answer.suggestions!
    expect(first).toMatchObject({ kind: 'facet', params: { label: ['eligible:L2'] }, total: 18 })
    expect(first!.message.en).toContain('L2, eligible (not attested)')
    expect(first!.message.fr).toContain('L2, éligible (non attesté)')
    const country = await search(`${q('HDS')}&country=DE`)
    expect(country.suggestions![0]!.message.en).toContain('country France')
    expect(country.suggestions![0]!.message.fr).toContain('le pays France')
  })

  it('tries the filters with the corrected text when the misspelt one finds nothing with them', async () => {
    const answer = await search(`${q('secnumclod')}&country=DE`)
    expect(answer.total).toBe(0)
    expect(answer.suggestions).toEqual([
      expect.objectContaining({
        kind: 'facet',
        params: { q: ['secnumcloud'], country: ['FR'] },
        total: 18,
      }),
      expect.objectContaining({ kind: 'no-filters', params: { q: ['secnumcloud'] }, total: 18 }),
    ])
    expect(answer.suggestions![0]!.message.fr).toMatch(/^Vouliez-vous dire « secnumcloud » \? /)
    // a word nothing near: the filters are tried with the text as typed, and find nothing either
    expect((await search(`${q('zzzzqqqq')}&country=DE`)).suggestions).toBeUndefined()
  })

  it('suggests a certification held here for one the text names that nothing holds', async () => {
    // nothing in the seed is C5 or EUCS; ISO/IEC 27001 is the certification held the most
    for (const text of ['C5', 'BSI C5', 'EUCS']) {
      const answer = await search(q(text))
      expect(answer.total, text).toBe(0)
      expect(answer.suggestions, text).toEqual([
        expect.objectContaining({ kind: 'facet', params: { certification: ['ISO27001'] } }),
      ])
      expect(answer.suggestions![0]!.message.fr).toContain(`au lieu de « ${text} »`)
    }
    // the rest of the text stays: certified ISO/IEC 27001 and about backups
    const backup = await search(q('sauvegarde C5'))
    expect(backup.suggestions).toContainEqual(
      expect.objectContaining({
        kind: 'facet',
        params: { q: ['sauvegarde'], certification: ['ISO27001'] },
        total: 4,
      }),
    )
    // never the certification the text named, nor for a word that is not a certification
    expect((await search(q('HDS zzzz'))).suggestions).not.toContainEqual(
      expect.objectContaining({ params: expect.objectContaining({ certification: ['HDS'] }) }),
    )
    expect((await search(q('serverless'))).suggestions).toBeUndefined()
  })

  it('offers only searches that find what it says, with their message in both languages', async () => {
    for (const query of [
      q('secnumclod'),
      `${q('secnumclod')}&country=DE`,
      `${q('HDS')}&country=DE`,
      q('kubernetes zzzz'),
      q('C5'),
      'label=L2',
      'label=eligible:L2&regime=LGPD',
      'provider=Nobody',
      `${q('backup')}&certification=C5&country=DE`,
    ]) {
      const answer = await search(query)
      expect(answer.suggestions?.length, query).toBeGreaterThan(0)
      for (const suggestion of answer.suggestions!) {
        const again = await search(`${suggestion.query}&limit=1`)
        expect(again.total, suggestion.query).toBe(suggestion.total)
        expect(again.total).toBeGreaterThan(0)
        expect(suggestion.message.en).toMatch(/\.$/)
        expect(suggestion.message.fr).toMatch(/\.$/)
        // the French says each value in French (a country, a level, a regime)
        expect(suggestion.message.fr, suggestion.query).not.toMatch(
          /\b(eligible|attested|Level|Germany|EU\)|With|Without|instead)\b/,
        )
      }
    }
  })

  it('suggests nothing when something is found, nor for an empty query of an empty filter set', async () => {
    expect((await search(q('HDS'))).suggestions).toBeUndefined()
    expect((await search('certification=HDS')).suggestions).toBeUndefined()
    expect((await search(q('zzzzqqqq'))).suggestions).toEqual(undefined)
  })
})
