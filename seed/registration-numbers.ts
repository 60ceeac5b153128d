// Registration numbers for seeded participants. Tables hold only the base digits and the check
// digits are computed here, so a seeded identifier can never carry an inconsistent check digit
// and always passes the format checks VIES- or GLEIF-style validators apply.

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
      const number = r.base + String(97 - (Number(r.base) % 97)).padStart(2, '0')
      return [
        { slug: 'enterprise-number', type: 'gx:LocalRegistrationNumber', 'gx:local': number },
        { slug: 'vat-id', type: 'gx:VatID', 'gx:vatID': `BE${number}`, 'gx:countryCode': 'BE' },
      ]
    }
    case 'nl-rsin': {
      const vat = `NL${r.base}${elfproefCheckDigit(r.base)}B01`
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

function luhnCheckDigit(base: string): string {
  // The check digit sits at the rightmost position, so the base's last digit is the first doubled.
  const sum = [...base].reverse().reduce((acc, c, i) => {
    const d = i % 2 === 0 ? Number(c) * 2 : Number(c)
    return acc + (d > 9 ? d - 9 : d)
  }, 0)
  return String((10 - (sum % 10)) % 10)
}

/** French intra-EU VAT key: (12 + 3 × (SIREN mod 97)) mod 97, two digits. */
function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0')
}

/** German USt-IdNr check digit (ISO 7064 MOD 11,10 over the first eight digits). */
function iso7064Mod11Radix10(base: string): string {
  let product = 10
  for (const c of base) {
    const sum = (Number(c) + product) % 10 || 10
    product = (2 * sum) % 11
  }
  return String((11 - product) % 10)
}

/** Dutch RSIN "elfproef": weights 9…2 on the base, −1 on the check digit, sum ≡ 0 (mod 11). */
function elfproefCheckDigit(base: string): string {
  const check = [...base].reduce((acc, c, i) => acc + Number(c) * (9 - i), 0) % 11
  if (check === 10) throw new Error(`RSIN base ${base} has no valid check digit`)
  return String(check)
}

/** ISO 17442 check digits (ISO 7064 MOD 97-10 over the 18-character base). */
function leiCheckDigits(base: string): string {
  const digits = [...`${base}00`].map((c) => parseInt(c, 36)).join('')
  const remainder = [...digits].reduce((acc, c) => (acc * 10 + Number(c)) % 97, 0)
  return String(98 - remainder).padStart(2, '0')
}

function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}
