import jsonld from 'jsonld'
import type { Quad } from 'n3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LOIRE_NAMESPACE } from '../schemas/shapes/loire-2511.js'
import type { ExpandedNode } from '../src/model/expanded.js'
import { createDocumentLoader } from '../src/credentials/document-loader.js'
import { subjectGraph } from '../src/validation/graph.js'
import {
  normaliseNamespaces,
  shapesValidator,
  withInferredTypes,
  type ShapesResult,
  type ShapeViolation,
} from '../src/validation/shacl.js'
import { bleuProvider } from './bleu-offerings.js'
import {
  bleuCatalogue,
  partnerCatalogue,
  partnerProfiles,
  type ParticipantBundle,
  type UnsignedCredential,
} from './catalogue-data.js'
import { partnerProviders } from './partners.js'

const validity = { validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z' }
const bleuIssuer = {
  did: 'did:web:catalogue.bleu.example',
  baseUrl: 'https://catalogue.bleu.example',
}
const partnerIssuer = (key: string) => ({
  did: `did:web:catalogue.bleu.example:partners:${key}`,
  baseUrl: `https://catalogue.bleu.example/partners/${key}`,
})

function buildAll(): ParticipantBundle[] {
  const bleu = bleuCatalogue(bleuIssuer, validity)
  const deps = { bleuOfferingIds: bleu.offeringIds }
  return [
    bleu,
    ...partnerProfiles.map((p) => partnerCatalogue(p.key, partnerIssuer(p.key), validity, deps)),
  ]
}
const credentialsOf = (b: ParticipantBundle) => [
  b.participant,
  ...b.registrationNumbers,
  b.issuer,
  ...b.resources,
  ...b.offerings,
]
const subjectOf = (c: UnsignedCredential) => c.credentialSubject as Record<string, any>
const asArray = (v: unknown): any[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

const documentLoader = createDocumentLoader()
const gx = (local: string) => LOIRE_NAMESPACE + local
const VCARD_REGION = 'http://www.w3.org/2006/vcard/ns#region'
const IN = 'sh:InConstraintComponent'
const OR = 'sh:OrConstraintComponent'
const MIN = 'sh:MinCountConstraintComponent'
const MAX = 'sh:MaxCountConstraintComponent'

/**
 * SHACL over the claims of the credentials taken together, built as the pipeline builds them:
 * safe-mode expansion with the node's pinned contexts (an undefined term throws instead of being
 * dropped), then subjectGraph() with a blank-node prefix per credential.
 */
async function validateClaims(credentials: UnsignedCredential[]): Promise<ShapesResult> {
  const quads: Quad[] = []
  for (const [n, credential] of credentials.entries()) {
    const [expanded] = await jsonld.expand(credential, { documentLoader, safe: true })
    quads.push(...subjectGraph(expanded as ExpandedNode, credential, `c${n}`).quads)
  }
  return shapesValidator().validate(withInferredTypes(normaliseNamespaces(quads)))
}

// Independent check-digit validators: they validate full numbers, they do not reuse the builder's
// generators, so a wrong algorithm on either side makes the test fail.
const digitSum = (n: number) => (n > 9 ? n - 9 : n)
const luhnValid = (s: string) => {
  const sum = [...s]
    .reverse()
    .reduce((acc, c, i) => acc + (i % 2 ? digitSum(Number(c) * 2) : Number(c)), 0)
  return /^\d+$/.test(s) && sum % 10 === 0
}
const mod97 = (digits: string) => [...digits].reduce((r, c) => (r * 10 + Number(c)) % 97, 0)
const validVat: Record<string, (n: string) => boolean> = {
  FR: (n) =>
    /^\d{11}$/.test(n) &&
    luhnValid(n.slice(2)) &&
    Number(n.slice(0, 2)) === (12 + 3 * mod97(n.slice(2))) % 97,
  DE: (n) => {
    if (!/^[1-9]\d{8}$/.test(n)) return false
    let p = 10
    for (const c of n.slice(0, 8)) p = (2 * ((Number(c) + p) % 10 || 10)) % 11
    return (11 - p) % 10 === Number(n[8])
  },
  BE: (n) => /^[01]\d{9}$/.test(n) && 97 - mod97(n.slice(0, 8)) === Number(n.slice(8)),
  NL: (n) => {
    const weighted = [...n.slice(0, 9)].map((c, i) => Number(c) * (i === 8 ? -1 : 9 - i))
    return /^\d{9}B\d{2}$/.test(n) && weighted.reduce((a, b) => a + b, 0) % 11 === 0
  },
}
const leiValid = (lei: string) =>
  /^[0-9A-Z]{18}\d{2}$/.test(lei) && mod97([...lei].map((c) => parseInt(c, 36)).join('')) === 1
const vatValid = (vat: string) => validVat[vat.slice(0, 2)]?.(vat.slice(2)) ?? false

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('bleuCatalogue and partnerCatalogue', () => {
  it('build the same documents on every call, whatever the clock, without randomness', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called')
    })
    vi.useFakeTimers({ now: new Date('2020-03-01T00:00:00Z') })
    const first = JSON.stringify(buildAll())
    vi.setSystemTime(new Date('2031-09-01T00:00:00Z'))
    expect(JSON.stringify(buildAll())).toBe(first)
  })

  it('offer at least 15 Bleu services covering Microsoft 365 and Azure', () => {
    const [bleu] = buildAll()
    const keywords = bleu!.offerings.map((o) => asArray(subjectOf(o)['gx:keyword']))
    expect(bleu!.offerings.length).toBeGreaterThanOrEqual(15)
    expect(keywords.filter((k) => k.includes('Microsoft 365')).length).toBeGreaterThanOrEqual(5)
    expect(keywords.filter((k) => k.includes('Azure')).length).toBeGreaterThanOrEqual(8)
    expect(Object.keys(bleu!.offeringIds)).toHaveLength(bleu!.offerings.length)
  })

  it('wrap every claim in a VC 2.0 envelope with ids unique across the catalogue', () => {
    const bundles = buildAll()
    const ids = new Set<string>()
    const subjectIds = new Set<string>()
    bundles.forEach((b, i) => {
      const issuer = i === 0 ? bleuIssuer : partnerIssuer(b.key)
      for (const c of credentialsOf(b)) {
        expect(c['@context']).toEqual([
          'https://www.w3.org/ns/credentials/v2',
          'https://w3id.org/gaia-x/2511#',
        ])
        expect(c.type).toEqual(['VerifiableCredential', c.credentialSubject.type])
        expect(c.credentialSubject.type).toMatch(/^gx:[A-Z]\w+$/)
        expect([c.issuer, c.validFrom, c.validUntil]).toEqual([
          issuer.did,
          validity.validFrom,
          validity.validUntil,
        ])
        expect(c).not.toHaveProperty('issuanceDate')
        expect(c).not.toHaveProperty('proof')
        expect(c.id.startsWith(`${issuer.baseUrl}/credentials/`)).toBe(true)
        const sid = c.credentialSubject.id
        expect(sid === issuer.did || sid.startsWith(`${issuer.baseUrl}/`)).toBe(true)
        ids.add(c.id)
        subjectIds.add(sid)
      }
      expect(b.participant.credentialSubject.id).toBe(issuer.did)
    })
    const count = bundles.flatMap(credentialsOf).length
    expect(ids.size).toBe(count)
    expect(subjectIds.size).toBe(count)
  })

  it('use only id, type and terms under the prefixes the project context defines', () => {
    const allowed = /^(id|type|(gx|schema|vcard|xsd|dcterms|qudt):[A-Za-z][\w-]*)$/
    const bad: string[] = []
    const walk = (v: unknown, path: string): void => {
      if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`))
      if (typeof v !== 'object' || v === null) return
      // a typed value object is the only other JSON-LD form the seed uses (gx:license URLs)
      if ('@value' in v) return void expect(Object.keys(v).sort()).toEqual(['@type', '@value'])
      for (const [k, x] of Object.entries(v)) {
        if (!allowed.test(k)) bad.push(`${path}.${k}`)
        walk(x, `${path}.${k}`)
      }
    }
    buildAll()
      .flatMap(credentialsOf)
      .forEach((c) => walk(c.credentialSubject, c.id))
    expect(bad).toEqual([])
  })

  it('tag every offering with French and English keywords', () => {
    const specs = [bleuProvider, ...partnerProviders].flatMap((p) => p.offerings)
    const emitted = new Map(
      buildAll()
        .flatMap((b) => b.offerings)
        .map((o) => [o.credentialSubject.id.split('/').pop(), asArray(subjectOf(o)['gx:keyword'])]),
    )
    expect(emitted.size).toBe(specs.length)
    for (const spec of specs) {
      const { fr, en } = spec.keywords
      expect(fr.filter((k) => !en.includes(k)).length, spec.slug).toBeGreaterThan(0)
      expect(en.filter((k) => !fr.includes(k)).length, spec.slug).toBeGreaterThan(0)
      expect(emitted.get(spec.slug)).toEqual(expect.arrayContaining([...fr, ...en]))
    }
  })

  it('give every offering hashed terms, an endpoint, GDPR and its provider', () => {
    for (const b of buildAll()) {
      for (const o of b.offerings) {
        const s = subjectOf(o)
        const terms = asArray(s['gx:serviceOfferingTermsAndConditions'])
        expect(terms.length).toBeGreaterThan(0)
        for (const t of terms) {
          expect(t['gx:hash']).toMatch(/^[0-9a-f]{64}$/)
          expect(t['gx:url']).toMatch(/^https:\/\//)
        }
        expect(s['gx:providedBy']).toEqual({ id: b.participant.credentialSubject.id })
        expect(s['gx:dataProtectionRegime']).toEqual(['GDPR2016'])
        expect(s['gx:endpoint']['gx:endpointURL']).toMatch(/^https:\/\//)
        expect(asArray(s['gx:endpoint']['gx:standardConformity']).length).toBeGreaterThan(0)
        expect(asArray(s['gx:dataAccountExport']).length).toBeGreaterThan(0)
      }
    }
  })

  it('link every gx:dependsOn to a generated offering, with no cycle', () => {
    const bundles = buildAll()
    const offeringIds = new Set(
      bundles.flatMap((b) => b.offerings.map((o) => o.credentialSubject.id)),
    )
    const edges = new Map<string, string[]>()
    for (const o of bundles.flatMap((b) => b.offerings)) {
      const targets = asArray(subjectOf(o)['gx:dependsOn']).map((d) => d.id as string)
      for (const t of targets) expect(offeringIds, `${o.id} → ${t}`).toContain(t)
      expect(targets).not.toContain(o.credentialSubject.id)
      edges.set(o.credentialSubject.id, targets)
    }
    const done = new Set<string>()
    const visit = (id: string, stack: string[]) => {
      expect(stack, `cycle through ${id}`).not.toContain(id)
      if (done.has(id)) return
      for (const t of edges.get(id) ?? []) visit(t, [...stack, id])
      done.add(id)
    }
    for (const id of edges.keys()) visit(id, [])
    const bleuIds = new Set(Object.values(bundles[0]!.offeringIds))
    for (const partner of bundles.slice(1)) {
      const onBleu = partner.offerings.filter((o) =>
        asArray(subjectOf(o)['gx:dependsOn']).some((d) => bleuIds.has(d.id)),
      )
      expect(onBleu.length, partner.key).toBeGreaterThanOrEqual(2)
    }
  })

  it('refuse to build a partner whose Bleu dependency is unknown', () => {
    const [key] = partnerProfiles.map((p) => p.key)
    expect(() =>
      partnerCatalogue(key!, partnerIssuer(key!), validity, { bleuOfferingIds: {} }),
    ).toThrow(/bleu-/)
    expect(() =>
      partnerCatalogue('nobody', partnerIssuer('x'), validity, { bleuOfferingIds: {} }),
    ).toThrow()
  })

  it('register Bleu with a Luhn-valid SIREN and the matching French VAT number', () => {
    const subjects = bleuCatalogue(bleuIssuer, validity).registrationNumbers.map(subjectOf)
    const siren = subjects.find((s) => s.type === 'gx:LocalRegistrationNumber')!['gx:local']
    const vat = subjects.find((s) => s.type === 'gx:VatID')!
    expect(siren).toMatch(/^\d{9}$/)
    expect(luhnValid(siren)).toBe(true)
    expect(vat['gx:vatID']).toBe(
      `FR${String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0')}${siren}`,
    )
    expect(vatValid(vat['gx:vatID'])).toBe(true)
    // the validators are not vacuous: one changed digit breaks each of them
    expect(luhnValid(siren.slice(0, 8) + ((Number(siren[8]) + 1) % 10))).toBe(false)
    expect(
      vatValid(
        vat['gx:vatID'].replace(/^FR(\d)/, (_: string, d: string) => `FR${(Number(d) + 1) % 10}`),
      ),
    ).toBe(false)
  })

  it('register each partner with numbers valid for its country', () => {
    for (const b of buildAll().slice(1)) {
      const country = partnerProfiles.find((p) => p.key === b.key)!.country
      const subjects = b.registrationNumbers.map(subjectOf)
      const vats = subjects.filter((s) => s.type === 'gx:VatID')
      expect(vats.length, b.key).toBe(1)
      expect(vats[0]!['gx:vatID'].slice(0, 2)).toBe(country)
      expect(vatValid(vats[0]!['gx:vatID']), vats[0]!['gx:vatID']).toBe(true)
      for (const lei of subjects.filter((s) => s.type === 'gx:LeiCode')) {
        expect(leiValid(lei['schema:leiCode']), lei['schema:leiCode']).toBe(true)
      }
      expect(subjectOf(b.participant)['gx:legalAddress']['gx:countryCode']).toBe(country)
    }
    expect(vatValid('DE136695976')).toBe(true)
    expect(vatValid('DE136695977')).toBe(false)
    expect(vatValid('BE0403170701')).toBe(true)
    expect(vatValid('BE0403170702')).toBe(false)
    expect(vatValid('NL123456782B01')).toBe(true)
    expect(vatValid('NL123456783B01')).toBe(false)
    expect(leiValid('5493001KJTIIGC8Y1R12')).toBe(true)
    expect(leiValid('5493001KJTIIGC8Y1R13')).toBe(false)
  })

  it('host every Bleu offering in French datacenters only', () => {
    const bleu = bleuCatalogue(bleuIssuer, validity)
    const countries: string[] = []
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(collect)
      if (typeof v !== 'object' || v === null) return
      if ((v as any).type === 'gx:Address') countries.push((v as any)['gx:countryCode'])
      Object.values(v).forEach(collect)
    }
    bleu.resources.forEach((c) => collect(c.credentialSubject))
    collect(bleu.participant.credentialSubject)
    expect(countries.length).toBeGreaterThan(5)
    expect(new Set(countries)).toEqual(new Set(['FR']))
    const datacenters = new Set(
      bleu.resources
        .filter((c) => c.credentialSubject.type === 'gx:Datacenter')
        .map((c) => c.credentialSubject.id),
    )
    for (const o of bleu.offerings) {
      const hosts = asArray(subjectOf(o)['gx:hostedOn']).map((h) => h.id)
      expect(hosts.length, o.id).toBeGreaterThan(0)
      for (const h of hosts) expect(datacenters).toContain(h)
    }
  })

  it('claim SecNumCloud as a qualification in progress, never as granted', () => {
    for (const o of bleuCatalogue(bleuIssuer, validity).offerings) {
      const measures = asArray(subjectOf(o)['gx:requiredMeasures']).map(
        (m) => m['schema:description'],
      )
      const snc = measures.filter((d: string) => d.includes('SecNumCloud'))
      expect(snc.length, o.id).toBe(1)
      expect(snc[0]).toMatch(/en cours/)
      expect(snc[0]).toMatch(/in progress, not yet granted/)
      expect(snc[0]).not.toMatch(/qualifié SecNumCloud|SecNumCloud[- ]qualified/i)
    }
  })
})

