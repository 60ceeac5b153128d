// The rules of the write path that the database holds itself (migrations 0014 and 0015), on
// better-sqlite3 and on D1: whatever a writer looked up before its transaction, an older version
// of a credential is never stored, and a subject's index entry never takes another issuer's
// credential. And what the checks let through: attestations naming the credentials they cover as
// their subjects, which take no subject from its describer, whatever the order or the renewals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestCredentials } from '../../src/catalogue/ingest.js'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import type { CredentialRow } from '../../src/store/store.js'
import { WriteRuleError } from '../../src/store/write-rules.js'
import { newDidKey, partnerBase, partnerOffering } from '../helpers/credentials.js'
import {
  codes,
  complianceCredential,
  expectProblem,
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  participantPath,
  sign,
  storeState,
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { hosting } from '../helpers/sovereignty.js'
import { createTestNode } from '../helpers/test-node.js'

let node: TestNode
let alice: SigningKey
let bob: SigningKey
let compliance: SigningKey
beforeAll(async () => {
  compliance = await newDidKey()
  node = await createTestNode({
    env: { ...OPEN_NODE_ENV, GXC_TRUSTED_COMPLIANCE: compliance.did },
  })
  alice = await newPartner()
  bob = await newPartner()
  expect((await onboard(node, alice)).status).toBe(201)
  expect((await onboard(node, bob)).status).toBe(201)
})
afterAll(() => node.close())

/** Submits `credential` as `key` and answers the credential row the node stored. */
async function stored(key: SigningKey, credential: Json): Promise<CredentialRow> {
  const res = await submit(node, key, [credential])
  expect(res.status).toBe(201)
  const [{ hash }] = (await res.json()).accepted
  return (await node.ctx.store.getCredential(hash))!
}

async function refusal(writing: Promise<unknown>): Promise<WriteRuleError> {
  const error = await writing.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(WriteRuleError)
  return error as WriteRuleError
}

/** Submits `credentials` as `key`: refused with a finding `code`, and nothing of them stored. */
async function expectRefused(key: SigningKey, credentials: Json[], code: string) {
  const before = await storeState(node)
  const problem = await expectProblem(
    await submit(node, key, credentials),
    422,
    'credential-rejected',
  )
  expect(codes(problem.errors)).toContain(code)
  expect(await storeState(node)).toEqual(before)
}

describe('the database’s own rules, whatever the writer looked up', () => {
  it('refuses an older version of a credential than the active one, storing nothing', async () => {
    const current = await stored(
      alice,
      await sign(
        node,
        alice,
        partnerOffering(alice.did, 'held', { credential: { validFrom: '2026-06-01T00:00:00Z' } }),
      ),
    )
    const before = await storeState(node)
    const older = {
      ...current,
      hash: `${current.hash.slice(0, -8)}00000000`,
      validFrom: Date.parse('2026-02-01T00:00:00Z'),
    }
    const refused = await refusal(node.ctx.store.putCredentials([{ credential: older }]))
    expect(refused).toMatchObject({ rule: 'older-version', code: 'conflict' })
    expect(codes(refused.errors)).toEqual(['older-version'])
    expect(await storeState(node)).toEqual(before)
    expect(await node.ctx.store.getCredential(older.hash)).toBeUndefined()
    expect((await node.ctx.store.getCredential(current.hash))?.status).toBe('active')
  })

  it('refuses another issuer’s credential for an offering’s index entry, storing nothing', async () => {
    const original = await sign(node, alice, partnerOffering(alice.did, 'owned'))
    const held = await stored(alice, original)
    const { pk: _pk, ...entry } = (await node.ctx.store.getOffering(original.credentialSubject.id))!
    const before = await storeState(node)
    const impostor = {
      ...held,
      hash: `${held.hash.slice(0, -8)}11111111`,
      credentialId: 'https://impostor.example.eu/credentials/owned',
      issuer: bob.did,
    }
    const refused = await refusal(
      node.ctx.store.putCredentials([
        {
          credential: impostor,
          offering: { ...entry, credentialHash: impostor.hash, name: 'Offre détournée' },
        },
      ]),
    )
    expect(refused).toMatchObject({ rule: 'subject-owned-by-another-issuer', code: 'forbidden' })
    expect(await storeState(node)).toEqual(before)
    expect(await node.ctx.store.getOffering(original.credentialSubject.id)).toMatchObject({
      credentialHash: held.hash,
      name: entry.name,
    })
  })

  it('lets the subject’s own issuer index it from a credential of another id', async () => {
    const original = await sign(node, alice, partnerOffering(alice.did, 'renamed'))
    const held = await stored(alice, original)
    const { pk: _pk, ...entry } = (await node.ctx.store.getOffering(original.credentialSubject.id))!
    const again = {
      ...held,
      hash: `${held.hash.slice(0, -8)}22222222`,
      credentialId: `${held.credentialId}-v2`,
    }
    expect(
      await node.ctx.store.putCredentials([
        { credential: again, offering: { ...entry, credentialHash: again.hash } },
      ]),
    ).toEqual([true])
    expect((await node.ctx.store.getOffering(original.credentialSubject.id))?.credentialHash).toBe(
      again.hash,
    )
  })

  it('refuses a new index entry from another issuer than the first to name its subject', async () => {
    const held = await stored(alice, await sign(node, alice, partnerOffering(alice.did, 'model')))
    const { pk: _pk, ...entry } = (await node.ctx.store.getOffering(held.subjectId!))!
    const subject = 'https://partners.example.eu/named-first-by-bob'
    // bob's credential names the subject first, without describing it as an offering
    const named = { ...held, hash: `${held.hash.slice(0, -8)}33333333`, credentialId: null }
    await node.ctx.store.putCredentials([
      { credential: { ...named, issuer: bob.did, subjectId: subject } },
    ])
    const before = await storeState(node)
    const described = { ...named, hash: `${held.hash.slice(0, -8)}44444444`, subjectId: subject }
    const refused = await refusal(
      node.ctx.store.putCredentials([
        {
          credential: described,
          offering: { ...entry, id: subject, credentialHash: described.hash },
        },
      ]),
    )
    expect(refused.rule).toBe('subject-owned-by-another-issuer')
    expect(await storeState(node)).toEqual(before)
    expect(await node.ctx.store.getOffering(subject)).toBeUndefined()
  })

  it('takes the first issuer of a subject as the first stored, whatever the times received', async () => {
    const held = await stored(alice, await sign(node, alice, partnerOffering(alice.did, 'early')))
    // stored after alice's, but said received before it (a peer's page, a clock set back)
    const later = {
      ...held,
      hash: `${held.hash.slice(0, -8)}55555555`,
      credentialId: null,
      issuer: bob.did,
      receivedAt: held.receivedAt - 60_000,
    }
    await node.ctx.store.putCredentials([{ credential: later }])
    expect(await node.ctx.store.subjectIssuers([held.subjectId!])).toEqual(
      new Map([[held.subjectId!, alice.did]]),
    )
  })
})

const TAGUS = [
  'https://www.w3.org/ns/credentials/v2',
  'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#',
]

function tagusCompliance(issuer: SigningKey, covers: Json[], validFrom: string, envelope?: Json) {
  return complianceCredential(node, issuer, covers, validFrom, envelope)
}

/**
 * A Tagus participant as the GXDCH makes one: the notary's registration credential (its id is its
 * subject's id, as the notary issues it), the participant's own, and the compliance service's.
 */
async function tagusParticipant(order: 'covered first' | 'compliance first') {
  const partner = await newDidKey()
  const notary = await newDidKey()
  const base = `https://partner.example.eu/${partner.did.slice('did:key:'.length)}`
  const registrationOf = (validFrom: string) =>
    sign(node, notary, {
      '@context': TAGUS,
      type: ['VerifiableCredential'],
      id: `${base}/lrn.json`,
      issuer: notary.did,
      validFrom,
      credentialSubject: {
        type: 'gx:legalRegistrationNumber',
        id: `${base}/lrn.json`,
        'gx:vatID': 'FR40303265045',
        'gx:vatID-countryCode': 'FR',
      },
    })
  const registration = await registrationOf('2026-06-01T08:00:00Z')
  const participant = await sign(node, partner, {
    '@context': TAGUS,
    type: ['VerifiableCredential'],
    id: `${base}/participant.json`,
    issuer: partner.did,
    validFrom: '2026-06-01T08:00:00Z',
    credentialSubject: {
      type: 'gx:LegalParticipant',
      id: partner.did,
      'gx:legalName': 'Partenaire Exemple SAS',
      'gx:legalRegistrationNumber': { id: `${base}/lrn.json` },
      'gx:headquarterAddress': { 'gx:countrySubdivisionCode': 'FR-69' },
      'gx:legalAddress': { 'gx:countrySubdivisionCode': 'FR-69' },
    },
  })
  const attested = await tagusCompliance(
    compliance,
    [registration, participant],
    '2026-11-01T00:00:00Z',
  )
  const credentials =
    order === 'covered first'
      ? [registration, participant, attested]
      : [attested, registration, participant]
  expect((await onboard(node, partner, credentials)).status).toBe(201)
  return { partner, notary, registration, participant, registrationOf }
}

describe('a subject named by credentials of several issuers', () => {
  it('refuses, naming it, the second issuer of a new subject within one peer’s page', async () => {
    const [hosted] = hosting(alice, ['FR'])
    // no address (a blank node each): the shapes see one subject with one value of each claim
    const { 'gx:address': _address, ...subject } = hosted!.credentialSubject as Json
    const zone = { ...hosted!, credentialSubject: subject }
    const first = await sign(node, alice, zone)
    const second = await sign(node, bob, {
      ...zone,
      id: `${partnerBase(bob.did)}/credentials/zone`,
      issuer: bob.did,
    })
    const before = await storeState(node)
    const page = { type: ['VerifiablePresentation'], verifiableCredential: [first, second] }
    const refused = await ingestCredentials(node.ctx, page, {
      origin: 'did:web:peer.example',
    }).catch((error: unknown) => error)
    expect(refused).toMatchObject({
      code: 'forbidden',
      errors: [
        {
          code: 'subject-owned-by-another-issuer',
          path: '/verifiableCredential/1/credentialSubject/id',
        },
      ],
    })
    expect(await storeState(node)).toEqual(before)
  })

  it('onboards a Tagus participant whose compliance credential names the notary’s credential', async () => {
    const { partner, registration, notary } = await tagusParticipant('covered first')
    expect(await node.ctx.store.subjectIssuers([registration.id])).toEqual(
      new Map([[registration.id, notary.did]]),
    )
    // the notary's number, bound to the participant by the attestation of both
    const res = await node.app.request(participantPath(partner.did))
    expect(((await res.json()) as Json).participant.registrationNumbers).toEqual([
      {
        type: 'gx:VatID',
        value: 'FR40303265045',
        id: registration.id,
        credential: expect.stringMatching(/^sha256-/),
        issuer: notary.did,
      },
    ])
  })

  // GXDCH compliance credentials last 90 days: a participant renews them as a matter of course
  it('accepts the renewed compliance credential of a Tagus participant', async () => {
    const { partner, registration, participant } = await tagusParticipant('covered first')
    const renewed = await tagusCompliance(
      compliance,
      [registration, participant],
      '2026-11-20T00:00:00Z',
    )
    const res = await submit(node, partner, [renewed])
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(201)
    // the answer names what was stored: the compliance credential, not the first it covers
    expect((await res.json()).accepted).toMatchObject([{ id: renewed.id }])
  })

  it('accepts the notary’s renewed credential when the compliance credential came first', async () => {
    const { partner, notary, registration, participant, registrationOf } =
      await tagusParticipant('compliance first')
    // the attestation names the notary's credential; it is not the first to describe its subject
    expect(await node.ctx.store.subjectIssuers([registration.id])).toEqual(
      new Map([[registration.id, notary.did]]),
    )
    const renewed = await registrationOf('2026-11-20T00:00:00Z')
    const res = await onboard(node, partner, [renewed, participant])
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(201)
    expect(await node.ctx.store.activeVersions([renewed.id])).toMatchObject([
      { issuer: notary.did, validFrom: Date.parse('2026-11-20T00:00:00Z') },
    ])
  })

  it('files a trusted attestation under none of the credentials it covers', async () => {
    const bobs = (await node.ctx.store.participantsByDids([bob.did])).get(bob.did)!
    // alice's own credential bears bob's participant id as its credential id (ids are each
    // issuer's own): the compliance service covers it, and alice submits both
    const offering = await sign(
      node,
      alice,
      partnerOffering(alice.did, 'named-as-bob', { credential: { id: bobs.id } }),
    )
    const attested = await tagusCompliance(compliance, [offering], '2026-11-01T00:00:00Z')
    const res = await submit(node, alice, [offering, attested])
    expect(res.status).toBe(201)
    const [, accepted] = (await res.json()).accepted
    expect((await node.ctx.store.getCredential(accepted.hash))?.subjectId).toBeNull()
    const shown = await node.ctx.store.participantCredentials(bobs)
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.filter((c) => c.issuer !== bob.did)).toEqual([])
    expect(await node.ctx.store.subjectIssuers([bobs.id])).toEqual(new Map([[bobs.id, bob.did]]))
  })

  it('refuses an attestation that describes a participant by its envelope', async () => {
    const offering = await sign(node, alice, partnerOffering(alice.did, 'envelope-typed'))
    // the compliance service's key, compliance subjects, a participant's type on the envelope
    const described = await tagusCompliance(compliance, [offering], '2026-11-01T00:00:00Z', {
      type: ['VerifiableCredential', 'gx:LegalParticipant'],
    })
    await expectRefused(alice, [offering, described], 'attestation-describes-subject')
  })

  it('refuses a credential typed as a label by its envelope alone from an untrusted issuer', async () => {
    const offering = await sign(node, bob, partnerOffering(bob.did, 'typed-label-target'))
    expect((await submit(node, bob, [offering])).status).toBe(201)
    // typed a label by its envelope only: it attests nothing, and would be filed under no subject
    const disguised = await sign(node, alice, {
      '@context': TAGUS,
      id: `${partnerBase(alice.did)}/credentials/disguised`,
      type: ['VerifiableCredential', 'gx:LabelCredential'],
      issuer: alice.did,
      validFrom: '2026-11-01T00:00:00Z',
      credentialSubject: {
        id: offering.credentialSubject.id,
        type: 'gx:legalRegistrationNumber',
        'gx:vatID': 'FR40303265045',
        'gx:vatID-countryCode': 'FR',
      },
    })
    await expectRefused(alice, [disguised], 'compliance-issuer-untrusted')
  })

  it('still refuses another issuer’s attestation of a subject from an untrusted service', async () => {
    const offering = await sign(node, alice, partnerOffering(alice.did, 'attested-by-stranger'))
    expect((await submit(node, alice, [offering])).status).toBe(201)
    // bob, no compliance service, attests alice's credential: the attestation cannot count
    const forged = await tagusCompliance(bob, [offering], '2026-11-01T00:00:00Z')
    await expectRefused(bob, [forged], 'compliance-issuer-untrusted')
  })
})
