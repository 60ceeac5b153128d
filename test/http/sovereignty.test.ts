import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import {
  adminParticipantPath,
  adminPost,
  OPEN_NODE_ENV,
  revoke,
  type TestNode,
} from '../helpers/partner.js'
import {
  ISO27001_GRANTED,
  SECNUMCLOUD_IN_PROGRESS_EN,
  SECNUMCLOUD_IN_PROGRESS_FR,
  criterion,
  detail,
  expectBilingual,
  hosting,
  offeringId,
  onboardProvider,
  profileOf,
  publish,
  sovereignOffering,
  unmet,
  type Profile,
  type SovereignSpec,
} from '../helpers/sovereignty.js'
import { createTestNode } from '../helpers/test-node.js'

let node: TestNode
let fr: SigningKey // headquarters in France, datacenters in FR, DE, US, NO and one coded FRA
let us: SigningKey // headquarters in the United States, datacenters in FR and US

beforeAll(async () => {
  node = await createTestNode({ env: OPEN_NODE_ENV })
  fr = await onboardProvider(node, 'FR')
  us = await onboardProvider(node, 'US')
  await publish(node, fr, hosting(fr, ['FR', 'DE', 'US', 'NO', 'FRA']))
  await publish(node, us, hosting(us, ['FR', 'US']))
})
afterAll(() => node.close())

/** Publishes `key`'s offering `slug` as `spec` says and returns its subject id. */
async function offer(key: SigningKey, slug: string, spec: SovereignSpec = {}): Promise<string> {
  await publish(node, key, [sovereignOffering(key, slug, spec)])
  return offeringId(key, slug)
}

/** Rewrites an offering's index row through the store's own write path. */
async function rewriteRow(id: string, change: { labelLevel?: string; dependsOn?: string[] }) {
  const row = await node.ctx.store.getOffering(id)
  expect(row).toBeDefined()
  const { pk: _pk, ...offering } = row!
  await node.ctx.store.writeIndex([{ offering: { ...offering, ...change } }])
}

async function searchIds(query: string): Promise<string[]> {
  const res = await node.app.request(`/api/v1/offerings?${query}&limit=100`)
  expect(res.status).toBe(200)
  const body = await res.json()
  expect(body.next).toBeNull()
  return body.items.map((i: { id: string }) => i.id)
}

function expectAllBilingual(profile: Profile) {
  for (const c of profile.label.criteria) {
    expectBilingual(c.title)
    expectBilingual(c.reason)
  }
  expectBilingual(profile.label.notDeclarable)
  if (profile.weakestLink) expectBilingual(profile.weakestLink.reason)
  for (const d of profile.dependencies) if (!d.held) expectBilingual(d.reason)
}