// The project's shapes, run by the node's own engine on the graph its pipeline builds; the shapes
// themselves are held to the official Gaia-X files by test/shapes-agreement.test.ts.
describe("the seeded catalogue against the project's Loire 25.11 shapes", () => {
  it('conforms bundle by bundle, each partner with the Bleu offerings it depends on', async () => {
    const [bleu, ...partners] = buildAll()
    for (const b of [bleu!, ...partners]) {
      const linked = b === bleu ? [] : credentialsOf(bleu!)
      const result = await validateClaims([...credentialsOf(b), ...linked])
      expect(result.violations, b.key).toEqual([])
      expect(result.conforms, b.key).toBe(true)
    }
  })

  it('reports bad values, undeclared properties, missing claims and dangling links', async () => {
    const bleu = structuredClone(bleuCatalogue(bleuIssuer, validity))
    const offering = subjectOf(bleu.offerings[0]!)
    subjectOf(bleu.participant)['gx:legalAddress']['vcard:region'] = 'FR99'
    offering['gx:dataAccountExport'][0]['gx:requestType'] = 'fax'
    offering['gx:serviceScope'] = ['one', 'two']
    offering['gx:dependsOn'] = [{ id: 'https://catalogue.bleu.example/offerings/missing' }]
    delete offering['gx:providedBy']
    subjectOf(bleu.issuer)['gx:gaiaxTermsAndConditions'] = '0'.repeat(64)
    const zone = subjectOf(bleu.resources[0]!)
    zone['gx:location'] = [{ type: 'gx:Address', 'gx:countryCode': 'FR' }]
    const vm = subjectOf(bleu.offerings.find((o) => o.id.endsWith('/bleu-virtual-machines'))!)
    vm['gx:codeArtifact'][0]['gx:license'] = ['https://example.org/license']
    vm['gx:instantiationReq'][0]['gx:cpu']['gx:vCPUs'] = 'four'
    const region = subjectOf(bleu.resources.find((c) => c.credentialSubject.type === 'gx:Region')!)
    region['gx:aggregationOfResources'] = [{ id: offering.id }]

    const { conforms, violations } = await validateClaims(credentialsOf(bleu))
    // Blank nodes (addresses, exports, artifacts, CPUs) are matched by their offending value:
    // their labels depend on the order subjectGraph() visits them.
    const faults: [string, Partial<ShapeViolation>][] = [
      ['unknown NUTS-2 region', { path: VCARD_REGION, value: 'FR99', constraint: IN }],
      ['unknown request type', { path: gx('requestType'), value: 'fax', constraint: IN }],
      ['two service scopes', { focusNode: offering.id, path: gx('serviceScope'), constraint: MAX }],
      [
        'dangling gx:dependsOn',
        {
          focusNode: offering.id,
          path: gx('dependsOn'),
          value: 'https://catalogue.bleu.example/offerings/missing',
          constraint: 'sh:ClassConstraintComponent',
        },
      ],
      ['no provider', { focusNode: offering.id, path: gx('providedBy'), constraint: MIN }],
      [
        'unknown terms and conditions hash',
        {
          focusNode: subjectOf(bleu.issuer).id,
          path: gx('gaiaxTermsAndConditions'),
          constraint: IN,
        },
      ],
      [
        'undeclared gx:location on a closed shape',
        { focusNode: zone.id, path: gx('location'), constraint: 'sh:ClosedConstraintComponent' },
      ],
      [
        'licence neither a listed identifier nor an xsd:anyURI',
        { path: gx('license'), value: 'https://example.org/license', constraint: OR },
      ],
      [
        'ill-formed xsd:integer',
        { path: gx('vCPUs'), value: 'four', constraint: 'sh:DatatypeConstraintComponent' },
      ],
      [
        'region aggregating an offering',
        {
          focusNode: region.id,
          path: gx('aggregationOfResources'),
          value: offering.id,
          constraint: OR,
        },
      ],
    ]
    expect(conforms).toBe(false)
    for (const [fault, expected] of faults) {
      expect(violations, fault).toContainEqual(expect.objectContaining(expected))
    }
  })
})
