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

/** RFC 9457 problem for any error. 5xx details never leave the node: they are logged instead. */
export function problemResponse(c: Context<HonoEnv>, error: unknown): Response {
  const known = error instanceof AppError ? error : undefined
  const code: ErrorCode = known?.code ?? 'internal'
  const status = ErrorStatus[code]
  const requestId = c.get('requestId')
  if (status >= 500) {
    c.var.ctx.logger.error('request failed', {
      requestId,
      path: c.req.path,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    })
  }
  const problem: Problem = {
    type: `${c.var.ctx.config.publicUrl}/problems/${code}`,
    title: titles[code],
    status,
    detail: status >= 500 || !known ? 'The node could not complete this request.' : known.message,
    instance: c.req.path,
    requestId,
    ...(known?.errors?.length ? { errors: known.errors } : {}),
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' }
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer'
  return c.json(problem, status as 400, headers)
}
