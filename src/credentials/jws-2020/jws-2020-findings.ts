/**
 * The findings of JsonWebSignature2020 verification, in both languages of the API. Each code is
 * stable (API.md): clients and tests match on it, never on the text.
 */
import type { Finding } from '../../errors.js'
import type { RemoteFetchRefusal } from '../did/remote-fetch.js'
import { unresolvableMethod } from '../did/unresolvable.js'
import type { ChainProblem } from './x509.js'

type Message = { en: string; fr: string }

/** Every code this verifier reports about a proof (as opposed to the claims). */
export const JWS_2020_FINDING_CODES = [
  'jws-malformed',
  'jws-algorithm-unsupported',
  'proof-purpose-invalid',
  'verification-method-unresolvable',
  'verification-method-invalid',
  'certificate-chain-missing',
  'certificate-unavailable',
  'certificate-malformed',
  'certificate-untrusted',
  'certificate-expired',
  'certificate-not-yet-valid',
  'certificate-chain-invalid',
  'certificate-not-ca',
  'certificate-weak-key',
  'certificate-weak-signature',
  'certificate-key-usage-invalid',
  'certificate-key-mismatch',
  'signature-invalid',
] as const

export type Jws2020FindingCode = (typeof JWS_2020_FINDING_CODES)[number]

export function jwsFinding(code: Jws2020FindingCode, path: string, message: Message): Finding {
  return { code, path, message, severity: 'violation' }
}

const REFUSALS: Record<RemoteFetchRefusal, Message> = {
  'fetch-disabled': {
    en: 'this node fetches nothing (GXC_FETCH_ALLOW is empty) and does not hold it',
    fr: 'ce nœud ne télécharge rien (GXC_FETCH_ALLOW est vide) et ne le détient pas',
  },
  'host-not-allowed': {
    en: 'its host is not in this node’s fetch allow-list (GXC_FETCH_ALLOW)',
    fr: 'son hôte ne figure pas dans la liste d’hôtes autorisés du nœud (GXC_FETCH_ALLOW)',
  },
  'insecure-url': { en: 'it is not an https URL', fr: 'ce n’est pas une URL https' },
  'redirect-refused': {
    en: 'the server redirected elsewhere, which this node refuses',
    fr: 'le serveur a redirigé ailleurs, ce que le nœud refuse',
  },
  timeout: { en: 'the server did not answer in time', fr: 'le serveur n’a pas répondu à temps' },
  'too-large': {
    en: 'the answer exceeds this node’s size limit',
    fr: 'la réponse dépasse la taille acceptée par le nœud',
  },
  'bad-status': { en: 'the server answered with an error', fr: 'le serveur a répondu une erreur' },
  'bad-content-type': {
    en: 'the server answered with an unexpected media type',
    fr: 'le serveur a répondu avec un type de média inattendu',
  },
  'network-error': { en: 'the server could not be reached', fr: 'le serveur est injoignable' },
}

/** `verification-method-unresolvable`, saying why: not held offline, or why a fetch gave nothing. */
export function unresolvable(method: string, why: RemoteFetchRefusal | 'not-found'): Finding {
  if (why === 'fetch-disabled' || why === 'host-not-allowed') {
    // not held and not fetchable: the same advice as for any key this node cannot find
    return jwsFinding(
      'verification-method-unresolvable',
      '/proof/verificationMethod',
      unresolvableMethod(method, REFUSALS[why]),
    )
  }
  const reason =
    why === 'not-found'
      ? { en: 'its DID document does not list it', fr: 'son document DID ne la mentionne pas' }
      : REFUSALS[why]
  return jwsFinding('verification-method-unresolvable', '/proof/verificationMethod', {
    en: `The verification method ${method} cannot be resolved: ${reason.en}.`,
    fr: `La méthode de vérification ${method} ne peut pas être résolue : ${reason.fr}.`,
  })
}

