// Registration numbers of Gaia-X participants (Loire gx:VatID, gx:LeiCode, gx:EORI, gx:EUID,
// gx:LocalRegistrationNumber, gx:TaxID; Tagus gx:legalRegistrationNumber): well-formedness and,
// where the algorithm is public and stable, check digits. Pure functions, no I/O: whether a
// number is actually allocated is for VIES, GLEIF or the registers to say, not for this module.
import { frenchVatKey, iso7064Mod97, luhnValid } from './check-digits.js'
import { EU_MEMBER_STATES, ISO_3166_ALPHA2 } from './country-codes.js'
import { VAT_SYSTEMS } from './vat-numbers.js'

export {
  belgianCheckDigits,
  elfproefCheckDigit,
  frenchVatKey,
  iso7064Mod11Radix10,
  leiCheckDigits,
  luhnCheckDigit,
} from './check-digits.js'
export {
  EU_MEMBER_STATES,
  ISO_3166_ALPHA2,
  ISO_3166_ALPHA3,
  ISO_3166_NUMERIC,
  isCountryCode,
} from './country-codes.js'

export type Message = { en: string; fr: string }
/** What is wrong: the shape of the number, its length, its check digits, or its country. */
export type CheckFailure = 'format' | 'length' | 'check-digit' | 'country'
/** `checked` says how far a valid number was verified: its check digits, or its format only. */
export type CheckResult =
  | { valid: true; checked: 'check-digit' | 'format' }
  | { valid: false; failure: CheckFailure; reason: Message }

const ALGORITHM = { valid: true, checked: 'check-digit' } as const
const FORMAT_ONLY = { valid: true, checked: 'format' } as const

function fail(failure: CheckFailure, en: string, fr: string): CheckResult {
  return { valid: false, failure, reason: { en, fr } }
}

/** Drops the separators people type (spaces, dots, hyphens) and upper-cases. */
function compact(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase()
}

/**
 * French SIREN: 9 digits, Luhn.
 * @example checkSiren('380129866') // { valid: true, checked: 'check-digit' }
 */
export function checkSiren(value: string): CheckResult {
  const siren = compact(value)
  if (!/^\d{9}$/.test(siren) || /^0+$/.test(siren)) {
    return fail('format', 'a SIREN is 9 digits', 'un SIREN comporte 9 chiffres')
  }
  if (!luhnValid(siren)) {
    return fail(
      'check-digit',
      `the SIREN ${siren} fails its Luhn check (a digit is wrong or swapped)`,
      `le SIREN ${siren} ne respecte pas la clé de Luhn (un chiffre est faux ou inversé)`,
    )
  }
  return ALGORITHM
}

// La Poste's establishments share SIREN 356000000 and were numbered past what Luhn allows: INSEE
// checks their SIRET by digit sum mod 5 instead, except the head office's, which is Luhn-valid.
const LA_POSTE_SIREN = '356000000'
const LA_POSTE_HEAD_OFFICE = '35600000000048'

/**
 * French SIRET: SIREN + 5-digit establishment number, Luhn over all 14 digits (La Poste:
 * digit sum ≡ 0 mod 5).
 * @example checkSiret('35600000000048') // La Poste's head office
 */
export function checkSiret(value: string): CheckResult {
  const siret = compact(value)
  if (!/^\d{14}$/.test(siret)) {
    return fail(
      'format',
      'a SIRET is 14 digits (SIREN + establishment number)',
      'un SIRET comporte 14 chiffres (SIREN + numéro d’établissement)',
    )
  }
  const siren = checkSiren(siret.slice(0, 9))
  if (!siren.valid) return siren
  const valid =
    siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE
      ? [...siret].reduce((sum, c) => sum + Number(c), 0) % 5 === 0
      : luhnValid(siret)
  if (!valid) {
    return fail(
      'check-digit',
      `the SIRET ${siret} fails its check (Luhn; digit sum mod 5 for La Poste)`,
      `le SIRET ${siret} ne respecte pas sa clé (Luhn ; somme des chiffres modulo 5 pour La Poste)`,
    )
  }
  return ALGORITHM
}

/**
 * French intra-EU VAT number: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.
 *
 * @NOTE VIES also lists "new-style" keys with letters (FRK7…). They are not computed from a
 * SIREN, so a company identified by its SIREN never has one: a letter key is reported with the
 * numeric key its SIREN gives. Monaco's numbers (SIREN part 000…) carry no Luhn digit.
 *
 * @example checkFrenchVat('FR89380129866') // Orange SA
 */
