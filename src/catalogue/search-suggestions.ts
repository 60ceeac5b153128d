// What to try when a search finds nothing: the closest indexed word to one that finds nothing, the
// query with a word fewer, another value of a filter (read from its facet, which ignores it), a
// certification that is held in place of one named in the text, the query without a filter, the
// text without filters. Each is run (one row, no facets) so that it is only offered with what it
// finds; a search that finds nothing is cheap, and these too.
import type { FacetName, FilterName } from '../store/search-store.js'
import type { SearchQuery, SearchResult, SearchSource } from './search.js'
import { valueText, type Text } from './search-labels.js'
import { queryParts } from './search-terms.js'
import { SCHEMES } from './vocabulary.js'

export type Suggestion = {
  /**
   * `spelling`: misspelt words replaced by the closest indexed words; `fewer-words`: one word
   * left out; `facet`: another value of a filter, one that has results (or a certification the
   * catalogue holds in place of one the text names); `without-filter`: one filter left out;
   * `no-filters`: the text alone.
   */
  kind: 'spelling' | 'fewer-words' | 'facet' | 'without-filter' | 'no-filters'
  /** The whole search to run instead, as its query parameters (paging and facets left out). */
  params: Record<string, string[]>
  /** The same, as a URL query string. */
  query: string
  /** What it finds: exact when `totalExact`, else a lower bound. */
  total: number
  totalExact: boolean
  message: Text
}

type Run = (source: SearchSource, query: SearchQuery) => Promise<SearchResult>
type Params = Record<string, string[]>

const FILTERS: readonly FilterName[] = [
  'provider',
  'country',
  'type',
  'certification',
  'label',
  'regime',
  'keyword',
]
const FACETS: readonly FacetName[] = [
  'provider',
  'country',
  'type',
  'certification',
  'label',
  'regime',
]
const MAX_SUGGESTIONS = 5
/** Words tried left out, misspelt words corrected, filters tried left out: each costs a search. */
const MAX_DROPPED_WORDS = 6
const MAX_CORRECTED_WORDS = 3
const MAX_DROPPED_FILTERS = 3
const SCHEME_CODES = new Set(SCHEMES.map((s) => s.scheme))

/** A filter in words; `the` is the French with its article. */
const FILTER_WORDS: Record<FilterName, { en: string; fr: string; the: string }> = {
  provider: { en: 'provider', fr: 'fournisseur', the: 'le fournisseur' },
  country: { en: 'country', fr: 'pays', the: 'le pays' },
  type: { en: 'type', fr: 'type', the: 'le type' },
  certification: { en: 'certification', fr: 'certification', the: 'la certification' },
  label: {
    en: 'Gaia-X label level',
    fr: 'niveau de label Gaia-X',
    the: 'le niveau de label Gaia-X',
  },
  regime: {
    en: 'data protection regime',
    fr: 'régime de protection des données',
    the: 'le régime de protection des données',
  },
  keyword: { en: 'keyword', fr: 'mot-clé', the: 'le mot-clé' },
}

/**
 * Searches that find something, for a first page that found nothing: at most five, the surest
 * first. `run` is the search itself (without suggestions).
 *
 * @example
 * const suggestions = await suggestSearches(store, { q: 'secnumclod', limit: 20 }, searchOnce)
 * suggestions[0] // { kind: 'spelling', params: { q: ['secnumcloud'] }, total: 18, … }
 */
