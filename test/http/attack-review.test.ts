// The second trust review's attacks, through every door: the onboarding, submission and
// revocation endpoints (JSON-LD presentations and VP-JWTs), the dry run and the operator's
// reindex. A victim and an attacker are active participants of an open node that trusts one
// compliance service; the attacker holds only its own keys and what the node serves publicly.
// Each test passes when the node resists.
import * as vc from '@digitalbazaar/vc'
import canonicalize from 'canonicalize'
import jsigs from 'jsonld-signatures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VC } from '../../src/model/expanded.js'
import { generateKeyMaterial, signingKey, type SigningKey } from '../../src/credentials/did/keys.js'
import { signingSuite } from '../../src/credentials/data-integrity/suites.js'
import { participantCredentials, partnerBase, partnerOffering } from '../helpers/credentials.js'
import {
  ADMIN_TOKEN,
  adminHeaders,
  adminParticipantPath,
  adminPost,
  challenge,
  codes,
  expectProblem,
  JSON_TYPE,
  newPartner,
  offeringPath,
  onboard,
  OPEN_NODE_ENV,
  participantPath,
  post,
  presentation,
  sign,
  signEach,
  storedCredential,
  storeState,
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode, TEST_NOW } from '../helpers/test-node.js'
import {
  didKeySigner,
  enveloped,
  presentationPayload,
  signJwt,
  vcJwt,
  vpJwt,
  type JwtSigner,
} from '../helpers/vc-jwt.js'

type Held = { id: string; hash: string; credential: Json }

let node: TestNode
let victim: SigningKey
let attacker: SigningKey
/** The compliance service the operator trusts (GXC_TRUSTED_COMPLIANCE). */
let service: SigningKey
/** The victim's offering the presentation attacks aim at. */
let target: Held

beforeAll(async () => {
  ;[victim, attacker, service] = await Promise.all([newPartner(), newPartner(), newPartner()])
  node = await createTestNode({
    env: { ...OPEN_NODE_ENV, GXC_TRUSTED_COMPLIANCE: service.did },
  })
  expect((await onboard(node, victim)).status).toBe(201)
  expect((await onboard(node, attacker)).status).toBe(201)
  target = await victimOffering('victim-offering')
})
afterAll(() => node.close())

/**
 * `credential` as the attacker signs it: its JSON `issuer` is the attacker (whose key signs it),
 * and it also states `did` as issuer under the full IRI of `issuer`, a key JSON-LD expansion
 * reads, and sorts, before `issuer`.
 */
function secondIssuer(credential: Json, did: string, issuer = attacker.did): Json {
  return { ...credential, issuer, [`${VC}issuer`]: { id: did } }
}

/** The same, typed gx:LabelCredential too: the type that exempts a credential from issuer-not-holder. */
function labelledSecondIssuer(credential: Json, did: string, issuer = attacker.did): Json {
  return {
    ...secondIssuer(credential, did, issuer),
    type: [...credential.type, 'gx:LabelCredential'],
  }
}

async function offering(id: string): Promise<Json | undefined> {
  const res = await node.app.request(offeringPath(id))
  return res.status === 200 ? ((await res.json()) as Json).offering : undefined
}

async function providedBy(did: string): Promise<string[]> {
  const res = await node.app.request(
    `/api/v1/offerings?provider=${encodeURIComponent(did)}&limit=100`,
  )
  return (await res.json()).items.map((item: Json) => item.id)
}

async function sri(credential: Json): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonicalize(credential)!),
  )
  return `sha256-${Buffer.from(digest).toString('base64')}`
}

