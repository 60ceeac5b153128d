// VAT identification numbers by prefix: the form of each system (VIES notation) and, where the
// algorithm is public and stable, its check. Data and arithmetic only; the findings' wording is
// in registration-numbers.ts. France is there too (its key depends on the SIREN's own check).
import {
  iso7064Mod11Radix10,
  iso7064Mod97,
  luhnChecksum,
  luhnValid,
  mod97,
  weightedSum,
} from './check-digits.js'

export type VatSystem = {
  /** VIES notation without the prefix: 9 = digit, L = letter, X = letter or digit. */
  format: string
  pattern: RegExp
  check?: (body: string) => boolean
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'
const IRISH_LETTERS = 'WABCDEFGHIJKLMNOPQRSTUV'
const CYPRIOT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
const digits = (s: string) => [...s].map(Number)

function spanishCheck(n: string): boolean {
  const [first, body, last] = [n[0]!, n.slice(1, 8), n[8]!]
  if (/\d/.test(first)) return DNI_LETTERS[Number(n.slice(0, 8)) % 23] === last // DNI
  if ('XYZ'.includes(first)) return DNI_LETTERS[Number('XYZ'.indexOf(first) + body) % 23] === last
  if ('KLM'.includes(first)) return DNI_LETTERS[Number(body) % 23] === last
  if (!'ABCDEFGHJNPQRSUVW'.includes(first)) return false
  // CIF: the check is a digit or a letter depending on the entity type; both forms circulate.
  const check = (10 - luhnChecksum(`${body}0`)) % 10
  return last === String(check) || last === 'JABCDEFGHI'[check]
}

function irishCheck(n: string): boolean {
  const letter = (seven: string, extra = 'W') =>
    IRISH_LETTERS[
      (weightedSum(seven, [8, 7, 6, 5, 4, 3, 2]) + 9 * IRISH_LETTERS.indexOf(extra)) % 23
    ]
  if (/^\d{7}/.test(n)) return n[7] === letter(n.slice(0, 7), n[8]) // since 2013: 7 digits + 1–2 letters
  return n[7] === letter(`0${n.slice(2, 7)}${n[0]}`) // older: digit, letter/+/*, 5 digits, letter
}

function britishCheck(n: string): boolean {
  if (/^GD\d{3}$/.test(n)) return Number(n.slice(2)) < 500 // government departments
  if (/^HA\d{3}$/.test(n)) return Number(n.slice(2)) >= 500 // health authorities
  const sum = weightedSum(n.slice(0, 9), [8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97
  // From 100 000 000 up, the newer "9755" variant also applies: remainder 42 or 55.
  return sum === 0 || (Number(n.slice(0, 3)) >= 100 && (sum === 42 || sum === 55))
}

/** VAT systems by prefix: the EU 27 (Greece is EL), Northern Ireland (XI), GB, CH, NO. */
export const VAT_SYSTEMS: Readonly<Record<string, VatSystem>> = {
  AT: {
    format: 'U99999999',
    pattern: /^U\d{8}$/,
    check: (n) => (16 - luhnChecksum(n.slice(1, 8))) % 10 === Number(n[8]),
  },
  BE: {
    format: '0999999999',
    pattern: /^[01]\d{9}$/,
    check: (n) => (mod97(n.slice(0, 8)) + Number(n.slice(8))) % 97 === 0,
  },
  BG: { format: '999999999 / 9999999999', pattern: /^\d{9,10}$/ },
  CY: {
    format: '99999999L',
    pattern: /^\d{8}[A-Z]$/,
    check: (n) => {
      const sum = digits(n.slice(0, 8)).reduce((s, d, i) => s + (i % 2 ? d : CYPRIOT_ODD[d]!), 0)
      return !n.startsWith('12') && String.fromCharCode(65 + (sum % 26)) === n[8]
    },
  },
  CZ: { format: '99999999 / 999999999 / 9999999999', pattern: /^\d{8,10}$/ },
  DE: {
    format: '999999999',
    pattern: /^[1-9]\d{8}$/,
    check: (n) => iso7064Mod11Radix10(n.slice(0, 8)) === n[8],
  },
  DK: {
    format: '99999999',
    pattern: /^[1-9]\d{7}$/,
    check: (n) => weightedSum(n, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  },
  EE: {
    format: '999999999',
    pattern: /^\d{9}$/,
    check: (n) => weightedSum(n, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0,
  },
  EL: {
    format: '999999999',
    pattern: /^\d{9}$/,
    check: (n) =>
      ((digits(n.slice(0, 8)).reduce((s, d) => s * 2 + d, 0) * 2) % 11) % 10 === Number(n[8]),
  },
  ES: { format: 'X9999999X', pattern: /^[0-9A-Z]\d{7}[0-9A-Z]$/, check: spanishCheck },
  FI: {
    format: '99999999',
    pattern: /^\d{8}$/,
    check: (n) => weightedSum(n, [7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0,
  },
  HR: {
    format: '99999999999',
    pattern: /^\d{11}$/,
    check: (n) => iso7064Mod11Radix10(n.slice(0, 10)) === n[10],
  },
  HU: {
    format: '99999999',
    pattern: /^\d{8}$/,
    check: (n) => weightedSum(n, [9, 7, 3, 1, 9, 7, 3, 1]) % 10 === 0,
  },
  IE: {
    format: '9999999L / 9999999LL / 9S99999L',
    pattern: /^\d[0-9A-Z+*]\d{5}[A-W][A-IW]?$/,
    check: irishCheck,
  },
  IT: {
    format: '99999999999',
    pattern: /^\d{11}$/,
    // digits 8–10 name the issuing office: 001–100, or 120, 121, 888, 999
    check: (n) =>
      Number(n.slice(0, 7)) > 0 &&
      /^(0\d\d|100|12[01]|888|999)$/.test(n.slice(7, 10)) &&
      n.slice(7, 10) !== '000' &&
      luhnValid(n),
  },
  LT: { format: '999999999 / 999999999999', pattern: /^(\d{9}|\d{12})$/ },
  LU: {
    format: '99999999',
    pattern: /^\d{8}$/,
    check: (n) => Number(n.slice(0, 6)) % 89 === Number(n.slice(6)),
  },
  LV: { format: '99999999999', pattern: /^\d{11}$/ },
  MT: {
    format: '99999999',
    pattern: /^[1-9]\d{7}$/,
    check: (n) => weightedSum(n, [3, 4, 6, 7, 8, 9, 10, 1]) % 37 === 0,
  },
  NL: {
    format: '999999999B99',
    pattern: /^\d{9}B(?!00)\d{2}$/,
    // RSIN "elfproef", or (sole traders' btw-id since 2020) ISO 7064 MOD 97-10 over NL + number
    check: (n) =>
      weightedSum(n, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0 || iso7064Mod97(`NL${n}`) === 1,
  },
  PL: {
    format: '9999999999',
    pattern: /^\d{10}$/,
    check: (n) => weightedSum(n, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(n[9]),
  },
  PT: {
    format: '999999999',
    pattern: /^[1-9]\d{8}$/,
    check: (n) =>
      ((11 - (weightedSum(n, [9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11) % 10 === Number(n[8]),
  },
  RO: {
    format: '99 … 9999999999 (2 to 10 digits)',
    pattern: /^[1-9]\d{1,9}$/,
    check: (n) => {
      const base = n.slice(0, -1).padStart(9, '0')
      return ((10 * weightedSum(base, [7, 5, 3, 2, 1, 7, 5, 3, 2])) % 11) % 10 === Number(n.at(-1))
    },
  },
  SE: { format: '999999999901', pattern: /^\d{10}01$/, check: (n) => luhnValid(n.slice(0, 10)) },
  SI: {
    format: '99999999',
    pattern: /^[1-9]\d{7}$/,
    check: (n) => {
      const check = 11 - (weightedSum(n, [8, 7, 6, 5, 4, 3, 2]) % 11)
      return check !== 11 && check % 10 === Number(n[7])
    },
  },
  SK: { format: '9999999999', pattern: /^[1-9]\d{9}$/, check: (n) => Number(n) % 11 === 0 },
  XI: {
    format: '999999999 / 999999999999 / GD999 / HA999',
    pattern: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
    check: britishCheck,
  },
  GB: {
    format: '999999999 / 999999999999 / GD999 / HA999',
    pattern: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
    check: britishCheck,
  },
  CH: {
    format: 'E999999999 (+ MWST, TVA, IVA or TPV)',
    pattern: /^E\d{9}(MWST|TVA|IVA|TPV)?$/,
    check: (n) =>
      (11 - (weightedSum(n.slice(1), [5, 4, 3, 2, 7, 6, 5, 4]) % 11)) % 11 === Number(n[9]),
  },
  NO: {
    format: '999999999MVA',
    pattern: /^\d{9}(MVA)?$/,
    check: (n) => weightedSum(n, [3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  },
}

/** VAT prefixes this module knows, and whether it verifies their check digits or format only. */
