import { describe, expect, it } from 'vitest'
import { EU, EU_EEA } from './countries.js'
import {
  LABEL_LEVELS,
  assessCriteria,
  eligibleLevel,
  type CriterionResult,
  type LabelLevel,
  type OfferingFacts,
} from './sovereignty-criteria.js'
import { everyIn, inEu, inFrance, locationReason } from './sovereignty-places.js'

/** Facts meeting every declarable criterion; each test changes one thing. */
function facts(overrides: Partial<OfferingFacts> = {}): OfferingFacts {
  return {
    id: 'https://provider.example.eu/offerings/complete',
    name: 'Complete',
    status: 'active',
    provider: {
      id: 'did:web:provider.example.eu',
      name: 'Provider',
      active: true,
      headquarters: 'FR',
    },
    locations: [{ countryCode: 'FR' }],
    certifications: [
      { scheme: 'ISO27001', status: 'claimed', evidence: 'https://provider.example.eu/iso.pdf' },
      { scheme: 'SecNumCloud', status: 'claimed', evidence: 'https://provider.example.eu/snc.pdf' },
    ],
    dataProtectionRegimes: ['GDPR2016'],
    dataExport: true,
    legalDocuments: [
      { type: 'gx:CustomerDataProcessingTerms', governingLawCountries: ['FR'] },
      { type: 'gx:GovernmentInvestigationManagement', governingLawCountries: ['FR'] },
    ],
    attestedLevel: null,
    ...overrides,
  }
}

function verdicts(results: CriterionResult[]): Record<string, string> {
  return Object.fromEntries(results.map((r) => [r.id, r.verdict]))
}

function unmet(results: CriterionResult[]): string[] {
  return results.filter((r) => r.verdict !== 'yes').map((r) => r.id)
}

describe('assessCriteria', () => {
  it('meets every declarable criterion, up to L3, with reasons in English and French', () => {
    const results = assessCriteria(facts())
    expect(unmet(results)).toEqual([])
    expect(eligibleLevel(results)).toBe('L3')
    for (const r of results) {
      expect(LABEL_LEVELS).toContain(r.level)
      for (const text of [r.title, r.reason]) {
        expect(text.en.trim()).not.toBe('')
        expect(text.fr.trim()).not.toBe('')
      }
    }
  })

  it.each<[string, Partial<OfferingFacts>, LabelLevel | null]>([
    ['sc-credentials', { status: 'revoked' }, null],
    ['sc-credentials', { status: 'expired' }, null],
    ['sc-credentials', { status: 'deprecated' }, null],
    [
      'sc-provider',
      { provider: { id: 'did:web:p', name: null, active: false, headquarters: 'FR' } },
      null,
    ],
    ['l1-gdpr', { dataProtectionRegimes: ['CCPA2018'] }, 'SC'],
    ['l1-gdpr', { dataProtectionRegimes: [] }, 'SC'],
    [
      'l1-processing-terms',
      {
        legalDocuments: [
          { type: 'gx:GovernmentInvestigationManagement', governingLawCountries: ['FR'] },
        ],
      },
      'SC',
    ],
    ['l1-data-export', { dataExport: false }, 'SC'],
    ['l2-eu-location', { locations: [{ countryCode: 'FR' }, { countryCode: 'US' }] }, 'L1'],
    [
      'l2-governing-law',
      {
        legalDocuments: [
          { type: 'gx:CustomerDataProcessingTerms', governingLawCountries: ['FR', 'US'] },
          { type: 'gx:GovernmentInvestigationManagement', governingLawCountries: ['FR'] },
        ],
      },
      'L1',
    ],
    [
      'l3-headquarters',
      { provider: { id: 'did:web:p', name: 'P', active: true, headquarters: 'CH' } },
      'L2',
    ],
    [
      'l3-government-access',
      {
        legalDocuments: [{ type: 'gx:CustomerDataProcessingTerms', governingLawCountries: ['FR'] }],
      },
      'L2',
    ],
    [
      'l3-high-assurance',
      {
        certifications: [
          { scheme: 'ISO27001', status: 'claimed' },
          { scheme: 'SecNumCloud', status: 'in-progress' },
        ],
      },
      'L2',
    ],
  ])('fails only %s for %o, which lowers the level to %s', (id, change, level) => {
    const results = assessCriteria(facts(change))
    expect(unmet(results)).toEqual([id])
    expect(verdicts(results)[id]).toBe('no')
    expect(eligibleLevel(results)).toBe(level)
  })

  it('fails both security criteria when no certification is claimed at all', () => {
    const results = assessCriteria(facts({ certifications: [] }))
    expect(unmet(results)).toEqual(['l1-security-certification', 'l3-high-assurance'])
    expect(eligibleLevel(results)).toBe('SC')
  })

  it('counts a high-assurance qualification as a security certification', () => {
    const results = assessCriteria(
      facts({ certifications: [{ scheme: 'EUCS-high', status: 'claimed' }] }),
    )
    expect(unmet(results)).toEqual([])
  })

  it('counts no in-progress claim as a security certification', () => {
    const results = assessCriteria(
      facts({ certifications: [{ scheme: 'ISO27001', status: 'in-progress' }] }),
    )
    expect(verdicts(results)['l1-security-certification']).toBe('no')
  })

  it('counts no certification outside the security schemes', () => {
    const results = assessCriteria(
      facts({ certifications: [{ scheme: 'HDS', status: 'claimed' }] }),
    )
    expect(verdicts(results)['l1-security-certification']).toBe('no')
  })

  it('takes EEA locations and governing law as European (NO, alpha-3 ISL)', () => {
    const results = assessCriteria(
      facts({
        locations: [{ countryCode: 'NO' }, { countryCode: 'ISL' }],
        legalDocuments: [
          { type: 'gx:CustomerDataProcessingTerms', governingLawCountries: ['LI'] },
          { type: 'gx:GovernmentInvestigationManagement', governingLawCountries: ['NOR'] },
        ],
      }),
    )
    expect(unmet(results)).toEqual([])
  })

  it.each([
    ['no location', { locations: [] }, 'l2-eu-location'],
    ['a location in no known country', { locations: [{ countryCode: '250' }] }, 'l2-eu-location'],
    [
      'no governing law',
      {
        legalDocuments: [
          { type: 'gx:CustomerDataProcessingTerms', governingLawCountries: [] },
          { type: 'gx:GovernmentInvestigationManagement', governingLawCountries: [] },
        ],
      },
      'l2-governing-law',
    ],
    [
      'no headquarters country',
      { provider: { id: 'did:web:p', name: 'P', active: true, headquarters: null } },
      'l3-headquarters',
    ],
  ] as [string, Partial<OfferingFacts>, string][])(
    'judges %s unknown, which is not met',
    (_what, change, id) => {
      const results = assessCriteria(facts(change))
      expect(unmet(results)).toEqual([id])
      expect(verdicts(results)[id]).toBe('unknown')
      expect(eligibleLevel(results)).not.toBe('L3')
    },
  )
})

