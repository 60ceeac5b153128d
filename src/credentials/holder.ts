// Who a presentation speaks for: its one holder, a DID.
import type { Finding } from '../errors.js'

/**
 * The one holder a presentation names: a DID, as a string or as `{ id }`. A list of holders, or a
 * holder that is not a DID, authenticates no one.
 */
export function holderOf(value: unknown): { did: string } | { error: Finding } {
  const id =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { id?: unknown }).id
      : value
  if (value === undefined) {
    return {
      error: {
        code: 'holder-missing',
        path: '/holder',
        message: HOLDER_MISSING,
        severity: 'violation',
      },
    }
  }
  if (typeof id !== 'string' || !id.startsWith('did:') || id.includes('#')) {
    return {
      error: {
        code: 'holder-invalid',
        path: '/holder',
        message: {
          en: 'A presentation to this node names exactly one holder: your participant DID (a string, or an object whose id is that DID).',
          fr: 'Une présentation à ce nœud désigne exactement un détenteur : le DID du participant (une chaîne, ou un objet dont l’id est ce DID).',
        },
        severity: 'violation',
      },
    }
  }
  return { did: id }
}

const HOLDER_MISSING = {
  en: 'The presentation names no holder; set `holder` to your participant DID.',
  fr: 'La présentation ne désigne aucun détenteur ; renseignez `holder` avec le DID du participant.',
}
