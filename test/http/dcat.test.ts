/**
 * The DCAT-AP 3 export as harvesters read it: the catalogue document (dcatCatalogue), then the
 * route's formats, pages and errors, then the official DCAT-AP 3.0.1 SHACL shapes
 * (schemas/reference/dcat-ap-3/, see its README) run over what a harvester receives.
 */
import type { Quad } from '@rdfjs/types'
import jsonld from 'jsonld'
import { DataFactory, Parser, Store, Writer } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'
import { Validator } from 'shacl-engine'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import deprecatedShapes from '../../schemas/reference/dcat-ap-3/deprecateduris.ttl?raw'
import vocabularyShapes from '../../schemas/reference/dcat-ap-3/mdr-vocabularies.shape.ttl?raw'
import rangeShapes from '../../schemas/reference/dcat-ap-3/range.ttl?raw'
import constraintShapes from '../../schemas/reference/dcat-ap-3/shacl/dcat-ap-SHACL.ttl?raw'
import constraintRangeShapes from '../../schemas/reference/dcat-ap-3/shacl/ranges.ttl?raw'
import baseShapes from '../../schemas/reference/dcat-ap-3/shapes.ttl?raw'
import recommendedShapes from '../../schemas/reference/dcat-ap-3/shapes_recommended.ttl?raw'
import { seedCatalogue } from '../../seed/seed.js'
import {
  countryAuthority,
  dcatCatalogue,
  GAIA_X_TRUST_FRAMEWORK,
  type DcatCatalogue,
  type JsonLdNode,
} from '../../src/catalogue/dcat.js'
import { generateKeyMaterial, type KeyMaterial } from '../../src/credentials/did/keys.js'
import type { OfferingRow } from '../../src/store/store.js'
import { expectProblem } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const FOAF = 'http://xmlns.com/foaf/0.1/'
const HYDRA = 'http://www.w3.org/ns/hydra/core#'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const SH = 'http://www.w3.org/ns/shacl#'
const AUTHORITY = 'http://publications.europa.eu/resource/authority/'
const BASE = 'https://catalogue.bleu.fr'
const DCAT_URL = `${BASE}/api/v1/catalogue/dcat`

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

const asArray = (value: unknown) => (Array.isArray(value) ? value : [value]) as JsonLdNode[]

type TestNode = Awaited<ReturnType<typeof createTestNode>>
let node: TestNode
let empty: TestNode
let bulk: TestNode
const partnerKeys = new Map<string, KeyMaterial>()
const keyFor = async (slug: string) => {
  if (!partnerKeys.has(slug)) partnerKeys.set(slug, await generateKeyMaterial())
  return partnerKeys.get(slug)!
}

