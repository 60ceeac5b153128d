// What the index keeps for `label=eligible:<level>`: the level an offering's own credentials meet
// (the sovereignty profile's `label.eligibleLevel`), counted while the offering and its provider
// are active, written again when the provider's headquarters move, and not the level its
// dependencies bound it to. Every write goes through the node's own paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { participantCredentials, partnerBase } from '../helpers/credentials.js'
import {
  adminHeaders,
  adminParticipantPath,
  adminPost,
  onboard,
  OPEN_NODE_ENV,
  revoke,
  signEach,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import {
  ISO27001_GRANTED,
  SECNUMCLOUD_IN_PROGRESS_EN,
  hosting,
  offeringId,
  onboardProvider,
  profileOf,
  publish,
  sovereignOffering,
  type SovereignSpec,
} from '../helpers/sovereignty.js'
import { createTestNode } from '../helpers/test-node.js'

type Item = { id: string; name: string; eligibleLabelLevel?: string; labelLevel?: string }
type Answer = { items: Item[]; total: number; next: string | null }

let node: TestNode

beforeAll(async () => {
  node = await createTestNode({ env: OPEN_NODE_ENV })
})
afterAll(() => node.close())

async function provider(country = 'FR'): Promise<SigningKey> {
  const key = await onboardProvider(node, country)
  await publish(node, key, hosting(key, ['FR']))
  return key
}

async function offer(key: SigningKey, slug: string, spec: SovereignSpec = {}): Promise<string> {
  await publish(node, key, [sovereignOffering(key, slug, spec)])
  return offeringId(key, slug)
}

async function search(query: string): Promise<Answer> {
  const res = await node.app.request(`/api/v1/offerings?${query}&limit=100&facets=`)
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as Answer
}

async function eligibleIds(level: string, key: SigningKey, status = 'active'): Promise<string[]> {
  const answer = await search(
    `label=eligible:${level}&provider=${encodeURIComponent(key.did)}&status=${status}`,
  )
  return answer.items.map((i) => i.id).sort()
}

/** An offering as search lists it, active or revoked. */
async function byId(id: string): Promise<Item | undefined> {
  const [all, revoked] = await Promise.all([search(''), search('status=revoked')])
  return [...all.items, ...revoked.items].find((i) => i.id === id)
}

describe('GET /api/v1/offerings?label=eligible:…', () => {
  it('holds the level the offering’s own credentials meet, as its profile says', async () => {
    const key = await provider()
    const top = await offer(key, 'top')
    const noTerms = await offer(key, 'no-terms', { processingTermsLaw: null })
    const inProgress = await offer(key, 'in-progress', {
      measures: [ISO27001_GRANTED, SECNUMCLOUD_IN_PROGRESS_EN],
    })
    expect(await eligibleIds('L3', key)).toEqual([top])
    expect(await eligibleIds('SC', key)).toEqual([noTerms])
    // a qualification in progress is no qualification: L2, not L3
    expect(await eligibleIds('L2', key)).toEqual([inProgress])
    for (const id of [top, noTerms, inProgress]) {
      expect((await byId(id))?.eligibleLabelLevel).toBe(
        (await profileOf(node, id)).label.eligibleLevel,
      )
    }
  })

  it('holds the offering’s own level, not the one what it depends on bounds it to', async () => {
    const key = await provider()
    const weak = await offer(key, 'weak', { processingTermsLaw: null })
    const strong = await offer(key, 'strong', { dependsOn: [weak] })
    const profile = await profileOf(node, strong)
    expect(profile.label.eligibleLevel).toBe('L3')
    expect(profile.overall.level).toBe('SC')
    expect(await eligibleIds('L3', key)).toEqual([strong])
    expect((await byId(strong))?.eligibleLabelLevel).toBe('L3')

    // what it depends on goes away: the offering's own level stays what it was
    expect((await revoke(node, key, weak)).status).toBe(200)
    expect((await profileOf(node, strong)).overall.level).toBeNull()
    expect(await eligibleIds('L3', key)).toEqual([strong])
    // and the revoked offering meets no level any more, as its profile says
    expect(await eligibleIds('SC', key, 'revoked')).toEqual([])
    expect((await profileOf(node, weak)).label.eligibleLevel).toBeNull()
    expect((await byId(weak))?.eligibleLabelLevel).toBeUndefined()
  })

  it('leaves out a suspended provider’s offerings, and takes them back on approval', async () => {
    const key = await provider()
    const id = await offer(key, 'suspended-later')
    expect(await eligibleIds('L3', key)).toEqual([id])
    expect((await adminPost(node, adminParticipantPath(key.did, 'suspend'))).status).toBe(200)
    expect(await eligibleIds('L3', key)).toEqual([])
    expect((await byId(id))?.eligibleLabelLevel).toBeUndefined()
    expect((await profileOf(node, id)).label.eligibleLevel).toBeNull()
    expect((await adminPost(node, adminParticipantPath(key.did, 'approve'))).status).toBe(200)
    expect(await eligibleIds('L3', key)).toEqual([id])
    expect((await byId(id))?.eligibleLabelLevel).toBe('L3')
  })

  it('follows the provider’s headquarters: L3 in the EU, L2 once they move out of it', async () => {
    const key = await provider('FR')
    const id = await offer(key, 'moving')
    expect(await eligibleIds('L3', key)).toEqual([id])
    const [legalPerson, vat]: Json[] = participantCredentials(key.did, partnerBase(key.did))
    const address = { type: 'gx:Address', 'gx:countryCode': 'US' }
    legalPerson!.validFrom = '2026-06-01T00:00:00Z'
    legalPerson!.credentialSubject = {
      ...legalPerson!.credentialSubject,
      'schema:name': 'Provider FR, now US',
      'gx:headquartersAddress': address,
      'gx:legalAddress': { ...address },
    }
    const res = await onboard(node, key, await signEach(node, key, [legalPerson!, vat!]))
    expect(res.status, await res.clone().text()).toBeLessThan(300)
    expect((await profileOf(node, id)).label.eligibleLevel).toBe('L2')
    expect(await eligibleIds('L3', key)).toEqual([])
    expect(await eligibleIds('L2', key)).toEqual([id])
  })
})

describe('POST /api/v1/admin/reindex: the search fields of a node upgraded to migration 0013', () => {
  it('writes the synonyms, mentions, concepts and eligible levels of what the node held before', async () => {
    const key = await provider()
    const id = await offer(key, 'upgraded', {
      measures: [ISO27001_GRANTED, SECNUMCLOUD_IN_PROGRESS_EN],
    })
    const before = {
      certified: (await search('q=ISO%2027001')).items.map((i) => i.id),
      mentioned: (await search('q=SecNumCloud')).items.map((i) => i.id),
      eligible: await eligibleIds('L2', key),
    }
    expect(before.certified).toContain(id)
    expect(before.mentioned).toContain(id)
    expect(before.eligible).toEqual([id])

    // as migrations 0009 and 0013 leave the rows they find: no synonyms, no mentions, no eligible
    // level, no concepts
    for (const { id: held } of (await search('')).items) {
      const { pk: _pk, ...row } = (await node.ctx.store.getOffering(held))!
      await node.ctx.store.writeIndex([
        { offering: { ...row, synonyms: '', mentions: '', concepts: {}, eligibleLevel: null } },
      ])
    }
    expect((await search('q=SecNumCloud')).total).toBe(0)
    expect(await eligibleIds('L2', key)).toEqual([])

    const res = await node.app.request('/api/v1/admin/reindex', {
      method: 'POST',
      headers: adminHeaders(),
    })
    expect(res.status).toBe(200)
    expect((await search('q=ISO%2027001')).items.map((i) => i.id)).toEqual(before.certified)
    expect((await search('q=SecNumCloud')).items.map((i) => i.id)).toEqual(before.mentioned)
    expect(await eligibleIds('L2', key)).toEqual([id])
  })
})
