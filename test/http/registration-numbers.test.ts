// A participant's registration numbers as a buyer reads them: the numbers it states inline, and
// those the credentials it presented with its own state (a notary's, or its own), each with its
// kind, the credential it was read from, and who states it when another issuer does. Nothing
// another party stores changes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { participantCredentials, partnerBase } from '../helpers/credentials.js'
import {
  ADMIN_TOKEN,
  adminPost,
  newPartner,
  onboard,
  participantPath,
  sign,
  signEach,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'
import type { SigningKey } from '../../src/credentials/did/keys.js'

let node: TestNode

beforeAll(async () => {
  node = await createTestNode({
    env: { GXC_ONBOARDING: 'open', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
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

/** `key` onboards with its gx:LegalPerson and a notary's credential of its VAT number. */
async function onboardNotarised(key: SigningKey, notary: SigningKey, extra: Json = {}) {
  const base = partnerBase(key.did)
  const [legalPerson] = participantCredentials(key.did, base)
  const vat = await sign(
    node,
    notary,
    vatCredential(notary.did, `${base}/registration/vat`, undefined, extra),
  )
  const res = await onboard(node, key, [await sign(node, key, legalPerson!), vat])
  expect(res.status).toBe(201)
  return { base, vat }
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
    const [legalPerson, vat] = participantCredentials(key.did, base)
    ;(legalPerson!.credentialSubject as Json)['gx:registrationNumber'] = [
      { id: `${base}/registration/vat` },
      { id: `${base}/registration/pending` },
    ]
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

  it('follow the notary’s renewal, presented with the participant’s unchanged credential', async () => {
    const [key, notary] = await Promise.all([newPartner(), newPartner()])
    const base = partnerBase(key.did)
    const [legalPerson] = participantCredentials(key.did, base)
    const signed = await sign(node, key, legalPerson!)
    const version = (validFrom: string, vat: string) =>
      sign(node, notary, vatCredential(notary.did, `${base}/registration/vat`, vat, { validFrom }))
    const first = await version('2026-01-01T00:00:00Z', 'FR44732829320')
    expect((await onboard(node, key, [signed, first])).status).toBe(201)
    const renewed = await version('2026-06-01T00:00:00Z', 'FR89380129866')
    expect((await onboard(node, key, [signed, renewed])).status).toBe(201)
    expect((await numbers(key.did)).map((n) => n.value)).toEqual(['FR89380129866'])
    await reindex()
    expect((await numbers(key.did)).map((n) => n.value)).toEqual(['FR89380129866'])
  })

  it('are no longer shown once the credential stating them expires, nor after a reindex', async () => {
    const [key, notary] = await Promise.all([newPartner(), newPartner()])
    await onboardNotarised(key, notary, { validUntil: '2026-12-01T00:00:00Z' })
    expect((await numbers(key.did)).map((n) => n.value)).toEqual(['FR44732829320'])
    expect(await node.ctx.store.expireCredentials(Date.parse('2026-12-02T00:00:00Z'))).toBe(1)
    expect(await numbers(key.did)).toEqual([])
    expect(await page(key.did)).not.toContain('FR44732829320</code>')
    const list = (await (await node.app.request('/api/v1/participants?limit=100')).json()) as Json
    expect(list.items.find((item: Json) => item.did === key.did).registrationNumbers).toEqual([])
    await reindex()
    expect((await numbers(key.did)).map((n) => n.link)).toEqual([true])
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
