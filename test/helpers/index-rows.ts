// Offering rows written straight to the index (`store.writeIndex`), as ingest and reindex write
// them, for tests of how search reads the index: a thousand signed credentials would only slow
// them down.
import { offeringConcepts } from '../../src/catalogue/search-terms.js'
import type { NewOffering } from '../../src/store/store.js'

export const INDEX_PROVIDER = 'did:web:provider.example.eu'

/**
 * An active offering of INDEX_PROVIDER, in France, under GDPR, with `spec` over it, and the
 * concepts ingest would write for its text.
 *
 * @example
 * await node.ctx.store.writeIndex([{ offering: indexRow('a', { name: 'Stockage objet' }) }])
 */
export function indexRow(key: string, spec: Partial<NewOffering> = {}): NewOffering {
  const row: NewOffering = {
    id: `https://provider.example.eu/offerings/${key}`,
    credentialHash: `sha256-${key}`,
    credentialId: `https://provider.example.eu/credentials/offerings/${key}`,
    providerId: INDEX_PROVIDER,
    name: key,
    description: '',
    types: ['gx:ServiceOffering'],
    keywords: [],
    locations: [{ countryCode: 'FR' }],
    certifications: [],
    dataProtectionRegimes: ['GDPR2016'],
    dependsOn: [],
    labelLevel: null,
    status: 'active',
    issuedAt: 0,
    validUntil: null,
    origin: 'local',
    updatedAt: 0,
    ...spec,
  }
  return { ...row, concepts: offeringConcepts({ ...row, synonyms: '', mentions: '' }) }
}
