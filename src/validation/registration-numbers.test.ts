import { describe, expect, it } from 'vitest'
import { bleuProvider } from '../../seed/bleu-offerings.js'
import { partnerProviders } from '../../seed/partners.js'
import { registrationSubjects } from '../../seed/registration-numbers.js'
import {
  EU_MEMBER_STATES,
  ISO_3166_ALPHA2,
  ISO_3166_ALPHA3,
  ISO_3166_NUMERIC,
  VAT_PREFIXES,
  belgianCheckDigits,
  checkEori,
  checkEuid,
  checkFrenchVat,
  checkLei,
  checkLocalRegistrationNumber,
  checkSiren,
  checkSiret,
  checkTaxId,
  checkVatId,
  elfproefCheckDigit,
  frenchVatKey,
  iso7064Mod11Radix10,
  isCountryCode,
  leiCheckDigits,
  luhnCheckDigit,
  type CheckResult,
} from './registration-numbers.js'

const checked = (by: 'check-digit' | 'format') => ({ valid: true, checked: by })
const failed = (failure: string) => expect.objectContaining({ valid: false, failure })

// Fixed points: numbers published by the companies (invoices, legal notices), by the tax
// administrations, or as examples in python-stdnum's documentation. Each row pairs a valid
// number with the same number one digit off.
const VAT_NUMBERS: [valid: string, oneDigitOff: string, whose: string][] = [
  ['FR89380129866', 'FR89380129867', 'Orange SA'],
  ['FR83404833048', 'FR83404833049', 'INSEE worked example'],
  ['DE143454214', 'DE143454215', 'SAP SE'],
  ['DE814584193', 'DE814584194', 'Amazon EU, German branch'],
  ['BE0202239951', 'BE0202239952', 'Proximus'],
  ['BE0417497106', 'BE0417497107', 'AB InBev'],
  ['NL004495445B01', 'NL004495446B01', 'stdnum example (RSIN elfproef)'],
  ['NL000099998B57', 'NL000099998B58', 'Belastingdienst example (btw-id, MOD 97)'],
  ['IT00905811006', 'IT00905811007', 'Eni'],
  ['IT00743110157', 'IT00743110158', 'stdnum example'],
  ['ESA28015865', 'ESA28015866', 'Telefónica'],
  ['ESA15075062', 'ESA15075063', 'Inditex'],
  ['ES54362315K', 'ES54362316K', 'stdnum example (DNI)'],
  ['ESX5253868R', 'ESX5253869R', 'stdnum example (NIE)'],
  ['LU20260743', 'LU20260744', 'Amazon EU Sàrl'],
  ['ATU13585627', 'ATU13585628', 'stdnum example'],
  ['PL7740001454', 'PL7740001455', 'PKN Orlen'],
  ['PT500697256', 'PT500697257', 'EDP'],
  ['SE556012579001', 'SE556012578001', 'AB Volvo'],
  ['DK24256790', 'DK24256791', 'Novo Nordisk'],
  ['FI01120389', 'FI01120380', 'Nokia'],
  ['IE6388047V', 'IE6388048V', 'Google Ireland'],
  ['IE9692928F', 'IE9692929F', 'Meta Platforms Ireland'],
  ['IE8256796U', 'IE8256797U', 'Microsoft Ireland Operations'],
  ['IE8D79739I', 'IE8D79730I', 'stdnum example (pre-2013 form)'],
  ['EE100931558', 'EE100931559', 'stdnum example'],
  ['EL094259216', 'EL094259217', 'stdnum example'],
  ['HR33392005961', 'HR33392005962', 'stdnum example'],
  ['HU12892312', 'HU12892313', 'stdnum example'],
  ['MT11679112', 'MT11679113', 'stdnum example'],
  ['RO18547290', 'RO18547291', 'stdnum example'],
  ['SI50223054', 'SI50223055', 'stdnum example'],
  ['SK2022749619', 'SK2022749610', 'stdnum example'],
  ['CY10259033P', 'CY10259034P', 'stdnum example'],
  ['GB980780684', 'GB980780685', 'stdnum example'],
  ['XI980780684', 'XI980780685', 'the same number, Northern Ireland prefix'],
  ['CHE107787577MWST', 'CHE107787578MWST', 'Swiss UID + MWST'],
  ['NO995525828MVA', 'NO995525829MVA', 'stdnum example'],
]