/**
 * `verification-method-unresolvable` for an issuer that is not a did:web: a did:key or did:jwk is
 * its own key, vouched for by no one, and the operator could not withdraw it. Only the DID method
 * is named, since a did:jwk carrying a certificate chain runs to kilobytes.
 */
export function issuerNotDidWeb(did: string): Finding {
  const method = did.split(':', 2).join(':').slice(0, 40)
  return jwsFinding('verification-method-unresolvable', '/proof/verificationMethod', {
    en: `The signing key cannot be resolved: its issuer is a ${method}, but a Tagus (JsonWebSignature2020) issuer must be a did:web whose DID document the operator files through PUT /api/v1/admin/did-documents/{did}, or that this node may fetch from an allowed host (GXC_FETCH_ALLOW).`,
    fr: `La clé de signature ne peut pas être résolue : son émetteur est un ${method}, or un émetteur Tagus (JsonWebSignature2020) doit être un did:web dont l’opérateur dépose le document DID par PUT /api/v1/admin/did-documents/{did}, ou que le nœud peut télécharger depuis un hôte autorisé (GXC_FETCH_ALLOW).`,
  })
}

export function certificateUnavailable(url: string, why: RemoteFetchRefusal): Finding {
  return jwsFinding('certificate-unavailable', '/proof/verificationMethod', {
    en: `The certificate chain at ${url} (x5u) was not loaded: ${REFUSALS[why].en}.`,
    fr: `La chaîne de certificats ${url} (x5u) n’a pas été chargée : ${REFUSALS[why].fr}.`,
  })
}

const CHAIN: Record<ChainProblem, (subject: string) => Message> = {
  'certificate-untrusted': (s) => ({
    en: `The certificate chain of the signing key (${s}) does not lead to a trust anchor of this node.`,
    fr: `La chaîne de certificats de la clé de signature (${s}) ne mène à aucune ancre de confiance du nœud.`,
  }),
  'certificate-malformed': (s) => ({
    en: `The certificate ${s} in the signing key’s chain cannot be read (its key, signature algorithm or an extension is garbled).`,
    fr: `Le certificat ${s} de la chaîne de la clé de signature est illisible (sa clé, son algorithme de signature ou l’une de ses extensions ne se décode pas).`,
  }),
  'certificate-expired': (s) => ({
    en: `The certificate ${s} in the signing key’s chain has expired.`,
    fr: `Le certificat ${s} de la chaîne de la clé de signature a expiré.`,
  }),
  'certificate-not-yet-valid': (s) => ({
    en: `The certificate ${s} in the signing key’s chain is not valid yet.`,
    fr: `Le certificat ${s} de la chaîne de la clé de signature n’est pas encore valide.`,
  }),
  'certificate-chain-invalid': (s) => ({
    en: `The certificate ${s} is not signed by the next certificate of the chain.`,
    fr: `Le certificat ${s} n’est pas signé par le certificat suivant de la chaîne.`,
  }),
  'certificate-not-ca': (s) => ({
    en: `The certificate ${s} issues another certificate of the chain but may not: it is not a CA (basicConstraints), its path length is exceeded, or its key usage lacks keyCertSign. Trust anchors are held to this too.`,
    fr: `Le certificat ${s} émet un autre certificat de la chaîne sans en avoir le droit : ce n’est pas une AC (basicConstraints), sa longueur de chemin est dépassée ou son usage de clé n’inclut pas keyCertSign. Les ancres de confiance y sont soumises aussi.`,
  }),
  'certificate-weak-key': (s) => ({
    en: `The certificate ${s} in the signing key’s chain has an RSA key of fewer than 2048 bits (or of a size this node cannot read); this node accepts 2048 bits or more.`,
    fr: `Le certificat ${s} de la chaîne de la clé de signature a une clé RSA de moins de 2048 bits (ou de taille illisible) ; le nœud exige au moins 2048 bits.`,
  }),
  'certificate-weak-signature': (s) => ({
    en: `The certificate ${s} in the signing key’s chain is signed with a broken hash (SHA-1 or MD5); this node accepts SHA-256 or stronger.`,
    fr: `Le certificat ${s} de la chaîne de la clé de signature est signé avec un hachage cassé (SHA-1 ou MD5) ; le nœud exige SHA-256 ou plus fort.`,
  }),
  'certificate-key-usage-invalid': (s) => ({
    en: `The certificate ${s} does not let its key sign credentials: its key usage must include digitalSignature (or nonRepudiation), and a CA certificate signs credentials only if it is itself a trust anchor of this node.`,
    fr: `Le certificat ${s} n’autorise pas sa clé à signer des attestations : son usage de clé doit inclure digitalSignature (ou nonRepudiation), et un certificat d’AC ne signe d’attestations que s’il est lui-même une ancre de confiance du nœud.`,
  }),
}

