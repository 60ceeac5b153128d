import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import { describe, expect, it } from 'vitest'
import type { ExpandedNode } from '../../src/model/expanded.js'
import { extractCredential } from '../../src/model/extract.js'
import { createDocumentLoader } from '../../src/credentials/document-loader.js'
import {
  DEFAULT_CLOCK_SKEW_MS,
  RULE_CODES,
  checkRules,
  type CheckedCredential,
  type RuleCode,
  type RuleContext,
} from '../../src/validation/rules.js'

const GX = 'https://w3id.org/gaia-x/2511#'
const VC = 'https://www.w3.org/2018/credentials#'
const loader = createDocumentLoader()

const fixtures = new Map<string, Record<string, unknown>>()
/** A fresh copy of `test/fixtures/credentials/<kind>/<rule>.json`, safe to edit. */
function fixture(kind: 'valid' | 'invalid', rule: RuleCode): Record<string, unknown> {
  const path = new URL(`../fixtures/credentials/${kind}/${rule}.json`, import.meta.url)
  if (!fixtures.has(path.href)) fixtures.set(path.href, JSON.parse(readFileSync(path, 'utf8')))
  return structuredClone(fixtures.get(path.href)!)
}

/** A submitted credential or presentation as the pipeline hands it to the rules. */
async function checked(document: Record<string, unknown>): Promise<CheckedCredential[]> {
  const members = Array.isArray(document.verifiableCredential)
    ? (document.verifiableCredential as Record<string, unknown>[]).map(
        (credential, i) => [credential, `/verifiableCredential/${i}`] as const,
      )
    : [[document, ''] as const]
  return Promise.all(
    members.map(async ([credential, pointer]) => {
      const [expanded] = (await jsonld.expand(credential, {
        documentLoader: loader,
        safe: true,
      })) as ExpandedNode[]
      return {
        pointer,
        document: credential,
        expanded: expanded!,
        extracted: extractCredential(expanded!),
        nodePointers: new Map(),
      }
    }),
  )
}

// What the node already holds: one participant (Bleu) and one of its offerings.
const bleu = {
  id: 'https://catalogue.bleu.example/participants/bleu',
  did: 'did:web:catalogue.bleu.example',
}
function fakeContext(overrides: Partial<RuleContext> = {}): RuleContext {
  const offerings = new Set(['https://catalogue.bleu.example/offerings/bleu-virtual-machines'])
  const participants = [bleu]
  return {
    now: new Date('2026-06-01T00:00:00Z'),
    clockSkewMs: DEFAULT_CLOCK_SKEW_MS,
    knownOffering: async (id) => offerings.has(id),
    participant: async (idOrDid) => participants.find((p) => p.id === idOrDid || p.did === idOrDid),
    ...overrides,
  }
}

async function findingsOf(document: Record<string, unknown>, ctx = fakeContext()) {
  return checkRules(await checked(document), ctx)
}

const EXPECTED: Record<RuleCode, { path: string; property: string }> = {
  'envelope-ambiguous': { path: '/issuer', property: `${VC}issuer` },
  'id-bidi-control': { path: '/credentialSubject/id', property: '@id' },
  'subject-type-unknown': {
    path: '/credentialSubject/type',
    property: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
  },
  'credential-subjects-multiple': {
    path: '/credentialSubject/1',
    property: `${VC}credentialSubject`,
  },
  'attestation-describes-subject': {
    path: '/credentialSubject/type',
    property: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
  },
  'subject-id-not-issuer': { path: '/credentialSubject/id', property: `${VC}credentialSubject` },
  'issuer-not-provider': {
    path: '/verifiableCredential/1/credentialSubject/gx:providedBy',
    property: `${GX}providedBy`,
  },
  'provider-unknown': { path: '/credentialSubject/gx:providedBy', property: `${GX}providedBy` },
  'registration-number-invalid': {
    path: '/verifiableCredential/0/credentialSubject/gx:registrationNumber/0/gx:vatID',
    property: `${GX}vatID`,
  },
  'terms-hash-invalid': {
    path: '/credentialSubject/gx:serviceOfferingTermsAndConditions/gx:hash',
    property: `${GX}hash`,
  },
  'credential-not-yet-valid': { path: '/validFrom', property: `${VC}validFrom` },
  'credential-expired': { path: '/verifiableCredential/1/validUntil', property: `${VC}validUntil` },
  'country-code-invalid': {
    path: '/credentialSubject/gx:legalAddress/gx:countryCode',
    property: `${GX}countryCode`,
  },
  'depends-on-unknown': { path: '/credentialSubject/gx:dependsOn/1', property: `${GX}dependsOn` },
}

