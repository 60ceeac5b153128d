// What the pages run in, and what they take from the HTTP API without importing it (web and http
// are siblings: neither imports the other). src/app.ts, which builds both, hands the pages the
// API's own reading of a search's parameters and its in-process answers, so that each has one
// implementation.
import type { Context } from 'hono'
import type { RequestIdVariables } from 'hono/request-id'
import type { SearchQuery } from '../catalogue/search.js'
import type { AppContext } from '../context.js'
import type { Finding } from '../errors.js'

/** The same variables as the API's handlers have: the node's services through `c.var.ctx`. */
export type WebEnv = { Variables: RequestIdVariables & { ctx: AppContext } }
export type WebContext = Context<WebEnv>

/** A search's query parameters as `GET /api/v1/offerings` reads them. */
export type SearchReading =
  { ok: true; query: SearchQuery; federation: boolean } | { ok: false; findings: Finding[] }

export type WebDeps = {
  /**
   * `GET /api/v1/offerings`'s reading of its parameters (its schema and conversion): a parameter
   * the API learns, the search page takes too, and what it refuses, the page refuses alike.
   * Values come as Hono's query validator hands them: once as a string, repeated as an array.
   */
  readSearchParams(raw: Record<string, string | string[]>): SearchReading
  /**
   * The API's answer to a GET of `path` asking for `accept`, in-process: the node description
   * for a JSON client of `/`, an offering's credential in the form its page offers to download.
   */
  apiGet(path: string, accept: string): Promise<Response>
}
