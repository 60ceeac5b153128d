// Why a verification method did not resolve is seldom the partner's fault alone: this node
// resolves a did:web only from a document its operator filed, or from a host it may fetch from.
// The message says which of those makes it resolvable.
import type { Message } from '../data-integrity/verify-findings.js'

/**
 * The message of `verification-method-unresolvable` for `methodId` (a DID URL), with why, when
 * known, and what makes it resolvable here.
 *
 * @example
 * unresolvableMethod('did:web:partner.example#key-1').en
 * // 'The verification method did:web:partner.example#key-1 cannot be resolved by this node. …'
 */
export function unresolvableMethod(methodId: string, why?: Message): Message {
  const did = methodId.split('#', 1)[0]!
  const head = why
    ? {
        en: `The verification method ${methodId} cannot be resolved by this node: ${why.en}.`,
        fr: `La méthode de vérification ${methodId} ne peut pas être résolue par ce nœud : ${why.fr}.`,
      }
    : {
        en: `The verification method ${methodId} cannot be resolved by this node.`,
        fr: `La méthode de vérification ${methodId} ne peut pas être résolue par ce nœud.`,
      }
  if (!did.startsWith('did:web:')) {
    return {
      en: `${head.en} It resolves did:key and did:jwk by themselves, and a did:web from a document it holds; sign with a key of one of those.`,
      fr: `${head.fr} Il résout did:key et did:jwk par eux-mêmes, et un did:web par un document qu’il détient ; signez avec une clé de l’un d’eux.`,
    }
  }
  const host = decodeURIComponent(did.slice('did:web:'.length).split(':', 1)[0]!)
  const path = `PUT /api/v1/admin/did-documents/${encodeURIComponent(did)}`
  return {
    en: `${head.en} If the key is in the DID document of ${did}, ask this node's operator to file that document (${path}), or to let the node fetch it by adding ${host} to GXC_FETCH_ALLOW; if it is not, add it there under assertionMethod.`,
    fr: `${head.fr} Si la clé figure dans le document DID de ${did}, demandez à l’opérateur de ce nœud de déposer ce document (${path}), ou de laisser le nœud le télécharger en ajoutant ${host} à GXC_FETCH_ALLOW ; sinon, ajoutez-la-y sous assertionMethod.`,
  }
}
