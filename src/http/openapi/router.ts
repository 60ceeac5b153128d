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
 * (`/query/country`, even when it is the third `country` value that is wrong), and one per
 * parameter the operation does not take (`/query/page`). Every message is a whole sentence in
 * English and in French, written from the issue's code and bounds rather than from zod's English.
 */
export function invalidInput(
  target: keyof ValidationTargets,
  issues: readonly z.core.$ZodIssue[],
): BadRequestError {
  const location = LOCATION[target]
  const findings = issues.flatMap((issue): Finding[] => {
    const segments = issue.path.map(String)
    const name = location === 'body' ? segments.join('/') : (segments[0] ?? '')
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const where = location === 'body' ? [...segments, key].join('/') : key
        return {
          code: 'parameter-unknown',
          path: `/${location}/${where}`,
          message: unknownParameter(location, where),
          severity: 'violation',
        }
      })
    }
    const { en, fr } = describeIssue(issue)
    return [
      {
        code: 'parameter-invalid',
        path: `/${location}/${name}`,
        message: { en: `${name || 'The value'} ${en}`, fr: `${name || 'La valeur'} ${fr}` },
        severity: 'violation',
      },
    ]
  })
  const what =
    location === 'body' ? 'The body is invalid.' : `Some ${location} parameters are invalid.`
  return new BadRequestError(what, findings)
}

function unknownParameter(location: string, name: string): { en: string; fr: string } {
  if (location === 'body') {
    return {
      en: `${name} is not a field this operation takes; leave it out.`,
      fr: `${name} n’est pas un champ que cette opération accepte ; retirez-le.`,
    }
  }
  const kind = PARAMETER_KIND[location] ?? { en: `${location} parameter`, fr: 'paramètre' }
  return {
    en: `${name} is not a ${kind.en} of this operation; leave it out or check its spelling.`,
    fr: `${name} n’est pas un ${kind.fr} de cette opération ; retirez-le ou vérifiez son orthographe.`,
  }
}

const PARAMETER_KIND: Record<string, { en: string; fr: string }> = {
  query: { en: 'query parameter', fr: 'paramètre de requête' },
  path: { en: 'path parameter', fr: 'paramètre de chemin' },
  header: { en: 'header', fr: 'en-tête' },
  cookie: { en: 'cookie', fr: 'cookie' },
}

const EXPECTED: Record<string, { en: string; fr: string }> = {
  number: { en: 'a number', fr: 'un nombre' },
  int: { en: 'a whole number', fr: 'un nombre entier' },
  string: { en: 'text', fr: 'du texte' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  array: { en: 'a list', fr: 'une liste' },
  object: { en: 'an object', fr: 'un objet' },
}

/** What is wrong with a value, after its name: "must be a number." / "doit être un nombre." */
function describeIssue(issue: z.core.$ZodIssue): { en: string; fr: string } {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && 'received' in issue && issue.received === 'undefined') {
        return { en: 'is required.', fr: 'est obligatoire.' }
      }
      const expected = EXPECTED[issue.expected] ?? { en: issue.expected, fr: issue.expected }
      return { en: `must be ${expected.en}.`, fr: `doit être ${expected.fr}.` }
    }
    case 'too_big': {
      const max = String(issue.maximum)
      const or = issue.inclusive === false ? { en: 'less than', fr: 'moins de' } : undefined
      if (issue.origin === 'string')
        return {
          en: `must be ${or?.en ?? 'at most'} ${max} characters long.`,
          fr: `doit compter ${or?.fr ?? 'au plus'} ${max} caractères.`,
        }
      if (issue.origin === 'array' || issue.origin === 'set')
        return {
          en: `may be given ${or?.en ?? 'at most'} ${max} times.`,
          fr: `peut être donné ${or?.fr ?? 'au plus'} ${max} fois.`,
        }
      return {
        en: `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${max}.`,
        fr: `doit valoir ${issue.inclusive === false ? 'moins de' : 'au plus'} ${max}.`,
      }
    }
    case 'too_small': {
      const min = String(issue.minimum)
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? { en: 'must not be empty.', fr: 'ne doit pas être vide.' }
          : {
              en: `must be at least ${min} characters long.`,
              fr: `doit compter au moins ${min} caractères.`,
            }
      if (issue.origin === 'array' || issue.origin === 'set')
        return {
          en: `must be given at least ${min} times.`,
          fr: `doit être donné au moins ${min} fois.`,
        }
      return {
        en: `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${min}.`,
        fr: `doit valoir ${issue.inclusive === false ? 'plus de' : 'au moins'} ${min}.`,
      }
    }
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? {
            en: `does not have the expected form (${issue.pattern}).`,
            fr: `n’a pas la forme attendue (${issue.pattern}).`,
          }
        : {
            en: `is not in the expected format (${issue.format}).`,
            fr: `n’est pas au format attendu (${issue.format}).`,
          }
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ')
      return issue.values.length === 1
        ? { en: `must be ${values}.`, fr: `doit valoir ${values}.` }
        : { en: `must be one of ${values}.`, fr: `doit valoir l’une de ces valeurs : ${values}.` }
    }
    case 'not_multiple_of':
      return {
        en: `must be a multiple of ${String(issue.divisor)}.`,
        fr: `doit être un multiple de ${String(issue.divisor)}.`,
      }
    default:
      // a schema's own check (refine, custom): its English message, and the French in general words
      return {
        en: issue.message ? `is not valid: ${issue.message}.` : 'is not valid.',
        fr: 'n’a pas une valeur valide pour cette opération.',
      }
  }
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