describe('checkVatId', () => {
  it.each(VAT_NUMBERS)('accepts %s and rejects %s (%s)', (valid, oneOff) => {
    expect(checkVatId(valid)).toEqual(checked('check-digit'))
    expect(checkVatId(oneOff)).toEqual(failed('check-digit'))
  })

  it('checks the format only where no public check digit exists', () => {
    for (const vat of ['BG175074752', 'CZ25123891', 'LT119511515', 'LV40003521600'])
      expect(checkVatId(vat), vat).toEqual(checked('format'))
    expect(checkVatId('CZ2512389')).toEqual(failed('format'))
  })

  it('knows every EU member state (Greece as EL), XI, GB, CH and NO', () => {
    const expected = [...EU_MEMBER_STATES].map((c) => (c === 'GR' ? 'EL' : c))
    expect(Object.keys(VAT_PREFIXES).sort()).toEqual([...expected, 'XI', 'GB', 'CH', 'NO'].sort())
    const algorithm = ['FR', 'DE', 'BE', 'NL', 'IT', 'ES', 'LU', 'AT', 'PL', 'PT', 'SE', 'DK', 'FI']
    for (const prefix of [...algorithm, 'IE'])
      expect(VAT_PREFIXES[prefix], prefix).toBe('check-digit')
  })

  it('reads separators and lower case as people type them', () => {
    expect(checkVatId('fr 89 380 129 866')).toEqual(checked('check-digit'))
    expect(checkVatId('DE-143.454.214')).toEqual(checked('check-digit'))
  })

  it('takes the country from gx:countryCode when the prefix is missing, and rejects a contradiction', () => {
    expect(checkVatId('143454214', 'DE')).toEqual(checked('check-digit'))
    expect(checkVatId('094259216', 'GR')).toEqual(checked('check-digit'))
    expect(checkVatId('89380129866', 'FR')).toEqual(checked('check-digit'))
    expect(checkVatId('XI980780684', 'GB')).toEqual(checked('check-digit'))
    expect(checkVatId('DE143454214', 'FR')).toEqual(failed('country'))
    expect(checkVatId('143454214')).toEqual(failed('country'))
    expect(checkVatId('US123456789')).toEqual(failed('country'))
    expect(checkVatId('')).toEqual(failed('country'))
  })

  it('rejects a number of the wrong shape for its country', () => {
    expect(checkVatId('DE14345421')).toEqual(failed('format'))
    expect(checkVatId('DE043454214')).toEqual(failed('format'))
    expect(checkVatId('AT13585627')).toEqual(failed('format'))
    expect(checkVatId('NL004495445B00')).toEqual(failed('format'))
    expect(checkVatId('SE556012579002')).toEqual(failed('format'))
  })
})

describe('French numbers', () => {
  it('accepts SIRENs by their Luhn digit, and rejects a changed digit', () => {
    for (const siren of ['380129866', '404833048', '356000000'])
      expect(checkSiren(siren), siren).toEqual(checked('check-digit'))
    expect(checkSiren('380129867')).toEqual(failed('check-digit'))
    expect(checkSiren('38012986')).toEqual(failed('format'))
    expect(checkSiren('000000000')).toEqual(failed('format'))
  })

  it('accepts SIRETs by Luhn, and La Poste establishments by digit sum mod 5', () => {
    expect(checkSiret('73282932000074')).toEqual(checked('check-digit'))
    expect(checkSiret('73282932000075')).toEqual(failed('check-digit'))
    expect(checkSiret('35600000000048')).toEqual(checked('check-digit')) // head office: Luhn
    expect(checkSiret('35600000000001')).toEqual(checked('check-digit')) // sum 15, not Luhn
    expect(checkSiret('35600000000014')).toEqual(failed('check-digit')) // Luhn, sum 19
    expect(checkSiret('7328293200007')).toEqual(failed('format'))
    expect(checkSiret('73282932100074')).toEqual(failed('check-digit')) // SIREN part fails Luhn
  })

  it('rejects a VAT key that does not match the SIREN, naming the right one', () => {
    const result = checkFrenchVat('FR88380129866') as Extract<CheckResult, { valid: false }>
    expect(result).toEqual(failed('check-digit'))
    expect(result.reason.en).toContain('89')
    expect(checkFrenchVat('FR89380129867')).toEqual(failed('check-digit')) // SIREN not Luhn
  })

  it('rejects letter keys for SIREN-registered companies, and accepts Monaco numbers', () => {
    const letters = checkFrenchVat('FRK7399859412') as Extract<CheckResult, { valid: false }>
    expect(letters).toEqual(failed('check-digit'))
    expect(letters.reason.en).toContain('FR06399859412')
    expect(checkFrenchVat('FRIO399859412')).toEqual(failed('format')) // I and O are never used
    expect(checkFrenchVat(`FR${frenchVatKey('000123456')}000123456`)).toEqual(
      checked('check-digit'),
    )
  })
})

describe('checkLei', () => {
  it.each([
    ['506700GE1G29325QX363', 'GLEIF'],
    ['R0MUWSFPU8MPRO8K5P83', 'BNP Paribas'],
    ['O2RNE8IBXP4R0TD8PU41', 'Société Générale'],
    ['HWUPKR0MPOU8FGXBT394', 'Apple Inc.'],
  ])('accepts %s (%s)', (lei) => {
    expect(checkLei(lei)).toEqual(checked('check-digit'))
    expect(checkLei(lei.toLowerCase())).toEqual(checked('check-digit'))
  })

  it('rejects wrong check digits, length and characters', () => {
    expect(checkLei('506700GE1G29325QX364')).toEqual(failed('check-digit'))
    expect(checkLei('506700GE1G29325QX36')).toEqual(failed('length'))
    expect(checkLei('506700GE1G29325QX3A3')).toEqual(failed('format'))
    expect(checkLei('506700GE1G29325Q_363')).toEqual(failed('format'))
  })
})

