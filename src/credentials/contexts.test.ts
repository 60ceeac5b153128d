import { createHash } from 'node:crypto'
import { contexts as upstreamCredentialsContexts } from '@digitalbazaar/credentials-context'
import canonicalize from 'canonicalize'
import jsonld from 'jsonld'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  contextDigests,
  DATA_INTEGRITY_V1_CONTEXT,
  DATA_INTEGRITY_V2_CONTEXT,
  DID_V1_CONTEXT,
  ED25519_2020_CONTEXT,
  GAIA_X_DEVELOPMENT_CONTEXT,
  GAIA_X_LOIRE_CONTEXT,
  GAIA_X_TAGUS_CONTEXT,
  JWS_2020_CONTEXT,
  MULTIKEY_V1_CONTEXT,
  pinnedContexts,
  VC_EXAMPLES_V2_CONTEXT,
  VC_UNDEFINED_TERMS_V2_CONTEXT,
  VC_V1_CONTEXT,
  VC_V2_CONTEXT,
} from './contexts.js'
import officialDocument from '../../schemas/contexts/gaia-x-linkml-2511.json' with { type: 'json' }
import compactDocument from '../../schemas/contexts/gaia-x-compact-2511.json' with { type: 'json' }
import { gaiaXReference } from '../../test/helpers/reference.js'
import { createDocumentLoader } from './document-loader.js'

const XSD = 'http://www.w3.org/2001/XMLSchema#'
const GX = 'https://w3id.org/gaia-x/2511#'

type Context = Record<string, unknown>
const official = officialDocument['@context'] as Context
const compact = compactDocument['@context'] as Context
const termsOf = (url: string) => (pinnedContexts.get(url) as { '@context': Context })['@context']

describe('pinnedContexts', () => {
  it('pins exactly the credential, suite, DID and Gaia-X contexts the node needs', () => {
    expect([...pinnedContexts.keys()].sort()).toEqual(
      [
        VC_V1_CONTEXT,
        VC_V2_CONTEXT,
        VC_UNDEFINED_TERMS_V2_CONTEXT,
        DATA_INTEGRITY_V1_CONTEXT,
        DATA_INTEGRITY_V2_CONTEXT,
        ED25519_2020_CONTEXT,
        MULTIKEY_V1_CONTEXT,
        DID_V1_CONTEXT,
        GAIA_X_LOIRE_CONTEXT,
        GAIA_X_DEVELOPMENT_CONTEXT,
        GAIA_X_TAGUS_CONTEXT,
        JWS_2020_CONTEXT,
        VC_EXAMPLES_V2_CONTEXT,
      ].sort(),
    )
    for (const document of pinnedContexts.values()) expect(document).toHaveProperty('@context')
  })

  it('deep-freezes every document, so no caller can edit a pinned context', () => {
    const v2 = pinnedContexts.get(VC_V2_CONTEXT) as { '@context': Context }
    expect(Object.isFrozen(v2)).toBe(true)
    expect(Object.isFrozen(v2['@context'])).toBe(true)
    expect(Object.isFrozen(v2['@context'].VerifiableCredential)).toBe(true)
    expect(() => {
      ;(termsOf(GAIA_X_LOIRE_CONTEXT) as Context).gx = 'https://evil.example/#'
    }).toThrow(TypeError)
  })

  it('keeps private copies and leaves the upstream packages’ documents unfrozen', () => {
    const upstream = upstreamCredentialsContexts.get(VC_V2_CONTEXT)
    expect(pinnedContexts.get(VC_V2_CONTEXT)).toEqual(upstream)
    expect(pinnedContexts.get(VC_V2_CONTEXT)).not.toBe(upstream)
    expect(Object.isFrozen(upstream)).toBe(false)
  })
})

