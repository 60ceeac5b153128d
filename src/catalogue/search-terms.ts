// What a person types, and the filter values they give, as the index stores them: FTS5 strings
// that can only be text (a usual name standing for all the names of its entry in
// vocabulary.ts), a class with all its subclasses, a keyword in every case it may be stored under.
import { loireSubclasses } from '../../schemas/shapes/loire-2511.js'
import { GX_NAMESPACES } from '../model/expanded.js'
import type { OfferingConcepts } from '../store/schema.js'
import { conceptToken, foldedWords, foldText, nameConceptToken } from '../store/search-tokens.js'
import { KINDS, SCHEMES } from './vocabulary.js'

export { conceptToken, foldText }

/** Phrases and words beyond this many are ignored: each one is a doclist FTS5 must merge. */
export const MAX_TERMS = 16

/** One term of a query: what was typed for it, and the FTS5 expression it stands for. */
export type QueryPart = {
  /** As typed (a phrase with its quotes), to write the query again without it or changed. */
  text: string
  fts: string
  /** The word, folded as the index holds it, when the part is one plain word (no phrase, no *). */
  word?: string
  /** The vocabulary entry a usual name stood for (a scheme, or a kind's id). */
  entry?: string
}

type Entry = { id: string; token: string; nameToken: string }

/** Every usual name of the vocabulary, folded, with the entry it names. */
const FORMS = new Map<string, Entry>()
/** The first word of each usual name: where a text may start naming an entry. */
const FIRST_WORDS = new Set<string>()
/** The longest usual name, in words: how far a query or a text is read ahead for one. */
let MAX_FORM_WORDS = 1
const TOKENS = new Set<string>()
for (const { id, forms } of [
  ...SCHEMES.map((s) => ({ id: s.scheme, forms: [...s.names, ...(s.forms ?? [])] })),
  ...KINDS.map((k) => ({ id: k.id, forms: [...k.names, ...(k.forms ?? [])] })),
]) {
  const entry: Entry = { id, token: conceptToken(id), nameToken: nameConceptToken(id) }
  if (TOKENS.has(entry.token)) throw new Error(`two vocabulary entries have the token of ${id}`)
  TOKENS.add(entry.token)
  for (const form of forms) {
    const key = foldText(form)
    if (key === '') continue
    FORMS.set(key, entry)
    FIRST_WORDS.add(key.split(' ')[0]!)
    MAX_FORM_WORDS = Math.max(MAX_FORM_WORDS, key.split(' ').length)
  }
}

/** The vocabulary entry `text` is a usual name of (folded comparison), if any. */
export function vocabularyEntry(text: string): string | undefined {
  return FORMS.get(foldText(text))?.id
}

/**
 * The tokens of the entries `text` names: those with a name or form whose words are words of the
 * text in a row, as FTS5 matches a phrase (a name inside a longer one counts: "hébergement de
 * données de santé" holds "données de santé").
 *
 * @example
 * textConcepts('Des machines virtuelles HDS') // '0vocabvirtualmachine 0vocabhds'
 */
export function textConcepts(text: string): string {
  return [...entriesNamed(text)].map((entry) => entry.token).join(' ')
}

function entriesNamed(text: string): Set<Entry> {
  const words = foldedWords(text)
  const found = new Set<Entry>()
  for (let i = 0; i < words.length; i++) {
    if (!FIRST_WORDS.has(words[i]!)) continue
    const end = Math.min(words.length, i + MAX_FORM_WORDS)
    let key = ''
    for (let j = i; j < end; j++) {
      key = j === i ? words[i]! : `${key} ${words[j]}`
      const entry = FORMS.get(key)
      if (entry) found.add(entry)
    }
  }
  return found
}

/**
 * The concept tokens of each text field of an offering, as the full-text indexes read them
 * (`keywords` as its stored JSON): written to `offering.concepts`.
 *
 * @example
 * offeringConcepts({ name: 'VM', keywords: [], description: '', synonyms: '', mentions: '' }) // { name: '0vocabvirtualmachine 0vnamevirtualmachine' }
 */
export function offeringConcepts(fields: {
  name: string
  keywords: readonly string[]
  description: string
  synonyms: string
  mentions: string
}): OfferingConcepts {
  const named = [...entriesNamed(fields.name)]
  const concepts: OfferingConcepts = {
    // relevance looks for the entries a name holds by their name tokens (search-tokens.ts)
    name: named.flatMap((entry) => [entry.token, entry.nameToken]).join(' '),
    keywords: textConcepts(JSON.stringify(fields.keywords)),
    description: textConcepts(fields.description),
    synonyms: namesConcepts(fields.synonyms),
    mentions: namesConcepts(fields.mentions),
  }
  for (const [field, tokens] of Object.entries(concepts)) {
    if (tokens === '') delete concepts[field as keyof OfferingConcepts]
  }
  return concepts
}

/** textConcepts of the few texts made of vocabulary names (synonyms, mentions), kept. */
const NAMES_CONCEPTS = new Map<string, string>()
const NAMES_KEPT = 512

function namesConcepts(text: string): string {
  let tokens = NAMES_CONCEPTS.get(text)
  if (tokens === undefined) {
    tokens = textConcepts(text)
    if (NAMES_CONCEPTS.size >= NAMES_KEPT) NAMES_CONCEPTS.clear()
    NAMES_CONCEPTS.set(text, tokens)
  }
  return tokens
}

