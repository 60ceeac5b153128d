// A participant's registration numbers as a buyer reads them: the numbers the credentials it links
// to state (a notary's, or its own), each with its kind, and who states it when another issuer does.
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

let node: TestNode

beforeAll(async () => {
  node = await createTestNode({
    env: { GXC_ONBOARDING: 'open', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
  })
})
afterAll(() => node.close())

async function participant(did: string): Promise<Json> {
  const res = await node.app.request(participantPath(did))
  expect(res.status).toBe(200)
  return ((await res.json()) as Json).participant
}

/** A notary's credential stating a LEI and a VAT number of one subject (Tagus style, both at once). */
function notarised(notary: string, subjectId: string) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#'],
    id: `${subjectId}/credential`,
    type: ['VerifiableCredential', 'gx:VatID'],
    issuer: notary,
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: { id: subjectId, type: 'gx:VatID', 'gx:vatID': 'FR44732829320' },
  }
}

describe('registration numbers of a participant', () => {
  it('are read from the credentials it links to, in its onboarding presentation', async () => {
    const key = await newPartner()
    expect((await onboard(node, key)).status).toBe(201)
    expect((await participant(key.did)).registrationNumbers).toEqual([
      {
        type: 'gx:VatID',
        value: 'FR44732829320',
        id: `${partnerBase(key.did)}/registration/vat`,
      },
    ])
    const list = (await (await node.app.request('/api/v1/participants?limit=100')).json()) as Json
    const listed = list.items.find((item: Json) => item.did === key.did)
    expect(listed.registrationNumbers[0].value).toBe('FR44732829320')
  })

  it('name the notary that states them, when another issuer than the participant', async () => {
    const [key, notary] = await Promise.all([newPartner(), newPartner()])
    const base = partnerBase(key.did)
    const [legalPerson] = participantCredentials(key.did, base)
    const credentials = [
      await sign(node, key, legalPerson!),
      await sign(node, notary, notarised(notary.did, `${base}/registration/vat`)),
    ]
    expect((await onboard(node, key, credentials)).status).toBe(201)
    expect((await participant(key.did)).registrationNumbers).toEqual([
      {
        type: 'gx:VatID',
        value: 'FR44732829320',
        id: `${base}/registration/vat`,
        issuer: notary.did,
      },
    ])

    // the notary's credential is among the participant's, as its evidence
    const detail = (await (await node.app.request(participantPath(key.did))).json()) as Json
    expect(detail.credentials.map((c: Json) => c.credential.issuer)).toEqual([key.did, notary.did])

    const page = await (await node.app.request(`/fournisseurs/${key.did}?lang=fr`)).text()
    expect(page).toContain('TVA intracommunautaire <code>FR44732829320</code>')
    expect(page).toContain(`attesté par ${notary.did}`)
    const english = await (await node.app.request(`/providers/${key.did}?lang=en`)).text()
    expect(english).toContain('VAT number <code>FR44732829320</code>')
    expect(english).toContain(`stated by ${notary.did}`)
  })

  it('are read inline, when the participant states them in its own credential', async () => {
    const key = await newPartner()
    const [legalPerson] = participantCredentials(key.did, partnerBase(key.did))
    const subject = legalPerson!.credentialSubject as Json
    subject['gx:registrationNumber'] = {
      type: 'gx:LocalRegistrationNumber',
      'gx:local': '732829320',
    }
    expect((await onboard(node, key, [await sign(node, key, legalPerson!)])).status).toBe(201)
    expect((await participant(key.did)).registrationNumbers).toEqual([
      { type: 'gx:LocalRegistrationNumber', value: '732829320' },
    ])
  })

  it('are read from the node’s credentials by a reindex, for a participant indexed before', async () => {
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
    expect((await participant(key.did)).registrationNumbers[0].value).toBe(link)

    expect((await adminPost(node, '/api/v1/admin/reindex')).status).toBe(200)
    expect((await participant(key.did)).registrationNumbers).toEqual([
      { type: 'gx:VatID', value: 'FR44732829320', id: link },
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
    expect((await participant(key.did)).registrationNumbers).toEqual([
      { type: 'gx:VatID', value: 'FR44732829320', id: `${base}/registration/vat` },
      {
        type: 'gx:RegistrationNumber',
        value: `${base}/registration/pending`,
        id: `${base}/registration/pending`,
      },
    ])
    const page = await (await node.app.request(`/providers/${key.did}?lang=en`)).text()
    expect(page).toContain(
      `a link to a credential this node does not hold: <code>${base}/registration/pending</code>`,
    )
  })
})