describe('the Gaia-X contexts', () => {
  const loireAndDevelopment = [GAIA_X_LOIRE_CONTEXT, GAIA_X_DEVELOPMENT_CONTEXT]

  it('map gx to the namespace of their own URL, and Loire and development @vocab too', () => {
    for (const url of [...loireAndDevelopment, GAIA_X_TAGUS_CONTEXT]) {
      expect(termsOf(url).gx).toBe(url)
    }
    for (const url of loireAndDevelopment) expect(termsOf(url)['@vocab']).toBe(url)
  })

  it('add compact terms and Tagus prefixes with no @vocab, no @protected, and no id, type, name or description', () => {
    const forbidden = ['@vocab', '@protected', 'id', 'type', 'name', 'description']
    const visit = (context: Context) => {
      for (const [key, value] of Object.entries(context)) {
        expect(forbidden).not.toContain(key)
        const scoped = (value as { '@context'?: Context } | null)?.['@context']
        if (scoped) visit(scoped)
      }
    }
    visit(compact)
    visit(termsOf(GAIA_X_TAGUS_CONTEXT))
  })

  it('hold every term of the official context unchanged, and every compact term', () => {
    for (const url of loireAndDevelopment) {
      const terms = termsOf(url)
      for (const [term, definition] of Object.entries(official)) {
        if (term === 'gx' || term === '@vocab') continue
        expect({ url, term, definition: terms[term] }).toEqual({ url, term, definition })
      }
      for (const [term, definition] of Object.entries(compact)) {
        if (term === 'gx') continue
        expect({ url, term, definition: terms[term] }).toEqual({ url, term, definition })
      }
    }
    // compact IRIs and the schema prefix (the official context spells schema.org httpsschema):
    // no bare term of the official context reads differently once ours are added
    const added = Object.keys(compact).filter((term) => !(term in official))
    expect(added.filter((term) => !term.includes(':') && !term.startsWith('@'))).toEqual(['schema'])
  })

  it('give the Loire and development contexts the same terms, only the namespace differs', () => {
    const { gx: _loireGx, '@vocab': _loireVocab, ...loire } = termsOf(GAIA_X_LOIRE_CONTEXT)
    const { gx: _gx, '@vocab': _vocab, ...development } = termsOf(GAIA_X_DEVELOPMENT_CONTEXT)
    expect(development).toEqual(loire)
  })

  it.each(loireAndDevelopment)(
    'expand a credential in bare terms under %s exactly as the official context does',
    async (namespace) => {
      const OFFICIAL = 'https://official.test/gaia-x'
      const loader = createDocumentLoader({
        contexts: new Map([
          ...pinnedContexts,
          [OFFICIAL, { '@context': { ...official, gx: namespace, '@vocab': namespace } }],
        ]),
      })
      const credential = (gaiaX: string) => ({
        '@context': [VC_V2_CONTEXT, gaiaX],
        type: ['VerifiableCredential', 'ServiceOffering'],
        issuer: 'did:web:bleu.example',
        validFrom: '2026-01-01T00:00:00Z',
        credentialSubject: {
          id: 'did:web:bleu.example#offering',
          type: 'ServiceOffering',
          name: 'Bleu Teams',
          providedBy: 'did:web:bleu.example',
          keyword: ['collaboration', 'sovereign'],
          serviceOfferingTermsAndConditions: {
            type: 'TermsAndConditions',
            url: 'https://bleu.example/terms',
            hash: '4bd7554097444c960292b4726c2efa1373485e8a5565d94d41195214c5e0ceb3',
          },
          dataAccountExport: [
            { type: 'DataAccountExport', requestType: 'API', accessType: 'digital' },
          ],
          dataProtectionRegime: 'GDPR2016',
          gaiaxTermsAndConditions:
            '4bd7554097444c960292b4726c2efa1373485e8a5565d94d41195214c5e0ceb3',
        },
      })
      const expand = (gaiaX: string) =>
        jsonld.expand(credential(gaiaX), { documentLoader: loader, safe: true })
      const pinned = await expand(namespace)
      expect(pinned).toEqual(await expand(OFFICIAL))
      expect(JSON.stringify(pinned)).toContain(`${namespace}providedBy`)
    },
  )

  describe('on the Loire examples', () => {
    const officialLoader = createDocumentLoader({
      contexts: new Map([
        ...pinnedContexts,
        [
          GAIA_X_LOIRE_CONTEXT,
          { '@context': { ...official, gx: GAIA_X_LOIRE_CONTEXT, '@vocab': GAIA_X_LOIRE_CONTEXT } },
        ],
      ]),
    })
    const examples = new URL('loire-2511/examples/', gaiaXReference)
    const files = readdirSync(examples).filter((file) => file.endsWith('.jsonld'))
    const quads = async (document: unknown, documentLoader = createDocumentLoader()) =>
      new Set(
        (
          (await jsonld.toRDF(document as object, {
            documentLoader,
            format: 'application/n-quads',
            safe: true,
          })) as string
        ).split('\n'),
      )
    // "gx:url" → "url" wherever the official context defines the bare term
    const bare = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(bare)
      if (typeof value !== 'object' || value === null) return value
      return Object.fromEntries(
        Object.entries(value).map(([key, child]) => {
          const term = key.startsWith('gx:') ? key.slice(3) : key
          return [term in official ? term : key, key === '@context' ? child : bare(child)]
        }),
      )
    }
    const read = (file: string) => JSON.parse(readFileSync(new URL(file, examples), 'utf8'))

    it.each(files)(
      '%s in bare terms expands exactly as under the official context',
      async (file) => {
        const document = bare(read(file))
        expect(await quads(document)).toEqual(await quads(document, officialLoader))
      },
    )

    it.each(files)(
      '%s differs from the official expansion only by the datatypes the shapes want',
      async (file) => {
        const ours = await quads(read(file))
        const theirs = await quads(read(file), officialLoader)
        const typed = [...ours].filter((quad) => !theirs.has(quad))
        const plain = [...theirs].filter((quad) => !ours.has(quad))
        // a typed literal here is the same plain string there: "…"^^<xsd:anyURI> against "…"
        expect(typed.map((quad) => quad.replace(/\^\^<[^>]+>/, ''))).toEqual(plain)
      },
    )
  })

  it('type Loire values as the official shapes expect them', async () => {
    const [expanded] = await jsonld.expand(
      {
        '@context': [VC_V2_CONTEXT, GAIA_X_LOIRE_CONTEXT],
        id: 'https://example.org/resources/1',
        type: 'gx:SoftwareResource',
        'gx:buildDate': '2026-01-01T00:00:00Z',
        'gx:version': '1.2.3',
        'gx:copyrightOwnedBy': 'Bleu',
        'gx:license': 'EPL-2.0',
        'gx:maintainedBy': 'did:web:bleu.example',
        'gx:energyMix': {
          type: 'gx:EnergyMix',
          'gx:attainmentDate': '2026-01-01',
          'gx:renewableEnergy': 80,
          'gx:hourlyCarbonFreeEnergy': 75.5,
        },
        'gx:storageConfiguration': { 'gx:numberOfCores': 4, 'gx:versioning': true },
        'gx:metric': { 'gx:guaranteed': 99.9, 'qudt:quantityValue': 10 },
      },
      { documentLoader: createDocumentLoader(), safe: true },
    )
    const value = (node: unknown, term: string) =>
      (node as Record<string, unknown[]>)[GX + term]?.[0]
    expect(value(expanded, 'buildDate')).toEqual({
      '@value': '2026-01-01T00:00:00Z',
      '@type': `${XSD}dateTime`,
    })
    expect(value(expanded, 'version')).toEqual({ '@value': '1.2.3' })
    expect(value(expanded, 'copyrightOwnedBy')).toEqual({ '@value': 'Bleu' })
    expect(value(expanded, 'license')).toEqual({ '@value': 'EPL-2.0' })
    expect(value(expanded, 'maintainedBy')).toEqual({ '@id': 'did:web:bleu.example' })
    const mix = value(expanded, 'energyMix')
    expect(value(mix, 'attainmentDate')).toEqual({ '@value': '2026-01-01', '@type': `${XSD}date` })
    expect(value(mix, 'renewableEnergy')).toEqual({ '@value': 80, '@type': `${XSD}float` })
    expect(value(mix, 'hourlyCarbonFreeEnergy')).toEqual({ '@value': 75.5, '@type': `${XSD}float` })
    const storage = value(expanded, 'storageConfiguration')
    expect(value(storage, 'numberOfCores')).toEqual({ '@value': 4, '@type': `${XSD}integer` })
    expect(value(storage, 'versioning')).toEqual({ '@value': true, '@type': `${XSD}boolean` })
    const metric = value(expanded, 'metric') as Record<string, unknown[]>
    expect(value(metric, 'guaranteed')).toEqual({
      '@value': 99.9,
      '@type': 'http://qudt.org/schema/qudt/floatPercentage',
    })
    expect(metric['http://qudt.org/schema/qudt/quantityValue']?.[0]).toEqual({
      '@value': 10,
      '@type': `${XSD}float`,
    })
  })

  it('types a property by the class of its node where the shapes disagree between classes', async () => {
    const [expanded] = await jsonld.expand(
      {
        '@context': [VC_V2_CONTEXT, GAIA_X_LOIRE_CONTEXT],
        id: 'https://example.org/datacenters/1',
        type: 'gx:Datacenter',
        'gx:waterUsageEffectiveness': 'https://example.org/wue/1',
        'gx:customerInstructions': {
          type: 'gx:CustomerInstructions',
          'gx:means': 'https://example.org/legal/instructions',
        },
        'gx:dataPortability': { type: 'gx:DataPortability', 'gx:means': 'S3 export' },
        'gx:energyUsageEfficiency': {
          type: 'gx:WaterUsageEffectiveness',
          'gx:waterUsageEffectiveness': 1.2,
        },
        'gx:cpu': { type: 'gx:CpuCapabilities', 'gx:overProvisioningRatio': 2 },
        'gx:memory': { type: 'gx:MemoryCapabilities', 'gx:overProvisioningRatio': 1.5 },
      },
      { documentLoader: createDocumentLoader(), safe: true },
    )
    const value = (node: unknown, term: string) =>
      (node as Record<string, unknown[]>)[GX + term]?.[0]
    expect(value(expanded, 'waterUsageEffectiveness')).toEqual({
      '@id': 'https://example.org/wue/1',
    })
    expect(value(value(expanded, 'customerInstructions'), 'means')).toEqual({
      '@id': 'https://example.org/legal/instructions',
    })
    expect(value(value(expanded, 'dataPortability'), 'means')).toEqual({ '@value': 'S3 export' })
    expect(value(value(expanded, 'energyUsageEfficiency'), 'waterUsageEffectiveness')).toEqual({
      '@value': 1.2,
      '@type': `${XSD}float`,
    })
    expect(value(value(expanded, 'cpu'), 'overProvisioningRatio')).toEqual({
      '@value': 2,
      '@type': `${XSD}integer`,
    })
    expect(value(value(expanded, 'memory'), 'overProvisioningRatio')).toEqual({
      '@value': 1.5,
      '@type': `${XSD}float`,
    })
  })
})

describe('contextDigests', () => {
  it('lists one 64-hex SHA-256 per pinned context, sorted by URL', async () => {
    const digests = await contextDigests()
    expect(digests.map((d) => d.url)).toEqual([...pinnedContexts.keys()].sort())
    for (const { sha256 } of digests) expect(sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set(digests.map((d) => d.sha256)).size).toBe(digests.length)
  })

  it('hashes the RFC 8785 (JCS) form of each document', async () => {
    for (const { url, sha256 } of await contextDigests()) {
      const jcs = canonicalize(pinnedContexts.get(url)) as string
      expect(sha256).toBe(createHash('sha256').update(jcs, 'utf8').digest('hex'))
    }
  })

  it('returns the same digests on every call, whatever a caller did to an earlier result', async () => {
    const first = await contextDigests()
    const expected = structuredClone(first)
    first[0]!.sha256 = 'tampered'
    first.reverse()
    expect(await contextDigests()).toEqual(expected)
  })
})
