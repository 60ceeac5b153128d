// Check-digit algorithms shared by the registration-number validators and the seed's builders.
// Inputs are digit strings (or upper-case alphanumerics where noted); callers check the format
// first, so these never see anything else.

const digit = (c: string) => c.charCodeAt(0) - 48

/** Luhn sum of a number whose last digit is its check digit (0 when valid). */
export function luhnChecksum(digits: string): number {
  let sum = 0
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    const d = digit(digits[i]!) * (double ? 2 : 1)
    sum += d > 9 ? d - 9 : d
  }
  return sum % 10
}

export function luhnValid(digits: string): boolean {
  return luhnChecksum(digits) === 0
}

/** The Luhn check digit to append to `base`. */
export function luhnCheckDigit(base: string): string {
  return String((10 - luhnChecksum(`${base}0`)) % 10)
}

/** Σ weight × digit, weights aligned from the left. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0
  for (let i = 0; i < weights.length && i < digits.length; i++)
    sum += weights[i]! * digit(digits[i]!)
  return sum
}

/** Remainder mod 97 of a long digit string, without BigInt or precision loss. */
export function mod97(digits: string): number {
  let remainder = 0
  for (const c of digits) remainder = (remainder * 10 + digit(c)) % 97
  return remainder
}

/** ISO 7064 MOD 97-10 over upper-case alphanumerics (A = 10 … Z = 35), as LEI and IBAN use it. */
export function iso7064Mod97(alphanumerics: string): number {
  return mod97([...alphanumerics].map((c) => parseInt(c, 36)).join(''))
}

/** ISO 7064 MOD 11,10 check digit of `base` (German USt-IdNr, Croatian OIB). */
export function iso7064Mod11Radix10(base: string): string {
  let product = 10
  for (const c of base) {
    const sum = (digit(c) + product) % 10 || 10
    product = (2 * sum) % 11
  }
  return String((11 - product) % 10)
}

/** ISO 17442 check digits (ISO 7064 MOD 97-10 over the 18-character LEI base). */
export function leiCheckDigits(base: string): string {
  return String(98 - iso7064Mod97(`${base}00`)).padStart(2, '0')
}

/** French intra-EU VAT key: (12 + 3 × (SIREN mod 97)) mod 97, two digits. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * mod97(siren)) % 97).padStart(2, '0')
}

/**
 * Dutch RSIN/BSN "elfproef" check digit: weights 9…2 on the eight-digit base, −1 on the check
 * digit, sum ≡ 0 (mod 11). A base whose remainder is 10 has no valid check digit.
 */
export function elfproefCheckDigit(base: string): string | undefined {
  const check = weightedSum(base, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
  return check === 10 ? undefined : String(check)
}

/** Belgian enterprise-number check digits: 97 − (base mod 97), two digits. */
export function belgianCheckDigits(base: string): string {
  return String(97 - mod97(base)).padStart(2, '0')
}
