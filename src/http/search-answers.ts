import type { Context } from 'hono'
import { sha256Hex } from '../credentials/hash.js'
import type { HonoEnv } from './env.js'

/**
 * A search's answer depends on its parameters and on the catalogue's version only, so it is
 * serialised once per version and served as bytes, with an `ETag` naming both: a client that
 * asks again with `If-None-Match` gets a 304 without the search running at all. A version is
 * a few hundred answers at most (the busy ones: landing pages, peers polling, paging back).
 */
const KEPT = 256

const JSON_TYPE = 'application/json'
const utf8 = new TextEncoder()

/** An answer as served: its tag and its JSON, encoded once rather than on each write. */
type Kept = { etag: string; body: Uint8Array<ArrayBuffer> }

type Answers = { salt: string; version?: number; kept: Map<string, Kept> }

// One per store: nodes sharing a process (tests, a bench) never see each other's answers. The
// salt keeps a tag from naming two answers when versions repeat (a restore, another file).
const byStore = new WeakMap<object, Answers>()

function answersOf(store: object): Answers {
  let answers = byStore.get(store)
  if (!answers) {
    answers = { salt: crypto.randomUUID(), kept: new Map() }
    byStore.set(store, answers)
  }
  return answers
}

async function tagOf(salt: string, version: number, key: string): Promise<string> {
  const hex = await sha256Hex(`${salt}\n${key}`)
  return `"${version}-${hex.slice(0, 24)}"`
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  // weak comparison (RFC 9110 §13.1.2): a W/ prefix does not change what a tag names
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*')
}

/**
 * The answer to the search `key` stands for under `version`: a 304 when the client holds it,
 * the kept bytes when this process made them under that version, else `answer()` serialised
 * and kept.
 *
 * @example
 * return searchAnswer(c, await store.catalogueVersion(), JSON.stringify(query), () => search())
 */
export async function searchAnswer(
  c: Context<HonoEnv>,
  version: number,
  key: string,
  answer: () => Promise<unknown>,
): Promise<Response> {
  const answers = answersOf(c.var.ctx.store)
  const { kept } = answers
  if (answers.version !== version) {
    kept.clear()
    answers.version = version
  }
  let served = kept.get(key)
  const etag = served?.etag ?? (await tagOf(answers.salt, version, key))
  // revalidate each time: the version moves with any write, and the ETag says whether it did
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' }
  if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers)
  if (served === undefined) {
    // a fresh encoding owns its ArrayBuffer, though workerd's types say ArrayBufferLike
    const body = utf8.encode(JSON.stringify(await answer())) as Uint8Array<ArrayBuffer>
    served = { etag, body }
    // another request saw a later version meanwhile: the answer is served, not kept
    if (answers.version === version) {
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string)
      kept.set(key, served)
    }
  }
  return c.body(served.body, 200, { ...headers, 'Content-Type': JSON_TYPE })
}
