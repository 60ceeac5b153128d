// Whether an entry is a credential at all, and has what every credential needs to be read: a
// VerifiableCredential type, an issuer, a subject, related resources in the form VC 2.0 sets. Told
// before any signature or JSON-LD work, in words that say what to send instead, since the libraries' own errors about such documents
// ("Dropping property…", a missing proof) point nowhere useful.
import { checkRelatedResources } from '../credentials/vc-api/vc-api-related-resources.js'
import type { Finding } from '../errors.js'

const CREDENTIAL_TYPES = [
  'VerifiableCredential',
  'https://www.w3.org/2018/credentials#VerifiableCredential',
]

/**
 * Findings about `document`'s envelope (reported under `pointer`). `credential: false` when it is
 * no credential at all: a bare JSON-LD `@graph`, a Gaia-X 2022 self-description wrapper, or an
 * object with neither a credential type nor a subject. Then nothing else is worth checking.
 *
 * @example
 * envelopeFindings({ '@graph': [] }, '') // { credential: false, errors: [{ code: 'not-a-credential', … }] }
 */
export function envelopeFindings(
  document: Record<string, unknown>,
  pointer: string,
): { credential: boolean; errors: Finding[] } {
  if ('selfDescriptionCredential' in document) {
    return notACredential(pointer, {
      en: 'This is a Gaia-X 2022 self-description wrapper (selfDescriptionCredential, complianceCredential), not a credential. Send what selfDescriptionCredential holds, the presentation of your credentials, as the body.',
      fr: 'Ceci est une enveloppe de self-description Gaia-X 2022 (selfDescriptionCredential, complianceCredential), pas une attestation. Envoyez comme corps ce que contient selfDescriptionCredential : la présentation de vos attestations.',
    })
  }
  const types = [document.type ?? document['@type']].flat()
  const typed = types.some((t) => CREDENTIAL_TYPES.includes(t as string))
  const subject = 'credentialSubject' in document
  if (!typed && !subject) {
    return notACredential(
      pointer,
      '@graph' in document
        ? {
            en: 'This is a JSON-LD graph (@graph), not a verifiable credential: put its claims in the credentialSubject of a credential (type VerifiableCredential, with issuer and validFrom) signed by the issuer.',
            fr: 'Ceci est un graphe JSON-LD (@graph), pas une attestation vérifiable : placez ses affirmations dans le credentialSubject d’une attestation (type VerifiableCredential, avec issuer et validFrom) signée par l’émetteur.',
          }
        : {
            en: 'This is not a verifiable credential: it has neither the type VerifiableCredential nor a credentialSubject. Send a credential, a presentation of credentials, or a VC-JWT.',
            fr: 'Ceci n’est pas une attestation vérifiable : elle n’a ni le type VerifiableCredential ni de credentialSubject. Envoyez une attestation, une présentation d’attestations, ou un VC-JWT.',
          },
    )
  }
  const errors: Finding[] = []
  if (!typed) {
    errors.push(
      violation('type-required-missing', `${pointer}/type`, {
        en: 'A credential\'s type must include VerifiableCredential, beside its Gaia-X class: "type": ["VerifiableCredential", "gx:ServiceOffering"].',
        fr: 'Le type d’une attestation doit inclure VerifiableCredential, à côté de sa classe Gaia-X : "type": ["VerifiableCredential", "gx:ServiceOffering"].',
      }),
    )
  }
  if (document.issuer === undefined) {
    errors.push(
      violation('issuer-missing', `${pointer}/issuer`, {
        en: 'The credential has no issuer: add "issuer" with your DID, the one whose key signs it.',
        fr: 'L’attestation n’a pas d’émetteur : ajoutez "issuer" avec votre DID, celui dont la clé la signe.',
      }),
    )
  }
  if (!subject) {
    errors.push(
      violation('credential-subject-missing', `${pointer}/credentialSubject`, {
        en: 'The credential has no credentialSubject: the claims it makes go there.',
        fr: 'L’attestation n’a pas de credentialSubject : c’est là que vont ses affirmations.',
      }),
    )
  }
  // VC DM 2.0 §5.3, as the VC-API checks it: a related resource is an object with a unique URL id
  // and a digest, and a digest of a resource the node holds (the W3C base contexts) must match
  const related = checkRelatedResources(document, pointer)
  errors.push(...related.malformed, ...related.mismatched)
  return { credential: true, errors }
}

function notACredential(pointer: string, message: Finding['message']) {
  return { credential: false, errors: [violation('not-a-credential', pointer, message)] }
}

function violation(code: string, path: string, message: Finding['message']): Finding {
  return { code, path, message, severity: 'violation' }
}
