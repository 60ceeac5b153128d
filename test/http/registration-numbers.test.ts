// A participant's registration numbers as a buyer reads them: the numbers it states inline, and
// those stated by the credentials presented with its own that it issued itself, or that a trusted
// compliance service attested with its own (a notary's), each with its kind, the credential it was
// read from, and who states it when another issuer does. Nothing another party stores or presents
// changes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { participantCredentials, partnerBase, partnerOffering } from '../helpers/credentials.js'
import {
  ADMIN_TOKEN,
  adminPost,
  complianceCredential,
  newPartner,
  onboard,
  participantPath,
  sign,
  signEach,
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode, TEST_NOW } from '../helpers/test-node.js'
import { newDidKey } from '../helpers/credentials.js'
import { ingestCredentials } from '../../src/catalogue/ingest.js'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { applyNodeFeed } from '../../src/federation/sync.js'

let node: TestNode
let compliance: SigningKey

beforeAll(async () => {
  compliance = await newDidKey()
  node = await createTestNode({
    env: {
      GXC_ONBOARDING: 'open',
      GXC_ADMIN_TOKEN: ADMIN_TOKEN,
      GXC_TRUSTED_COMPLIANCE: compliance.did,
    },
  })
})
afterAll(() => node.close())

async function detail(did: string): Promise<Json> {
  const res = await node.app.request(participantPath(did))
  expect(res.status).toBe(200)
  return (await res.json()) as Json
}

async function numbers(did: string): Promise<Json[]> {
  return (await detail(did)).participant.registrationNumbers
}

async function page(did: string): Promise<string> {
  return (await node.app.request(`/providers/${did}?lang=en`)).text()
}

const reindex = async () =>
  expect((await adminPost(node, '/api/v1/admin/reindex')).status).toBe(200)

/** A VAT number of `subjectId`, as a notary (or the participant itself) states it. */
function vatCredential(issuer: string, subjectId: string, vat = 'FR44732829320', extra: Json = {}) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#'],
    id: `${subjectId}/credential`,
    type: ['VerifiableCredential', 'gx:VatID'],
    issuer,
    validFrom: '2026-01-01T00:00:00Z',
    ...extra,
    credentialSubject: { id: subjectId, type: 'gx:VatID', 'gx:vatID': vat },
  }
}

/** A gx:LegalPerson linking to its VAT number and to `more`, with its own VAT credential. */
function linkingAlso(did: string, base: string, more: Json) {
  const [legalPerson, vat] = participantCredentials(did, base)
  ;(legalPerson!.credentialSubject as Json)['gx:registrationNumber'] = [
    { id: `${base}/registration/vat` },
    more,
  ]
  return [legalPerson!, vat!]
}

/**
 * `key` onboards with its gx:LegalPerson and a notary's credential of its VAT number, attested
 * together by the trusted compliance service (as the GXDCH does), or not.
 */
async function onboardNotarised(
  key: SigningKey,
  notary: SigningKey,
  { extra = {}, attested = true }: { extra?: Json; attested?: boolean } = {},
) {
  const base = partnerBase(key.did)
  const [legalPerson] = participantCredentials(key.did, base)
  const own = await sign(node, key, legalPerson!)
  const vat = await sign(
    node,
    notary,
    vatCredential(notary.did, `${base}/registration/vat`, undefined, extra),
  )
  const attestation = attested
    ? [await complianceCredential(node, compliance, [own, vat], '2026-11-01T00:00:00Z')]
    : []
  const res = await onboard(node, key, [own, vat, ...attestation])
  expect(res.status).toBe(201)
  return { base, own, vat }
}

