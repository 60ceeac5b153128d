// Words as the full-text indexes read them, and the tokens they hold for the vocabulary's entries
// (the `concepts` of schema.ts, migration 0013): an entry named anywhere in a field puts its token
// in that field, and named in the offering's name, its name token too, so that relevance finds the
// names holding it in a doclist of their own rather than filtering the whole entry's by column
// ("HDS" at 1M offerings, none of them named so: 8.5 ms through the column filter).

/**
 * Text as the full-text index compares it (unicode61, remove_diacritics 2): lowercase, accents
 * removed, words of letters and digits separated by one space.
 *
 * @example
 * foldText('Hébergement  de Données') // 'hebergement de donnees'
 */
export function foldText(text: string): string {
  return foldedWords(text).join(' ')
}

/**
 * The words of `text` as the full-text index reads them (see foldText): letters, digits and
 * private-use characters, unicode61's default.
 *
 * @NOTE unicode61 knows Unicode 6.1 and folds from its own tables, where this follows the
 * engine's Unicode: characters assigned since 6.1, some combining marks (kept as separators by
 * unicode61, removed here) and letters unicode61 folds or keeps otherwise (ſ, Arabic hamza forms)
 * split or fold words differently. A usual name glued to one of them is found as a phrase and
 * not as a token, or the reverse. Latin letters with their accents, digits and punctuation agree
 * (test/search-concepts.test.ts).
 */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{Co}]+/u)
    .filter((word) => word !== '')
}

// A digit before letters, which words seldom are. Anyone may type a token, and finds what the
// entry's names find; none is ever suggested as a spelling (CONCEPT_TOKENS).
const CONCEPT_PREFIX = '0vocab'
const NAME_PREFIX = '0vname'

/** A GLOB pattern every concept token matches. */
export const CONCEPT_TOKENS = '0v*'

const slug = (id: string) => foldText(id).replaceAll(' ', '')

/**
 * The token of a vocabulary entry in every field that names it.
 *
 * @example
 * conceptToken('virtual-machine') // '0vocabvirtualmachine'
 */
export function conceptToken(id: string): string {
  return CONCEPT_PREFIX + slug(id)
}

/**
 * The token of a vocabulary entry in the name of an offering that names it, beside its
 * conceptToken.
 *
 * @example
 * nameConceptToken('virtual-machine') // '0vnamevirtualmachine'
 */
export function nameConceptToken(id: string): string {
  return NAME_PREFIX + slug(id)
}

/**
 * An FTS5 string of a query as the name column is searched for it: a concept token as its name
 * token, anything else as it is.
 *
 * @example
 * inName('"0vocabhds"') // '"0vnamehds"'
 */
export function inName(term: string): string {
  return term.startsWith(`"${CONCEPT_PREFIX}`)
    ? `"${NAME_PREFIX}${term.slice(1 + CONCEPT_PREFIX.length)}`
    : term
}