describe('checkRules', () => {
  it.each(RULE_CODES)('passes the valid fixture of %s', async (rule) => {
    expect(await findingsOf(fixture('valid', rule))).toEqual([])
  })

  it.each(RULE_CODES)(
    'reports %s on its invalid fixture, where it is, in English and French',
    async (rule) => {
      const findings = await findingsOf(fixture('invalid', rule))
      expect(findings).toEqual([
        {
          code: rule,
          ...EXPECTED[rule],
          message: { en: expect.any(String), fr: expect.any(String) },
          severity: 'violation',
        },
      ])
      expect(findings[0]!.message.en).not.toBe(findings[0]!.message.fr)
    },
  )

  it('has a fixture pair for every rule code and a path for each', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...RULE_CODES].sort())
  })

  it('refuses a validity date stated twice under keys that mean the same', async () => {
    const credential = fixture('valid', 'envelope-ambiguous')
    credential[`${VC}validUntil`] = '2030-01-01T00:00:00Z'
    expect((await findingsOf(credential)).map((f) => [f.code, f.path])).toEqual([
      ['envelope-ambiguous', '/validUntil'],
    ])
  })

  it('points at the value a partner wrote, with the number and why it is wrong', async () => {
    const [finding] = await findingsOf(fixture('invalid', 'registration-number-invalid'))
    expect(finding!.message.en).toContain('FR47938274610')
    expect(finding!.message.fr).toContain('FR47938274610')
    expect(finding!.message.en).toContain('48') // the key its SIREN gives
  })

  it('resolves a provider known to the node, by id or by DID', async () => {
    const byDid = fixture('valid', 'provider-unknown')
    ;(byDid.credentialSubject as Record<string, unknown>)['gx:providedBy'] = { id: bleu.did }
    expect(await findingsOf(byDid)).toEqual([])
    ;(byDid as Record<string, unknown>).issuer = 'did:web:intruder.example'
    expect((await findingsOf(byDid)).map((f) => f.code)).toEqual(['issuer-not-provider'])
  })

  it('checks the issuer against a known provider whose DID differs', async () => {
    const offering = fixture('valid', 'provider-unknown')
    offering.issuer = 'did:web:partner.example.eu'
    expect((await findingsOf(offering)).map((f) => [f.code, f.path])).toEqual([
      ['issuer-not-provider', '/credentialSubject/gx:providedBy'],
    ])
  })

  it('allows the clock skew at both ends of the validity period, and no more', async () => {
    const offering = fixture('valid', 'credential-not-yet-valid')
    expect(await findingsOf(offering, fakeContext({ clockSkewMs: 3 * 60_000 }))).toMatchObject([
      { code: 'credential-not-yet-valid' },
    ])
    const presentation = fixture('valid', 'credential-expired')
    expect(await findingsOf(presentation, fakeContext({ clockSkewMs: 0 }))).toMatchObject([
      { code: 'credential-expired', path: '/verifiableCredential/1/validUntil' },
    ])
  })

  it('reads VC 1.1 issuanceDate and expirationDate', async () => {
    const offering = fixture('valid', 'provider-unknown')
    const { validFrom: _from, validUntil: _until, ...rest } = offering
    const v1 = {
      ...rest,
      '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/gaia-x/2511#'],
      issuanceDate: '2026-01-01T00:00:00Z',
      expirationDate: '2026-02-01T00:00:00Z',
    }
    expect(await findingsOf(v1)).toMatchObject([
      { code: 'credential-expired', path: '/expirationDate', property: `${VC}expirationDate` },
    ])
  })

  it('reads a French gx:local as a SIREN, and other registrants’ as free text', async () => {
    const presentation = fixture('valid', 'registration-number-invalid')
    const subject = (presentation.verifiableCredential as any)[0].credentialSubject
    subject['gx:registrationNumber'][1]['gx:local'] = '938274611'
    expect(await findingsOf(presentation)).toMatchObject([
      {
        code: 'registration-number-invalid',
        path: '/verifiableCredential/0/credentialSubject/gx:registrationNumber/1/gx:local',
        property: `${GX}local`,
      },
    ])
    subject['gx:legalAddress']['gx:countryCode'] = 'DE'
    subject['gx:headquartersAddress']['gx:countryCode'] = 'DE'
    subject['gx:registrationNumber'].splice(0, 1) // the French VAT number
    subject['gx:registrationNumber'].splice(2, 1) // and EORI
    expect(await findingsOf(presentation)).toEqual([])
  })

  it('follows registration numbers linked from a LegalPerson in another credential', async () => {
    const presentation = fixture('valid', 'issuer-not-provider')
    const credentials = presentation.verifiableCredential as any[]
    credentials[0].credentialSubject['gx:registrationNumber'] = [
      { id: 'https://partner.example.eu/registration-numbers/siren' },
    ]
    credentials.push({
      ...credentials[0],
      id: 'https://partner.example.eu/credentials/registration-numbers/siren',
      type: ['VerifiableCredential', 'gx:LocalRegistrationNumber'],
      credentialSubject: {
        id: 'https://partner.example.eu/registration-numbers/siren',
        type: 'gx:LocalRegistrationNumber',
        'gx:local': '938274611',
      },
    })
    expect((await findingsOf(presentation)).map((f) => [f.code, f.path])).toEqual([
      ['registration-number-invalid', '/verifiableCredential/2/credentialSubject/gx:local'],
    ])
  })

  it('checks Tagus registration numbers, subdivision codes and terms hashes as well', async () => {
    const tagus =
      'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#'
    const credential = {
      '@context': ['https://www.w3.org/2018/credentials/v1', tagus],
      type: ['VerifiableCredential'],
      id: 'https://partner.example.eu/credentials/lrn',
      issuer: 'did:web:registration.lab.gaia-x.eu:v1',
      issuanceDate: '2026-01-01T00:00:00Z',
      credentialSubject: {
        id: 'https://partner.example.eu/lrn',
        type: 'gx:legalRegistrationNumber',
        'gx:vatID': 'BE0762747722',
        'gx:leiCode': '9695002BLEUCAT0G7Q50',
        'gx:EORI': 'XX123',
        'gx:vatID-countryCode': 'BE',
      },
    }
    const participant = {
      ...credential,
      id: 'https://partner.example.eu/credentials/participant',
      credentialSubject: {
        id: 'https://partner.example.eu/participant',
        type: 'gx:LegalParticipant',
        'gx:legalRegistrationNumber': { id: 'https://partner.example.eu/lrn' },
        'gx:headquarterAddress': { 'gx:countrySubdivisionCode': 'BE-BRU' },
        'gx:legalAddress': { 'gx:countrySubdivisionCode': 'QQ-BRU' },
      },
    }
    // as in the Tagus examples' so-tsandcs.json: gx:hash left empty
    const terms = {
      ...credential,
      id: 'https://partner.example.eu/credentials/terms',
      credentialSubject: {
        '@id': 'https://partner.example.eu/terms',
        '@type': 'gx:SOTermsAndConditions',
        'gx:URL': 'https://partner.example.eu/terms.pdf',
        'gx:hash': '',
      },
    }
    const findings = await findingsOf({ verifiableCredential: [credential, participant, terms] })
    expect(findings.map((f) => [f.code, f.path, f.property])).toEqual([
      [
        'registration-number-invalid',
        '/verifiableCredential/0/credentialSubject/gx:vatID',
        `${tagus}vatID`,
      ],
      [
        'registration-number-invalid',
        '/verifiableCredential/0/credentialSubject/gx:EORI',
        `${tagus}EORI`,
      ],
      [
        'country-code-invalid',
        '/verifiableCredential/1/credentialSubject/gx:legalAddress/gx:countrySubdivisionCode',
        `${tagus}countrySubdivisionCode`,
      ],
      ['terms-hash-invalid', '/verifiableCredential/2/credentialSubject/gx:hash', `${tagus}hash`],
    ])
  })

  it('uses the node pointers it is given when the document cannot be searched by key', async () => {
    const [credential] = await checked(fixture('invalid', 'terms-hash-invalid'))
    const subject = credential!.expanded[`${VC}credentialSubject`] as ExpandedNode[]
    const findings = await checkRules(
      [
        {
          ...credential!,
          document: {},
          nodePointers: new Map([[subject[0]!['@id']!, '/credentialSubject']]),
        },
      ],
      fakeContext(),
    )
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['terms-hash-invalid', '/credentialSubject'],
    ])
  })

  it('never throws on odd input: missing subjects, literals where nodes belong, empty values', async () => {
    const odd = (expanded: unknown, document: unknown = {}): CheckedCredential => ({
      pointer: '',
      document: document as Record<string, unknown>,
      expanded: expanded as ExpandedNode,
      extracted: {
        credentialId: null,
        issuer: '',
        subjectId: null,
        types: [],
        validFrom: null,
        validUntil: null,
      },
      nodePointers: new Map(),
    })
    const cases = [
      odd(undefined, null),
      odd({}),
      odd({ [`${VC}credentialSubject`]: 'not a list' }),
      odd({ [`${VC}credentialSubject`]: [{ '@type': 'not a list', '@id': 5 }, { '@type': [7] }] }),
      odd(
        { [`${VC}credentialSubject`]: [{ '@value': 'x' }, null, 3, [[]]] },
        { credentialSubject: 7 },
      ),
      odd({
        '@type': [`${GX}ServiceOffering`],
        [`${VC}validFrom`]: [{ '@value': 'yesterday' }],
        [`${VC}validUntil`]: [{ '@value': null }],
        [`${VC}credentialSubject`]: [
          {
            '@type': [`${GX}ServiceOffering`, `${GX}LegalPerson`],
            [`${GX}providedBy`]: [{ '@value': 'did:web:x' }, {}],
            [`${GX}dependsOn`]: [{ '@id': 42 }],
            [`${GX}vatID`]: [{ '@value': {} }, { '@value': '' }],
            [`${GX}legalAddress`]: ['FR', null],
            [`${GX}registrationNumber`]: [{ '@list': [] }],
            [`${GX}hash`]: [{ '@value': 12 }],
          },
        ],
      }),
    ]
    for (const c of cases)
      await expect(checkRules([c], fakeContext())).resolves.toBeInstanceOf(Array)
    await expect(checkRules([], fakeContext())).resolves.toEqual([])
  })
})