export function checkFrenchVat(value: string): CheckResult {
  const vat = compact(value)
  const body = vat.startsWith('FR') ? vat.slice(2) : vat
  if (!/^[0-9A-HJ-NP-Z]{2}\d{9}$/.test(body)) {
    return fail(
      'format',
      'a French VAT number is FR, a 2-digit key and the 9-digit SIREN (FR99999999999)',
      'un numéro de TVA français est FR, une clé de 2 chiffres et le SIREN de 9 chiffres (FR99999999999)',
    )
  }
  const [key, siren] = [body.slice(0, 2), body.slice(2)]
  if (!siren.startsWith('000')) {
    const sirenCheck = checkSiren(siren)
    if (!sirenCheck.valid) return sirenCheck
  }
  const expected = frenchVatKey(siren)
  if (!/^\d\d$/.test(key)) {
    return fail(
      'check-digit',
      `the key ${key} has letters; a company's key is computed from its SIREN ${siren}: FR${expected}${siren}`,
      `la clé ${key} contient des lettres ; la clé d’une entreprise se calcule à partir de son SIREN ${siren} : FR${expected}${siren}`,
    )
  }
  if (key !== expected) {
    return fail(
      'check-digit',
      `the key ${key} does not match the SIREN ${siren}: (12 + 3 × (SIREN mod 97)) mod 97 = ${expected}`,
      `la clé ${key} ne correspond pas au SIREN ${siren} : (12 + 3 × (SIREN mod 97)) mod 97 = ${expected}`,
    )
  }
  return ALGORITHM
}

/** The VAT prefixes `checkVatId` knows, and whether it verifies their check digits or format only. */
export const VAT_PREFIXES: Readonly<Record<string, 'check-digit' | 'format'>> = {
  FR: 'check-digit',
  ...Object.fromEntries(
    Object.entries(VAT_SYSTEMS).map(([p, s]) => [p, s.check ? 'check-digit' : 'format'] as const),
  ),
}

/** VAT prefix of a country code: Greece files as EL; Northern Ireland (XI) is GB for ISO. */
function vatPrefixOf(countryCode: string): string {
  return countryCode === 'GR' ? 'EL' : countryCode
}

/**
 * An EU (or XI, GB, CH, NO) VAT identification number, prefix included; without a prefix,
 * `countryCode` (the gx:VatID's gx:countryCode) names the system. A prefix that contradicts
 * `countryCode` is reported.
 *
 * @example
 * checkVatId('DE136695976') // { valid: true, checked: 'check-digit' }
 * checkVatId('136695976', 'DE') // the same
 */
export function checkVatId(value: string, countryCode?: string): CheckResult {
  const vat = compact(value)
  const hinted =
    countryCode && ISO_3166_ALPHA2.has(countryCode) ? vatPrefixOf(countryCode) : undefined
  const written = vat.slice(0, 2)
  const prefixed = Object.hasOwn(VAT_PREFIXES, written)
  const prefix = prefixed ? written : hinted
  if (prefix === undefined || !Object.hasOwn(VAT_PREFIXES, prefix)) {
    return fail(
      'country',
      `${vat || 'an empty value'} does not start with the prefix of a VAT system (EU member state, XI, GB, CH or NO); write it as issued, e.g. FR… or DE…`,
      `${vat || 'une valeur vide'} ne commence pas par le préfixe d’un système de TVA (État membre de l’UE, XI, GB, CH ou NO) ; écrivez-le tel qu’il a été attribué, par ex. FR… ou DE…`,
    )
  }
  if (prefixed && hinted && hinted !== prefix && !(hinted === 'GB' && prefix === 'XI')) {
    return fail(
      'country',
      `the number has the prefix ${prefix} but gx:countryCode is ${countryCode}`,
      `le numéro porte le préfixe ${prefix} mais gx:countryCode vaut ${countryCode}`,
    )
  }
  if (prefix === 'FR') return checkFrenchVat(prefixed ? vat : `FR${vat}`)
  const system = VAT_SYSTEMS[prefix]!
  const body = prefixed ? vat.slice(2) : vat
  if (!system.pattern.test(body)) {
    return fail(
      'format',
      `a ${prefix} VAT number has the form ${prefix}${system.format} (9 = digit, L = letter, X = either)`,
      `un numéro de TVA ${prefix} a la forme ${prefix}${system.format} (9 = chiffre, L = lettre, X = l’un ou l’autre)`,
    )
  }
  if (system.check && !system.check(body)) {
    return fail(
      'check-digit',
      `the check digits of ${prefix}${body} are wrong (a character is mistyped or swapped)`,
      `la clé de contrôle de ${prefix}${body} est fausse (un caractère est mal saisi ou inversé)`,
    )
  }
  return system.check ? ALGORITHM : FORMAT_ONLY
}

/**
 * LEI (ISO 17442): 18 alphanumerics and 2 check digits, ISO 7064 MOD 97-10 remainder 1.
 * @example checkLei('506700GE1G29325QX363') // GLEIF itself
 */
