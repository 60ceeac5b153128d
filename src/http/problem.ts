import type { Context } from 'hono'
import { AppError, ErrorStatus, type ErrorCode, type Finding } from '../errors.js'
import type { HonoEnv } from './env.js'

export type Problem = {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  requestId: string
  errors?: Finding[]
}

const titles: Record<ErrorCode, string> = {
  'bad-request': 'Bad request',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'payload-too-large': 'Payload too large',
  'unsupported-media-type': 'Unsupported media type',
  'credential-rejected': 'Credential rejected',
  'too-many-requests': 'Too many requests',
  'peer-unavailable': 'Peer unavailable',
  unavailable: 'Service unavailable',
  'bad-config': 'Node misconfigured',
  internal: 'Internal error',
}

// SQLite result codes (extended ones included: SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT…) that say
// the store cannot take a request now, not that the request is wrong: a full disk, a read-only
// file, an I/O fault, a lock held past busy_timeout. better-sqlite3 sets them as `code`; D1 ends
// its messages with them (`D1_ERROR: database or disk is full: SQLITE_FULL`).
const STORE_UNAVAILABLE = /\bSQLITE_(FULL|READONLY|IOERR|BUSY)(_[A-Z]+)*\b/
// long enough for an operator to free space or a lock to clear, short enough for a partner's retry
const RETRY_AFTER_SECONDS = '30'

/** RFC 9457 problem for any error. 5xx details never leave the node: they are logged instead. */
export function problemResponse(c: Context<HonoEnv>, error: unknown): Response {
  const known = error instanceof AppError ? error : undefined
  const sqliteCode = known && ErrorStatus[known.code] < 500 ? undefined : storeUnavailable(error)
  const code: ErrorCode = sqliteCode ? 'unavailable' : (known?.code ?? 'internal')
  const status = ErrorStatus[code]
  const requestId = c.get('requestId')
  if (status >= 500) {
    c.var.ctx.logger.error(sqliteCode ? 'store unavailable' : 'request failed', {
      requestId,
      path: c.req.path,
      ...(sqliteCode ? { sqliteCode } : {}),
      error: describeError(error),
    })
  }
  const problem: Problem = {
    type: `${c.var.ctx.config.publicUrl}/problems/${code}`,
    title: titles[code],
    status,
    detail:
      status === 503
        ? 'The node cannot take this request now; retry later.'
        : status >= 500 || !known
          ? 'The node could not complete this request.'
          : known.message,
    instance: c.req.path,
    requestId,
    ...(known?.errors?.length ? { errors: known.errors } : {}),
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' }
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer'
  if (status === 503) headers['Retry-After'] = RETRY_AFTER_SECONDS
  return c.json(problem, status as 400, headers)
}

/** An error for the log, with its causes: drizzle's "Failed query" says what ran, its cause why it failed. */
function describeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return String(error)
  const { name, message, stack, cause } = error
  return {
    name,
    message,
    stack,
    ...(cause !== undefined && depth < 4 ? { cause: describeError(cause, depth + 1) } : {}),
  }
}

/**
 * The SQLite code naming an unavailable store in `error` or its causes (drizzle wraps the
 * driver's error in one that quotes the query), by duck typing so no driver is imported. Only
 * the root cause's message is read: a wrapper's message may quote bound values, partners' text.
 */
function storeUnavailable(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    const { code, message, cause } = current as {
      code?: unknown
      message?: unknown
      cause?: unknown
    }
    if (typeof code === 'string' && STORE_UNAVAILABLE.test(code)) return code
    if (cause === undefined && typeof message === 'string') {
      return STORE_UNAVAILABLE.exec(message)?.[0]
    }
    current = cause
  }
  return undefined
}
