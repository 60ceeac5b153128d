import { ingestCredentials } from '../src/catalogue/ingest.js'
import type { AppContext } from '../src/context.js'
import {
  didKeyOf,
  signingKey,
  type KeyMaterial,
  type SigningKey,
} from '../src/credentials/did/keys.js'
import { signCredential } from '../src/credentials/data-integrity/sign.js'
import { CredentialRejectedError } from '../src/errors.js'
import {
  bleuCatalogue,
  partnerCatalogue,
  partnerProfiles,
  type ParticipantBundle,
  type Validity,
} from './catalogue-data.js'
import { providerBasePath } from './documents/documents.js'

export type SeedOptions = {
  /** Key material of each partner, by slug; generated on first use and kept by the caller. */
  partnerKeys: (slug: string) => Promise<KeyMaterial>
}

export type SeedSummary = {
  participants: number
  offerings: number
  credentials: number
  stored: number
}

const YEAR_MS = 365 * 24 * 3600 * 1000

/**
 * Signs Bleu's catalogue with the node's did:web key and each partner's with its own did:key, and
 * stores every credential through the same ingest path as any other write (verification
 * included). Running it again re-signs the catalogue with a fresh validity period, and the
 * index follows the newest version of each offering.
 *
 * @example
 * await seedCatalogue(ctx, { partnerKeys: seedKeyStore(config) })
 */
export async function seedCatalogue(ctx: AppContext, options: SeedOptions): Promise<SeedSummary> {
  const validity = validityFrom(ctx.clock())
  const bleu = bleuCatalogue({ did: ctx.identity.did, baseUrl: ctx.config.publicUrl }, validity)
  const bundles: [ParticipantBundle, SigningKey][] = [[bleu, ctx.identity.webKey]]
  const bleuOfferingIds = bleu.offeringIds
  for (const profile of partnerProfiles) {
    const material = await options.partnerKeys(profile.key)
    const did = didKeyOf(material.publicKeyMultibase)
    const key = await signingKey(material, did)
    const baseUrl = `${ctx.config.publicUrl}${providerBasePath(profile.key)}`
    bundles.push([
      partnerCatalogue(profile.key, { did, baseUrl }, validity, { bleuOfferingIds }),
      key,
    ])
  }

  const summary: SeedSummary = { participants: 0, offerings: 0, credentials: 0, stored: 0 }
  // one participant at a time, Bleu first: partners' offerings depend on Bleu's
  for (const [bundle, key] of bundles) {
    const unsigned = [
      bundle.participant,
      ...bundle.registrationNumbers,
      bundle.issuer,
      ...bundle.resources,
      ...bundle.offerings,
    ]
    const signed = []
    for (const credential of unsigned) {
      signed.push(await signCredential(credential, { key, loader: ctx.loader, date: ctx.clock() }))
    }
    const batch = { type: ['VerifiablePresentation'], verifiableCredential: signed }
    const result = await ingestCredentials(ctx, batch, { origin: 'local', onboarding: true })
    if (!result.ok) {
      throw new CredentialRejectedError(`Seed bundle ${bundle.key} was rejected.`, result.errors)
    }
    summary.credentials += signed.length
    summary.stored += result.accepted.filter((a) => a.created).length
    summary.offerings += bundle.offerings.length
    summary.participants += 1
  }
  return summary
}

function validityFrom(now: Date): Validity {
  const start = new Date(Math.floor(now.getTime() / 1000) * 1000)
  return {
    validFrom: start.toISOString(),
    validUntil: new Date(start.getTime() + YEAR_MS).toISOString(),
  }
}
