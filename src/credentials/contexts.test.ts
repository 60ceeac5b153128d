import { createHash } from 'node:crypto'
import { contexts as upstreamCredentialsContexts } from '@digitalbazaar/credentials-context'
import canonicalize from 'canonicalize'
import jsonld from 'jsonld'
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
import { readFileSync } from 'node:fs'
import { gaiaXReference } from '../../test/helpers/reference.js'
import { createDocumentLoader } from './document-loader.js'

const XSD = 'http://www.w3.org/2001/XMLSchema#'
const GX = 'https://w3id.org/gaia-x/2511#'

type Context = Record<string, unknown>
const official = JSON.parse(
  readFileSync(new URL('loire-2511/gx-25.11.context.jsonld', gaiaXReference), 'utf8'),
)['@context'] as Context
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
  const gaiaX = [GAIA_X_LOIRE_CONTEXT, GAIA_X_DEVELOPMENT_CONTEXT, GAIA_X_TAGUS_CONTEXT]

  it('map gx to the namespace of their own URL', () => {
    for (const url of gaiaX) expect(termsOf(url).gx).toBe(url)
  })

  it('use no @vocab and no @protected, and leave id, type, name and description to the VC contexts', () => {
    const forbidden = ['@vocab', '@protected', 'id', 'type', 'name', 'description']
    const visit = (context: Context) => {
      for (const [key, value] of Object.entries(context)) {
        expect(forbidden).not.toContain(key)
        const scoped = (value as { '@context'?: Context } | null)?.['@context']
        if (scoped) visit(scoped)
      }
    }
    // the development context is the exception: it is the official one, @vocab included (below)
    for (const url of [GAIA_X_LOIRE_CONTEXT, GAIA_X_TAGUS_CONTEXT]) visit(termsOf(url))
  })

  it('serve the official development context unchanged, with every Loire compact term added', () => {
    const development = termsOf(GAIA_X_DEVELOPMENT_CONTEXT)
    for (const [term, definition] of Object.entries(official)) {
      expect({ term, definition: development[term] }).toEqual({ term, definition })
    }
    const { gx: _loireGx, ...loire } = termsOf(GAIA_X_LOIRE_CONTEXT)
    for (const [term, definition] of Object.entries(loire)) {
      expect({ term, definition: development[term] }).toEqual({ term, definition })
    }
    const added = Object.keys(development).filter((term) => !(term in official))
    expect(added.filter((term) => !(term in loire) && term !== '@version')).toEqual([])
    // the added terms are compact IRIs and the schema prefix (the official context spells
    // schema.org httpsschema), so no bare term of the official context reads differently here
    expect(added.filter((term) => !term.includes(':') && !term.startsWith('@'))).toEqual(['schema'])
  })

  it('expand a credential in the official bare terms exactly as the official context does', async () => {
    const OFFICIAL = 'https://official.test/gaia-x/development'
    const loader = createDocumentLoader({
      contexts: new Map([...pinnedContexts, [OFFICIAL, { '@context': official }]]),
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
      },
    })
    const expand = (gaiaX: string) =>
      jsonld.expand(credential(gaiaX), { documentLoader: loader, safe: true })
    const pinned = await expand(GAIA_X_DEVELOPMENT_CONTEXT)
    expect(pinned).toEqual(await expand(OFFICIAL))
    expect(JSON.stringify(pinned)).toContain('https://w3id.org/gaia-x/development#providedBy')
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