export function chainFinding(problem: ChainProblem, subject: string): Finding {
  return jwsFinding(problem, '/proof/verificationMethod', CHAIN[problem](subject))
}

export const NO_TRUST_ANCHORS = jwsFinding('certificate-untrusted', '/proof/verificationMethod', {
  en: 'This node has no trust anchors configured (GXC_TRUST_ANCHORS), so no x5c/x5u certificate chain can be trusted.',
  fr: 'Ce nœud n’a aucune ancre de confiance configurée (GXC_TRUST_ANCHORS) : aucune chaîne x5c/x5u ne peut être reconnue.',
})

export const CHAIN_MISSING = jwsFinding('certificate-chain-missing', '/proof/verificationMethod', {
  en: 'The signing key (publicKeyJwk) carries no certificate chain (x5c or x5u); Gaia-X requires one.',
  fr: 'La clé de signature (publicKeyJwk) ne porte aucune chaîne de certificats (x5c ou x5u) ; Gaia-X en exige une.',
})

export const CHAIN_MALFORMED = jwsFinding('certificate-malformed', '/proof/verificationMethod', {
  en: 'The certificate chain of the signing key (x5c or x5u) is not a valid list of X.509 certificates.',
  fr: 'La chaîne de certificats de la clé de signature (x5c ou x5u) n’est pas une liste de certificats X.509 valide.',
})

export const KEY_MISMATCH = jwsFinding('certificate-key-mismatch', '/proof/verificationMethod', {
  en: 'The signing key (publicKeyJwk) is not the public key of the first certificate of its chain.',
  fr: 'La clé de signature (publicKeyJwk) n’est pas la clé publique du premier certificat de sa chaîne.',
})

export const SIGNATURE_INVALID = jwsFinding('signature-invalid', '/proof/jws', {
  en: 'The proof does not match the credential: it was changed after signing, or signed with another key.',
  fr: 'La preuve ne correspond pas à l’attestation : elle a été modifiée après signature, ou signée avec une autre clé.',
})

export function jwsMalformed(reason: string): Finding {
  return jwsFinding('jws-malformed', '/proof/jws', {
    en: `The proof's jws is not a detached JWS with an unencoded payload (b64: false): ${reason}.`,
    fr: `Le jws de la preuve n’est pas un JWS détaché à charge utile non encodée (b64: false) : ${reason}.`,
  })
}

export function algorithmUnsupported(alg: string): Finding {
  return jwsFinding('jws-algorithm-unsupported', '/proof/jws', {
    en: `The JWS algorithm ${alg} is not accepted; use PS256, ES256, ES384 or EdDSA.`,
    fr: `L’algorithme JWS ${alg} n’est pas accepté ; utilisez PS256, ES256, ES384 ou EdDSA.`,
  })
}

export function methodInvalid(reason: Message): Finding {
  return jwsFinding('verification-method-invalid', '/proof/verificationMethod', {
    en: `The verification method cannot verify this proof: ${reason.en}.`,
    fr: `La méthode de vérification ne peut pas vérifier cette preuve : ${reason.fr}.`,
  })
}

export function purposeInvalid(reason: Message): Finding {
  return jwsFinding('proof-purpose-invalid', '/proof/verificationMethod', reason)
}
