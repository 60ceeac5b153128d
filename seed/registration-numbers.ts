// Registration numbers for seeded participants. Tables hold only the base digits and the check
// digits are computed here, so a seeded identifier can never carry an inconsistent check digit
// and always passes the format checks VIES- or GLEIF-style validators apply. The algorithms are
// the ones the node validates with (src/validation), so seed and validation cannot drift apart.
import {
  belgianCheckDigits,
  elfproefCheckDigit,
  frenchVatKey,
  iso7064Mod11Radix10,
  leiCheckDigits,
  luhnCheckDigit,
} from '../src/validation/registration-numbers.js'

/** Registration numbers as data: check digits are computed by the builder, never typed by hand. */
export type RegistrationSpec =
  | { kind: 'fr-siren'; base: string } // SIREN (Luhn) → gx:LocalRegistrationNumber + FR VAT
  | { kind: 'de-vat'; base: string } // USt-IdNr, ISO 7064 MOD 11,10 check digit
  | { kind: 'be-enterprise'; base: string } // KBO/BCE number (mod 97), also the VAT number
  | { kind: 'nl-rsin'; base: string } // RSIN (elfproef) → btw-id NL…B01
  | { kind: 'local'; slug: string; value: string } // registers without a check digit
  | { kind: 'lei'; base: string; countryCode: string; subdivision?: string } // ISO 17442

export type RegistrationSubject = { slug: string; type: string } & Record<string, unknown>

/** The registration-number subjects (minus ids) one spec yields, check digits included. */
export function registrationSubjects(r: RegistrationSpec): RegistrationSubject[] {
  switch (r.kind) {
    case 'fr-siren': {
      const siren = r.base + luhnCheckDigit(r.base)
      const vat = `FR${frenchVatKey(siren)}${siren}`
      return [
        { slug: 'siren', type: 'gx:LocalRegistrationNumber', 'gx:local': siren },
        { slug: 'vat-id', type: 'gx:VatID', 'gx:vatID': vat, 'gx:countryCode': 'FR' },
      ]
    }
    case 'de-vat': {
      const vat = `DE${r.base}${iso7064Mod11Radix10(r.base)}`
      return [{ slug: 'vat-id', type: 'gx:VatID', 'gx:vatID': vat, 'gx:countryCode': 'DE' }]
    }
    case 'be-enterprise': {
      const number = r.base + belgianCheckDigits(r.base)
      return [
        { slug: 'enterprise-number', type: 'gx:LocalRegistrationNumber', 'gx:local': number },
        { slug: 'vat-id', type: 'gx:VatID', 'gx:vatID': `BE${number}`, 'gx:countryCode': 'BE' },
      ]
    }
    case 'nl-rsin': {
      const check = elfproefCheckDigit(r.base)
      if (check === undefined) throw new Error(`RSIN base ${r.base} has no valid check digit`)
      const vat = `NL${r.base}${check}B01`
      return [{ slug: 'vat-id', type: 'gx:VatID', 'gx:vatID': vat, 'gx:countryCode': 'NL' }]
    }
    case 'local':
      return [{ slug: r.slug, type: 'gx:LocalRegistrationNumber', 'gx:local': r.value }]
    case 'lei':
      return [
        withoutUndefined({
          slug: 'lei-code',
          type: 'gx:LeiCode',
          'schema:leiCode': r.base + leiCheckDigits(r.base),
          'gx:countryCode': r.countryCode,
          'gx:subdivisionCountryCode': r.subdivision,
        }) as RegistrationSubject,
      ]
  }
}

function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}