describe('eligibleLevel', () => {
  const result = (level: LabelLevel, verdict: 'yes' | 'no' | 'unknown'): CriterionResult => ({
    id: `${level}-${verdict}`,
    level,
    verdict,
    title: { en: 't', fr: 't' },
    reason: { en: 'r', fr: 'r' },
  })

  it('is the highest level whose criteria and those of every level below are met', () => {
    expect(
      eligibleLevel([
        result('SC', 'yes'),
        result('L1', 'yes'),
        result('L2', 'no'),
        result('L3', 'yes'),
      ]),
    ).toBe('L1')
  })

  it('never skips an unmet level, even when every higher one is met', () => {
    expect(
      eligibleLevel([
        result('SC', 'yes'),
        result('L1', 'no'),
        result('L2', 'yes'),
        result('L3', 'yes'),
      ]),
    ).toBe('SC')
  })

  it('is null when Standard Compliance is not met', () => {
    expect(eligibleLevel([result('SC', 'unknown'), result('L1', 'yes')])).toBeNull()
  })

  it('takes an unknown verdict as unmet', () => {
    expect(eligibleLevel([result('SC', 'yes'), result('L1', 'yes'), result('L2', 'unknown')])).toBe(
      'L1',
    )
  })
})

describe('everyIn', () => {
  it.each([
    [['FR', 'DE'], EU, 'yes'],
    [['FRA', 'DEU'], EU, 'yes'],
    [['fr'], EU, 'yes'],
    [['NO'], EU_EEA, 'yes'],
    [['NO'], EU, 'no'],
    [['CH'], EU_EEA, 'no'],
    [['US'], EU_EEA, 'no'],
    [['FR', 'USA'], EU_EEA, 'no'],
    [[], EU, 'unknown'],
    [['250'], EU, 'unknown'],
    [['ZZ'], EU, 'unknown'],
    [['FR', '250'], EU, 'unknown'],
    [['US', '250'], EU, 'no'],
  ] as const)('judges %o in the area as %s', (codes, area, verdict) => {
    expect(everyIn([...codes], area)).toBe(verdict)
  })
})

describe('inEu and inFrance', () => {
  it.each([
    [['FR'], 'yes', 'yes'],
    [['FRA'], 'yes', 'yes'],
    [['FR', 'DE'], 'yes', 'no'],
    [['NO'], 'no', 'no'],
    [['FR', 'US'], 'no', 'no'],
    [[], 'unknown', 'unknown'],
  ] as const)('judges %o: EU %s, France %s', (codes, eu, france) => {
    const locations = codes.map((countryCode) => ({ countryCode }))
    expect(inEu(locations)).toBe(eu)
    expect(inFrance(locations)).toBe(france)
  })
})

describe('locationReason', () => {
  it.each([
    [['FR', 'FRA'], 'France only'],
    [['FR', 'DE'], 'not only in France'],
    [['FR', 'US'], 'outside the EU: US'],
    [['NO'], 'outside the EU: NO'],
    [['FR', '250'], 'cannot be placed (250)'],
    [['US', '250'], 'outside the EU: US'],
    [[], 'no location'],
  ] as const)('says why for %o', (codes, words) => {
    const reason = locationReason(codes.map((countryCode) => ({ countryCode })))
    expect(reason.en).toContain(words)
    expect(reason.fr.length).toBeGreaterThan(0)
  })
})
