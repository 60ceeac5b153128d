// The search page reads the same parameters as GET /api/v1/offerings, through the API's own
// schema and conversion (WebDeps.readSearchParams): a parameter the API learns, the page takes
// too. Only the page's own parameters are set aside first.
import type { Context } from 'hono'
import { AppError, type Finding } from '../errors.js'
import { BIDI_CONTROL } from '../model/bidi.js'
import type { SearchReading, WebDeps } from './env.js'
import type { Params } from './i18n.js'

/** Parameters of the pages, not of the search: the language, the Atom form, an opened facet. */
export const PAGE_PARAMS = ['lang', 'format', 'more'] as const

export type PageSearch = {
  /** The search's parameters as given (page parameters left out), for links that change one. */
  params: Record<string, string[]>
  /** Extra page parameters as given. */
  page: Partial<Record<(typeof PAGE_PARAMS)[number], string>>
} & SearchReading

/** The search a page's URL asks for, or the findings that say why it cannot be run. */
export function readSearch(c: Context, deps: WebDeps): PageSearch {
  const queries = Object.entries(c.req.queries())
  const isPageParam = (name: string) => (PAGE_PARAMS as readonly string[]).includes(name)
  // defined, not assigned: a parameter named `constructor` or `toString` would assign to the
  // frozen Object.prototype's own (src/harden.ts), and throw
  const params: Record<string, string[]> = Object.fromEntries(
    queries
      .filter(([name]) => !isPageParam(name))
      .map(([name, values]) => [name, name === 'q' ? values.map(wordsOf) : values]),
  )
  const page: PageSearch['page'] = Object.fromEntries(
    queries.filter(([name]) => isPageParam(name)).map(([name, values]) => [name, values[0]]),
  )
  // as Hono's query validator hands them to the API: once as a string, repeated as an array
  const raw = Object.fromEntries(
    Object.entries(params).map(([name, values]) => [
      name,
      values.length === 1 ? values[0]! : values,
    ]),
  )
  return { params, page, ...deps.readSearchParams(raw) }
}

// The index reads a bidi control as a break between words (src/store/search-tokens.ts), and so do
// the search's words here: a link that put one in them would have the search box draw them
// reordered, which no page can isolate inside an input.
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g')

function wordsOf(q: string): string {
  return q.replace(BIDI_CONTROLS, ' ')
}

/** The findings of a search the catalogue refused (a cursor from another search, say). */
export function badRequestFindings(error: unknown): Finding[] | undefined {
  if (error instanceof AppError && error.code === 'bad-request') return error.errors ?? []
  return undefined
}

/** The search's parameters with `name` toggled to include or leave out `value`, from page one. */
export function toggled(params: Record<string, string[]>, name: string, value: string): Params {
  const { cursor: _cursor, ...rest } = params
  const values = rest[name] ?? []
  return {
    ...rest,
    [name]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
  }
}

/** The search's parameters without `names`. */
export function without(params: Record<string, string[]>, ...names: string[]): Params {
  return Object.fromEntries(Object.entries(params).filter(([name]) => !names.includes(name)))
}
