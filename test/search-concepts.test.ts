// The concept tokens (search-terms.ts `textConcepts`) against what they replace: FTS5 matching
// each usual name of a vocabulary entry as a phrase, with the tokenizer the indexes use. An
// offering must be found by its entry's token exactly when one of those phrases is in its text.
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { conceptToken, textConcepts } from '../src/catalogue/search-terms.js'
import { KINDS, SCHEMES } from '../src/catalogue/vocabulary.js'

const ENTRIES = [
  ...SCHEMES.map((s) => ({ id: s.scheme, forms: [...s.names, ...(s.forms ?? [])] })),
  ...KINDS.map((k) => ({ id: k.id, forms: [...k.names, ...(k.forms ?? [])] })),
]

const sqlite = new Database(':memory:')
sqlite.exec(
  `CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 2', prefix='2 3')`,
)
afterAll(() => sqlite.close())

const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`
const matches = sqlite.prepare('SELECT count(*) AS n FROM t WHERE rowid = 1 AND t MATCH ?').pluck()

/** The entries FTS5 finds `text` naming, one phrase per usual name, as the tokens would say. */
function phrasesFound(text: string): string[] {
  sqlite.exec('DELETE FROM t')
  sqlite.prepare('INSERT INTO t(rowid, text) VALUES (1, ?)').run(text)
  return ENTRIES.filter((e) => matches.get(`(${e.forms.map(phrase).join(' OR ')})`) === 1)
    .map((e) => conceptToken(e.id))
    .sort()
}

const tokensFound = (text: string) => textConcepts(text).split(' ').filter(Boolean).sort()

describe('concept tokens', () => {
  it.each([
    ['Hébergement de Données de Santé (HDS)', ['HDS']],
    ['HEBERGEMENT DE DONNEES DE SANTE', ['HDS']],
    ['machines-virtuelles et VMs', ['virtual-machine']],
    ['certifié ISO/IEC 27001:2022', ['ISO27001']],
    ['qualification SecNumCloud 3.2, SNC', ['SecNumCloud']],
    ['["machine","virtuelle"]', ['virtual-machine']],
  ])('are those of the entries FTS5 finds named in %j', (text, ids) => {
    expect(tokensFound(text)).toEqual(ids.map(conceptToken).sort())
    expect(phrasesFound(text)).toEqual(tokensFound(text))
  })

  it.each([
    'VMware vSphere',
    'une machine très virtuelle',
    'machinevirtuelle',
    'ISO 2700',
    'virtuelle machine',
    // a private-use character is a letter to unicode61
    'VM\uE000 et machine\uE000 virtuelle',
    '',
  ])('name no entry in %j, nor do the phrases', (text) => {
    expect(tokensFound(text).filter((t) => t.includes('virtualmachine'))).toEqual([])
    expect(phrasesFound(text)).toEqual(tokensFound(text))
  })

  it('agree with the phrases on texts made of the usual names, other words and separators', () => {
    const forms = ENTRIES.flatMap((e) => e.forms)
    const word = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms.flatMap((f) => f.split(/\s+/))),
      fc.constantFrom(
        'de',
        'la',
        'cloud',
        'données',
        'vmware',
        'l’hébergement',
        'x',
        '2022',
        'œuvre',
      ),
      fc.string({ maxLength: 6 }),
    )
    const variant = fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => s.toLowerCase(),
      (s) => s.normalize('NFD'),
      (s) => s.replace(/ /g, '-'),
      (s) => JSON.stringify([s]),
    )
    const separator = fc.constantFrom(' ', ', ', ' ; ', '-', '/', '\n', ' (', ') ', '"', '’', '·')
    const text = fc
      .array(fc.tuple(word, variant, separator), { maxLength: 12 })
      .map((parts) => parts.map(([w, v, s]) => v(w) + s).join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(tokensFound(t), t).toEqual(phrasesFound(t))
      }),
      { numRuns: 2000 },
    )
  })
})