const ftsString = (text: string) => `"${text.replace(/"/g, '""')}"`

/**
 * A query's terms, each with what was typed for it. Each word or "phrase" becomes a double-quoted
 * FTS5 string (quotes doubled inside), so operators (AND, OR, NOT, NEAR), column filters, `^`,
 * parentheses and `*` reach FTS5 as characters its tokenizer drops. A trailing `*` on a word of
 * two or more letters makes it a prefix. Words (or a whole "phrase") that are a usual name of
 * vocabulary.ts, the longest first, become one term: the token of that entry, which the index
 * holds wherever a text names it by any of its names (`textConcepts`). Terms without a letter or
 * digit are dropped (they would match nothing); at most MAX_TERMS are kept.
 *
 * @example
 * queryParts('machine virtuelle linux').map((p) => p.fts) // ['"0vocabvirtualmachine"', '"linux"']
 */
export function queryParts(text: string): QueryPart[] {
  // control, format and unassigned characters and lone surrogates become spaces
  const clean = text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Cn}]/gu, ' ').normalize('NFC')
  const items: { text: string; body: string; phrase: boolean; prefix: boolean; key: string }[] = []
  for (const [all, phrase, word] of clean.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const raw = phrase ?? word ?? ''
    const prefix = word !== undefined && /[\p{L}\p{N}]{2}\*+$/u.test(raw)
    const body = raw.replace(/\*+$/, '')
    // only letters and digits make tokens (unicode61 folds the case and accents of both)
    if (!/[\p{L}\p{N}]/u.test(body)) continue
    items.push({ text: all, body, phrase: phrase !== undefined, prefix, key: foldText(body) })
  }
  const parts = new Map<string, QueryPart>()
  for (let i = 0; i < items.length && parts.size < MAX_TERMS;) {
    const item = items[i]!
    let matched = 0
    let entry: Entry | undefined
    if (item.phrase) {
      entry = FORMS.get(item.key)
      matched = entry ? 1 : 0
    } else {
      // the longest run of plain words that is a usual name
      for (let j = Math.min(items.length, i + MAX_FORM_WORDS); j > i && !entry; j--) {
        const run = items.slice(i, j)
        if (run.some((r) => r.phrase || r.prefix)) continue
        entry = FORMS.get(run.map((r) => r.key).join(' '))
        matched = entry ? j - i : 0
      }
    }
    if (entry) {
      const typed = items
        .slice(i, i + matched)
        .map((r) => r.text)
        .join(' ')
      const fts = ftsString(entry.token)
      if (!parts.has(fts)) parts.set(fts, { text: typed, fts, entry: entry.id })
      i += matched
      continue
    }
    const fts = `${ftsString(item.body)}${item.prefix ? ' *' : ''}`
    const plain = !item.phrase && !item.prefix && !item.key.includes(' ')
    if (!parts.has(fts))
      parts.set(fts, { text: item.text, fts, ...(plain ? { word: item.key } : {}) })
    i += 1
  }
  return [...parts.values()]
}

/**
 * The FTS5 strings of what a person typed, every one required (see `queryParts`).
 *
 * @example
 * searchTerms('sécu* "cloud de confiance" name:x') // ['"sécu" *', '"cloud de confiance"', '"name:x"']
 */
export function searchTerms(text: string): string[] {
  return queryParts(text).map((part) => part.fts)
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

/** Each class, with the kinds of service it is (a subclass is the kinds of its superclasses). */
const KINDS_OF_TYPE = new Map<string, (typeof KINDS)[number][]>()
for (const kind of KINDS) {
  for (const type of kind.types.flatMap(expandType)) {
    KINDS_OF_TYPE.set(type, [...(KINDS_OF_TYPE.get(type) ?? []), kind])
  }
}

function namesOf(forms: readonly string[][]): string {
  const seen = new Set<string>()
  const names: string[] = []
  for (const form of forms.flat()) {
    const key = foldText(form)
    if (seen.has(key)) continue
    seen.add(key)
    names.push(form)
  }
  // @NOTE the tokenizer drops the separator: a phrase may run from one name into the next ("vms
  // machine"), which only ever finds an offering that has both names anyway
  return names.join(' ; ')
}

/**
 * The words an offering is also found by: the names of its granted certification schemes and of
 * the kinds of service its classes are (vocabulary.ts). Written to `offering.synonyms`.
 *
 * @example
 * offeringSynonyms(['gx:VirtualMachineServiceOffering'], ['HDS']) // 'HDS ; hébergement de données de santé ; … ; VM ; …'
 */
export function offeringSynonyms(types: readonly string[], schemes: readonly string[]): string {
  const kinds = [...new Set(types.flatMap((type) => KINDS_OF_TYPE.get(type) ?? []))]
  return namesOf([
    ...SCHEMES.filter((s) => schemes.includes(s.scheme)).map((s) => [...s.names]),
    ...kinds.map((k) => [...k.names]),
  ])
}

/**
 * The names of the schemes an offering's evidence states as not granted yet, for
 * `offering.mentions`: the full text finds them, the certification filter never does.
 *
 * @example
 * schemeMentions(['SecNumCloud']) // 'SecNumCloud ; SNC ; …'
 */
export function schemeMentions(schemes: readonly string[]): string {
  return namesOf(SCHEMES.filter((s) => schemes.includes(s.scheme)).map((s) => [...s.names]))
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