describe('registration numbers of a participant', () => {
  it('are read from the credentials presented with its own, in every answer', async () => {
    const key = await newPartner()
    const res = await onboard(node, key)
    expect(res.status).toBe(201)
    const { participant, credentials } = await detail(key.did)
    const vat = credentials.find((c: Json) => c.types.includes('gx:VatID'))
    const expected = [
      {
        type: 'gx:VatID',
        value: 'FR44732829320',
        id: `${partnerBase(key.did)}/registration/vat`,
        credential: vat.hash,
      },
    ]
    expect(participant.registrationNumbers).toEqual(expected)
    expect(((await res.json()) as Json).participant.registrationNumbers).toEqual(expected)
    const list = (await (await node.app.request('/api/v1/participants?limit=100')).json()) as Json
    const listed = list.items.find((item: Json) => item.did === key.did)
    expect(listed.registrationNumbers).toEqual(expected)
  })

  it('name the notary that states them, whose credential is among the participant’s', async () => {
    const [key, notary] = await Promise.all([newPartner(), newPartner()])
    const { base, vat } = await onboardNotarised(key, notary)
    const { participant, credentials } = await detail(key.did)
    expect(participant.registrationNumbers).toEqual([
      {
        type: 'gx:VatID',
        value: 'FR44732829320',
        id: `${base}/registration/vat`,
        credential: expect.stringMatching(/^sha256-/),
        issuer: notary.did,
      },
    ])
    expect(credentials.map((c: Json) => c.credential.id).sort()).toEqual(
      [`${base}/credentials/legal-person`, vat.id].sort(),
    )

    const french = await (await node.app.request(`/fournisseurs/${key.did}?lang=fr`)).text()
    expect(french).toContain('TVA intracommunautaire <code>FR44732829320</code>')
    expect(french).toContain(`déclaré par ${notary.did}`)
    const english = await page(key.did)
    expect(english).toContain('VAT number <code>FR44732829320</code>')
    expect(english).toContain(`stated by ${notary.did}`)
  })

  it('are read inline, when the participant states them in its own credential', async () => {
    const key = await newPartner()
    const [legalPerson] = participantCredentials(key.did, partnerBase(key.did))
    ;(legalPerson!.credentialSubject as Json)['gx:registrationNumber'] = {
      type: 'gx:LocalRegistrationNumber',
      'gx:local': '732829320',
    }
    expect((await onboard(node, key, [await sign(node, key, legalPerson!)])).status).toBe(201)
    expect(await numbers(key.did)).toEqual([
      { type: 'gx:LocalRegistrationNumber', value: '732829320' },
    ])
  })

  it('stay a link when what it links to states no number', async () => {
    const key = await newPartner()
    const base = partnerBase(key.did)
    const [legalPerson, vat] = linkingAlso(key.did, base, { id: `${base}/registration/pending` })
    const pending = {
      ...vat!,
      id: `${base}/credentials/pending`,
      type: ['VerifiableCredential', 'gx:RegistrationNumber'],
      credentialSubject: { id: `${base}/registration/pending`, type: 'gx:RegistrationNumber' },
    }
    const res = await onboard(node, key, await signEach(node, key, [legalPerson!, vat!, pending]))
    expect(res.status).toBe(201)
    expect((await numbers(key.did)).map(({ credential: _, ...n }) => n)).toEqual([
      { type: 'gx:VatID', value: 'FR44732829320', id: `${base}/registration/vat` },
      {
        type: 'gx:RegistrationNumber',
        value: `${base}/registration/pending`,
        id: `${base}/registration/pending`,
        link: true,
      },
    ])
    expect(await page(key.did)).toContain(
      `a link the node reads no number from: <code>${base}/registration/pending</code>`,
    )
  })

  it('follow the notary’s renewal, attested with the participant’s unchanged credential', async () => {
    const [key, notary] = await Promise.all([newPartner(), newPartner()])
    const { base, own } = await onboardNotarised(key, notary)
    const renewed = await sign(
      node,
      notary,
      vatCredential(notary.did, `${base}/registration/vat`, 'FR89380129866', {
        validFrom: '2026-06-01T00:00:00Z',
      }),
    )
    const attestation = await complianceCredential(
      node,
      compliance,
      [own, renewed],
      '2026-11-15T00:00:00Z',
    )
    expect((await onboard(node, key, [own, renewed, attestation])).status).toBe(201)
    expect((await numbers(key.did)).map((n) => n.value)).toEqual(['FR89380129866'])
    await reindex()
    expect((await numbers(key.did)).map((n) => n.value)).toEqual(['FR89380129866'])
  })

  it('stay links when a notary’s credential comes without an attestation binding it', async () => {
    const [key, notary] = await Promise.all([newPartner(), newPartner()])
    const { base } = await onboardNotarised(key, notary, { attested: false })
    expect(await numbers(key.did)).toEqual([
      {
        type: 'gx:RegistrationNumber',
        value: `${base}/registration/vat`,
        id: `${base}/registration/vat`,
        link: true,
      },
    ])
  })

  it('are no longer shown once the credential stating them expires, nor after a reindex', async () => {
    const [key, notary] = await Promise.all([newPartner(), newPartner()])
    await onboardNotarised(key, notary, { extra: { validUntil: '2026-12-01T00:00:00Z' } })
    expect((await numbers(key.did)).map((n) => n.value)).toEqual(['FR44732829320'])
    expect(await node.ctx.store.expireCredentials(Date.parse('2026-12-02T00:00:00Z'))).toBe(1)
    expect(await numbers(key.did)).toEqual([])
    expect(await page(key.did)).not.toContain('FR44732829320</code>')
    const list = (await (await node.app.request('/api/v1/participants?limit=100')).json()) as Json
    expect(list.items.find((item: Json) => item.did === key.did).registrationNumbers).toEqual([])
    // a reindex changes nothing of what answers show
    const before = await detail(key.did)
    await reindex()
    expect(await detail(key.did)).toEqual(before)
  })

  it('are read again by a reindex, for a participant indexed before they were read', async () => {
    const key = await newPartner()
    expect((await onboard(node, key)).status).toBe(201)
    const row = (await node.ctx.store.participantByDid(key.did))!
    const link = `${partnerBase(key.did)}/registration/vat`
    // as versions before this one indexed it: the link, not the number
    await node.ctx.store.writeIndex([
      {
        participant: {
          ...row,
          registrationNumbers: [{ type: 'gx:RegistrationNumber', value: link }],
        },
      },
    ])
    expect((await numbers(key.did))[0]!.value).toBe(link)
    await reindex()
    expect((await numbers(key.did)).map(({ credential: _, ...n }) => n)).toEqual([
      { type: 'gx:VatID', value: 'FR44732829320', id: link },
    ])
  })
})

