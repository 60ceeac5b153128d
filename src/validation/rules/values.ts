// Rules on single values, as one table: which property (any Gaia-X namespace, or a full IRI),
// what is wrong with a value, and how to say it. A missing or non-literal value is a shape
// matter and is skipped here.
import { GX_NAMESPACES, SCHEMA } from '../../model/expanded.js'
import type { Finding } from '../../errors.js'
import {
  ISO_3166_ALPHA2,
  checkEori,
  checkEuid,
  checkLei,
  checkLocalRegistrationNumber,
  checkTaxId,
  checkVatId,
  isCountryCode,
  type CheckResult,
  type Message,
} from '../registration-numbers.js'
import {
  finding,
  gxValuesAt,
  isNode,
  literal,
  reference,
  typesOf,
  valuesAt,
  type Located,
} from './locate.js'

/** What a value rule may know beyond the value: registrants' countries across the submission. */
export type ValueEnv = { registrantCountry: Map<string, string> }

type ValueRule = {
  code: string
  /** Gaia-X local names (every Gaia-X namespace) or full IRIs. */
  properties: string[]
  /** Why the value is wrong, or undefined when it is fine. */
  check: (value: string, at: Located, env: ValueEnv) => Message | undefined
  message: (value: string, reason: Message) => Message
}

const reasonOf = (result: CheckResult) => (result.valid ? undefined : result.reason)

const registrationNumber = (
  properties: string[],
  label: Message,
  check: (value: string, at: Located, env: ValueEnv) => CheckResult,
): ValueRule => ({
  code: 'registration-number-invalid',
  properties,
  check: (value, at, env) => reasonOf(check(value, at, env)),
  message: (value, reason) => ({
    en: `${label.en} "${value}" is not valid: ${reason.en}. Write the number exactly as the register issued it.`,
    fr: `${label.fr} « ${value} » n’est pas valide : ${reason.fr}. Saisissez le numéro tel que le registre l’a attribué.`,
  }),
})

const SHA256_HEX = /^[0-9a-fA-F]{64}$/

const countryCodeMessage = (value: string): Message => {
  const upper = value.toUpperCase() !== value && isCountryCode(value.toUpperCase())
  return {
    en: `"${value}" is not an ISO 3166-1 country code. ${upper ? `Write it in upper case: ${value.toUpperCase()}.` : 'Use the alpha-2 code (FR), the alpha-3 code (FRA) or the numeric code (250).'}`,
    fr: `« ${value} » n’est pas un code pays ISO 3166-1. ${upper ? `Écrivez-le en majuscules : ${value.toUpperCase()}.` : 'Utilisez le code alpha-2 (FR), alpha-3 (FRA) ou numérique (250).'}`,
  }
}

const subdivisionMessage = (value: string): Message => ({
  en: `"${value}" does not start with an ISO 3166-1 alpha-2 country code. Use an ISO 3166-2 subdivision code such as FR-IDF or BE-BRU.`,
  fr: `« ${value} » ne commence pas par un code pays ISO 3166-1 alpha-2. Utilisez un code de subdivision ISO 3166-2 tel que FR-IDF ou BE-BRU.`,
})

