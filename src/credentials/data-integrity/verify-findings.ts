// What the proof libraries' errors mean for a partner: vc, jsonld-signatures and jsonld throw or
// return nested errors; each becomes one stable finding with a path and both languages.
import { UnknownDocumentError, type Finding } from '../../errors.js'
import { unresolvableMethod } from '../did/unresolvable.js'

export type Message = { en: string; fr: string }

export function finding(code: string, path: string, message: Message): Finding {
  return { code, path, message, severity: 'violation' }
}

/** Walks an error and what it wraps (jsonld nests causes in `details.cause`, vc in `errors`). */
function* causes(error: unknown, depth = 0): Generator<Error> {
  if (!(error instanceof Error) || depth > 8) return
  yield error
  const nested = error as Error & { errors?: unknown[]; details?: { cause?: unknown } }
  for (const e of nested.errors ?? []) yield* causes(e, depth + 1)
  yield* causes(nested.details?.cause, depth + 1)
  yield* causes(error.cause, depth + 1)
}

/** The findings `verifyCredential` reports for one error vc or jsonld-signatures returned. */
export function findingsOf(error: Error): Finding[] {
  const chain = [...causes(error)]
  const unknown = chain.find((e): e is UnknownDocumentError => e instanceof UnknownDocumentError)
  if (unknown && !unknown.url.startsWith('did:')) {
    return [
      finding('context-unknown', '/@context', {
        en: `The JSON-LD context ${unknown.url} is not one this node pins; use a Gaia-X or W3C context it lists at /.well-known/gaia-x-catalogue.`,
        fr: `Le contexte JSON-LD ${unknown.url} n’est pas épinglé par ce nœud ; utilisez un contexte Gaia-X ou W3C listé sur /.well-known/gaia-x-catalogue.`,
      }),
    ]
  }
  if (unknown) {
    return [
      finding(
        'verification-method-unresolvable',
        '/proof/verificationMethod',
        unresolvableMethod(unknown.url),
      ),
    ]
  }
  const text = chain.map((e) => e.message).join(' | ')
  if (/expired|validUntil|expirationDate/i.test(text) && /after|expired/i.test(text)) {
    return [
      finding('credential-expired', '/validUntil', {
        en: 'The credential has expired (validUntil is in the past). Issue a new version.',
        fr: 'L’attestation a expiré (validUntil est dépassé). Émettez une nouvelle version.',
      }),
    ]
  }
  if (/before.*(validFrom|issuanceDate)|not yet valid/i.test(text)) {
    return [
      finding('credential-not-yet-valid', '/validFrom', {
        en: 'The credential is not valid yet (validFrom is in the future).',
        fr: 'L’attestation n’est pas encore valide (validFrom est dans le futur).',
      }),
    ]
  }
  if (/not authorized|proof purpose|controller/i.test(text)) {
    return [
      finding('proof-purpose-invalid', '/proof/verificationMethod', {
        en: 'The signing key is not an assertion method of the credential issuer. Sign with a key listed in the issuer DID document.',
        fr: 'La clé de signature n’est pas une méthode d’assertion de l’émetteur. Signez avec une clé listée dans le document DID de l’émetteur.',
      }),
    ]
  }
  // a signature whose S is out of range or whose R is no curve point: node:crypto answers false,
  // the Workers build (@noble/ed25519) throws these
  if (
    /signature|verification error|invalid proof|valid scalar|Point\.fromHex|0 < hex < P/i.test(text)
  ) {
    return [
      finding('signature-invalid', '/proof', {
        en: 'The proof does not match the credential: it was changed after signing, or signed with another key.',
        fr: 'La preuve ne correspond pas à l’attestation : elle a été modifiée après signature, ou signée avec une autre clé.',
      }),
    ]
  }
  return [
    finding('credential-malformed', '', {
      en: `The credential is not a valid verifiable credential: ${firstLine(error.message)}`,
      fr: `L’attestation n’est pas une attestation vérifiable valide : ${firstLine(error.message)}`,
    }),
  ]
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.slice(0, 300)
}

/** Drops repeated findings (same code and path), keeping the first. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => !seen.has(f.code + f.path) && seen.add(f.code + f.path))
}
