import type { Finding } from '../../errors.js'

// JWK members that only a private key has (RFC 7518 §6.2.2, §6.3.2, §6.4; RFC 8037 §2)
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']
const MAX_METHODS = 32

/**
 * Checks a did:web DID document an operator hands the node (the node never fetches one unless
 * allow-listed): it must be the document of the DID it is filed under, list only its own
 * verification methods, and hold no private key. Returns findings; none means it may be stored.
 *
 * @example
 * checkDidDocument('did:web:partner.example', document) // [] when it can be held
 */
export function checkDidDocument(did: string, document: Record<string, unknown>): Finding[] {
  const findings: Finding[] = []
  if (!/^did:web:[^:#?/\s]+(:[^:#?/\s]+)*$/.test(did)) {
    findings.push(
      problem('did-not-web', '', {
        en: `${did} is not a did:web DID: did:key and did:jwk resolve from the DID itself, and no other method is held.`,
        fr: `${did} n’est pas un DID did:web : did:key et did:jwk se résolvent d’eux-mêmes, et aucune autre méthode n’est détenue.`,
      }),
    )
  }
  if (document.id !== did) {
    findings.push(
      problem('did-document-id-mismatch', '/id', {
        en: `The document's id must be ${did}, the DID it is filed under.`,
        fr: `L’id du document doit être ${did}, le DID sous lequel il est enregistré.`,
      }),
    )
  }
  const methods = document.verificationMethod
  if (!Array.isArray(methods) || methods.length === 0 || methods.length > MAX_METHODS) {
    findings.push(
      problem('did-document-methods-invalid', '/verificationMethod', {
        en: `A held DID document lists between 1 and ${MAX_METHODS} verification methods.`,
        fr: `Un document DID détenu liste entre 1 et ${MAX_METHODS} méthodes de vérification.`,
      }),
    )
    return findings
  }
  methods.forEach((method, i) => {
    const path = `/verificationMethod/${i}`
    const m = (typeof method === 'object' && method !== null ? method : {}) as Record<
      string,
      unknown
    >
    if (typeof m.id !== 'string' || !(m.id.startsWith(`${did}#`) || m.id.startsWith('#'))) {
      findings.push(
        problem('did-document-method-foreign', `${path}/id`, {
          en: `Each verification method's id is ${did}#<fragment>.`,
          fr: `L’id de chaque méthode de vérification est ${did}#<fragment>.`,
        }),
      )
    }
    const jwk = m.publicKeyJwk
    const secret =
      'privateKeyJwk' in m ||
      'privateKeyMultibase' in m ||
      'privateKeyBase58' in m ||
      (typeof jwk === 'object' && jwk !== null && PRIVATE_JWK_MEMBERS.some((k) => k in jwk))
    if (secret) {
      findings.push(
        problem('did-document-private-key', path, {
          en: 'This method carries private key material: never send it anywhere. Publish the public key only.',
          fr: 'Cette méthode contient une clé privée : ne l’envoyez jamais. Publiez uniquement la clé publique.',
        }),
      )
    }
  })
  return findings
}

function problem(code: string, path: string, message: Finding['message']): Finding {
  return { code, path, message, severity: 'violation' }
}