/** A Loire gx:LabelCredential at `level` for `covered`, as a compliance service issues it. */
function labelFor(issuer: string, level: string, covered: { id: string; sri: string }): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#'],
    id: `https://compliance.example.eu/labels/${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'gx:LabelCredential'],
    issuer,
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
      'gx:compliantCredentials': [
        {
          id: covered.id,
          type: 'gx:CompliantCredential',
          'gx:credentialType': 'gx:ServiceOffering',
          digestSRI: covered.sri,
        },
      ],
    },
  }
}

/** A new offering of the victim's, stored: what an attack aims at, one per test. */
async function victimOffering(slug: string): Promise<Held> {
  const credential = await sign(node, victim, partnerOffering(victim.did, slug))
  const res = await submit(node, victim, [credential])
  expect(res.status).toBe(201)
  const [{ id, hash }] = (await res.json()).accepted
  return { id, hash, credential }
}

/** A JSON-LD presentation of EnvelopedVerifiableCredentials, signed by `key` for the node. */
async function envelopingPresentation(key: SigningKey, envelopes: Json[]): Promise<Json> {
  const { challenge: nonce, domain } = await challenge(node.app)
  return vc.signPresentation({
    presentation: presentationPayload(key.did, envelopes),
    suite: signingSuite(key, 'eddsa-rdfc-2022', TEST_NOW),
    documentLoader: node.ctx.loader,
    challenge: nonce,
    domain,
  })
}

/** POSTs a compact VP-JWT as application/vp+jwt. */
async function postJwt(path: string, jwt: string): Promise<Response> {
  return node.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vp+jwt' },
    body: jwt,
  })
}

/** A new active participant signing with a did:key, as JWTs and Data Integrity proofs alike. */
async function jwtPartner(): Promise<JwtSigner> {
  const signer = await didKeySigner()
  expect((await onboard(node, signer.dataIntegrity!)).status).toBe(201)
  return signer
}

describe('a credential has one issuer: the one whose key signed it', () => {
  it('refuses an offering that states the victim as a second issuer', async () => {
    const credential = labelledSecondIssuer(
      partnerOffering(attacker.did, 'second-issuer', {
        subject: { 'gx:providedBy': { id: victim.did } },
      }),
      victim.did,
    )
    const signed = await sign(node, attacker, credential)
    const before = await storeState(node)
    const res = await submit(node, attacker, [signed])
    await expectProblem(res, 422, 'credential-rejected')
    expect(await storeState(node)).toEqual(before)
    expect(await providedBy(victim.did)).not.toContain(signed.credentialSubject.id)

    const dryRun = await (await post(node, '/api/v1/validate', signed)).json()
    expect(dryRun.credentials[0]?.issuer).not.toBe(victim.did)
  })

  it('does not let a second issuer overwrite the victim’s offering', async () => {
    const held = await victimOffering('to-overwrite')
    const credential = labelledSecondIssuer(
      partnerOffering(victim.did, 'to-overwrite', {
        credential: { validFrom: '2026-06-01T00:00:00Z' },
        subject: { 'schema:name': 'Offre détournée' },
      }),
      victim.did,
    )
    const before = await storeState(node)
    const res = await submit(node, attacker, [await sign(node, attacker, credential)])
    await expectProblem(res, 422, 'credential-rejected')
    expect(await storeState(node)).toEqual(before)
    expect(await offering(held.id)).toMatchObject({ hash: held.hash, name: 'Offre to-overwrite' })
    expect((await node.ctx.store.getCredential(held.hash))?.status).toBe('active')
  })

  it('refuses a second issuer in a VC-JWT enveloped in a VP-JWT', async () => {
    const signer = await jwtPartner()
    const payload = labelledSecondIssuer(
      partnerOffering(signer.did, 'jwt-second-issuer', {
        subject: { 'gx:providedBy': { id: victim.did } },
      }),
      victim.did,
      signer.did,
    )
    const jwt = await vpJwt(
      signer,
      [enveloped(await vcJwt(signer, payload))],
      await challenge(node.app),
    )
    const before = await storeState(node)
    await expectProblem(await postJwt('/api/v1/submissions', jwt), 422, 'credential-rejected')
    expect(await storeState(node)).toEqual(before)
    expect(await providedBy(victim.did)).not.toContain(payload.credentialSubject.id)
  })

  it('does not let a second issuer overwrite an offering of the node itself', async () => {
    // Bleu is a participant of its own catalogue, under its did:web, as the seed makes it
    const bleu = node.ctx.identity.webKey
    expect((await onboard(node, bleu)).status).toBe(201)
    const own = await sign(node, bleu, partnerOffering(bleu.did, 'bleu-offering'))
    const res = await submit(node, bleu, [own])
    expect(res.status).toBe(201)
    const [held] = (await res.json()).accepted
    const hijack = labelledSecondIssuer(
      partnerOffering(bleu.did, 'bleu-offering', {
        credential: { validFrom: '2026-06-01T00:00:00Z' },
        subject: { 'schema:description': 'Hébergé hors de l’Union européenne.' },
      }),
      bleu.did,
    )
    const before = await storeState(node)
    const attempt = await submit(node, attacker, [await sign(node, attacker, hijack)])
    await expectProblem(attempt, 422, 'credential-rejected')
    expect(await storeState(node)).toEqual(before)
    expect(await offering(held.id)).toMatchObject({ hash: held.hash })
  })

  it('does not count a label that names the trusted compliance service as a second issuer', async () => {
    const own = await sign(node, attacker, partnerOffering(attacker.did, 'self-labelled'))
    const forged = await sign(
      node,
      attacker,
      secondIssuer(labelFor(attacker.did, 'L3', { id: own.id, sri: await sri(own) }), service.did),
    )
    const res = await submit(node, attacker, [own, forged])
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(codes(problem.errors)).toContain('compliance-issuer-untrusted')
    expect((await offering(own.credentialSubject.id))?.labelLevel).toBeUndefined()
  })

  it('does not file a credential among the victim’s own through onboarding', async () => {
    const [, vat] = participantCredentials(attacker.did, partnerBase(attacker.did))
    const planted = secondIssuer(
      { ...vat!, id: `${partnerBase(attacker.did)}/credentials/planted` },
      victim.did,
    )
    planted.credentialSubject = {
      ...planted.credentialSubject,
      id: `${partnerBase(attacker.did)}/registration/planted`,
    }
    const held = [
      ...(await signEach(
        node,
        attacker,
        participantCredentials(attacker.did, partnerBase(attacker.did)),
      )),
      await sign(node, attacker, planted),
    ]
    const res = await onboard(node, attacker, held)
    expect(res.status).toBe(422)
    const { credentials } = await (await node.app.request(participantPath(victim.did))).json()
    expect(credentials.map((c: Json) => c.credential.id)).not.toContain(planted.id)
  })
})

describe('a subject named by a DID is its issuer', () => {
  it('refuses a participant whose subject id is the victim’s DID with its scheme in capitals', async () => {
    const stranger = await newPartner()
    const [legalPerson, vat] = participantCredentials(stranger.did, partnerBase(stranger.did))
    const lookalike = victim.did.replace(/^did:/, 'DID:')
    legalPerson!.credentialSubject.id = lookalike
    const before = await storeState(node)
    const res = await onboard(node, stranger, await signEach(node, stranger, [legalPerson!, vat!]))
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(codes(problem.errors)).toContain('subject-id-not-issuer')
    expect(await storeState(node)).toEqual(before)
    expect((await node.app.request(participantPath(lookalike))).status).toBe(404)
  })
})

describe('a label counts for the credential it covers, whoever else reuses its id', () => {
  it('attests the victim’s offering although the attacker issued a credential with the same id', async () => {
    const { credential: mine } = await victimOffering('to-be-labelled')
    const shadow = partnerOffering(attacker.did, 'shadow', {
      credential: { id: mine.id, validFrom: '2026-06-01T00:00:00Z' },
    })
    expect((await submit(node, attacker, [await sign(node, attacker, shadow)])).status).toBe(201)
    const label = await sign(
      node,
      service,
      labelFor(service.did, 'L1', { id: mine.id, sri: await sri(mine) }),
    )
    const res = await submit(node, victim, [label])
    expect(res.status).toBe(201)
    expect((await offering(mine.credentialSubject.id))?.labelLevel).toBe('L1')
  })

  it('keeps the victim’s label through a reindex after the attacker reused its credential id', async () => {
    const mine = await sign(node, victim, partnerOffering(victim.did, 'labelled-first'))
    const label = await sign(
      node,
      service,
      labelFor(service.did, 'L2', { id: mine.id, sri: await sri(mine) }),
    )
    expect((await submit(node, victim, [mine, label])).status).toBe(201)
    expect((await offering(mine.credentialSubject.id))?.labelLevel).toBe('L2')
    const shadow = partnerOffering(attacker.did, 'later-shadow', {
      credential: { id: mine.id, validFrom: '2026-06-01T00:00:00Z' },
    })
    expect((await submit(node, attacker, [await sign(node, attacker, shadow)])).status).toBe(201)
    expect((await adminPost(node, '/api/v1/admin/reindex')).status).toBe(200)
    expect((await offering(mine.credentialSubject.id))?.labelLevel).toBe('L2')
  })
})

describe('a subject and a credential id belong to their first issuer', () => {
  it('keeps the victim’s credential in force when the attacker issues one with its id', async () => {
    const held = await victimOffering('same-credential-id')
    const shadow = partnerOffering(attacker.did, 'same-credential-id', {
      credential: { id: held.credential.id, validFrom: '2026-06-01T00:00:00Z' },
    })
    expect((await submit(node, attacker, [await sign(node, attacker, shadow)])).status).toBe(201)
    expect((await node.ctx.store.getCredential(held.hash))?.status).toBe('active')
    expect(await offering(held.id)).toMatchObject({ hash: held.hash, status: 'active' })
  })

  it('keeps lookalike subject ids apart from the victim’s offering', async () => {
    const held = await victimOffering('lookalikes')
    const lookalikes = [
      `${held.id}/`,
      `${held.id}#offering`,
      held.id.replace('https://partners.example.eu', 'https://PARTNERS.example.eu'),
    ]
    for (const [i, id] of lookalikes.entries()) {
      const credential = partnerOffering(attacker.did, `lookalike-${i}`, { subject: { id } })
      expect((await submit(node, attacker, [await sign(node, attacker, credential)])).status).toBe(
        201,
      )
    }
    expect(await offering(held.id)).toMatchObject({ hash: held.hash, status: 'active' })
    const listed = await providedBy(victim.did)
    expect(lookalikes.filter((id) => listed.includes(id))).toEqual([])
  })

  it('does not let a gx:compliance type carry a participant in the name of a DID not yet onboarded', async () => {
    const newcomer = await newPartner()
    const [legalPerson, vat]: Json[] = participantCredentials(
      attacker.did,
      partnerBase(attacker.did),
    )
    legalPerson!.credentialSubject = {
      ...legalPerson!.credentialSubject,
      id: newcomer.did,
      type: ['gx:LegalPerson', 'gx:compliance'],
    }
    const before = await storeState(node)
    const res = await onboard(node, attacker, await signEach(node, attacker, [legalPerson!, vat!]))
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(codes(problem.errors)).toEqual(
      expect.arrayContaining(['subject-id-not-issuer', 'compliance-issuer-untrusted']),
    )
    expect(await storeState(node)).toEqual(before)
    expect((await onboard(node, newcomer)).status).toBe(201)
  })
})