const VALUE_RULES: readonly ValueRule[] = [
  registrationNumber(['vatID'], { en: 'The VAT number', fr: 'Le numéro de TVA' }, (v, at) =>
    checkVatId(v, ownCountry(at)),
  ),
  registrationNumber(
    [`${SCHEMA}leiCode`, 'leiCode'],
    { en: 'The LEI', fr: 'Le code LEI' },
    checkLei,
  ),
  registrationNumber(['eori', 'EORI'], { en: 'The EORI number', fr: 'Le numéro EORI' }, checkEori),
  registrationNumber(['euid', 'EUID'], { en: 'The EUID', fr: 'L’EUID' }, checkEuid),
  registrationNumber(
    ['local'],
    { en: 'The registration number', fr: 'Le numéro d’immatriculation' },
    (v, at, env) => checkLocalRegistrationNumber(v, registrantCountry(at, env)),
  ),
  registrationNumber(
    [`${SCHEMA}taxID`, 'taxID'],
    { en: 'The tax identifier', fr: 'L’identifiant fiscal' },
    checkTaxId,
  ),
  {
    code: 'terms-hash-invalid',
    // Loire gx:TermsAndConditions (and its service/usage variants), Tagus gx:SOTermsAndConditions;
    // gx:Issuer states the accepted Gaia-X terms by their hash too.
    properties: ['hash', 'gaiaxTermsAndConditions'],
    check: (value) =>
      SHA256_HEX.test(value)
        ? undefined
        : { en: 'not 64 hex digits', fr: 'pas 64 chiffres hexadécimaux' },
    message: (value) => ({
      en: `"${value}" is not a SHA-256 digest. Give the SHA-256 of the terms document as 64 hexadecimal characters.`,
      fr: `« ${value} » n’est pas une empreinte SHA-256. Indiquez le SHA-256 du document des conditions, en 64 caractères hexadécimaux.`,
    }),
  },
  {
    code: 'country-code-invalid',
    // Tagus issuers also state the country of a registration number beside it.
    properties: ['countryCode', 'vatID-countryCode', 'leiCode-countryCode'],
    check: (value) => (isCountryCode(value) ? undefined : countryCodeMessage(value)),
    message: (value) => countryCodeMessage(value),
  },
  {
    code: 'country-code-invalid',
    // Tagus addresses (gx:countrySubdivisionCode) and Loire LEI records (gx:subdivisionCountryCode)
    properties: ['countrySubdivisionCode', 'subdivisionCountryCode'],
    check: (value) =>
      ISO_3166_ALPHA2.has(value.slice(0, 2).toUpperCase()) && value[2] === '-'
        ? undefined
        : subdivisionMessage(value),
    message: (value) => subdivisionMessage(value),
  },
]

const IRIS = new Map(
  VALUE_RULES.map((rule) => [
    rule,
    rule.properties.flatMap((p) => (p.includes('://') ? [p] : GX_NAMESPACES.map((ns) => ns + p))),
  ]),
)

/**
 * Runs the value rules over located nodes.
 * @example checkValues(locateNodes(credential), { registrantCountry: new Map() })
 */
export function checkValues(located: Located[], env: ValueEnv): Finding[] {
  const findings: Finding[] = []
  for (const at of located) {
    for (const rule of VALUE_RULES) {
      for (const iri of IRIS.get(rule)!) {
        for (const { value, pointer } of valuesAt(at, iri)) {
          const text = literal(value)
          if (text === undefined) continue
          const reason = rule.check(text, at, env)
          if (reason) findings.push(finding(rule.code, pointer, iri, rule.message(text, reason)))
        }
      }
    }
  }
  return findings
}

const PARTICIPANT_TYPES = new Set(['gx:LegalPerson', 'gx:LegalParticipant'])

/**
 * Country of each registration number's holder, by the number's node id: a participant's legal
 * (else headquarters) address, so that a bare gx:local can be read as a SIREN or not.
 */
export function registrantCountries(located: Located[]): Map<string, string> {
  const countries = new Map<string, string>()
  for (const at of located) {
    const country = participantCountry(at)
    if (country === undefined) continue
    for (const link of ['registrationNumber', 'legalRegistrationNumber'])
      for (const { value } of gxValuesAt(at, link)) {
        const id = reference(value)
        if (id !== undefined && !countries.has(id)) countries.set(id, country)
      }
  }
  return countries
}

function participantCountry(at: Located): string | undefined {
  if (!typesOf(at).some((t) => PARTICIPANT_TYPES.has(t))) return undefined
  for (const link of ['legalAddress', 'headquartersAddress', 'headquarterAddress']) {
    for (const { value } of gxValuesAt(at, link)) {
      if (!isNode(value)) continue
      const address = { node: value, json: undefined, pointer: '' }
      const code = gxValuesAt(address, 'countryCode').map((v) => literal(v.value))[0]
      if (code !== undefined) return code
      const subdivision = gxValuesAt(address, 'countrySubdivisionCode').map((v) =>
        literal(v.value),
      )[0]
      if (subdivision !== undefined) return subdivision.slice(0, 2).toUpperCase()
    }
  }
  return undefined
}

function ownCountry(at: Located): string | undefined {
  return gxValuesAt(at, 'countryCode')
    .concat(gxValuesAt(at, 'vatID-countryCode'))
    .map((v) => literal(v.value))
    .find((c) => c !== undefined)
}

function registrantCountry(at: Located, env: ValueEnv): string | undefined {
  const id = at.node['@id']
  const linked = typeof id === 'string' ? env.registrantCountry.get(id) : undefined
  if (linked !== undefined) return linked
  // embedded in its participant rather than linked by id
  for (let p = at.parent; p; p = p.parent) {
    const country = participantCountry(p)
    if (country !== undefined) return country
  }
  return ownCountry(at)
}
