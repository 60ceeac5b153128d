import type { Config } from '../config.js'
import { BadRequestError, type Finding } from '../errors.js'

export type Limits = Config['limits']

/**
 * What one request may still spend, counted on its JSON before any JSON-LD work: JSON-LD
 * expansion and RDFC-1.0 canonicalisation cost grows with the values, the nodes (objects, each a
 * potential blank node to canonicalise) and the inline context definitions a document holds, and
 * canonicalisation grows faster than linearly with blank nodes. One budget covers a whole request,
 * the VC-JWTs a presentation envelopes included, so no document under the body limit can hold the
 * node's thread for long.
 */
export type JsonBudget = { values: number; nodes: number; contextTerms: number }

/** A request's budget, full. */
export function jsonBudget(limits: Limits): JsonBudget {
  return { values: limits.values, nodes: limits.nodes, contextTerms: limits.contextTerms }
}

/**
 * Structural limits checked before any JSON-LD processing, so a hostile document costs a walk of
 * its JSON and nothing more: text that is valid Unicode, nesting depth, string lengths, and what
 * it spends of `budget` (values, objects, term definitions of inline `@context`s). Returns the
 * first breach found.
 *
 * @example
 * const breach = checkJsonLimits(body, config.limits, jsonBudget(config.limits))
 */
export function checkJsonLimits(
  value: unknown,
  limits: Limits,
  budget: JsonBudget = jsonBudget(limits),
): Finding | undefined {
  // the last member says whether the value sits inside a context, whose scoped contexts its
  // term definitions were already counted with
  const stack: [unknown, string, number, boolean][] = [[value, '', 0, false]]
  while (stack.length > 0) {
    const [node, pointer, depth, inContext] = stack.pop()!
    if (--budget.values < 0) return overBudget(pointer, 'values', limits.values)
    if (typeof node === 'string') {
      if (!isText(node)) return unicodeFinding(pointer)
      if (node.includes(PROTO)) return reservedFinding(pointer)
      if (node.length > limits.stringLength) {
        return limitFinding(pointer, {
          en: `This string is ${node.length} characters long; the node accepts at most ${limits.stringLength}.`,
          fr: `Cette chaîne compte ${node.length} caractères ; le nœud en accepte au plus ${limits.stringLength}.`,
        })
      }
      continue
    }
    if (typeof node !== 'object' || node === null) continue
    if (depth >= limits.jsonDepth) {
      return limitFinding(pointer, {
        en: `The document nests deeper than ${limits.jsonDepth} levels here.`,
        fr: `Le document dépasse ici ${limits.jsonDepth} niveaux d’imbrication.`,
      })
    }
    if (!Array.isArray(node) && --budget.nodes < 0) {
      return overBudget(pointer, 'nodes', limits.nodes)
    }
    const entries = Array.isArray(node) ? node.entries() : Object.entries(node)
    for (const [key, child] of entries) {
      if (typeof key === 'string' && !isText(key)) return unicodeFinding(pointer)
      if (typeof key === 'string' && key.includes(PROTO)) return reservedFinding(pointer)
      if (typeof key === 'string' && key.length > limits.stringLength) {
        return limitFinding(pointer, {
          en: `A property name is longer than ${limits.stringLength} characters.`,
          fr: `Un nom de propriété dépasse ${limits.stringLength} caractères.`,
        })
      }
      const at = `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`
      const context = key === '@context'
      if (context && !inContext) {
        budget.contextTerms -= termDefinitions(child)
        if (budget.contextTerms < 0) return overBudget(at, 'contextTerms', limits.contextTerms)
      }
      stack.push([child, at, depth + 1, inContext || context])
    }
  }
  return undefined
}

/**
 * The term definitions an inline `@context` makes, scoped contexts included: each costs the
 * processor work for every node it applies to. A context named by URL is one the node pins and
 * has processed once for all.
 */