/** `key`'s participant credentials, signed, as this node holds them from a peer's feed. */
async function knownThroughPeer(key: SigningKey): Promise<Json[]> {
  const signed = await signEach(node, key, participantCredentials(key.did, partnerBase(key.did)))
  const relayed = await ingestCredentials(
    node.ctx,
    { type: ['VerifiablePresentation'], verifiableCredential: signed },
    { origin: 'did:web:peer.example', onboarding: false },
  )
  expect(relayed.ok).toBe(true)
  return signed
}

describe('a participant presenting its stored credential again', () => {
  it('onboards here when it was only known through a peer, and may then submit', async () => {
    const key = await newPartner()
    const signed = await knownThroughPeer(key)
    expect((await onboard(node, key, signed)).status).toBe(200)
    const row = (await node.ctx.store.participantByDid(key.did))!
    expect(row.onboardedAt).toBe(TEST_NOW.getTime())
    const offering = partnerOffering(key.did, 'after-onboarding')
    expect((await submit(node, key, [await sign(node, key, offering)])).status).toBe(201)
  })

  it('stays suspended when the operator suspends it while its onboarding is validated', async () => {
    const key = await newPartner()
    await knownThroughPeer(key)
    const known = (await node.ctx.store.participantByDid(key.did))!
    expect(await node.ctx.store.setParticipantStatus(key.did, 'suspended', 1)).toBe(true)
    // what the onboarding, validated before the suspension, writes after it
    await node.ctx.store.refreshParticipant({ ...known, onboardedAt: 2, status: 'active' })
    expect((await node.ctx.store.participantByDid(key.did))!.status).toBe('suspended')
  })

  it('leaves an entry that a newer credential replaced meanwhile', async () => {
    const key = await newPartner()
    const base = partnerBase(key.did)
    expect((await onboard(node, key)).status).toBe(201)
    const older = (await node.ctx.store.participantByDid(key.did))!
    const next = participantCredentials(key.did, base)
    next[0]!.validFrom = '2026-02-01T00:00:00Z'
    ;(next[0]!.credentialSubject as Json)['schema:name'] = 'Nouveau Nom SAS'
    expect((await onboard(node, key, await signEach(node, key, next))).status).toBe(201)
    const newer = (await node.ctx.store.participantByDid(key.did))!
    // what a request that read the older entry before the newer one was written would write
    await node.ctx.store.refreshParticipant({ ...older, registrationNumbers: [] })
    expect(await node.ctx.store.participantByDid(key.did)).toEqual(newer)
  })

  it('is not read from what it never presented by a reindex', async () => {
    const key = await newPartner()
    const base = partnerBase(key.did)
    const [legalPerson, vat] = linkingAlso(key.did, base, {
      id: `${base}/registration/lei`,
      type: 'gx:RegistrationNumber',
    })
    expect((await onboard(node, key, await signEach(node, key, [legalPerson!, vat!]))).status).toBe(
      201,
    )
    // its own credential of the subject it linked to, stored later on its own
    const later = vatCredential(key.did, `${base}/registration/lei`, 'FR89380129866')
    const stored = await ingestCredentials(node.ctx, await sign(node, key, later), {
      origin: 'local',
    })
    expect(stored.ok).toBe(true)
    const before = await detail(key.did)
    await reindex()
    expect(await detail(key.did)).toEqual(before)
  })
})

