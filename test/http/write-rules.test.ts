// The rules of the write path that the database holds itself (migration 0014), on better-sqlite3
// and on D1: whatever a writer looked up before its transaction, an older version of a credential
// is never stored, and a subject's index entry never takes another issuer's credential. And what
// the checks before the store let through as before: other credentials naming a subject of the
// same submission, as a Tagus compliance credential names the credentials it covers.
import canonicalize from 'canonicalize'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { sha256Hex } from '../../src/credentials/hash.js'
import type { CredentialRow } from '../../src/store/store.js'
import { WriteRuleError } from '../../src/store/write-rules.js'
import { newDidKey, partnerOffering } from '../helpers/credentials.js'
import {
  codes,
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  sign,
  storeState,
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
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

describe('a subject named by credentials of several issuers', () => {
  it('onboards a Tagus participant whose compliance credential names the notary’s credential', async () => {
    const partner = await newDidKey()
    const notary = await newDidKey()
    const tagus = [
      'https://www.w3.org/ns/credentials/v2',
      'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#',
    ]
    const base = `https://partner.example.eu/${partner.did.slice('did:key:'.length)}`
    // the GXDCH notary's credential: its id is its subject's id
    const registration = await sign(node, notary, {
      '@context': tagus,
      type: ['VerifiableCredential'],
      id: `${base}/lrn.json`,
      issuer: notary.did,
      validFrom: '2026-06-01T08:00:00Z',
      credentialSubject: {
        type: 'gx:legalRegistrationNumber',
        id: `${base}/lrn.json`,
        'gx:vatID': 'FR40303265045',
        'gx:vatID-countryCode': 'FR',
      },
    })
    const participant = await sign(node, partner, {
      '@context': tagus,
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
    // the compliance service's credential: its subjects are the credentials it covers
    const attested = await sign(node, compliance, {
      '@context': tagus,
      type: ['VerifiableCredential'],
      id: `https://compliance.example.eu/credentials/${partner.did.slice(-12)}`,
      issuer: compliance.did,
      validFrom: '2026-11-01T00:00:00Z',
      validUntil: '2027-11-01T00:00:00Z',
      credentialSubject: await Promise.all(
        [registration, participant].map(async (covered) => ({
          id: covered.id,
          type: 'gx:compliance',
          'gx:integrity': `sha256-${await sha256Hex(canonicalize(covered)!)}`,
          'gx:version': '22.10',
        })),
      ),
    })
    const res = await onboard(node, partner, [registration, participant, attested])
    expect(res.status).toBe(201)
    expect(await node.ctx.store.subjectIssuers([registration.id])).toEqual(
      new Map([[registration.id, notary.did]]),
    )
  })
})