// 230 index rows with no stored credential (the fallbacks), 5 of them revoked: three pages of 100.
const bulkOfferings = Array.from({ length: 230 }, (_, i) => ({
  id: `https://provider.example.eu/offerings/${String(i).padStart(3, '0')}`,
  credentialHash: String(i).padStart(64, '0'),
  credentialId: null,
  providerId: 'did:web:provider.example.eu',
  // Equal names for a run of rows: the store's cursor must page on (name, id), not name.
  name: `Service ${Math.floor(i / 7)}`,
  description:
    i % 2 === 0
      ? 'Stockage objet pour les archives de la collectivité, hébergé en France. — Object storage for the archives of the local authority, hosted in France.'
      : '',
  types: ['gx:ServiceOffering'],
  keywords: [],
  locations: [{ countryCode: i % 3 === 0 ? 'DE' : 'FR' }],
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
const bulkActive = bulkOfferings.filter((o) => o.status === 'active').map((o) => o.id)

beforeAll(async () => {
  node = await createTestNode({ env: { GXC_PUBLIC_URL: BASE } })
  await seedCatalogue(node.ctx, { partnerKeys: keyFor })
  empty = await createTestNode({ env: { GXC_PUBLIC_URL: BASE } })
  bulk = await createTestNode({ env: { GXC_PUBLIC_URL: BASE } })
  await bulk.ctx.store.writeIndex(bulkOfferings.map((offering) => ({ offering })))
}, 120_000)
afterAll(() => {
  node.close()
  empty.close()
  bulk.close()
})

describe('dcatCatalogue', () => {
  it('describes a dcat:Catalog at its own URL, titled and described in French and English', async () => {
    const doc = await dcatCatalogue(node.ctx)
    expect(doc['@id']).toBe(DCAT_URL)
    expect(doc['@type']).toBe('dcat:Catalog')
    for (const key of ['dct:title', 'dct:description']) {
      const languages = (doc[key] as { '@language': string }[]).map((v) => v['@language'])
      expect(languages.sort(), key).toEqual(['en', 'fr'])
    }
    expect(doc['dct:language']).toEqual([
      { '@id': `${AUTHORITY}language/FRA`, '@type': 'dct:LinguisticSystem' },
      { '@id': `${AUTHORITY}language/ENG`, '@type': 'dct:LinguisticSystem' },
    ])
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
      expect(service['dct:conformsTo']).toContainEqual({
        '@id': GAIA_X_TRUST_FRAMEWORK,
        '@type': 'dct:Standard',
        'dct:title': 'Gaia-X Trust Framework 25.11 (Loire)',
      })
    }
  })

  it('carries each offering’s title, own endpoint, keywords, countries and provider', async () => {
    const doc = await dcatCatalogue(node.ctx)
    const services = new Map(doc['dcat:service'].map((s) => [s['dct:identifier'], s]))
    const rows = await activeOfferings(node)
    const providers = await node.ctx.store.participantsByIds(rows.map((r) => r.providerId))
    expect(rows.some((r) => r.keywords.length > 0)).toBe(true)
    expect(rows.some((r) => r.locations.length > 0)).toBe(true)
    for (const row of rows) {
      const service = services.get(row.id) as JsonLdNode
      // product names are in no language: they stay as the credential writes them
      expect(service['dct:title']).toBe(row.name)
      // every seeded offering states its gx:endpoint, and it is not the node
      const endpoint = (service['dcat:endpointURL'] as { '@id': string })['@id']
      expect(endpoint).toMatch(/^https:\/\//)
      expect(endpoint.startsWith(BASE)).toBe(false)
      if (row.keywords.length > 0) expect(service['dcat:keyword']).toEqual(row.keywords)
      const countries = [...new Set(row.locations.map((l) => countryAuthority(l.countryCode)))]
      if (countries.length > 0) {
        expect(service['dct:spatial']).toEqual(
          countries.map((iri) => ({ '@id': iri, '@type': 'dct:Location' })),
        )
      }
      const provider = providers.get(row.providerId)!
      expect(service['dct:publisher']).toMatchObject({
        '@id': provider.did,
        '@type': 'foaf:Agent',
        'foaf:name': provider.name,
      })
    }
  })

  it('tags each half of a "French — English" description with its language', async () => {
    const doc = await dcatCatalogue(node.ctx)
    for (const service of doc['dcat:service']) {
      const descriptions = asArray(service['dct:description'])
      expect(descriptions.map((d) => d['@language']).sort(), String(service['@id'])).toEqual([
        'en',
        'fr',
      ])
      for (const d of descriptions) expect(d['@value']).not.toContain(' — ')
    }
  })

  it('gives the standards the endpoint conforms to and the provider’s contact point', async () => {
    const doc = await dcatCatalogue(node.ctx)
    const exchange = doc['dcat:service'].find(
      (s) => s['@id'] === `${BASE}/offerings/bleu-exchange-online`,
    )!
    expect(exchange['dct:conformsTo']).toContainEqual({
      '@id': 'https://www.rfc-editor.org/rfc/rfc5321',
      '@type': 'dct:Standard',
      'dct:title': 'SMTP (RFC 5321)',
    })
    for (const service of doc['dcat:service']) {
      for (const standard of asArray(service['dct:conformsTo'])) {
        expect(standard).toMatchObject({
          '@id': expect.stringMatching(/^https?:\/\//),
          '@type': 'dct:Standard',
        })
      }
      expect(service['dcat:contactPoint'], String(service['@id'])).toMatchObject({
        '@type': 'vcard:Kind',
        'vcard:fn': expect.stringMatching(/\S/),
        'vcard:hasURL': { '@id': expect.stringMatching(/^https:\/\//) },
      })
    }
  })

  it('maps alpha-2 country codes to the EU country authority', () => {
    expect(countryAuthority('FR')).toBe(`${AUTHORITY}country/FRA`)
    expect(countryAuthority('de')).toBe(`${AUTHORITY}country/DEU`)
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

  it('pages through the whole index in order and leaves out offerings that are not active', async () => {
    const ids: unknown[] = []
    for (const page of [1, 2, 3]) {
      const doc = await dcatCatalogue(bulk.ctx, { page, limit: 100 })
      expect(doc['hydra:view']['hydra:totalItems']).toBe(225)
      expect(doc['dct:modified']).toEqual({
        '@value': new Date(1_780_000_000_000 + 229).toISOString(),
        '@type': 'xsd:dateTime',
      })
      ids.push(...doc['dcat:service'].map((s) => s['dct:identifier']))
    }
    expect(ids).toHaveLength(225)
    expect([...ids].sort()).toEqual([...bulkActive].sort())
  })

  it('links each page to the first, previous, next and last in both Hydra designs', async () => {
    const at = (page: number) => `${DCAT_URL}?page=${page}&limit=100`
    const [first, middle, last] = await Promise.all(
      [1, 2, 3].map((page) => dcatCatalogue(bulk.ctx, { page, limit: 100 })),
    )
    expect(first!['hydra:view']).toEqual({
      '@id': at(1),
      '@type': ['hydra:PartialCollectionView', 'hydra:PagedCollection'],
      'hydra:totalItems': 225,
      'hydra:itemsPerPage': 100,
      'hydra:first': { '@id': at(1) },
      'hydra:next': { '@id': at(2) },
      'hydra:last': { '@id': at(3) },
      'hydra:firstPage': at(1),
      'hydra:nextPage': at(2),
      'hydra:lastPage': at(3),
    })
    expect(middle!['hydra:view']).toMatchObject({
      'hydra:previous': { '@id': at(1) },
      'hydra:next': { '@id': at(3) },
      'hydra:previousPage': at(1),
      'hydra:nextPage': at(3),
    })
    expect(last!['dcat:service']).toHaveLength(25)
    expect(last!['hydra:view']).not.toHaveProperty('hydra:next')
    expect(last!['hydra:view']).not.toHaveProperty('hydra:nextPage')
    // the catalogue is one resource, whatever the page
    expect(new Set([first, middle, last].map((doc) => doc!['@id']))).toEqual(new Set([DCAT_URL]))
  })

  it('covers every country its services are offered in, on every page', async () => {
    for (const page of [1, 3]) {
      const doc = await dcatCatalogue(bulk.ctx, { page, limit: 100 })
      expect(doc['dct:spatial']).toEqual([
        { '@id': `${AUTHORITY}country/DEU`, '@type': 'dct:Location' },
        { '@id': `${AUTHORITY}country/FRA`, '@type': 'dct:Location' },
      ])
    }
  })

  it('falls back on the index for an offering whose credential it cannot read back', async () => {
    const doc = await dcatCatalogue(bulk.ctx, { page: 1, limit: 100 })
    const service = doc['dcat:service'].find(
      (s) => s['dct:identifier'] === 'https://provider.example.eu/offerings/002',
    )!
    expect(service['dcat:endpointURL']).toEqual({
      '@id': `${BASE}/api/v1/offerings/${encodeURIComponent('https://provider.example.eu/offerings/002')}`,
      '@type': 'rdfs:Resource',
    })
    expect(asArray(service['dct:description'])).toEqual([
      expect.objectContaining({ '@language': 'fr' }),
      expect.objectContaining({ '@language': 'en' }),
    ])
    expect(service).not.toHaveProperty('dcat:contactPoint')
    // A provider the node does not know is still an agent, named by its identifier.
    expect(service['dct:publisher']).toEqual({
      '@id': 'did:web:provider.example.eu',
      '@type': 'foaf:Agent',
      'foaf:name': 'did:web:provider.example.eu',
      'dct:identifier': 'did:web:provider.example.eu',
    })
  })

  it('describes an empty node as one valid, empty page', async () => {
    const doc = await dcatCatalogue(empty.ctx)
    expect(doc['dcat:service']).toEqual([])
    expect(doc['dct:publisher']).toMatchObject({ 'foaf:name': 'Bleu catalogue' })
    expect(doc).not.toHaveProperty('dct:modified')
    expect(doc).not.toHaveProperty('dct:spatial')
    expect(doc['hydra:view']).toMatchObject({
      'hydra:totalItems': 0,
      'hydra:first': { '@id': `${DCAT_URL}?page=1&limit=100` },
      'hydra:last': { '@id': `${DCAT_URL}?page=1&limit=100` },
    })
    await expect(jsonld.expand(doc, { documentLoader: refuseEveryUrl })).resolves.toHaveLength(1)
  })
})

describe('GET /api/v1/catalogue/dcat', () => {
  const get = (query = '', accept?: string) =>
    node.app.request(`/api/v1/catalogue/dcat${query}`, accept ? { headers: { accept } } : {})

  it('answers JSON-LD by default, varying on Accept, with Link headers to the pages', async () => {
    const res = await get()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    expect(res.headers.get('vary')).toMatch(/Accept/i)
    expect(res.headers.get('link')).toBe(
      `<${DCAT_URL}?page=1&limit=100>; rel="first", <${DCAT_URL}?page=1&limit=100>; rel="last"`,
    )
    expect(await res.json()).toEqual(await dcatCatalogue(node.ctx))
  })

  it('serves the same graph as JSON-LD, Turtle and N-Triples', async () => {
    const ld = await get('', 'application/ld+json')
    const turtle = await get('', 'text/turtle')
    const triples = await get('', 'application/n-triples')
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8')
    expect(triples.headers.get('content-type')).toBe('application/n-triples; charset=utf-8')
    const fromLd = await canonical(
      (await jsonld.toRDF(await ld.json(), {
        documentLoader: refuseEveryUrl,
        format: 'application/n-quads',
      })) as unknown as string,
    )
    const turtleText = await turtle.text()
    expect(turtleText).toMatch(/^@prefix dcat: <http:\/\/www\.w3\.org\/ns\/dcat#>/m)
    expect(await canonical(turtleText)).toBe(fromLd)
    expect(await canonical(await triples.text())).toBe(fromLd)
    expect(fromLd).toContain('"Bleu catalogue: Gaia-X service catalogue"@en')
  })

  it.each([
    ['application/json', 'application/ld+json'],
    ['*/*', 'application/ld+json'],
    ['text/*', 'text/turtle'],
    ['text/turtle;q=0.5, application/ld+json;q=0.9', 'application/ld+json'],
    ['application/rdf+xml, text/turtle;q=0.8', 'text/turtle'],
    ['text/html, application/n-triples;q=0.1', 'application/n-triples'],
  ])('answers Accept: %s with %s', async (accept, type) => {
    const res = await get('', accept)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${type.replace('+', '\\+')}`))
  })

  it('pages with page and limit, and serves an empty page past the last', async () => {
    const res = await get('?page=2&limit=20', 'text/turtle')
    expect(res.status).toBe(200)
    expect(res.headers.get('link')).toContain(`<${DCAT_URL}?page=1&limit=20>; rel="prev"`)
    const graph = new Store(new Parser().parse(await res.text()))
    const view = DataFactory.namedNode(`${DCAT_URL}?page=2&limit=20`)
    expect(graph.getObjects(view, `${HYDRA}totalItems`, null)[0]?.value).toBe('28')
    expect(graph.getObjects(view, `${HYDRA}previous`, null)[0]?.value).toBe(
      `${DCAT_URL}?page=1&limit=20`,
    )
    expect(graph.getObjects(view, `${HYDRA}next`, null)).toEqual([])
    expect(graph.getSubjects(RDF_TYPE, `${DCAT}DataService`, null)).toHaveLength(8)

    const past = await get('?page=9&limit=20')
    expect(past.status).toBe(200)
    const doc = (await past.json()) as DcatCatalogue
    expect(doc['dcat:service']).toEqual([])
    expect(doc['hydra:view']['hydra:previous']).toEqual({ '@id': `${DCAT_URL}?page=2&limit=20` })
  })

  it('is valid against the official DCAT-AP 3.0.1 SHACL shapes, as harvested in Turtle', async () => {
    const res = await get('', 'text/turtle')
    const data = new Parser().parse(await res.text())
    expect(data.length).toBeGreaterThan(300)
    await expectValid(data)
  })

  it('is valid against the shapes for offerings read from the index alone', async () => {
    const res = await bulk.app.request('/api/v1/catalogue/dcat?page=3', {
      headers: { accept: 'application/n-triples' },
    })
    // with no credential to read, these offerings have no keywords and no contact point
    await expectValid(new Parser({ format: 'N-Triples' }).parse(await res.text()), [
      `${DCAT}keyword`,
      `${DCAT}contactPoint`,
    ])
  })

  it('would fail the shapes without a mandatory property (the check is not vacuous)', async () => {
    const res = await get('', 'text/turtle')
    const data = new Parser()
      .parse(await res.text())
      .filter(
        (q) =>
          !(q.predicate.value === `${DCAT}endpointURL` && q.subject.value.endsWith('/bleu-teams')),
      )
    const found = await findings(SHAPE_SETS.base, data)
    expect(found).toEqual([
      {
        severity: 'Violation',
        path: `${DCAT}endpointURL`,
        focus: `${BASE}/offerings/bleu-teams`,
        component: 'MinCountConstraintComponent',
      },
    ])
  })

  it('refuses a syntax it does not serve with a 406 problem', async () => {
    for (const accept of ['application/rdf+xml', 'text/html', 'application/ld+json;q=0']) {
      const res = await get('', accept)
      const problem = await expectProblem(res, 406, 'not-acceptable')
      expect(problem.errors?.map((e) => e.path)).toEqual(['/header/Accept'])
    }
  })

  it.each(['page=0', 'page=-1', 'page=two', 'page=1.5', 'page=1000001'])(
    'rejects %s with a 400 problem naming the parameter',
    async (query) => {
      const problem = await expectProblem(await get(`?${query}`), 400, 'bad-request')
      expect(problem.errors?.map((e) => e.path)).toEqual(['/query/page'])
    },
  )

  it.each(['limit=0', 'limit=101', 'limit=ten'])(
    'rejects %s with a 400 problem naming the parameter',
    async (query) => {
      const problem = await expectProblem(await get(`?${query}`), 400, 'bad-request')
      expect(problem.errors?.map((e) => e.path)).toEqual(['/query/limit'])
    },
  )
})

// RDF dataset canonicalisation, so that blank node labels and order do not count. n3's default
// parser reads Turtle and N-Triples alike.
async function canonical(text: string): Promise<string> {
  const quads = new Writer({ format: 'N-Quads' }).quadsToString(new Parser().parse(text))
  // jsonld reads N-Quads as input too (inputFormat), which types/vendor.d.ts does not declare
  const options = {
    algorithm: 'RDFC-1.0',
    inputFormat: 'application/n-quads',
    format: 'application/n-quads',
  }
  return jsonld.canonize(quads, options)
}

// ---- the official shapes ----

// imported as text (not read from disk) so that the workers project runs this file too;
// owl:imports name vocabularies the validator would fetch: the node is tested offline
const shapesOf = (...texts: string[]) =>
  texts.flatMap((text) =>
    new Parser()
      .parse(text)
      .filter((q) => q.predicate.value !== 'http://www.w3.org/2002/07/owl#imports'),
  )

/** The validation sets the DCAT-AP 3.0.1 release publishes (its "Validation" section). */
const SHAPE_SETS = {
  // existence, cardinality, literal ranges; then class ranges (the 2.x design)
  base: shapesOf(baseShapes, rangeShapes),
  // the same constraints in the 3.x design, one identifier per constraint
  constraints: shapesOf(constraintShapes, constraintRangeShapes),
  recommended: shapesOf(recommendedShapes),
  vocabularies: shapesOf(vocabularyShapes),
  deprecated: shapesOf(deprecatedShapes),
}

// Recommended properties the node has nothing to fill with, each a warning only:
// a Gaia-X offering is a service that serves no dcat:Dataset; the node has no EU data theme, no
// licence for the catalogue's metadata, no publisher type (ADMS) for Gaia-X participants, no
// date the catalogue was first issued; providers are named by DID, not by the EU corporate
// bodies table; an offering rarely states a machine-readable endpoint description; a country is
// the EU country table's concept, whose geometry (bbox, centroid) the table gives.
const ACCEPTED_WARNINGS = new Set([
  `${DCAT}servesDataset`,
  `${DCAT}theme`,
  `${DCAT}themeTaxonomy`,
  `${DCT}license`,
  `${DCT}type`,
  `${DCT}issued`,
  `${DCT}publisher`,
  `${DCAT}endpointDescription`,
  `${DCAT}bbox`,
  `${DCAT}centroid`,
])

/**
 * The codelist statements mdr_imports.ttl would load (the EU authority tables): each authority
 * IRI the export uses is a concept of its table. The export only makes these IRIs from fixed
 * codes (languages FRA, ENG) and from ISO 3166 alpha-3 codes, which the country table uses.
 */
function codelistsFor(data: Quad[]): Quad[] {
  const { namedNode, quad } = DataFactory
  const used = new Set(
    data.flatMap((q) => (q.object.termType === 'NamedNode' ? [q.object.value] : [])),
  )
  return [...used].flatMap((iri) => {
    const table = /^(http:\/\/publications\.europa\.eu\/resource\/authority\/[a-z-]+)\/[A-Z]+$/
      .exec(iri)
      ?.at(1)
    if (!table) return []
    return [
      quad(
        namedNode(iri),
        namedNode('http://www.w3.org/2004/02/skos/core#inScheme'),
        namedNode(table),
      ),
    ]
  })
}

type Finding = { severity: string; path: string; focus: string; component: string }

async function findings(shapes: Quad[], data: Quad[]): Promise<Finding[]> {
  const report = await new SHACLValidator(new Store(shapes)).validate(new Store(data))
  const found = report.results.map((r) => ({
    severity: r.severity?.value.replace(SH, '') ?? '',
    path: r.path?.value ?? '',
    focus: r.focusNode?.value ?? '',
    component: r.sourceConstraintComponent?.value.replace(SH, '') ?? '',
  }))
  // a second engine, so that a verdict is not one validator's reading of the shapes
  const second = await new Validator(new Store(shapes), {
    factory: { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) },
  }).validate({ dataset: new Store(data) })
  expect(second.results.length).toBe(found.length)
  return found
}

/** No violation in any set, and no warning but the accepted ones (and `alsoAccepted`). */
async function expectValid(data: Quad[], alsoAccepted: string[] = []) {
  const withCodelists = [...data, ...codelistsFor(data)]
  const accepted = new Set([...ACCEPTED_WARNINGS, ...alsoAccepted])
  for (const [name, shapes] of Object.entries(SHAPE_SETS)) {
    const found = await findings(shapes, withCodelists)
    const violations = found.filter((f) => f.severity !== 'Warning')
    expect(violations, name).toEqual([])
    const unexpected = found.filter((f) => !accepted.has(f.path))
    expect(unexpected, name).toEqual([])
  }
}