export async function suggestSearches(
  source: SearchSource,
  query: SearchQuery,
  run: Run,
): Promise<Suggestion[]> {
  const base = paramsOf(query)
  const filters = FILTERS.filter((name) => base[name]?.length)
  const parts = queryParts(query.q ?? '')
  if (parts.length === 0 && filters.length === 0) return []
  const found: Suggestion[] = []
  // each search is run once, however many suggestions consider it
  const probed = new Map<string, Promise<SearchResult>>()
  const probe = (params: Params, facets: FacetName[] = []) => {
    const key = JSON.stringify([Object.entries(params).sort(), facets])
    let result = probed.get(key)
    if (!result) {
      result = run(source, { ...queryOf(params, query), limit: 1, facets })
      probed.set(key, result)
    }
    return result
  }
  const offer = async (kind: Suggestion['kind'], params: Params, message: Message) => {
    const query = new URLSearchParams(
      Object.entries(params).flatMap(([name, values]) =>
        values.map((v): [string, string] => [name, v]),
      ),
    ).toString()
    if (found.some((s) => s.query === query)) return
    const { total, totalExact } = await probe(params)
    if (total > 0) {
      found.push({ kind, params, query, total, totalExact, message: message(total, totalExact) })
    }
  }

  // spelling: each plain word that finds nothing on its own, replaced by the closest indexed word;
  // among words as close as each other, one that makes a usual name with its neighbours wins
  // ("virtuelle" in "machine virtuele", not "virtuel"), then the most frequent
  const spelled = parts.map((part) => part.text)
  let corrections = 0
  for (const [i, part] of parts.entries()) {
    if (corrections === MAX_CORRECTED_WORDS) break
    if (part.word === undefined) continue
    if ((await probe({ q: [part.text], ...only(base, 'status') })).total > 0) continue
    const closest = closestTerms(part.word, await source.termsNear(part.word))
    if (closest.length === 0) continue
    const named = (term: string) =>
      queryParts(spelled.map((text, j) => (j === i ? term : text)).join(' ')).filter((p) => p.entry)
        .length
    spelled[i] = closest.reduce((best, term) => (named(term) > named(best) ? term : best))
    corrections += 1
  }
  // the filters are tried below with the corrected text when it finds something on its own, and
  // their messages say so ("secnumclod" with country=DE: the country FR, with "secnumcloud")
  let filtered = base
  let spelledNote: Text = { en: '', fr: '' }
  if (corrections > 0) {
    const q = spelled.join(' ')
    await offer('spelling', { ...base, q: [q] }, (n, exact) => ({
      en: `Did you mean “${q}”? That search finds ${count(n, exact, 'en')}.`,
      fr: `Vouliez-vous dire « ${q} » ? Cette recherche trouve ${count(n, exact, 'fr')}.`,
    }))
    if (filters.length > 0 && (await probe({ q: [q], ...only(base, 'status') })).total > 0) {
      filtered = { ...base, q: [q] }
      spelledNote = { en: `Did you mean “${q}”? `, fr: `Vouliez-vous dire « ${q} » ? ` }
    }
  }

  // a word fewer: the two that find the most
  if (parts.length > 1) {
    const fewer: [Params, string][] = parts.slice(0, MAX_DROPPED_WORDS).map((part, i) => [
      {
        ...base,
        q: [
          parts
            .filter((_, j) => j !== i)
            .map((p) => p.text)
            .join(' '),
        ],
      },
      part.text,
    ])
    const totals = await Promise.all(fewer.map(([params]) => probe(params)))
    const best = fewer
      .map((candidate, i) => [candidate, totals[i]!.total] as const)
      .filter(([, total]) => total > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
    for (const [[params, word]] of best) {
      await offer('fewer-words', params, (n, exact) => ({
        en: `Without “${word}”, the search finds ${count(n, exact, 'en')}.`,
        fr: `Sans « ${word} », la recherche trouve ${count(n, exact, 'fr')}.`,
      }))
    }
  }

  // another value of a filter: its facet is counted without it, so it lists what would match
  const facets = FACETS.filter((name) => base[name]?.length)
  if (facets.length > 0) {
    const counted = await probe(filtered, facets)
    for (const name of facets) {
      const top = counted.facets[name]?.find((entry) => entry.count > 0)
      if (!top) continue
      const value = valueText(name, top.value, top.label)
      await offer('facet', { ...filtered, [name]: [top.value] }, (n, exact) => ({
        en: `${spelledNote.en}With the ${FILTER_WORDS[name].en} ${value.en} instead, the search finds ${count(n, exact, 'en')}.`,
        fr: `${spelledNote.fr}Avec ${FILTER_WORDS[name].the} ${value.fr} à la place, la recherche trouve ${count(n, exact, 'fr')}.`,
      }))
    }
  }

  // a certification the text names ("C5") that nothing here holds with the rest of the search:
  // the certification that is held the most in its place, as a filter (nothing else stands for
  // a scheme; a kind of service has no such neighbour)
  const named = parts.find((part) => part.entry !== undefined && SCHEME_CODES.has(part.entry))
  if (named) {
    const rest = parts.filter((part) => part !== named).map((part) => part.text)
    const { q: _q, certification: _certification, ...others } = base
    const params = rest.length > 0 ? { ...others, q: [rest.join(' ')] } : others
    const counted = await probe(params, ['certification'])
    const top = counted.facets.certification?.find(
      (entry) => entry.count > 0 && entry.value !== named.entry,
    )
    if (top) {
      const value = valueText('certification', top.value, top.label)
      await offer('facet', { ...params, certification: [top.value] }, (n, exact) => ({
        en: `With the certification ${value.en} instead of “${named.text}”, the search finds ${count(n, exact, 'en')}.`,
        fr: `Avec la certification ${value.fr} au lieu de « ${named.text} », la recherche trouve ${count(n, exact, 'fr')}.`,
      }))
    }
  }

  // a filter fewer, then the text alone
  if (filters.length > 1 || (filters.length === 1 && parts.length === 0)) {
    for (const name of filters.slice(0, MAX_DROPPED_FILTERS)) {
      const { [name]: _dropped, ...params } = filtered
      if (Object.keys(params).every((key) => key === 'status' || key === 'sort')) continue
      await offer('without-filter', params, (n, exact) => ({
        en: `${spelledNote.en}Without the ${FILTER_WORDS[name].en} filter, the search finds ${count(n, exact, 'en')}.`,
        fr: `${spelledNote.fr}Sans le filtre ${FILTER_WORDS[name].fr}, la recherche trouve ${count(n, exact, 'fr')}.`,
      }))
    }
  }
  if (filters.length > 0 && parts.length > 0) {
    await offer('no-filters', { ...only(filtered, 'q', 'status', 'sort') }, (n, exact) => ({
      en: `${spelledNote.en}The text alone, without filters, finds ${count(n, exact, 'en')}.`,
      fr: `${spelledNote.fr}Le texte seul, sans filtre, trouve ${count(n, exact, 'fr')}.`,
    }))
  }
  return found.slice(0, MAX_SUGGESTIONS)
}

type Message = (total: number, exact: boolean) => Text

/** The search's own parameters, as given (not paging, facets or scope). */
function paramsOf(query: SearchQuery): Params {
  const params: Params = {}
  if (query.q?.trim()) params.q = [query.q]
  for (const name of FILTERS) {
    const values = query[name]?.filter((v) => v.trim() !== '')
    if (values?.length) params[name] = values
  }
  if (query.status?.length) params.status = query.status
  if (query.sort) params.sort = [query.sort]
  return params
}

function queryOf(params: Params, like: SearchQuery): Omit<SearchQuery, 'limit'> {
  const query: Omit<SearchQuery, 'limit'> = {}
  if (params.q) query.q = params.q[0]
  for (const name of FILTERS) if (params[name]) query[name] = params[name]
  if (like.status) query.status = like.status
  if (like.sort) query.sort = like.sort
  return query
}

function only(params: Params, ...names: string[]): Params {
  return Object.fromEntries(Object.entries(params).filter(([name]) => names.includes(name)))
}

function count(n: number, exact: boolean, lang: 'en' | 'fr'): string {
  const number = n.toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR')
  if (lang === 'en') return `${exact ? '' : 'more than '}${number} offering${n === 1 ? '' : 's'}`
  return `${exact ? '' : 'plus de '}${number} offre${n === 1 ? '' : 's'}`
}

/** Nearest words tried for one misspelt word. */
const MAX_SPELLINGS = 3

/**
 * The indexed words nearest to `word` (edit distance with transpositions, at most 1 for a word of
 * four letters or fewer, 2 beyond), all at the smallest distance found, the most frequent first.
 *
 * @example
 * closestTerms('virtuele', [{ term: 'virtuelle', docs: 4 }, { term: 'virtuel', docs: 1 }]) // ['virtuelle', 'virtuel']
 */
export function closestTerms(word: string, candidates: { term: string; docs: number }[]): string[] {
  const limit = [...word].length <= 4 ? 1 : 2
  const distanceTo = editDistanceFrom(word, limit)
  const near: { term: string; docs: number; distance: number }[] = []
  for (const candidate of candidates) {
    if (candidate.term === word) continue
    const distance = distanceTo(candidate.term)
    if (distance <= limit) near.push({ ...candidate, distance })
  }
  const smallest = Math.min(...near.map((c) => c.distance))
  return near
    .filter((c) => c.distance === smallest)
    .sort((a, b) => b.docs - a.docs || (a.term < b.term ? -1 : 1))
    .slice(0, MAX_SPELLINGS)
    .map((c) => c.term)
}

/**
 * The optimal string alignment distance from `word` to a term, in code points, given up past
 * `limit` (then any larger number). A misspelt word is compared with the indexed words of its
 * first letter (1,758 for "virtuele" at 100,000 offerings): the rows are allocated once and each
 * term is read without copying it into strings, which took 4.5 ms for them, against 0.55.
 */
function editDistanceFrom(word: string, limit: number): (term: string) => number {
  const s = codePoints(word, [])
  const m = s.length
  let before = new Int32Array(m + 1)
  let previous = new Int32Array(m + 1)
  let current = new Int32Array(m + 1)
  const t: number[] = []
  return (term) => {
    codePoints(term, t)
    const n = t.length
    if (Math.abs(m - n) > limit) return limit + 1
    for (let j = 0; j <= m; j++) previous[j] = j
    for (let i = 1; i <= n; i++) {
      const c = t[i - 1]!
      current[0] = i
      let smallest = i
      for (let j = 1; j <= m; j++) {
        let d = Math.min(
          previous[j]! + 1,
          current[j - 1]! + 1,
          previous[j - 1]! + (s[j - 1] === c ? 0 : 1),
        )
        if (i > 1 && j > 1 && s[j - 1] === t[i - 2] && s[j - 2] === c)
          d = Math.min(d, before[j - 2]! + 1)
        current[j] = d
        if (d < smallest) smallest = d
      }
      if (smallest > limit) return limit + 1
      ;[before, previous, current] = [previous, current, before]
    }
    return previous[m]!
  }
}

/** The code points of `text`, written into `into` (emptied first). */
function codePoints(text: string, into: number[]): number[] {
  into.length = 0
  for (let k = 0; k < text.length; k++) {
    const point = text.codePointAt(k)!
    into.push(point)
    if (point > 0xffff) k++
  }
  return into
}
