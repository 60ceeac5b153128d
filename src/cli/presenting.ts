// What onboard and submit share: the credentials of the input files made ready to present (the
// unsigned ones signed by the partner's key, placeholders refused), each with the hash the node
// stores it under, and the node's findings mapped back to the files.
import { hashOf, isSigned, placeholderFindings, type InputEntry, type Json } from './documents.js'
import type { PartnerKey } from './key-file.js'
import { problemOf, type Answer } from './node-client.js'
import { locateFindings } from './offline.js'
import { CliError, type CliFinding, type Output } from './output.js'
import { signEntry, type SignFormat } from './sign.js'

export type Ready = { entry: InputEntry; credential: Json | string; hash: string }
export type Refused = { file: string; pointer: string; id?: string; findings: CliFinding[] }

/**
 * Signs what is unsigned, as `key`, and computes every credential's hash. Either format signs the
 * same file to the same bytes, so a rerun finds by hash what the node stored: a Data Integrity
 * proof is dated at the credential's `validFrom`, and a VC-JWT (one Ed25519 signature, no
 * canonicalisation: the fast way for thousands) carries no time of its own. An entry with
 * placeholders or another issuer is refused with its findings.
 */
export async function prepare(
  out: Output,
  entries: InputEntry[],
  key: PartnerKey,
  format: SignFormat = 'di',
  tick?: () => void,
): Promise<{ ready: Ready[]; refused: Refused[] }> {
  const ready: Ready[] = []
  const refused: Refused[] = []
  for (const entry of entries) {
    tick?.()
    const left = placeholderFindings(entry)
    if (left.length > 0) {
      refused.push(refusedEntry(entry, left))
      continue
    }
    try {
      const credential = isSigned(entry.credential)
        ? entry.credential
        : await signEntry(out, entry, key, format, proofDate(entry.credential as Json))
      ready.push({ entry, credential, hash: await hashOf(credential) })
    } catch (error) {
      if (!(error instanceof CliError)) throw error
      refused.push(
        refusedEntry(
          entry,
          error.findings.length > 0
            ? error.findings
            : [
                {
                  code: error.code,
                  path: entry.pointer,
                  file: entry.file,
                  message: { en: error.message, fr: error.message },
                  severity: 'violation',
                },
              ],
        ),
      )
    }
  }
  return { ready, refused }
}

export function refusedEntry(entry: InputEntry, findings: CliFinding[]): Refused {
  const id =
    typeof entry.credential === 'object' && typeof entry.credential.id === 'string'
      ? entry.credential.id
      : undefined
  return { file: entry.file, pointer: entry.pointer, ...(id ? { id } : {}), findings }
}

// The credential's validFrom, unless it lies ahead (a proof is never dated in the future).
function proofDate(credential: Json): Date | undefined {
  const from = Date.parse(String(credential.validFrom ?? credential.issuanceDate ?? ''))
  return Number.isFinite(from) && from <= Date.now() ? new Date(from) : undefined
}

/** The findings of a refused presentation, each pointing into the file its credential came from. */
export function answerFindings(answer: Answer, presented: Ready[]): CliFinding[] {
  return locateFindings(
    problemOf(answer).errors ?? [],
    presented.map((r) => r.entry),
  )
}
