import { ingestCredential } from '../src/catalogue/ingest.js'
import type { AppContext } from '../src/context.js'
import { didKeyOf, signingKey, type KeyMaterial, type SigningKey } from '../src/credentials/keys.js'
import { signCredential } from '../src/credentials/sign.js'
import { CredentialRejectedError } from '../src/errors.js'
import {
  bleuCatalogue,
  partnerCatalogue,
  partnerProfiles,
  type ParticipantBundle,
  type UnsignedCredential,
  type Validity,
} from './catalogue-data.js'

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
    const baseUrl = `${ctx.config.publicUrl}/partners/${profile.key}`
    bundles.push([
      partnerCatalogue(profile.key, { did, baseUrl }, validity, { bleuOfferingIds }),
      key,
    ])
  }

  const summary: SeedSummary = { participants: 0, offerings: 0, credentials: 0, stored: 0 }
  // participants and resources first, then offerings: an offering's provider, the resources it
  // runs on and its dependencies are then known
  const participantsFirst = [
    ...bundles.map(
      ([b, key]) =>
        [[b.participant, ...b.registrationNumbers, b.issuer, ...b.resources], key] as const,
    ),
    ...bundles.map(([b, key]) => [b.offerings, key] as const),
  ]
  for (const [credentials, key] of participantsFirst) {
    for (const credential of credentials) {
      const stored = await signAndStore(ctx, credential, key)
      summary.credentials += 1
      if (stored) summary.stored += 1
    }
  }
  summary.participants = bundles.length
  summary.offerings = bundles.reduce((n, [b]) => n + b.offerings.length, 0)
  return summary
}

async function signAndStore(ctx: AppContext, credential: UnsignedCredential, key: SigningKey) {
  const signed = await signCredential(credential, { key, loader: ctx.loader, date: ctx.clock() })
  const result = await ingestCredential(ctx, signed, { origin: 'local' })
  if (!result.ok) {
    throw new CredentialRejectedError(
      `Seed credential ${credential.id} was rejected.`,
      result.errors,
    )
  }
  return result.created
}

function validityFrom(now: Date): Validity {
  const start = new Date(Math.floor(now.getTime() / 1000) * 1000)
  return {
    validFrom: start.toISOString(),
    validUntil: new Date(start.getTime() + YEAR_MS).toISOString(),
  }
}
