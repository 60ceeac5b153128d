// How documents name things: an id written as a string or as `{ id }`, and the DID of a DID URL.

/**
 * The id a value names: the string itself, or the `id` of an object (`issuer`, `holder` and
 * `verificationMethod` are written both ways).
 *
 * @example
 * idOf({ id: 'did:web:bleu.fr', name: 'Bleu' }) // 'did:web:bleu.fr'
 */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const id = (value as { id?: unknown }).id
    return typeof id === 'string' ? id : undefined
  }
  return undefined
}

/**
 * A DID URL's DID.
 *
 * @example
 * didOf('did:web:a.example#key-1') // 'did:web:a.example'
 */
export function didOf(didUrl: string): string {
  return didUrl.split(/[?#]/, 1)[0]!
}
