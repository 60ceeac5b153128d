// Compliance and label credentials submitted with (or after) offerings: the digests must match,
// the issuer must be a compliance service the operator trusts, and the level then counts as
// attested in the summary and the sovereignty profile.
import canonicalize from 'canonicalize'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { newDidKey } from '../helpers/credentials.js'
import {
  OPEN_NODE_ENV,
  adminHeaders,
  codes,
  expectProblem,
  offeringPath,
  onboard,
  sign,
  storeState,
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { partnerOffering } from '../helpers/credentials.js'
import { createTestNode } from '../helpers/test-node.js'

let node: TestNode
let partner: SigningKey
let service: SigningKey
let stranger: SigningKey

beforeAll(async () => {
  partner = await newDidKey()
  service = await newDidKey()
  stranger = await newDidKey()
  node = await createTestNode({
    env: { ...OPEN_NODE_ENV, GXC_TRUSTED_COMPLIANCE: ` ${service.did} , did:web:other.example` },
  })
  expect((await onboard(node, partner)).status).toBe(201)
})
afterAll(() => node.close())

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
const sri = async (credential: Json) =>
  `sha256-${Buffer.from(await sha256(canonicalize(credential)!)).toString('base64')}`

/**
 * A Loire gx:LabelCredential naming each covered credential with its digestSRI: CD25.11's
 * gx:CompliantCredential entries, or (`cd2510`) entries typed with the class of the credential
 * they cover and a hex digest, as live compliance engines issue them.
 */
async function label(
  issuer: SigningKey,
  level: string,
  covered: { id: string; sri: string }[],
  cd2510 = false,
) {
  return sign(node, issuer, {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#'],
    id: `https://compliance.example.eu/labels/${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'gx:LabelCredential'],
    issuer: issuer.did,
    validFrom: '2026-11-01T00:00:00Z',
    validUntil: '2027-11-01T00:00:00Z',
    credentialSubject: {
      id: `https://compliance.example.eu/labels/${crypto.randomUUID()}#subject`,
      type: 'gx:LabelCredential',
      'gx:labelLevel': level,
      'gx:engineVersion': '2.9.0',
      'gx:rulesVersion': 'CD25.11',
      'gx:validatedCriteria': [
        'https://docs.gaia-x.eu/policy-rules-committee/compliance-document/25.11/',
      ],
      'gx:compliantCredentials': covered.map(({ id, sri }) =>
        cd2510
          ? { id, type: 'gx:ServiceOffering', digestSRI: sri }
          : {
              id,
              type: 'gx:CompliantCredential',
              'gx:credentialType': 'gx:ServiceOffering',
              digestSRI: sri,
            },
      ),
    },
  })
}

/** A Tagus-style gx:compliance credential quoting gx:integrity (sha256 hex of the JCS form). */
async function compliance(issuer: SigningKey, covered: Json) {
  return sign(node, issuer, {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#'],
    id: `https://compliance.example.eu/compliance/${crypto.randomUUID()}`,
    type: ['VerifiableCredential'],
    issuer: issuer.did,
    validFrom: '2026-11-01T00:00:00Z',
    validUntil: '2027-11-01T00:00:00Z',
    credentialSubject: {
      id: covered.id,
      type: 'gx:compliance',
      'gx:integrity': `sha256-${hex(await sha256(canonicalize(covered)!))}`,
    },
  })
}

async function offering(slug: string) {
  return sign(node, partner, partnerOffering(partner.did, slug))
}

async function detail(subjectId: string) {
  return (await (await node.app.request(offeringPath(subjectId))).json()) as Json
}

