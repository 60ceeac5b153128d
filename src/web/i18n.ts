// The language of a page and everything that depends on it: messages, numbers, dates, country
// names, and links that keep the language the reader chose.
import type { Context } from 'hono'
import { LANGS, MESSAGES, type Lang, type MessageKey } from './messages.js'
import { LEVEL_NAMES, REGIME_NAMES, SCHEME_NAMES, TYPE_NAMES } from './names.js'

export type { Lang, MessageKey }
export type Vars = Record<string, string | number>
export type Params = Record<string, string | readonly string[] | undefined>

/** What a page needs to speak its reader's language. */
export type Ui = {
  lang: Lang
  /** The language was chosen in the URL (`?lang=`): links carry it on. */
  chosen: boolean
  t(key: MessageKey, vars?: Vars): string
  number(value: number): string
  date(value: number | string): string
  country(code: string): string
  type(type: string): string
  scheme(scheme: string): string
  regime(regime: string): string
  level(level: string): string
  /** A link to a page of this node, with `lang` kept when the reader chose it. */
  href(path: string, params?: Params): string
}

/**
 * The page's language: `?lang=fr|en` first (the visible switch), then the reader's
 * `Accept-Language` by preference, French otherwise.
 */
export function negotiateLang(
  chosen: string | undefined,
  acceptLanguage: string | undefined,
): { lang: Lang; chosen: boolean } {
  if (isLang(chosen)) return { lang: chosen, chosen: true }
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [range = '', ...options] = part.trim().toLowerCase().split(';')
      const q = options.map((o) => /^\s*q=([0-9.]+)\s*$/.exec(o)?.[1]).find(Boolean)
      return { range: range.trim(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((r) => r.range && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { range } of ranges) {
    const primary = range.split('-')[0]
    if (isLang(primary)) return { lang: primary, chosen: false }
  }
  return { lang: 'fr', chosen: false }
}

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value)
}

/** The Ui of a request. */
export function uiOf(c: Context): Ui {
  const { lang, chosen } = negotiateLang(c.req.query('lang'), c.req.header('Accept-Language'))
  return createUi(lang, chosen)
}

// four of them in all, built once: Intl formatters are slow to construct
const built = new Map<string, Ui>()

export function createUi(lang: Lang, chosen: boolean): Ui {
  const key = `${lang} ${chosen}`
  let ui = built.get(key)
  if (!ui) built.set(key, (ui = buildUi(lang, chosen)))
  return ui
}

function buildUi(lang: Lang, chosen: boolean): Ui {
  const messages = MESSAGES[lang]
  const numbers = new Intl.NumberFormat(lang)
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })
  const regions = displayNames(lang)
  return {
    lang,
    chosen,
    t: (key, vars) => fill(messages[key], vars, numbers),
    number: (value) => numbers.format(value),
    date: (value) => {
      const date = new Date(value)
      return Number.isNaN(date.getTime()) ? String(value) : dates.format(date)
    },
    country: (code) => (/^[A-Z]{2}$/.test(code) && regions?.of(code)) || code,
    type: (type) => TYPE_NAMES[lang][type] ?? words(type),
    scheme: (scheme) => SCHEME_NAMES[lang][scheme] ?? scheme,
    regime: (regime) => REGIME_NAMES[lang][regime] ?? regime,
    level: (level) => LEVEL_NAMES[lang][level] ?? level,
    href: (path, params) => link(path, { ...params, ...(chosen ? { lang } : {}) }),
  }
}

/** A message in both languages, as a finding carries it (the API's `message: {en, fr}`). */
export function inBoth(key: MessageKey, vars?: Vars): Record<Lang, string> {
  return { fr: createUi('fr', false).t(key, vars), en: createUi('en', false).t(key, vars) }
}

/** `path?a=1&b=2&b=3`, leaving out empty values; the same order every time. */
export function link(path: string, params: Params = {}): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    for (const v of typeof value === 'string' ? [value] : (value ?? [])) {
      if (v !== '') query.append(name, v)
    }
  }
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

function fill(template: string, vars: Vars | undefined, numbers: Intl.NumberFormat): string {
  if (!vars) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? numbers.format(value) : value
  })
}

function displayNames(lang: Lang): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' })
  } catch {
    return undefined
  }
}

function words(type: string): string {
  return type
    .replace(/^gx:/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
}
