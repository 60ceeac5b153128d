/**
 * The error vocabulary of the node. Core code throws these (or returns results for expected
 * verification failures); only the HTTP layer turns them into RFC 9457 problems.
 */
export const ErrorStatus = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'credential-rejected': 422,
  'too-many-requests': 429,
  'peer-unavailable': 502,
  unavailable: 503,
  'bad-config': 500,
  internal: 500,
} as const

export type ErrorCode = keyof typeof ErrorStatus

/** One actionable finding about a submitted document, as API.md defines it. */
export type Finding = {
  code: string
  path: string
  property?: string
  message: { en: string; fr: string }
  severity: 'violation' | 'warning'
}

export class AppError extends Error {
  override name = 'AppError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: Finding[],
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError'
  constructor(message: string, options?: ErrorOptions) {
    super('not-found', message, undefined, options)
  }
}

export class BadRequestError extends AppError {
  override name = 'BadRequestError'
  constructor(message: string, errors?: Finding[], options?: ErrorOptions) {
    super('bad-request', message, errors, options)
  }
}

export class CredentialRejectedError extends AppError {
  override name = 'CredentialRejectedError'
  constructor(message: string, errors: Finding[], options?: ErrorOptions) {
    super('credential-rejected', message, errors, options)
  }
}

/** A document loader was asked for a URL the node does not pin. Nothing is ever fetched. */
export class UnknownDocumentError extends AppError {
  override name = 'UnknownDocumentError'
  constructor(readonly url: string) {
    super('bad-request', `Document ${url} is not pinned by this node and is never fetched.`)
  }
}

export class ConfigError extends AppError {
  override name = 'ConfigError'
  constructor(message: string, options?: ErrorOptions) {
    super('bad-config', message, undefined, options)
  }
}