describe('label credentials from a trusted compliance service', () => {
  it('attests the level of the offering they cover, submitted together', async () => {
    const signed = await offering('labelled')
    const labelled = await label(service, 'L1', [{ id: signed.id, sri: await sri(signed) }])
    const res = await submit(node, partner, [signed, labelled])
    expect(res.status).toBe(201)
    const body = await detail(signed.credentialSubject.id)
    expect(body.offering.labelLevel).toBe('L1')
    expect(body.sovereignty.label.attestedLevel).toBe('L1')
    expect(body.sovereignty.overall.basis).toBe('attested')
  })

  it('attests an offering the node already holds, in a later submission', async () => {
    const signed = await offering('later')
    expect((await submit(node, partner, [signed])).status).toBe(201)
    expect((await detail(signed.credentialSubject.id)).offering.labelLevel).toBeUndefined()
    const labelled = await label(service, 'L2', [{ id: signed.id, sri: await sri(signed) }])
    expect((await submit(node, partner, [labelled])).status).toBe(201)
    expect((await detail(signed.credentialSubject.id)).offering.labelLevel).toBe('L2')
  })

  it('keeps the attested level when the same offering is submitted again, and after a reindex', async () => {
    const signed = await offering('kept')
    const labelled = await label(service, 'L1', [{ id: signed.id, sri: await sri(signed) }])
    expect((await submit(node, partner, [signed, labelled])).status).toBe(201)
    expect((await submit(node, partner, [signed])).status).toBe(200)
    expect((await detail(signed.credentialSubject.id)).offering.labelLevel).toBe('L1')
    const reindex = await node.app.request('/api/v1/admin/reindex', {
      method: 'POST',
      headers: adminHeaders(),
    })
    expect(reindex.status).toBe(200)
    expect((await detail(signed.credentialSubject.id)).offering.labelLevel).toBe('L1')
  })

  it('reads a Tagus gx:compliance credential (gx:integrity, hex) as Standard Compliance', async () => {
    const signed = await offering('tagus-compliance')
    const res = await submit(node, partner, [signed, await compliance(service, signed)])
    expect(res.status).toBe(201)
    expect((await detail(signed.credentialSubject.id)).offering.labelLevel).toBe('SC')
  })

  it('reads a CD25.10 label (entries typed with the class they cover, hex digests) as a label', async () => {
    const signed = await offering('cd2510')
    const digest = `sha256-${hex(await sha256(canonicalize(signed)!))}`
    const labelled = await label(service, 'L1', [{ id: signed.id, sri: digest }], true)
    const res = await submit(node, partner, [signed, labelled])
    expect(res.status).toBe(201)
    expect((await detail(signed.credentialSubject.id)).offering.labelLevel).toBe('L1')
  })

  it('finds the label by search', async () => {
    const res = await node.app.request('/api/v1/offerings?label=L2')
    const ids = ((await res.json()) as Json).items.map((i: Json) => i.id)
    expect(ids).toContain(`${(await offering('later')).credentialSubject.id}`)
  })
})

describe('label credentials that cannot count', () => {
  it('refuses one from a service the operator does not trust, storing nothing', async () => {
    const signed = await offering('untrusted')
    const before = await storeState(node)
    const res = await submit(node, partner, [
      signed,
      await label(stranger, 'L3', [{ id: signed.id, sri: await sri(signed) }]),
    ])
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(codes(problem.errors)).toContain('compliance-issuer-untrusted')
    expect(problem.errors!.find((e) => e.code === 'compliance-issuer-untrusted')!.path).toBe(
      '/verifiableCredential/1/issuer',
    )
    expect((await storeState(node)).counts).toEqual(before.counts)
  })

  it('says a CD25.10 label from an untrusted issuer is untrusted, not that its entries are bad offerings', async () => {
    const signed = await offering('cd2510-untrusted')
    const digest = `sha256-${hex(await sha256(canonicalize(signed)!))}`
    const res = await submit(node, partner, [
      signed,
      await label(stranger, 'L1', [{ id: signed.id, sri: digest }], true),
    ])
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(codes(problem.errors)).toEqual(['compliance-issuer-untrusted'])
  })

  it('refuses a digest that does not match the credential it names', async () => {
    const signed = await offering('tampered')
    const other = await offering('tampered-other')
    const res = await submit(node, partner, [
      signed,
      await label(service, 'L3', [{ id: signed.id, sri: await sri(other) }]),
    ])
    const problem = await expectProblem(res, 422, 'credential-rejected')
    const mismatch = problem.errors!.find((e) => e.code === 'compliance-integrity-mismatch')
    expect(mismatch?.path).toMatch(
      /^\/verifiableCredential\/1\/credentialSubject\/gx:compliantCredentials\/0\//,
    )
  })

  it('refuses a malformed digest', async () => {
    const signed = await offering('malformed-digest')
    const res = await submit(node, partner, [
      signed,
      await label(service, 'L1', [{ id: signed.id, sri: 'md5-AAAA' }]),
    ])
    expect(codes((await expectProblem(res, 422, 'credential-rejected')).errors)).toContain(
      'compliance-integrity-mismatch',
    )
  })

  it('refuses a label for a credential neither submitted nor held', async () => {
    const signed = await offering('absent')
    const res = await submit(node, partner, [
      await label(service, 'L1', [{ id: signed.id, sri: await sri(signed) }]),
    ])
    expect(codes((await expectProblem(res, 422, 'credential-rejected')).errors)).toContain(
      'compliance-target-unknown',
    )
  })

  it('refuses a label whose level is not SC, L1, L2 or L3 (the shapes)', async () => {
    const signed = await offering('bad-level')
    const res = await submit(node, partner, [
      signed,
      await label(service, 'L9', [{ id: signed.id, sri: await sri(signed) }]),
    ])
    await expectProblem(res, 422, 'credential-rejected')
    expect((await node.app.request(offeringPath(signed.credentialSubject.id))).status).toBe(404)
  })

  it('reports the same findings through the dry run', async () => {
    const signed = await offering('dry-run')
    const res = await node.app.request('/api/v1/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiablePresentation'],
        verifiableCredential: [
          signed,
          await label(stranger, 'L1', [{ id: signed.id, sri: await sri(signed) }]),
        ],
      }),
    })
    expect(res.status).toBe(200)
    const report = (await res.json()) as Json
    expect(report.conforms).toBe(false)
    expect(codes(report.errors)).toContain('compliance-issuer-untrusted')
  })
})
