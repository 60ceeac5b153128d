// The request body's size limit, and what becomes of a body the node answers without reading.
//
// An HTTP/1.1 connection carries the next request only once the last body is off the wire.
// @hono/node-server drains an unread body after the answer, but stalls when the body's stream was
// opened and not read (hono's bodyLimit opens it to test that there is a body): the socket was
// dropped after a `Connection: keep-alive` answer, and the client's next request on it failed.
// Closing instead (`Connection: close`) while the client still sends makes the kernel reset the
// connection, and clients such as fetch (undici) then lose the answer itself. So an unread body is
// read to its end and discarded before the answer leaves, as far as DISCARD_BYTES; only a larger
// one gets `Connection: close`.
import type { MiddlewareHandler } from 'hono'
import { AppError } from '../errors.js'
import type { HonoEnv } from './env.js'

// What the node reads of a body it refuses, so that the client gets the answer on a clean
// connection; the write budgets bound how often a client can make it do so.
const DISCARD_BYTES = 16 * 1024 * 1024

// Requests whose body is still partly on the connection: the answer closes it.
const partlyRead = new WeakSet<Request>()

/**
 * 413 for a body over `maxBytes`: from `Content-Length` without reading a byte, else (a chunked
 * body, or a request made in-process) by reading it up to the limit.
 */
export function limitRequestBody(maxBytes: number): MiddlewareHandler<HonoEnv> {
  const tooLarge = () =>
    new AppError('payload-too-large', `Request bodies are limited to ${maxBytes} bytes.`)
  return async (c, next) => {
    const request = c.req.raw
    const length = declaredLength(request)
    if (length !== undefined) {
      if (length > maxBytes) throw tooLarge()
      return next()
    }
    // these have no body to read (Request refuses one), and asking for it costs a whole Request
    if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return next()
    const read = await readWithin(request.body, maxBytes)
    if (read.body === undefined) {
      if (!read.ended) partlyRead.add(request)
      throw tooLarge()
    }
    c.req.raw = new Request(request, { body: read.body })
    return next()
  }
}

/**
 * Leaves the connection ready for its next request, whatever the answer: a body left unread (a
 * 413, a 415 or 429 before reading, a route that takes none) is read and discarded before the
 * answer leaves, and a body too large for that is answered with `Connection: close`. Mount it
 * before anything that may answer early.
 */
export function settleRequestBody(): MiddlewareHandler<HonoEnv> {
  return async (c, next) => {
    const request = c.req.raw
    await next()
    if (request.method === 'GET' || request.method === 'HEAD') return
    if (partlyRead.has(request)) return close(c.res)
    // read by the route, or buffered whole by the limit (which handed the route a copy)
    if (request.bodyUsed || c.req.raw !== request) return
    const length = declaredLength(request)
    // neither Content-Length nor Transfer-Encoding: nothing follows the headers on the wire
    if (length === 0 || (length === undefined && !request.headers.has('transfer-encoding'))) return
    if ((length ?? 0) > DISCARD_BYTES || !request.body || request.body.locked) return close(c.res)
    const ended = await discard(request.body).catch(() => false)
    if (!ended) close(c.res)
  }
}

function close(response: Response): void {
  response.headers.set('Connection', 'close')
}

function declaredLength(request: Request): number | undefined {
  // with Transfer-Encoding, Content-Length means nothing (RFC 9112 §6.3)
  if (request.headers.has('transfer-encoding')) return undefined
  const value = request.headers.get('content-length')
  if (value === null) return undefined
  const length = Number(value)
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined
}

/**
 * The body, when it is at most `maxBytes`; past that the rest is discarded as far as
 * DISCARD_BYTES, and `ended` says whether the body was read to its end.
 */
async function readWithin(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<{ body: Uint8Array<ArrayBuffer>; ended: true } | { body: undefined; ended: boolean }> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      reader.releaseLock()
      return { body: undefined, ended: await discard(stream, Math.max(0, DISCARD_BYTES - size)) }
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return { body, ended: true }
}

/** Reads a body to its end without keeping it; false when it runs past `limit` bytes. */
async function discard(
  stream: ReadableStream<Uint8Array>,
  limit = DISCARD_BYTES,
): Promise<boolean> {
  const reader = stream.getReader()
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return true
    size += value.byteLength
    if (size > limit) {
      reader.releaseLock()
      return false
    }
  }
}