describe('GET /api/v1/offerings/{id}: sovereignty of an offering on its own', () => {
  it('reaches Label Level 3 on declarable criteria when every criterion is met', async () => {
    const id = await offer(fr, 'complete')
    const { sovereignty: profile, offering } = await detail(node, id)
    expect(unmet(profile)).toEqual([])
    expect(profile.label).toMatchObject({ attestedLevel: null, eligibleLevel: 'L3' })
    expect(profile.overall).toEqual({
      headquartersInEuEea: 'yes',
      locationsInEu: 'yes',
      locationsInFrance: 'yes',
      level: 'L3',
      basis: 'eligible-not-attested',
    })
    expect(profile.dependencies).toEqual([])
    expect(profile.weakestLink).toBeNull()
    expect(offering.labelLevel).toBeUndefined()
    expect(profile.label.criteria.map((c) => c.id)).toEqual([
      'sc-credentials',
      'sc-provider',
      'l1-gdpr',
      'l1-processing-terms',
      'l1-data-export',
      'l1-security-certification',
      'l2-eu-location',
      'l2-governing-law',
      'l3-headquarters',
      'l3-government-access',
      'l3-high-assurance',
    ])
    expectAllBilingual(profile)
  })

  it.each([
    ['FR', 'yes'],
    ['FRA', 'yes'],
    ['NO', 'yes'],
    ['CH', 'no'],
    ['US', 'no'],
  ] as const)('judges headquarters in %s as %s for the EU/EEA', async (country, verdict) => {
    const key = await onboardProvider(node, country)
    const profile = await profileOf(node, await offer(key, 'hq', { hostedIn: [] }))
    expect(profile.headquarters).toMatchObject({ countryCode: country, inEuEea: verdict })
    expect(profile.headquarters.reason).toEqual(criterion(profile, 'l3-headquarters').reason)
    expect(profile.overall.headquartersInEuEea).toBe(verdict)
    expect(criterion(profile, 'l3-headquarters').verdict).toBe(verdict)
    expectBilingual(criterion(profile, 'l3-headquarters').reason)
  })

  it.each([
    { hostedIn: ['FR'], inEu: 'yes', inFrance: 'yes', euEea: 'yes' },
    { hostedIn: ['FR', 'DE'], inEu: 'yes', inFrance: 'no', euEea: 'yes' },
    { hostedIn: ['FRA'], inEu: 'yes', inFrance: 'yes', euEea: 'yes' },
    { hostedIn: ['NO'], inEu: 'no', inFrance: 'no', euEea: 'yes' },
    { hostedIn: ['FR', 'US'], inEu: 'no', inFrance: 'no', euEea: 'no' },
    { hostedIn: [], inEu: 'unknown', inFrance: 'unknown', euEea: 'unknown' },
  ])(
    'judges locations $hostedIn: EU $inEu, France $inFrance, EU/EEA criterion $euEea',
    async ({ hostedIn, inEu, inFrance, euEea }) => {
      const slug = `hosted-${hostedIn.join('-').toLowerCase() || 'nowhere'}`
      const profile = await profileOf(node, await offer(fr, slug, { hostedIn }))
      expect(profile.locations.declared.map((l) => l.countryCode).sort()).toEqual(
        [...hostedIn].sort(),
      )
      expect(profile.locations).toMatchObject({ inEu, inFrance })
      expect(profile.overall).toMatchObject({ locationsInEu: inEu, locationsInFrance: inFrance })
      expect(criterion(profile, 'l2-eu-location').verdict).toBe(euEea)
      expect(profile.label.eligibleLevel).toBe(euEea === 'yes' ? 'L3' : 'L1')
      expectBilingual(criterion(profile, 'l2-eu-location').reason)
      expectBilingual(profile.locations.reason)
    },
  )
})

describe('GET /api/v1/offerings/{id}: certification claims', () => {
  it('shows granted claims with their evidence and the validity of the credential', async () => {
    const id = await offer(fr, 'certified', {
      credential: { validUntil: '2027-03-15T00:00:00Z' },
    })
    const { sovereignty: profile, offering } = await detail(node, id)
    const base = id.replace(/\/offerings\/certified$/, '')
    expect(profile.certifications).toEqual([
      {
        scheme: 'ISO27001',
        status: 'claimed',
        evidence: `${base}/legal/iso-27001-certificate.pdf`,
        claimValidUntil: '2027-03-15T00:00:00.000Z',
      },
      {
        scheme: 'SecNumCloud',
        status: 'claimed',
        evidence: `${base}/legal/secnumcloud-qualification.pdf`,
        claimValidUntil: '2027-03-15T00:00:00.000Z',
      },
    ])
    expect(offering.certifications.map((c: { scheme: string }) => c.scheme).sort()).toEqual([
      'ISO27001',
      'SecNumCloud',
    ])
    expect(await searchIds('certification=SecNumCloud')).toContain(id)
  })

  it.each([
    ['French', SECNUMCLOUD_IN_PROGRESS_FR, 'snc-en-cours'],
    ['English', SECNUMCLOUD_IN_PROGRESS_EN, 'snc-in-progress'],
  ])(
    'shows a qualification stated in progress in %s without counting it',
    async (_language, measure, slug) => {
      const id = await offer(fr, slug, { measures: [ISO27001_GRANTED, measure] })
      const { sovereignty: profile, offering } = await detail(node, id)
      expect(profile.certifications).toEqual([
        expect.objectContaining({ scheme: 'ISO27001', status: 'claimed' }),
        expect.objectContaining({
          scheme: 'SecNumCloud',
          status: 'in-progress',
          evidence: expect.stringMatching(/\/legal\/secnumcloud-status\.pdf$/),
        }),
      ])
      expect(offering.certifications.map((c: { scheme: string }) => c.scheme)).toEqual(['ISO27001'])
      expect(await searchIds('certification=SecNumCloud')).not.toContain(id)
      expect(await searchIds('certification=ISO27001')).toContain(id)
      expect(criterion(profile, 'l3-high-assurance').verdict).toBe('no')
      expect(criterion(profile, 'l1-security-certification').verdict).toBe('yes')
    },
  )

  it('shows no claim where no measure or document states one', async () => {
    const profile = await profileOf(node, await offer(fr, 'uncertified', { measures: [] }))
    expect(profile.certifications).toEqual([])
    expect(criterion(profile, 'l1-security-certification').verdict).toBe('no')
  })
})

