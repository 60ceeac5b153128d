// What a JSON-LD error means for the person who must fix the document: jsonld names the key, id,
// type or term at fault in its error's details but not where it stands, so the finding looks it
// up in the document as written and points there.
import type { Finding } from '../errors.js'

type Details = Record<string, unknown>

/**
 * The finding for an error `expandCredential` threw on `document` (the claims as written, reported
 * under `pointer`): `credential-malformed`, with the JSON Pointer of what is at fault and what to
 * do about it.
 *
 * @example
 * jsonLdFinding(error, { credentialSubject: { foo: 1 } }, '/verifiableCredential/0')
 * // { code: 'credential-malformed', path: '/verifiableCredential/0/credentialSubject/foo', … }
 */
export function jsonLdFinding(error: unknown, document: unknown, pointer: string): Finding {
  const { code, details } = jsonLdEvent(error)
  const at = (where: string | undefined) => pointer + (where ?? '')
  switch (code) {
    case 'invalid property': {
      const key = String(details.property)
      return malformed(at(pointerOfKey(document, key)), {
        en: `"${key}" is not a term of the credential's contexts, so it means nothing: write it as a term they define (gx:… for Gaia-X), as a full IRI, or remove it.`,
        fr: `« ${key} » n’est pas un terme des contextes de l’attestation et ne signifie donc rien : écrivez-le comme un terme qu’ils définissent (gx:… pour Gaia-X), comme une IRI complète, ou retirez-le.`,
      })
    }
    case 'relative @id reference': {
      const id = String(details.id)
      return malformed(at(pointerOfValue(document, ['id', '@id'], id)), {
        en: `The id "${id}" is a relative IRI: an id must be absolute (https://…, did:…, urn:uuid:…).`,
        fr: `L’id « ${id} » est une IRI relative : un id doit être absolu (https://…, did:…, urn:uuid:…).`,
      })
    }
    case 'relative @type reference': {
      const type = String(details.type)
      return malformed(at(pointerOfValue(document, ['type', '@type'], type)), {
        en: `The type "${type}" is not defined by the credential's contexts: use a class they define (gx:ServiceOffering, gx:LegalPerson…) or a full IRI.`,
        fr: `Le type « ${type} » n’est pas défini par les contextes de l’attestation : utilisez une classe qu’ils définissent (gx:ServiceOffering, gx:LegalPerson…) ou une IRI complète.`,
      })
    }
    case 'relative @vocab reference':
      return malformed(at('/@context'), {
        en: `The context's @vocab "${String(details.vocab)}" is not an absolute IRI.`,
        fr: `Le @vocab « ${String(details.vocab)} » du contexte n’est pas une IRI absolue.`,
      })
    case 'invalid @language value': {
      const language = String(details.language)
      return malformed(at(pointerOfValue(document, ['@language'], language)), {
        en: `"${language}" is not a language tag (BCP 47): write fr, en, fr-FR…`,
        fr: `« ${language} » n’est pas une étiquette de langue (BCP 47) : écrivez fr, en, fr-FR…`,
      })
    }
    case 'protected term redefinition':
      return malformed(at('/@context'), {
        en: `The contexts redefine the protected term "${String(details.term)}": a context after the VC context may not change what it defines. Remove that definition.`,
        fr: `Les contextes redéfinissent le terme protégé « ${String(details.term)} » : un contexte placé après le contexte VC ne peut pas changer ce qu’il définit. Retirez cette définition.`,
      })
    default:
      return malformed(pointer, {
        en: `The credential is not valid JSON-LD: ${reasonOf(error)}`,
        fr: `L’attestation n’est pas un JSON-LD valide : ${reasonOf(error)}`,
      })
  }
}

function malformed(path: string, message: Finding['message']): Finding {
  return { code: 'credential-malformed', path, message, severity: 'violation' }
}

/** jsonld's code and details: a safe-mode event (ValidationError) or a syntax error's own. */
function jsonLdEvent(error: unknown): { code?: string; details: Details } {
  const details = (error as { details?: Details } | undefined)?.details
  const event = details?.event as { code?: string; details?: Details } | undefined
  if (event) return { code: event.code, details: event.details ?? {} }
  return {
    code: typeof details?.code === 'string' ? details.code : undefined,
    details: details ?? {},
  }
}

function reasonOf(error: unknown): string {
  if (error === undefined) return 'the document expands to nothing.'
  const message = error instanceof Error ? error.message : String(error)
  const event = (error as { details?: { event?: { message?: string } } }).details?.event?.message
  return (event ?? message).split('\n', 1)[0]!.slice(0, 300)
}

// RFC 6901: "~" and "/" in a key are escaped
const escape = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1')

/** The pointer of the first member named `key`, outside any `@context`, depth first. */
function pointerOfKey(value: unknown, key: string, path = ''): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  if (!Array.isArray(value) && Object.hasOwn(value, key)) return `${path}/${escape(key)}`
  for (const [name, child] of Object.entries(value)) {
    if (name === '@context') continue
    const found = pointerOfKey(child, key, `${path}/${escape(name)}`)
    if (found !== undefined) return found
  }
  return undefined
}

/** The pointer of the first `target` held by one of `keys` (as is, or in a list), depth first. */
function pointerOfValue(
  value: unknown,
  keys: string[],
  target: string,
  path = '',
): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  for (const [name, child] of Object.entries(value)) {
    if (name === '@context') continue
    const at = `${path}/${escape(name)}`
    if (keys.includes(name) && !Array.isArray(value)) {
      if (child === target) return at
      if (Array.isArray(child) && child.includes(target)) return `${at}/${child.indexOf(target)}`
    }
    const found = pointerOfValue(child, keys, target, at)
    if (found !== undefined) return found
  }
  return undefined
}
