// A participant links to the credentials that state its registration numbers (its own, or a GXDCH
// notary's): its index entry holds the numbers read from them, each bound to the hash of the
// credential it was read from, so that a buyer reads "VAT FR…" and not a URL.
//
// Whose statement is read: anyone may store a credential about any subject id, and credentials are
// public, so neither a lookup by subject id among what the node holds nor the mere presence of a
// notary's credential in a presentation binds it to the participant (another participant can
// present a copy of its neighbour's; a peer's feed groups credentials as it likes). A number is
// read from a credential the participant issued itself, or from another issuer's (a notary's)
// that a trusted compliance service attested together with the participant's own credential,
// which is how Gaia-X binds the two.
import type { AppContext } from '../context.js'
import { expandedClaimsOf } from '../model/claims.js'
import { extractCredential } from '../model/extract.js'
import type { RegistrationNumber } from '../store/schema.js'
import type { ParticipantRow } from '../store/store.js'

/** The store, as answers ask it which numbers' credentials are still active. */
export type ActiveHashes = Pick<AppContext['store'], 'activeHashes'>

/** What registration-number credentials state, by their subject id. */
type StatedNumbers = Map<string, Statement>

type Statement = {
  hash: string
  issuer: string
  numbers: Pick<RegistrationNumber, 'type' | 'value'>[]
}

type Stating = {
  hash: string
  extracted: { subjectId: string | null; issuer: string; registration?: Statement['numbers'] }
}

/**
 * What `credentials` state as registration-number credentials that the participant (`did`, its
 * credential `hash`) may be read from: its own, and those a trusted attestation covers with its
 * credential (`attestedTogether`, checkAttestations). The shapes allow one per subject in a
 * presentation; the first is read.
 *
 * @example
 * const stated = statedFor({ did, hash }, credentials, attestedTogether)
 */
export function statedFor(
  participant: { did: string; hash: string },
  credentials: Stating[],
  attestedTogether: string[][],
): StatedNumbers {
  return statements(
    credentials,
    (issuer, hash) =>
      issuer === participant.did ||
      attestedTogether.some((group) => group.includes(participant.hash) && group.includes(hash)),
  )
}

function statements(
  credentials: Stating[],
  readable: (issuer: string, hash: string) => boolean,
): StatedNumbers {
  const stated: StatedNumbers = new Map()
  for (const { hash, extracted } of credentials) {
    const { subjectId, issuer, registration } = extracted
    if (!subjectId || !registration?.length || stated.has(subjectId)) continue
    if (readable(issuer, hash)) stated.set(subjectId, { hash, issuer, numbers: registration })
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
    const statement = number.link ? stated.get(number.id!) : undefined
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
 * A participant's numbers as a reindex writes them, from `fresh` (its credential extracted again)
 * and the entry it replaces (`held`): a link read before is read again from the same credential,
 * or kept as it was once that credential is no longer active (answers leave it out either way).
 * An entry written before numbers were bound to credentials holds its links as bare values: those
 * are read from the credentials the participant issued itself, as which credentials were
 * presented with it was not recorded then.
 */
export async function reindexedNumbers(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  held: ParticipantRow | undefined,
  did: string,
  fresh: RegistrationNumber[],
): Promise<RegistrationNumber[]> {
  const before = held?.registrationNumbers ?? []
  const bound = new Map<string, RegistrationNumber[]>()
  for (const number of before) {
    if (number.credential) bound.set(number.id!, [...(bound.get(number.id!) ?? []), number])
  }
  const legacy = new Set(before.flatMap((n) => (n.id === undefined && !n.link ? n.value : [])))
  const [readBefore, own] = await Promise.all([
    ctx.store.credentialsByHashes([...new Set(before.flatMap((n) => n.credential ?? []))]),
    ctx.store.activeCredentialsIssued(
      did,
      fresh.flatMap((n) => (n.link && legacy.has(n.id!) ? n.id! : [])),
    ),
  ])
  const active = readBefore.filter((row) => row.status === 'active')
  const credentials: Stating[] = []
  for (const row of [...active, ...own]) {
    credentials.push({
      hash: row.hash,
      extracted: extractCredential(await expandedClaimsOf(ctx, row)),
    })
  }
  // read before (so vouched for then), or the participant's own
  const stated = statements(credentials, () => true)
  const stillActive = new Set(active.map((row) => row.hash))
  return fresh.flatMap((number) => {
    const kept = number.link ? bound.get(number.id!) : undefined
    if (kept && !stillActive.has(kept[0]!.credential!)) return kept
    return readLinks(did, [number], stated)
  })
}

/**
 * The participants as a buyer may read them: a number read from a credential that is no longer
 * active (expired, or replaced by a newer version) is not shown.
 */
export async function withCurrentNumbers(
  store: ActiveHashes,
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