type FlipCase = {
  criterion: string
  level: string | null
  spec?: SovereignSpec
  provider?: 'US'
  after?: 'revoke' | 'suspend'
  /** Other criteria the same change fails by construction. */
  alsoUnmet?: string[]
}

describe('GET /api/v1/offerings/{id}: eligible label level', () => {
  const cases: FlipCase[] = [
    { criterion: 'sc-credentials', level: null, after: 'revoke' },
    { criterion: 'sc-provider', level: null, after: 'suspend' },
    { criterion: 'l1-gdpr', level: 'SC', spec: { regimes: ['CCPA2018'] } },
    { criterion: 'l1-processing-terms', level: 'SC', spec: { processingTermsLaw: null } },
    { criterion: 'l1-data-export', level: 'SC', spec: { dataExport: false } },
    {
      criterion: 'l1-security-certification',
      level: 'SC',
      spec: { measures: [] },
      // SecNumCloud is a security certification and the high-assurance one
      alsoUnmet: ['l3-high-assurance'],
    },
    { criterion: 'l2-eu-location', level: 'L1', spec: { hostedIn: ['US'] } },
    { criterion: 'l2-governing-law', level: 'L1', spec: { processingTermsLaw: ['US'] } },
    { criterion: 'l3-headquarters', level: 'L2', provider: 'US' },
    { criterion: 'l3-government-access', level: 'L2', spec: { governmentAccessLaw: null } },
    {
      criterion: 'l3-high-assurance',
      level: 'L2',
      spec: { measures: [ISO27001_GRANTED, SECNUMCLOUD_IN_PROGRESS_FR] },
    },
  ]

  it.each(cases)(
    'lowers the level to $level when only $criterion is unmet',
    async ({ criterion: id, level, spec, provider, after, alsoUnmet = [] }) => {
      const key =
        after === 'suspend' ? await onboardProvider(node, 'FR') : provider === 'US' ? us : fr
      if (after === 'suspend') await publish(node, key, hosting(key, ['FR']))
      const offeringIdOf = await offer(key, `flip-${id}`, spec)
      if (after === 'revoke') expect((await revoke(node, key, offeringIdOf)).status).toBe(200)
      if (after === 'suspend') {
        const res = await adminPost(node, adminParticipantPath(key.did, 'suspend'))
        expect(res.status).toBe(200)
      }
      const profile = await profileOf(node, offeringIdOf)
      expect(unmet(profile).sort()).toEqual([id, ...alsoUnmet].sort())
      expect(criterion(profile, id).verdict).toBe('no')
      expect(profile.label).toMatchObject({ attestedLevel: null, eligibleLevel: level })
      expect(profile.overall).toMatchObject({ level, basis: 'eligible-not-attested' })
      // the offering itself bounds its level, for the first criterion of the level above
      expect(profile.weakestLink).toMatchObject({ id: offeringIdOf, level })
      expectAllBilingual(profile)
    },
  )

  it('stops below L2 when no location is declared: unknown is not met', async () => {
    const profile = await profileOf(node, await offer(fr, 'flip-no-location', { hostedIn: [] }))
    expect(unmet(profile)).toEqual(['l2-eu-location'])
    expect(criterion(profile, 'l2-eu-location').verdict).toBe('unknown')
    expect(profile.overall).toMatchObject({ level: 'L1', locationsInEu: 'unknown' })
  })
})