describe('another party, against a participant’s registration numbers', () => {
  it('cannot show a participant’s notary-stated number as its own by linking to it', async () => {
    const [victim, notary, attacker] = await Promise.all([newPartner(), newPartner(), newPartner()])
    const { base } = await onboardNotarised(victim, notary)
    const [legalPerson] = participantCredentials(attacker.did, partnerBase(attacker.did))
    // a typed link satisfies the shapes without the credential it names
    ;(legalPerson!.credentialSubject as Json)['gx:registrationNumber'] = {
      id: `${base}/registration/vat`,
      type: 'gx:RegistrationNumber',
    }
    expect((await onboard(node, attacker, [await sign(node, attacker, legalPerson!)])).status).toBe(
      201,
    )
    const { participant, credentials } = await detail(attacker.did)
    expect(participant.registrationNumbers).toEqual([
      {
        type: 'gx:RegistrationNumber',
        value: `${base}/registration/vat`,
        id: `${base}/registration/vat`,
        link: true,
      },
    ])
    expect(credentials.map((c: Json) => c.credential.issuer)).toEqual([attacker.did])
    await reindex()
    expect((await numbers(attacker.did)).map((n) => n.link)).toEqual([true])
  })

  it('cannot show a participant’s notary-stated number as its own by presenting a copy', async () => {
    const [victim, notary, attacker] = await Promise.all([newPartner(), newPartner(), newPartner()])
    const { base, vat } = await onboardNotarised(victim, notary)
    const [legalPerson] = participantCredentials(attacker.did, partnerBase(attacker.did))
    ;(legalPerson!.credentialSubject as Json)['gx:registrationNumber'] = {
      id: `${base}/registration/vat`,
    }
    // the notary's credential as the node serves it to anyone
    const res = await onboard(node, attacker, [await sign(node, attacker, legalPerson!), vat])
    expect(res.status).toBe(201)
    const { participant, credentials } = await detail(attacker.did)
    expect(participant.registrationNumbers.map((n: Json) => n.link)).toEqual([true])
    expect(credentials.map((c: Json) => c.credential.issuer)).toEqual([attacker.did])
  })

  it('cannot, through a peer’s feed, bind its credential to a participant it links to', async () => {
    const peer = await createTestNode({ env: { GXC_ONBOARDING: 'open' } })
    const [victim, attacker] = await Promise.all([newPartner(), newPartner()])
    const base = partnerBase(victim.did)
    const [legalPerson, vat] = linkingAlso(victim.did, base, {
      id: `${base}/registration/lei`,
      type: 'gx:RegistrationNumber',
    })
    const squat = vatCredential(attacker.did, `${base}/registration/lei`, 'FR89380129866')
    // a feed that groups the victim's credentials with the attacker's, as any peer may
    const signed = [
      ...(await signEach(peer, victim, [legalPerson!, vat!])),
      ...(await signEach(
        peer,
        attacker,
        participantCredentials(attacker.did, partnerBase(attacker.did)),
      )),
      await sign(peer, attacker, squat),
    ]
    const stored = await ingestCredentials(
      peer.ctx,
      { type: ['VerifiablePresentation'], verifiableCredential: signed },
      { origin: 'local' },
    )
    expect(stored.ok).toBe(true)
    const feed = (await (
      await peer.app.request('/api/v1/federation/events?after=0&limit=100')
    ).json()) as Json
    const applied = await applyNodeFeed(node.ctx, 'did:web:peer.example', feed.events)
    expect(applied).toMatchObject({ accepted: 5 })
    const numbersHere = await numbers(victim.did)
    expect(numbersHere.map((n) => [n.value, n.issuer])).toEqual([
      ['FR44732829320', undefined],
      [`${base}/registration/lei`, undefined],
    ])
    expect((await detail(victim.did)).credentials.map((c: Json) => c.credential.issuer)).toEqual([
      victim.did,
      victim.did,
    ])
    peer.close()
  })

  it('cannot put its credential on a participant’s page by stating a subject it links to', async () => {
    const [victim, attacker] = await Promise.all([newPartner(), newPartner()])
    const base = partnerBase(victim.did)
    const [legalPerson, vat] = participantCredentials(victim.did, base)
    // the victim links to a number it has not presented yet
    ;(legalPerson!.credentialSubject as Json)['gx:registrationNumber'] = [
      { id: `${base}/registration/vat` },
      { id: `${base}/registration/lei`, type: 'gx:RegistrationNumber' },
    ]
    expect(
      (await onboard(node, victim, await signEach(node, victim, [legalPerson!, vat!]))).status,
    ).toBe(201)
    const before = await detail(victim.did)
    const squat = vatCredential(attacker.did, `${base}/registration/lei`, 'FR89380129866')
    const attackerOwn = participantCredentials(attacker.did, partnerBase(attacker.did))
    const res = await onboard(
      node,
      attacker,
      await signEach(node, attacker, [...attackerOwn, squat]),
    )
    expect(res.status).toBe(201)
    expect(await detail(victim.did)).toEqual(before)
    await reindex()
    expect(await detail(victim.did)).toEqual(before)
  })

  it('never lists another participant’s credentials on a page by a link to its subject', async () => {
    const [victim, attacker] = await Promise.all([newPartner(), newPartner()])
    expect((await onboard(node, victim)).status).toBe(201)
    const base = partnerBase(attacker.did)
    const [legalPerson, vat] = participantCredentials(attacker.did, base)
    ;(legalPerson!.credentialSubject as Json)['gx:registrationNumber'] = [
      { id: `${base}/registration/vat` },
      { id: victim.did, type: 'gx:RegistrationNumber' },
    ]
    const res = await onboard(node, attacker, await signEach(node, attacker, [legalPerson!, vat!]))
    expect(res.status).toBe(201)
    const { credentials } = await detail(attacker.did)
    expect(credentials.map((c: Json) => c.credential.issuer)).toEqual([attacker.did, attacker.did])
  })
})
