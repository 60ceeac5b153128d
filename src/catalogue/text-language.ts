// Which of French and English an untagged literal is written in. Gaia-X shapes type
// schema:name and schema:description as xsd:string, so a credential cannot tag its languages, and
// bilingual issuers (the seed, most French providers) write "French — English" in one string.
// DCAT-AP wants one literal per language, tagged, and a reader wants the half in their language:
// the catalogue splits such a string, but only where the text itself shows each half's language,
// never by default.

/** A plain literal, or one tagged with its language. */
export type DcatText = string | { '@value': string; '@language': string }

export type DcatLanguage = 'fr' | 'en'

// Function words only: they make up a large share of any running text in their language and
// few of the other's. Words shared with the other language are left out (`a`, `de`, `des`…).
const FUNCTION_WORDS: Record<DcatLanguage, ReadonlySet<string>> = {
  fr: new Set(
    'le la les du et est pour avec sous dans sur par un une aux au en ne pas sont ou où leur leurs ses ces cette qui que depuis selon entre vers chez sans plus même'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and is are for with under of to by from this that these which their its into without or not can be than also both each per on in up at an any all your'.split(
      ' ',
    ),
  ),
}
const FRENCH_ELISION = /^(?:[cdjlmnst]|qu)['’]\p{L}/u
const FRENCH_LETTERS = /[àâçéèêëîïôûùüœ]/u
// an em dash between spaces: the separator of "texte français — English text"
const SEPARATOR = /\s+—\s+/u

type Hits = { fr: number; en: number; words: number }

function hitsIn(text: string): Hits {
  const words = text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []
  const hits = { fr: 0, en: 0, words: words.length }
  for (const word of words) {
    if (FUNCTION_WORDS.fr.has(word) || FRENCH_ELISION.test(word) || FRENCH_LETTERS.test(word)) {
      hits.fr += 1
    } else if (FUNCTION_WORDS.en.has(word)) hits.en += 1
  }
  return hits
}

// The language with more hits, when it has `margin` times the other's (and at least one).
function leaning({ fr, en }: Hits, margin: number): DcatLanguage | undefined {
  const found: DcatLanguage = fr >= en ? 'fr' : 'en'
  const [top, other] = found === 'fr' ? [fr, en] : [en, fr]
  return top > 0 && top >= margin * other ? found : undefined
}

/**
 * The language of a text, or undefined when its words do not show one of French and English
 * clearly: at least three of its function words, an eighth of its words, five times as many as
 * the other language's. A product name, a short phrase, a text in another language or in both
 * has none.
 *
 * @example
 * detectLanguage('Stockage objet pour les archives de la collectivité') // 'fr'
 * detectLanguage('Bleu Blob Storage') // undefined
 */
export function detectLanguage(text: string): DcatLanguage | undefined {
  const hits = hitsIn(text)
  const found = leaning(hits, 5)
  if (!found || hits[found] < 3 || hits[found] / hits.words < 1 / 8) return undefined
  return found
}

/**
 * An untagged literal as DCAT text: "French — English" as two tagged literals when one half is
 * recognisably in one language and the other leans to the other (telegraphic English has few
 * function words); a text without the separator recognisably in one language, tagged with it;
 * anything else, and a separated text whose halves cannot be told apart, as it is.
 *
 * @example
 * languageTagged('Sauvegarde managée des bases de données — Managed backup of the databases')
 * // [{ '@value': 'Sauvegarde managée…', '@language': 'fr' }, { '@value': 'Managed backup…', '@language': 'en' }]
 */
export function languageTagged(text: string): DcatText[] {
  const parts = text.split(SEPARATOR).map((part) => part.trim())
  if (parts.length === 2 && parts.every((part) => part !== '')) {
    const languages = parts.map((part) => leaning(hitsIn(part), 3))
    const sure = parts.some((part) => detectLanguage(part) !== undefined)
    if (sure && languages[0] && languages[1] && languages[0] !== languages[1]) {
      return parts.map((part, i) => ({ '@value': part, '@language': languages[i]! }))
    }
  }
  if (parts.length > 1) return [text]
  const language = detectLanguage(text)
  return [language ? { '@value': text, '@language': language } : text]
}

/**
 * What a reader of `language` is shown of a text: its half in that language when it is a
 * "French — English" text that `languageTagged` splits, else the whole text.
 *
 * @example
 * textIn('Sauvegarde managée des bases de données — Managed backup of the databases', 'en')
 * // 'Managed backup of the databases'
 */
export function textIn(text: string, language: DcatLanguage): string {
  const parts = languageTagged(text)
  if (parts.length !== 2) return text
  const half = parts.find((part) => typeof part === 'object' && part['@language'] === language)
  return typeof half === 'object' ? half['@value'] : text
}