describe('GET /api/v1/offerings/{id}: sovereignty over gx:dependsOn', () => {
  let leaf: string // reaches L3, depends on nothing
  beforeAll(async () => {
    leaf = await offer(fr, 'leaf')
  })

  it('is only as sovereign as a dependency run outside the EU by a US provider', async () => {
    const outside = await offer(us, 'outside', { hostedIn: ['US'] })
    const id = await offer(fr, 'chain-outside', { dependsOn: [outside] })
    const profile = await profileOf(node, id)
    expect(profile.headquarters.inEuEea).toBe('yes')
    expect(profile.locations).toMatchObject({ inEu: 'yes', inFrance: 'yes' })
    expect(profile.label.eligibleLevel).toBe('L3')
    expect(profile.dependencies).toEqual([
      expect.objectContaining({
        id: outside,
        held: true,
        via: id,
        level: 'L1',
        basis: 'eligible-not-attested',
        headquartersInEuEea: 'no',
        locationsInEu: 'no',
        locationsInFrance: 'no',
      }),
    ])
    expect(profile.overall).toEqual({
      headquartersInEuEea: 'no',
      locationsInEu: 'no',
      locationsInFrance: 'no',
      level: 'L1',
      basis: 'eligible-not-attested',
    })
    expect(profile.weakestLink).toMatchObject({ id: outside, level: 'L1' })
    expectAllBilingual(profile)
  })

  it('walks the whole closure and names the dependency two steps away that bounds it', async () => {
    const far = await offer(fr, 'far-l2', { governmentAccessLaw: null })
    const middle = await offer(fr, 'middle', { dependsOn: [far] })
    const id = await offer(fr, 'chain-far', { dependsOn: [middle] })
    const profile = await profileOf(node, id)
    expect(profile.dependencies.map((d) => [d.id, d.via, d.level])).toEqual([
      [middle, id, 'L3'],
      [far, middle, 'L2'],
    ])
    expect(profile.overall.level).toBe('L2')
    expect(profile.weakestLink).toMatchObject({ id: far, level: 'L2' })
  })

  it('names the nearest of several dependencies at the lowest level', async () => {
    const far = await offer(fr, 'far-l2-b', { governmentAccessLaw: null })
    const middle = await offer(fr, 'middle-b', { dependsOn: [far] })
    const near = await offer(fr, 'near-l2', { governmentAccessLaw: null })
    const id = await offer(fr, 'two-ways', { dependsOn: [middle, near] })
    const profile = await profileOf(node, id)
    expect(profile.dependencies.map((d) => d.id)).toEqual([middle, near, far])
    expect(profile.weakestLink).toMatchObject({ id: near, level: 'L2' })
  })

  it('names the offering itself when it is the weakest', async () => {
    const id = await offer(fr, 'weak-self', { regimes: ['CCPA2018'], dependsOn: [leaf] })
    const profile = await profileOf(node, id)
    expect(profile.overall.level).toBe('SC')
    expect(profile.weakestLink).toMatchObject({ id, level: 'SC' })
    expectBilingual(profile.weakestLink?.reason)
  })

  it('names no weakest link when the offering and all it depends on reach L3', async () => {
    const profile = await profileOf(node, await offer(fr, 'top', { dependsOn: [leaf] }))
    expect(profile.dependencies).toEqual([expect.objectContaining({ id: leaf, level: 'L3' })])
    expect(profile.overall.level).toBe('L3')
    expect(profile.weakestLink).toBeNull()
  })

  it('takes the weakest location verdicts over the closure without lowering the level', async () => {
    const spread = await offer(fr, 'spread', { hostedIn: ['FR', 'DE'] })
    const id = await offer(fr, 'uses-spread', { dependsOn: [spread] })
    const profile = await profileOf(node, id)
    expect(profile.locations).toMatchObject({ inEu: 'yes', inFrance: 'yes' })
    expect(profile.overall).toMatchObject({
      locationsInEu: 'yes',
      locationsInFrance: 'no',
      level: 'L3',
    })
    expect(profile.weakestLink).toBeNull()
  })

  it('terminates on a cycle and lists each offering once', async () => {
    const [k, l, m] = ['cycle-k', 'cycle-l', 'cycle-m'].map((slug) => offeringId(fr, slug))
    await publish(node, fr, [
      sovereignOffering(fr, 'cycle-k', { dependsOn: [l!] }),
      sovereignOffering(fr, 'cycle-l', { dependsOn: [m!] }),
      sovereignOffering(fr, 'cycle-m', { dependsOn: [k!, l!], governmentAccessLaw: null }),
    ])
    const profile = await profileOf(node, k!)
    expect(profile.dependencies.map((d) => [d.id, d.via])).toEqual([
      [l, k],
      [m, l],
    ])
    expect(profile.overall.level).toBe('L2')
    expect(profile.weakestLink).toMatchObject({ id: m, level: 'L2' })
    // from M, L is reached both directly and through K: listed once, at its nearest
    const fromM = await profileOf(node, m!)
    expect(fromM.dependencies.map((d) => [d.id, d.via])).toEqual([
      [k, m],
      [l, m],
    ])
  })

  it('drops to no level when a dependency is revoked', async () => {
    const revoked = await offer(fr, 'to-revoke')
    const id = await offer(fr, 'uses-revoked', { dependsOn: [revoked] })
    expect((await profileOf(node, id)).overall.level).toBe('L3')
    expect((await revoke(node, fr, revoked)).status).toBe(200)
    const profile = await profileOf(node, id)
    expect(profile.dependencies).toEqual([
      expect.objectContaining({ id: revoked, held: true, level: null }),
    ])
    expect(profile.overall.level).toBeNull()
    expect(profile.weakestLink).toMatchObject({ id: revoked, level: null })
    expect(criterion(await profileOf(node, revoked), 'sc-credentials').verdict).toBe('no')
  })

  it('has no level and names a dependency this catalogue does not hold', async () => {
    const id = await offer(fr, 'uses-missing', { dependsOn: [leaf] })
    const missing = 'https://elsewhere.example.eu/offerings/not-held'
    // the submission rules refuse an unknown dependency, so the index row is rewritten directly
    await rewriteRow(id, { dependsOn: [leaf, missing] })
    const profile = await profileOf(node, id)
    expect(profile.dependencies).toEqual([
      expect.objectContaining({ id: leaf, held: true, via: id, level: 'L3' }),
      { id: missing, held: false, via: id, reason: expect.anything() },
    ])
    expect(profile.overall).toEqual({
      headquartersInEuEea: 'unknown',
      locationsInEu: 'unknown',
      locationsInFrance: 'unknown',
      level: null,
      basis: 'eligible-not-attested',
    })
    expect(profile.weakestLink).toMatchObject({ id: missing, name: null, level: null })
    expectAllBilingual(profile)
  })

  it('keeps a "no" verdict of a held dependency when another is not held', async () => {
    const outside = offeringId(us, 'outside')
    const id = await offer(fr, 'outside-and-missing', { dependsOn: [outside] })
    await rewriteRow(id, { dependsOn: [outside, 'https://elsewhere.example.eu/offerings/x'] })
    expect((await profileOf(node, id)).overall).toMatchObject({
      headquartersInEuEea: 'no',
      locationsInEu: 'no',
      level: null,
    })
  })
})

