// What a person types, and the filter values they give, as the index stores them: FTS5 strings
// that can only be text, a class with all its subclasses, a keyword in every case it may be
// stored under.
import { loireSubclasses } from '../../schemas/shapes/loire-2511.js'
import { GX_NAMESPACES } from '../model/expanded.js'

/** Phrases and words beyond this many are ignored: each one is a doclist FTS5 must merge. */
export const MAX_TERMS = 16

/**
 * Turns what a person typed into FTS5 strings that cannot be anything but text: each word or
 * "phrase" becomes a double-quoted FTS5 string (quotes doubled inside), so operators (AND, OR,
 * NOT, NEAR), column filters, `^`, parentheses and `*` reach FTS5 as characters its tokenizer
 * drops. A trailing `*` on a word of two or more letters makes it a prefix. Terms without a
 * letter or digit are dropped (they would match nothing); at most MAX_TERMS are kept.
 *
 * @example
 * searchTerms('sécu* "cloud de confiance" name:x') // ['"sécu" *', '"cloud de confiance"', '"name:x"']
 */
export function searchTerms(text: string): string[] {
  // control, format and unassigned characters and lone surrogates become spaces
  const clean = text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Cn}]/gu, ' ').normalize('NFC')
  const terms = new Set<string>()
  for (const [, phrase, word] of clean.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const raw = phrase ?? word ?? ''
    const prefix = word !== undefined && /[\p{L}\p{N}]{2}\*+$/u.test(raw)
    const body = raw.replace(/\*+$/, '')
    // only letters and digits make tokens (unicode61 folds the case and accents of both)
    if (!/[\p{L}\p{N}]/u.test(body)) continue
    terms.add(`"${body.replace(/"/g, '""')}"${prefix ? ' *' : ''}`)
    if (terms.size === MAX_TERMS) break
  }
  return [...terms]
}

const subclasses = new Map<string, string[]>()
for (const [sub, sup] of loireSubclasses) subclasses.set(sup, [...(subclasses.get(sup) ?? []), sub])

/**
 * The stored type values an offering of `type` may carry: the class itself and every transitive
 * subclass in the Loire 25.11 ontology. Accepts `gx:X` and the full IRI in any Gaia-X namespace;
 * other IRIs match only themselves.
 *
 * @example
 * expandType('gx:StorageServiceOffering') // ['gx:StorageServiceOffering', 'gx:BlockStorageServiceOffering', …]
 */
export function expandType(type: string): string[] {
  const namespace = GX_NAMESPACES.find((ns) => type.startsWith(ns))
  const local = type.startsWith('gx:')
    ? type.slice(3)
    : namespace
      ? type.slice(namespace.length)
      : undefined
  if (local === undefined) return [type]
  const found = new Set([local])
  for (const name of found) for (const sub of subclasses.get(name) ?? []) found.add(sub)
  return [...found].map((name) => `gx:${name}`)
}

// SQLite's lower() folds ASCII only: stored keywords keep any other capital as written
const MAX_KEYWORD_VARIANTS = 16

/**
 * Every spelling a keyword may be stored under by `lower(trim(...))` that matches `keyword`
 * case-insensitively: ASCII lowercased, each other cased letter in both cases.
 *
 * @example
 * keywordVariants('Éducation') // ['éducation', 'Éducation']
 */
export function keywordVariants(keyword: string): string[] {
  const ascii = keyword
    .replace(/^ +| +$/g, '')
    .normalize('NFC')
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
  let variants = ['']
  for (const c of ascii) {
    const lower = c.toLowerCase()
    const upper = c.toUpperCase()
    const cased =
      c > '\x7f' && lower !== upper && lower.length === c.length && upper.length === c.length
    const next = cased && variants.length * 2 <= MAX_KEYWORD_VARIANTS ? [lower, upper] : [lower]
    variants = variants.flatMap((v) => next.map((n) => v + n))
  }
  return variants
}
