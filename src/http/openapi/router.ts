import { OpenAPIHono, type Hook } from '@hono/zod-openapi'
import type { ValidationTargets } from 'hono'
import type { z } from 'zod'
import { BadRequestError, ErrorStatus, type Finding } from '../../errors.js'
import type { HonoEnv } from '../env.js'
import { ProblemSchema } from './common.js'

/** The admin bearer scheme's name in the document's `components.securitySchemes`. */
export const ADMIN_BEARER = 'adminBearer'

type SecurityRequirement = Record<string, string[]>
/** Operator routes: the admin bearer token. */
export const ADMIN_ONLY: SecurityRequirement[] = [{ [ADMIN_BEARER]: [] }]
/** The admin token, or no token at all (the partner proves who it is in the body). */
export const ADMIN_OR_PARTNER: SecurityRequirement[] = [{}, { [ADMIN_BEARER]: [] }]

// Where a parameter sits, in OpenAPI's words: findings name it `/query/limit`, `/path/id`.
const LOCATION: Record<keyof ValidationTargets, string> = {
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
  json: 'body',
  form: 'body',
}

/**
 * A router whose declared parameters are validated by their zod schemas, a failure being the
 * node's 400 problem rather than zod-validator's own JSON.
 */
export function createRouter(): OpenAPIHono<HonoEnv> {
  return new OpenAPIHono<HonoEnv>({ defaultHook: rejectInvalidInput })
}

// Thrown, not answered: `app.onError` turns it into the problem, as for any other bad request.
const rejectInvalidInput: Hook<unknown, HonoEnv, string, void> = (result) => {
  if (!result.success) throw invalidInput(result.target, result.error.issues)
}

/**
 * The 400 for input that fails its schema: one finding per issue, each naming the parameter
 * (`/query/country`, even when it is the third `country` value that is wrong).
 */
export function invalidInput(
  target: keyof ValidationTargets,
  issues: readonly z.core.$ZodIssue[],
): BadRequestError {
  const location = LOCATION[target]
  const findings = issues.map((issue): Finding => {
    const segments = issue.path.map(String)
    const name = location === 'body' ? segments.join('/') : (segments[0] ?? '')
    return {
      code: 'parameter-invalid',
      path: `/${location}/${name}`,
      message: {
        en: `${name}: ${issue.message}`,
        fr: `${name} : valeur non valide (${issue.message})`,
      },
      severity: 'violation',
    }
  })
  const what =
    location === 'body' ? 'The body is invalid.' : `Some ${location} parameters are invalid.`
  return new BadRequestError(what, findings)
}

const PROBLEM_DESCRIPTIONS = {
  400: 'A parameter or the body is invalid; `errors[]` names each one.',
  401: 'Not authenticated: a wrong admin token, or a presentation that does not prove its holder.',
  403: 'Authenticated, but not allowed to do this.',
  404: 'Nothing by that id on this node.',
  409: 'An older version of a credential the node already holds.',
  413: 'The body is over the node’s size limit.',
  415: 'The body’s media type is not accepted.',
  422: 'The document was checked and rejected; `errors[]` lists the findings.',
} as const satisfies Partial<Record<(typeof ErrorStatus)[keyof typeof ErrorStatus], string>>

type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS
type ProblemResponse = {
  description: string
  content: { 'application/problem+json': { schema: typeof ProblemSchema } }
}

function problemResponse(description: string): ProblemResponse {
  return { description, content: { 'application/problem+json': { schema: ProblemSchema } } }
}

/**
 * The error responses of an operation: the listed 4xx, plus `default` for the rest (a 5xx is a
 * fault of the node, and every error is a problem).
 */
export function problems<const S extends ProblemStatus[]>(
  ...statuses: S
): { [K in S[number]]: ProblemResponse } & { default: ProblemResponse } {
  const responses: Record<string, ProblemResponse> = {
    default: problemResponse('Any other error; a 5xx is a fault of the node.'),
  }
  for (const status of statuses) responses[status] = problemResponse(PROBLEM_DESCRIPTIONS[status])
  return responses as { [K in S[number]]: ProblemResponse } & { default: ProblemResponse }
}