function termDefinitions(context: unknown): number {
  if (Array.isArray(context)) return context.reduce((n: number, c) => n + termDefinitions(c), 0)
  if (typeof context !== 'object' || context === null) return 0
  let count = 0
  for (const [key, definition] of Object.entries(context)) {
    if (key.startsWith('@')) continue
    count += 1
    if (typeof definition === 'object' && definition !== null && '@context' in definition) {
      count += 1 + termDefinitions((definition as { '@context': unknown })['@context'])
    }
  }
  return count
}

const BUDGET_MESSAGES: Record<keyof JsonBudget, (max: number) => Finding['message']> = {
  values: (max) => ({
    en: `The document holds more than ${max} JSON values; the node accepts at most ${max} in one request. Split it into several submissions.`,
    fr: `Le document contient plus de ${max} valeurs JSON ; le nœud en accepte au plus ${max} par requête. Scindez-le en plusieurs soumissions.`,
  }),
  nodes: (max) => ({
    en: `The document holds more than ${max} JSON objects; the node accepts at most ${max} in one request. Split it into several submissions.`,
    fr: `Le document contient plus de ${max} objets JSON ; le nœud en accepte au plus ${max} par requête. Scindez-le en plusieurs soumissions.`,
  }),
  contextTerms: (max) => ({
    en: `The inline JSON-LD contexts define more than ${max} terms; use the Gaia-X and W3C contexts this node pins (listed at /.well-known/gaia-x-catalogue) by their URL.`,
    fr: `Les contextes JSON-LD en ligne définissent plus de ${max} termes ; utilisez par leur URL les contextes Gaia-X et W3C que ce nœud épingle (listés sur /.well-known/gaia-x-catalogue).`,
  }),
}

function overBudget(path: string, what: keyof JsonBudget, max: number): Finding {
  return limitFinding(path, BUDGET_MESSAGES[what](max))
}

// a lone UTF-16 surrogate (JSON's "\ud800" escape) or NUL: no Unicode text has them, and the
// hashing, canonicalisation and storage layers each treat them differently
const NOT_TEXT = /\p{Surrogate}|\u0000/u

function isText(value: string): boolean {
  return !NOT_TEXT.test(value)
}

// JSON-LD processors keep node maps in plain objects keyed by ids: an id (or a relative IRI, such
// as `./__proto__`) that resolves to `__proto__` reaches Object.prototype itself. src/harden.ts
// freezes it; refusing the name up front turns the attempt into a clear 400
const PROTO = '__proto__'

function reservedFinding(path: string): Finding {
  return {
    code: 'name-reserved',
    path,
    message: {
      en: 'This text holds "__proto__", which JavaScript processors read as an object prototype; no Gaia-X document needs it.',
      fr: 'Ce texte contient « __proto__ », que les processeurs JavaScript lisent comme un prototype d’objet ; aucun document Gaia-X n’en a besoin.',
    },
    severity: 'violation',
  }
}

function unicodeFinding(path: string): Finding {
  return {
    code: 'unicode-invalid',
    path,
    message: {
      en: 'This text is not valid Unicode: it holds a lone surrogate (such as \\ud800) or a NUL character.',
      fr: 'Ce texte n’est pas de l’Unicode valide : il contient un demi-code de substitution isolé (tel \\ud800) ou un caractère NUL.',
    },
    severity: 'violation',
  }
}

/**
 * The 400 for a breach `checkJsonLimits` found, with a detail that says which kind it is.
 *
 * @example
 * const breach = checkJsonLimits(body, limits)
 * if (breach) throw limitError(breach)
 */
export function limitError(breach: Finding): BadRequestError {
  return new BadRequestError(
    breach.code === 'unicode-invalid'
      ? 'The document holds text that is not valid Unicode.'
      : breach.code === 'name-reserved'
        ? 'The document holds a name reserved by JavaScript.'
        : 'The document exceeds a limit of this node.',
    [breach],
  )
}

export function limitFinding(path: string, message: Finding['message']): Finding {
  return { code: 'limit-exceeded', path, message, severity: 'violation' }
}
