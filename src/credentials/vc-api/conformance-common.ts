/**
 * The VC Data Model rules shared by credentials and presentations (contexts, ids, types) and the
 * presentation's own rules (VC DM 2.0 §4.13).
 */
import type { Finding } from '../../errors.js'
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts.js'

export type VcVersion = 1 | 2

export type Json = Record<string, unknown>

// XML Schema 1.1 dateTimeStamp: the offset is required (VC DM 2.0 §4.8, Data Integrity §2.1)
const DATE_TIME_STAMP =
  /^-?([1-9][0-9]{3,}|0[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|24:00:00(\.0+)?)(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/
const ABSOLUTE_URL = /^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$/

/** A single absolute URL (VC DM §4.3: `id` values, issuer, schema and status ids). */
export function isUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !ABSOLUTE_URL.test(value)) return false
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

/** An XML Schema dateTimeStamp with a time-zone offset, which also denotes a real instant. */
export function isDateTimeStamp(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME_STAMP.test(value) && !isNaN(Date.parse(value))
}

/** 2 for the VC 2.0 base context, 1 for VC 1.1, undefined when the first context is neither. */
export function vcVersion(document: Json): VcVersion | undefined {
  const first = Array.isArray(document['@context']) ? document['@context'][0] : undefined
  return first === VC_V2_CONTEXT ? 2 : first === VC_V1_CONTEXT ? 1 : undefined
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function values(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

export function finding(code: string, path: string, en: string, fr: string): Finding {
  return { code, path, message: { en, fr }, severity: 'violation' }
}

export function checkContext(document: Json, path: string, out: Finding[]): void {
  const context = document['@context']
  if (context === undefined) {
    out.push(
      finding(
        'context-missing',
        `${path}/@context`,
        'The document has no @context; its first entry must be the VC base context.',
        'Le document n’a pas de @context ; sa première entrée doit être le contexte VC de base.',
      ),
    )
    return
  }
  if (!Array.isArray(context) || (context[0] !== VC_V2_CONTEXT && context[0] !== VC_V1_CONTEXT)) {
    out.push(
      finding(
        'context-base-missing',
        `${path}/@context`,
        `@context must be an ordered set whose first item is ${VC_V2_CONTEXT} (or ${VC_V1_CONTEXT} for VC 1.1).`,
        `@context doit être une liste dont le premier élément est ${VC_V2_CONTEXT} (ou ${VC_V1_CONTEXT} en VC 1.1).`,
      ),
    )
    return
  }
  context.slice(1).forEach((entry, i) => {
    if (isObject(entry) || isUrl(entry)) return
    out.push(
      finding(
        'context-entry-invalid',
        `${path}/@context/${i + 1}`,
        'Each further @context entry must be a URL or a context object.',
        'Chaque autre entrée de @context doit être une URL ou un objet de contexte.',
      ),
    )
  })
}

export function checkId(node: Json, path: string, out: Finding[], required = false): void {
  if (!('id' in node) && !required) return
  if (isUrl(node.id)) return
  out.push(
    finding(
      'id-not-url',
      `${path}/id`,
      'The id must be a single URL.',
      'L’identifiant (id) doit être une URL unique.',
    ),
  )
}

export function checkType(node: Json, path: string, out: Finding[], required?: string): void {
  const type = node.type
  const list = values(type)
  if (type === undefined || list.length === 0 || !list.every((t) => typeof t === 'string' && t)) {
    out.push(
      finding(
        type === undefined ? 'type-missing' : 'type-invalid',
        `${path}/type`,
        'The object must have a type: one or more terms or absolute URLs.',
        'L’objet doit avoir un type : un ou plusieurs termes ou URL absolues.',
      ),
    )
  } else if (required && !list.includes(required)) {
    out.push(
      finding(
        'type-required-missing',
        `${path}/type`,
        `The type must include ${required}.`,
        `Le type doit inclure ${required}.`,
      ),
    )
  }
}

/**
 * Checks a presentation's own fields (VC DM 2.0 §4.13). Its credentials are checked separately,
 * as credentials.
 *
 * @example
 * checkPresentation({ type: ['NonconformingDocument'] }) // context-missing, type-required-missing
 */
export function checkPresentation(presentation: unknown): Finding[] {
  if (!isObject(presentation)) {
    return [
      finding(
        'presentation-not-object',
        '',
        'The presentation must be a JSON object.',
        'La présentation doit être un objet JSON.',
      ),
    ]
  }
  const out: Finding[] = []
  checkContext(presentation, '', out)
  checkId(presentation, '', out)
  checkType(presentation, '', out, 'VerifiablePresentation')
  const holder = presentation.holder
  if (holder !== undefined && !isUrl(holder) && !(isObject(holder) && isUrl(holder.id))) {
    out.push(
      finding(
        'holder-invalid',
        '/holder',
        'The holder must be a URL, or an object whose id is a URL.',
        'Le détenteur (holder) doit être une URL, ou un objet dont l’id est une URL.',
      ),
    )
  }
  if ('verifiableCredential' in presentation) {
    values(presentation.verifiableCredential).forEach((vc, i) => {
      if (isObject(vc)) return
      out.push(
        finding(
          'verifiable-credential-invalid',
          `/verifiableCredential/${i}`,
          'verifiableCredential entries must be credential objects, never strings or URLs.',
          'Les entrées de verifiableCredential doivent être des objets, jamais des chaînes ou des URL.',
        ),
      )
    })
  }
  return out
}