describe('checkEori', () => {
  it('checks the SIRET inside a French EORI', () => {
    expect(checkEori('FR73282932000074')).toEqual(checked('check-digit'))
    expect(checkEori('FR73282932000075')).toEqual(failed('check-digit'))
    expect(checkEori('FR732829320')).toEqual(failed('format'))
  })

  it('checks the form elsewhere, and that the country issues EORI numbers', () => {
    expect(checkEori('DE1234567')).toEqual(checked('format'))
    expect(checkEori('GB123456789000')).toEqual(checked('format'))
    expect(checkEori('US123456789')).toEqual(failed('country'))
    expect(checkEori('DE1234567890123456')).toEqual(failed('format'))
    expect(checkEori('DE')).toEqual(failed('format'))
  })
})

describe('checkEuid', () => {
  it('accepts the register-dot-number form of EEA countries, format only', () => {
    for (const euid of ['DEK1101R.HRB116737', 'FRRCS.380129866', 'NONBR.995525828'])
      expect(checkEuid(euid), euid).toEqual(checked('format'))
  })

  it('rejects a missing dot, an empty number or a country outside the EEA', () => {
    expect(checkEuid('DEK1101RHRB116737')).toEqual(failed('format'))
    expect(checkEuid('DEK1101R.')).toEqual(failed('format'))
    expect(checkEuid('USDE.123')).toEqual(failed('country'))
  })
})

describe('checkTaxId and checkLocalRegistrationNumber', () => {
  it('check a tax identifier for sane length and characters only', () => {
    expect(checkTaxId('12-3456789')).toEqual(checked('format'))
    expect(checkTaxId('RSSMRA85T10A562S')).toEqual(checked('format'))
    expect(checkTaxId('n/a')).toEqual(failed('format'))
    expect(checkTaxId('1')).toEqual(failed('format'))
  })

  it('read 9 or 14 digits of a French registrant as a SIREN or SIRET', () => {
    expect(checkLocalRegistrationNumber('380 129 866', 'FR')).toEqual(checked('check-digit'))
    expect(checkLocalRegistrationNumber('380129867', 'FR')).toEqual(failed('check-digit'))
    expect(checkLocalRegistrationNumber('73282932000075', 'FRA')).toEqual(failed('check-digit'))
    expect(checkLocalRegistrationNumber('RCS Paris B 380 129 866', 'FR')).toEqual(checked('format'))
    expect(checkLocalRegistrationNumber('380129867', 'DE')).toEqual(checked('format'))
    expect(checkLocalRegistrationNumber('380129867')).toEqual(checked('format'))
    expect(checkLocalRegistrationNumber('  ', 'DE')).toEqual(failed('format'))
  })
})

describe('check-digit generators', () => {
  it('compute the check digits of the fixed points', () => {
    expect(luhnCheckDigit('38012986')).toBe('6')
    expect(frenchVatKey('380129866')).toBe('89')
    expect(iso7064Mod11Radix10('14345421')).toBe('4')
    expect(belgianCheckDigits('02022399')).toBe('51')
    expect(elfproefCheckDigit('00449544')).toBe('5')
    expect(elfproefCheckDigit('10000006')).toBeUndefined()
    expect(leiCheckDigits('506700GE1G29325QX3')).toBe('63')
  })

  it('give every seeded participant numbers that pass validation', () => {
    const subjects = [bleuProvider, ...partnerProviders].flatMap((p) =>
      p.registrations.flatMap(registrationSubjects).map((s) => ({ ...s, country: p.country })),
    )
    expect(subjects.length).toBeGreaterThan(5)
    for (const s of subjects) {
      const claim = (key: string) => String((s as Record<string, unknown>)[key])
      const result =
        s.type === 'gx:VatID'
          ? checkVatId(claim('gx:vatID'), claim('gx:countryCode'))
          : s.type === 'gx:LeiCode'
            ? checkLei(claim('schema:leiCode'))
            : checkLocalRegistrationNumber(claim('gx:local'), s.country)
      expect(result.valid, JSON.stringify(s)).toBe(true)
    }
  })
})

describe('isCountryCode', () => {
  it('holds the 249 current ISO 3166-1 entries in each form', () => {
    expect([ISO_3166_ALPHA2.size, ISO_3166_ALPHA3.size, ISO_3166_NUMERIC.size]).toEqual([
      249, 249, 249,
    ])
    for (const code of EU_MEMBER_STATES) expect(ISO_3166_ALPHA2.has(code), code).toBe(true)
  })

  it('accepts alpha-2, alpha-3 and three-digit numeric codes, exactly as ISO writes them', () => {
    for (const code of ['FR', 'FRA', '250', 'AT', 'AUT', '040', 'AF', '004'])
      expect(isCountryCode(code), code).toBe(true)
    // lower case, unpadded numerics (as the Loire shapes list some), user-assigned and retired codes
    for (const code of ['fr', 'Fr', '4', '32', 'XK', 'XKX', 'EL', 'UK', 'YU', 'ANT', '', ' FR'])
      expect(isCountryCode(code), code).toBe(false)
  })
})