export function checkLei(value: string): CheckResult {
  const lei = value.replace(/\s/g, '').toUpperCase()
  if (lei.length !== 20) {
    return fail(
      'length',
      `an LEI has 20 characters, ${lei} has ${lei.length}`,
      `un LEI comporte 20 caractères, ${lei} en a ${lei.length}`,
    )
  }
  if (!/^[0-9A-Z]{18}\d{2}$/.test(lei)) {
    return fail(
      'format',
      'an LEI is 18 letters or digits followed by 2 check digits',
      'un LEI est composé de 18 lettres ou chiffres suivis de 2 chiffres de contrôle',
    )
  }
  if (iso7064Mod97(lei) !== 1) {
    return fail(
      'check-digit',
      `the check digits of the LEI ${lei} are wrong (ISO 7064 MOD 97-10); copy it from search.gleif.org`,
      `les chiffres de contrôle du LEI ${lei} sont faux (ISO 7064 MOD 97-10) ; recopiez-le depuis search.gleif.org`,
    )
  }
  return ALGORITHM
}

// EORI numbers are issued by EU customs (Greece: GR, sometimes written EL) and, since Brexit,
// by the UK (GB) and for Northern Ireland (XI).
const EORI_ISSUERS = new Set([...EU_MEMBER_STATES, 'EL', 'GB', 'XI'])

/**
 * EORI: issuing country + up to 15 letters or digits; a French EORI is FR + the SIRET, whose
 * check digit is verified. Other countries: format only (no public check digit).
 * @example checkEori('FR73282932000074')
 */
export function checkEori(value: string): CheckResult {
  const eori = value.replace(/\s/g, '').toUpperCase()
  const match = /^([A-Z]{2})([0-9A-Z]{1,15})$/.exec(eori)
  if (!match) {
    return fail(
      'format',
      'an EORI number is the issuing country code followed by up to 15 letters or digits',
      'un numéro EORI est le code du pays émetteur suivi d’au plus 15 lettres ou chiffres',
    )
  }
  const [, country, rest] = match as unknown as [string, string, string]
  if (!EORI_ISSUERS.has(country)) {
    return fail(
      'country',
      `${country} does not issue EORI numbers (EU member states, GB and XI do)`,
      `${country} n’attribue pas de numéros EORI (les États membres de l’UE, GB et XI le font)`,
    )
  }
  if (country !== 'FR') return FORMAT_ONLY
  const siret = checkSiret(rest)
  if (siret.valid) return ALGORITHM
  return fail(
    siret.failure,
    `a French EORI is FR followed by the SIRET: ${siret.reason.en}`,
    `un EORI français est FR suivi du SIRET : ${siret.reason.fr}`,
  )
}

// EUIDs identify companies in the EEA business registers interconnection (BRIS).
const EEA = new Set([...EU_MEMBER_STATES, 'EL', 'IS', 'LI', 'NO'])

/**
 * EUID (Implementing Regulation (EU) 2021/1042): country code, register identifier, a dot and
 * the number in that register, e.g. `DEK1101R.HRB116737`. Format only: the optional check
 * digit is register-specific and unpublished.
 */
export function checkEuid(value: string): CheckResult {
  const match = /^([A-Z]{2})([A-Z0-9]{1,13})\.([A-Za-z0-9][A-Za-z0-9./-]{0,49})$/.exec(value.trim())
  if (!match) {
    return fail(
      'format',
      'an EUID is the country code, the register identifier, a dot and the registration number, e.g. DEK1101R.HRB116737',
      'un EUID est le code pays, l’identifiant du registre, un point et le numéro d’immatriculation, par ex. DEK1101R.HRB116737',
    )
  }
  if (!EEA.has(match[1]!)) {
    return fail(
      'country',
      `${match[1]} is not a country of the European Economic Area, where EUIDs are issued`,
      `${match[1]} n’est pas un pays de l’Espace économique européen, où les EUID sont attribués`,
    )
  }
  return FORMAT_ONLY
}

/** Tax identifiers differ by country: only a sanity check of length and characters. */
export function checkTaxId(value: string): CheckResult {
  const tax = value.trim()
  if (!/^[A-Za-z0-9][A-Za-z0-9 ./-]{1,38}[A-Za-z0-9]$/.test(tax) || !/\d/.test(tax)) {
    return fail(
      'format',
      'a tax identifier is 3 to 40 letters and digits (spaces, dots, hyphens and slashes allowed), with at least one digit',
      'un identifiant fiscal comporte 3 à 40 lettres et chiffres (espaces, points, tirets et barres obliques admis), dont au moins un chiffre',
    )
  }
  return FORMAT_ONLY
}

const FRANCE = new Set(['FR', 'FRA', '250'])

/**
 * A state-issued company number. For an entity registered in France (`countryCode` FR), 9 or
 * 14 digits are a SIREN or SIRET and their check digit is verified; anything else, and other
 * countries, must only be non-blank.
 */
export function checkLocalRegistrationNumber(value: string, countryCode?: string): CheckResult {
  if (value.trim() === '') {
    return fail(
      'format',
      'the registration number is blank',
      'le numéro d’immatriculation est vide',
    )
  }
  if (countryCode === undefined || !FRANCE.has(countryCode)) return FORMAT_ONLY
  const number = value.replace(/\s/g, '')
  if (/^\d{9}$/.test(number)) return checkSiren(number)
  if (/^\d{14}$/.test(number)) return checkSiret(number)
  return FORMAT_ONLY
}
