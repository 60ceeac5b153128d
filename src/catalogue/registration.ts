// A participant links to the credentials that state its registration numbers (a GXDCH notary's,
// or its own): its index row shows the numbers, read from those credentials when it is written,
// so that a buyer reads "VAT FR…" and not a URL.
import type { AppContext } from '../context.js'
import { expandedClaimsOf } from '../model/claims.js'
import { extractCredential } from '../model/extract.js'
import type { RegistrationNumber } from '../store/schema.js'

/** What a registration-number credential states, by its subject id. */
export type StatedNumbers = Map<string, { issuer: string; numbers: StatedNumber[] }>

type StatedNumber = Pick<RegistrationNumber, 'type' | 'value'>

/**
 * The registration-number credentials of a submission, by subject id.
 *
 * @example
 * const stated = statedNumbers(credentials.map((c) => c.extracted))
 */
export function statedNumbers(
  extracted: { subjectId: string | null; issuer: string; registration?: StatedNumber[] }[],
): StatedNumbers {
  return new Map(
    extracted.flatMap(({ subjectId, issuer, registration }) =>
      subjectId && registration?.length ? [[subjectId, { issuer, numbers: registration }]] : [],
    ),
  )
}

/**
 * A participant's numbers with each link read: from a credential of the same submission, else from
 * the newest active credential the node holds of that subject. A link nothing states stays a link.
 * `issuer` is given when another issuer than the participant (`did`) states the number.
 *
 * @example
 * await readRegistrationLinks(ctx, 'did:web:bleu.example', participant.registrationNumbers, stated)
 * // [{ type: 'gx:VatID', value: 'FR59842173957', id: 'https://…/vat-id', issuer: 'did:web:notary…' }]
 */
export async function readRegistrationLinks(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  did: string,
  numbers: RegistrationNumber[],
  submitted: StatedNumbers,
): Promise<RegistrationNumber[]> {
  const links = numbers.filter((n) => n.id !== undefined && n.value === n.id)
  const missing = links.map((n) => n.id!).filter((id) => !submitted.has(id))
  const held = await heldNumbers(ctx, [...new Set(missing)])
  return numbers.flatMap((number) => {
    const stated = links.includes(number)
      ? (submitted.get(number.id!) ?? held.get(number.id!))
      : undefined
    if (!stated) return [number]
    return stated.numbers.map((n) => ({
      ...n,
      id: number.id,
      ...(stated.issuer !== did ? { issuer: stated.issuer } : {}),
    }))
  })
}

async function heldNumbers(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  subjectIds: string[],
): Promise<StatedNumbers> {
  const rows = await ctx.store.activeCredentialsOfSubjects(subjectIds)
  const held: StatedNumbers = new Map()
  for (const row of rows) {
    if (row.subjectId === null || held.has(row.subjectId)) continue
    const extracted = extractCredential(await expandedClaimsOf(ctx, row))
    if (extracted.registration?.length) {
      held.set(row.subjectId, { issuer: row.issuer, numbers: extracted.registration })
    }
  }
  return held
}
