// A participant links to the credentials that state its registration numbers (a GXDCH notary's,
// or its own): its index entry holds the numbers read from the credentials it presented with its
// own, each bound to the hash of the credential it was read from, so that a buyer reads
// "VAT FR…" and not a URL. Only a credential presented with the participant's is read: anyone
// may store a credential about any subject id, so a link is never looked up by subject in the
// store, where another participant's notary credential, or a squatter's, could answer it.
import type { AppContext } from '../context.js'
import { expandedClaimsOf } from '../model/claims.js'
import { extractCredential } from '../model/extract.js'
import type { RegistrationNumber } from '../store/schema.js'
import type { ParticipantRow } from '../store/store.js'

/** What registration-number credentials state, by their subject id. */
export type StatedNumbers = Map<string, Statement>

type Statement = {
  hash: string
  issuer: string
  numbers: Pick<RegistrationNumber, 'type' | 'value'>[]
}

/**
 * What the registration-number credentials of a submission state, by subject id (the shapes
 * allow one per subject in a presentation; the first is read).
 *
 * @example
 * const stated = statedNumbers(credentials)
 */
export function statedNumbers(
  credentials: {
    hash: string
    extracted: { subjectId: string | null; issuer: string; registration?: Statement['numbers'] }
  }[],
): StatedNumbers {
  const stated: StatedNumbers = new Map()
  for (const { hash, extracted } of credentials) {
    const { subjectId, issuer, registration } = extracted
    if (subjectId && registration?.length && !stated.has(subjectId)) {
      stated.set(subjectId, { hash, issuer, numbers: registration })
    }
  }
  return stated
}

/**
 * A participant's numbers with each link read from `stated`: the numbers, bound to the credential
 * stating them, with its issuer when that is not the participant (`did`). A link `stated` does not
 * answer stays a link (`link: true`, the id it links to as its value).
 *
 * @example
 * readLinks('did:web:bleu.example', participant.registrationNumbers, stated)
 * // [{ type: 'gx:VatID', value: 'FR59842173957', id: 'https://…/vat-id', credential: 'sha256-…', issuer: 'did:web:notary…' }]
 */
export function readLinks(
  did: string,
  numbers: RegistrationNumber[],
  stated: StatedNumbers,
): RegistrationNumber[] {
  return numbers.flatMap((number): RegistrationNumber[] => {
    if (!number.link) return [number]
    const statement = stated.get(number.id!)
    if (!statement) return [number]
    return statement.numbers.map((n) => ({
      ...n,
      id: number.id,
      credential: statement.hash,
      ...(statement.issuer !== did ? { issuer: statement.issuer } : {}),
    }))
  })
}

/**
 * For a reindex: what the credentials a participant's entry was read from still state (those
 * still active). An entry from before numbers were bound to credentials has its links read from
 * the credentials the participant issued itself: which credentials a notary's participant
 * presented was not recorded then, and any other issuer's could be a squatter's. A notary's are
 * read when the participant presents them again.
 */
export async function restatedNumbers(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  held: ParticipantRow | undefined,
  participant: { did: string; registrationNumbers: RegistrationNumber[] },
): Promise<StatedNumbers> {
  const bound = (held?.registrationNumbers ?? []).flatMap((n) => n.credential ?? [])
  const rows =
    bound.length > 0
      ? (await ctx.store.credentialsByHashes([...new Set(bound)])).filter(
          (row) => row.status === 'active',
        )
      : await ctx.store.activeCredentialsIssued(
          participant.did,
          participant.registrationNumbers.flatMap((n) => (n.link ? n.id! : [])),
        )
  const credentials = []
  for (const row of rows) {
    const extracted = extractCredential(await expandedClaimsOf(ctx, row))
    credentials.push({ hash: row.hash, extracted })
  }
  return statedNumbers(credentials)
}

/**
 * The participants as a buyer may read them: a number read from a credential that is no longer
 * active (expired, or replaced by a newer version) is not shown.
 */
export async function withCurrentNumbers(
  store: Pick<AppContext['store'], 'activeHashes'>,
  rows: ParticipantRow[],
): Promise<ParticipantRow[]> {
  const bound = rows.flatMap((row) => row.registrationNumbers.flatMap((n) => n.credential ?? []))
  if (bound.length === 0) return rows
  const active = await store.activeHashes([...new Set(bound)])
  return rows.map((row) => ({
    ...row,
    registrationNumbers: row.registrationNumbers.filter(
      (n) => n.credential === undefined || active.has(n.credential),
    ),
  }))
}