describe('GET /api/v1/offerings/{id}: a bounded walk over gx:dependsOn', () => {
  it('stops after 64 dependencies, names where it stopped and claims no level', async () => {
    const id = await offer(fr, 'long-chain')
    const root = await node.ctx.store.getOffering(id)
    const { pk: _pk, ...template } = root!
    // a chain longer than the bound, written as index rows: one read must not walk it all
    const chain = Array.from({ length: 70 }, (_, i) => `${id}/chain/${i}`)
    await node.ctx.store.writeIndex(
      chain.map((link, i) => ({
        offering: { ...template, id: link, dependsOn: i + 1 < chain.length ? [chain[i + 1]!] : [] },
      })),
    )
    await rewriteRow(id, { dependsOn: [chain[0]!] })
    const profile = await profileOf(node, id)
    expect(profile.dependencies).toHaveLength(65)
    expect(profile.dependencies.at(-1)).toMatchObject({ id: chain[64], held: false })
    expect(profile.overall.level).toBeNull()
    expect(profile.weakestLink).toMatchObject({ id: chain[64], level: null })
    expectAllBilingual(profile)
  })
})

describe('GET /api/v1/offerings/{id}: attested label level', () => {
  it('takes the level of a label credential over the eligible one', async () => {
    const id = await offer(fr, 'attested-l2')
    await rewriteRow(id, { labelLevel: 'L2' })
    const { sovereignty: profile, offering } = await detail(node, id)
    expect(offering.labelLevel).toBe('L2')
    expect(profile.label).toMatchObject({ attestedLevel: 'L2', eligibleLevel: 'L3' })
    expect(profile.overall).toMatchObject({ level: 'L2', basis: 'attested' })
    expect(profile.weakestLink).toMatchObject({ id, level: 'L2' })
    expectBilingual(profile.weakestLink?.reason)
  })

  it('is attested overall only when every offering of the closure is attested', async () => {
    const dependency = await offer(fr, 'attested-dependency')
    await rewriteRow(dependency, { labelLevel: 'L1' })
    const id = await offer(fr, 'attested-top', { dependsOn: [dependency] })
    await rewriteRow(id, { labelLevel: 'L3' })
    let profile = await profileOf(node, id)
    expect(profile.overall).toMatchObject({ level: 'L1', basis: 'attested' })
    expect(profile.weakestLink).toMatchObject({ id: dependency, level: 'L1' })

    const leaf = await offer(fr, 'eligible-leaf')
    const mixed = await offer(fr, 'attested-over-eligible', { dependsOn: [leaf] })
    await rewriteRow(mixed, { labelLevel: 'L3' })
    profile = await profileOf(node, mixed)
    expect(profile.overall).toMatchObject({ level: 'L3', basis: 'eligible-not-attested' })
    expect(profile.weakestLink).toBeNull()
  })

  it('ignores a label level that is not a Gaia-X level', async () => {
    const id = await offer(fr, 'attested-garbage')
    await rewriteRow(id, { labelLevel: 'L9' })
    const profile = await profileOf(node, id)
    expect(profile.overall).toMatchObject({ level: 'L3', basis: 'eligible-not-attested' })
  })

  it('does not let the attested level of a revoked offering stand', async () => {
    const id = await offer(fr, 'attested-then-revoked')
    await rewriteRow(id, { labelLevel: 'L3' })
    expect((await revoke(node, fr, id)).status).toBe(200)
    const profile = await profileOf(node, id)
    expect(profile.label.attestedLevel).toBe('L3')
    expect(profile.overall).toMatchObject({ level: null, basis: 'eligible-not-attested' })
    expect(profile.weakestLink).toMatchObject({ id, level: null })
    expectBilingual(profile.weakestLink?.reason)
  })

  it('does not let the attested level of a suspended provider’s offering stand', async () => {
    const key = await onboardProvider(node, 'FR')
    await publish(node, key, hosting(key, ['FR']))
    const id = await offer(key, 'attested-suspended')
    await rewriteRow(id, { labelLevel: 'L3' })
    expect((await profileOf(node, id)).overall).toMatchObject({ level: 'L3', basis: 'attested' })
    expect((await adminPost(node, adminParticipantPath(key.did, 'suspend'))).status).toBe(200)
    expect((await profileOf(node, id)).overall).toMatchObject({
      level: null,
      basis: 'eligible-not-attested',
    })
  })

  it('does not let the attested level of a revoked dependency stand', async () => {
    const revoked = await offer(fr, 'attested-revoked')
    await rewriteRow(revoked, { labelLevel: 'L3' })
    const id = await offer(fr, 'uses-attested-revoked', { dependsOn: [revoked] })
    expect((await revoke(node, fr, revoked)).status).toBe(200)
    const profile = await profileOf(node, id)
    expect(profile.overall.level).toBeNull()
    expect(profile.weakestLink).toMatchObject({ id: revoked, level: null })
  })
})