describe('a suspended participant writes nothing', () => {
  it('does not let a suspended participant change its record by onboarding a new version', async () => {
    const suspended = await newPartner()
    expect((await onboard(node, suspended)).status).toBe(201)
    expect((await adminPost(node, adminParticipantPath(suspended.did, 'suspend'))).status).toBe(200)
    const renamed = participantCredentials(suspended.did, partnerBase(suspended.did))
    renamed[0]!.validFrom = '2026-06-01T00:00:00Z'
    renamed[0]!.credentialSubject['schema:name'] = 'Nouveau nom pendant la suspension'
    const before = await storeState(node)
    const res = await onboard(node, suspended, await signEach(node, suspended, renamed))
    expect(res.status).toBe(403)
    expect(await storeState(node)).toEqual(before)
    const { participant } = await (await node.app.request(participantPath(suspended.did))).json()
    expect(participant).toMatchObject({ status: 'suspended', name: 'Partenaire Exemple SAS' })
  })
})

describe('a presentation speaks for its signer only, whatever its shape', () => {
  it('refuses the attacker’s presentations naming the victim, through every door', async () => {
    const current = (await storedCredential(node, target.id))!
    const doors: [string, Json[]][] = [
      ['/api/v1/submissions', [await sign(node, victim, partnerOffering(victim.did, 'unsent'))]],
      [`${offeringPath(target.id)}/revoke`, [current]],
    ]
    // each variant, and the finding that refuses it
    const variants: [(vp: Json) => Json, string][] = [
      [
        (vp) => ({ ...vp, holder: { id: victim.did, controller: attacker.did } }),
        'holder-not-signer',
      ],
      [
        (vp) => ({
          ...vp,
          proof: [{ ...vp.proof, verificationMethod: victim.verificationMethod }],
        }),
        'presentation-proof-invalid',
      ],
      [
        (vp) => ({
          ...vp,
          proof: { ...vp.proof, verificationMethod: { id: vp.proof.verificationMethod } },
        }),
        'holder-not-signer',
      ],
      [(vp) => ({ ...vp, holder: victim.did.replace(/^did:/, 'DID:') }), 'holder-invalid'],
    ]
    const before = await storeState(node)
    for (const [path, held] of doors) {
      for (const [variant, code] of variants) {
        const vp = await presentation(attacker, held, await challenge(node.app), {
          loader: node.ctx.loader,
          holder: victim.did,
        })
        const problem = await expectProblem(
          await post(node, path, variant(vp)),
          401,
          'unauthorized',
        )
        expect(codes(problem.errors)).toEqual([code])
      }
    }
    expect(await storeState(node)).toEqual(before)
    expect((await offering(target.id))?.status).toBe('active')
  })

  it('refuses a VP-JWT naming the victim as holder, however the key is named', async () => {
    const signer = await jwtPartner()
    const held = [(await storedCredential(node, target.id))!]
    const binding = async () => {
      const { challenge: nonce, domain } = await challenge(node.app)
      return { nonce, aud: domain }
    }
    const payloads = [
      async () => ({ ...presentationPayload(victim.did, held), ...(await binding()) }),
      async () => ({
        ...presentationPayload(victim.did, held),
        ...(await binding()),
        iss: signer.did,
      }),
      async () => ({
        ...presentationPayload(undefined, held),
        holder: { id: victim.did },
        ...(await binding()),
      }),
    ]
    // the signer's own kid, then a bare fragment that resolves against the victim's DID
    const headers = [{}, { kid: `#${victim.verificationMethod.split('#')[1]}` }]
    const found: string[][] = []
    const before = await storeState(node)
    for (const payload of payloads) {
      for (const header of headers) {
        const jwt = await signJwt(signer, await payload(), { typ: 'vp+jwt', cty: 'vp', ...header })
        const res = await postJwt(`${offeringPath(target.id)}/revoke`, jwt)
        found.push(codes((await expectProblem(res, 401, 'unauthorized')).errors))
      }
    }
    expect(found).toEqual([
      ['holder-not-signer'],
      ['signature-invalid'],
      ['jwt-malformed'],
      ['jwt-malformed'],
      ['holder-not-signer'],
      ['signature-invalid'],
    ])
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses to revoke the victim’s VC-JWT offering for whoever re-presents it', async () => {
    const owner = await jwtPartner()
    const jwt = await vcJwt(owner, partnerOffering(owner.did, 'jwt-offering'))
    const res = await postJwt(
      '/api/v1/submissions',
      await vpJwt(owner, [enveloped(jwt)], await challenge(node.app)),
    )
    expect(res.status).toBe(201)
    const [{ id }] = (await res.json()).accepted
    const served = await (
      await node.app.request(offeringPath(id), { headers: { Accept: 'application/vc+jwt' } })
    ).text()
    expect(served).toBe(jwt)
    const thief = await jwtPartner()
    const asJwt = await vpJwt(thief, [enveloped(served)], await challenge(node.app))
    await expectProblem(await postJwt(`${offeringPath(id)}/revoke`, asJwt), 403, 'forbidden')
    const asJsonLd = await envelopingPresentation(thief.dataIntegrity!, [enveloped(served)])
    await expectProblem(await post(node, `${offeringPath(id)}/revoke`, asJsonLd), 403, 'forbidden')
    expect((await offering(id))?.status).toBe('active')
  })
})

describe('an offering names its own issuer and nobody else', () => {
  it('refuses an offering provided by the attacker and the victim at once', async () => {
    const credential = partnerOffering(attacker.did, 'two-providers', {
      subject: { 'gx:providedBy': [{ id: attacker.did }, { id: victim.did }] },
    })
    const res = await submit(node, attacker, [await sign(node, attacker, credential)])
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(codes(problem.errors)).toContain('issuer-not-provider')
  })

  it('refuses a credential in the victim’s name signed with a key whose DID document names the victim as controller', async () => {
    const did = 'did:web:attacker.example'
    const material = await generateKeyMaterial()
    const key = await signingKey(material, did, 'key-1')
    const document = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [
        {
          id: key.verificationMethod,
          type: 'Multikey',
          controller: victim.did,
          publicKeyMultibase: material.publicKeyMultibase,
        },
      ],
      assertionMethod: [key.verificationMethod],
      authentication: [key.verificationMethod],
    }
    const held = await node.app.request(`/api/v1/admin/did-documents/${encodeURIComponent(did)}`, {
      method: 'PUT',
      headers: { ...JSON_TYPE, ...adminHeaders(ADMIN_TOKEN) },
      body: JSON.stringify(document),
    })
    expect(held.status).toBe(200)
    for (const issuer of [victim.did, did]) {
      const signed = (await jsigs.sign(partnerOffering(issuer, `controller-${issuer.length}`), {
        suite: signingSuite(key, 'eddsa-rdfc-2022', TEST_NOW),
        purpose: new jsigs.purposes.AssertionProofPurpose(),
        documentLoader: node.ctx.loader,
      })) as Json
      const report = await (await post(node, '/api/v1/validate', signed)).json()
      expect(report.verified).toBe(false)
      expect(codes(report.errors)).toContain('proof-purpose-invalid')
    }
    const before = await storeState(node)
    const vp = await presentation(key, [], await challenge(node.app), {
      loader: node.ctx.loader,
      holder: did,
    })
    const problem = await expectProblem(
      await post(node, '/api/v1/participants', vp),
      401,
      'unauthorized',
    )
    expect(codes(problem.errors)).toEqual(['presentation-proof-invalid'])
    expect(await storeState(node)).toEqual(before)
  })
})
