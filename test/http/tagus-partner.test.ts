// A Tagus participant onboards over HTTP: its did:web document is held (with an x5c chain to the
// operator's trust anchor), its credentials carry JsonWebSignature2020 proofs, and it proves who it
// is with a VP-JWT signed by the same RSA key (PS256), nonce = the node's challenge.
import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ADMIN_TOKEN,
  adminHeaders,
  challenge,
  codes,
  expectProblem,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import {
  createPki,
  didDocument,
  generateKeys,
  pemOf,
  signJws2020,
  tagusParticipant,
  x5cOf,
  type Pki,
} from '../helpers/tagus.js'
import { createTestNode } from '../helpers/test-node.js'

const DID = 'did:web:tagus-partner.example'
const KID = `${DID}#X509-JWK2020`
let node: Awaited<ReturnType<typeof createTestNode>>
let keys: CryptoKeyPair
let pki: Pki

beforeAll(async () => {
  keys = await generateKeys('PS256')
  pki = await createPki(keys)
  node = await createTestNode({
    env: {
      GXC_PUBLIC_URL: 'https://catalogue.bleu.fr',
      GXC_ONBOARDING: 'open',
      GXC_ADMIN_TOKEN: ADMIN_TOKEN,
      GXC_TRUST_ANCHORS_PEM: pemOf(pki.root.certificate),
    },
  })
  // the operator files the partner's document; the same key authenticates its presentations
  const document = await didDocument(DID, keys.publicKey, 'PS256', {
    x5c: x5cOf(pki.leaf.certificate, pki.intermediate.certificate),
  })
  const res = await node.app.request(`/api/v1/admin/did-documents/${encodeURIComponent(DID)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...adminHeaders() },
    body: JSON.stringify({ ...document, authentication: [KID] }),
  })
  expect(res.status).toBe(200)
})
afterAll(() => node.close())

function sign(credential: Json) {
  return signJws2020(credential, {
    privateKey: keys.privateKey,
    alg: 'PS256',
    verificationMethod: KID,
    loader: node.ctx.loader,
    flavour: 'gaia-x',
  })
}

/** The registration number the LegalParticipant links to (issued by a notary in real life). */
function registrationNumber() {
  return {
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      'https://w3id.org/security/suites/jws-2020/v1',
      'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#',
    ],
    type: ['VerifiableCredential'],
    id: 'https://partner.example/credentials/lrn',
    issuer: DID,
    issuanceDate: '2026-06-01T08:00:00.000Z',
    credentialSubject: {
      type: 'gx:legalRegistrationNumber',
      id: 'https://partner.example/credentials/lrn#subject',
      // a VAT number whose French key matches its SIREN
      'gx:vatID': 'FR40303265045',
      'gx:vatID-countryCode': 'FR',
    },
  }
}

/** A VP-JWT for `to` (this file's node by default): PS256 by the partner's key, nonce = a challenge. */
async function vpJwt(credentials: Json[], to: TestNode = node): Promise<string> {
  const { challenge: nonce, domain } = await challenge(to.app)
  return new SignJWT({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    holder: DID,
    verifiableCredential: credentials,
    nonce,
  })
    .setProtectedHeader({ alg: 'PS256', typ: 'vp+jwt', cty: 'vp', kid: KID })
    .setAudience(domain)
    .sign(keys.privateKey)
}

function onboard(vp: string, to: TestNode = node) {
  return to.app.request('/api/v1/participants', {
    method: 'POST',
    headers: { 'Content-Type': 'application/vp+jwt' },
    body: vp,
  })
}

describe('a Tagus participant (JsonWebSignature2020, X.509) over HTTP', () => {
  it('onboards with its signed LegalParticipant and registration number, presented as a VP-JWT', async () => {
    const res = await onboard(
      await vpJwt([await sign(tagusParticipant(DID)), await sign(registrationNumber())]),
    )
    expect(res.status).toBe(201)
    const { participant } = (await res.json()) as Json
    expect(participant).toMatchObject({
      did: DID,
      name: 'Partenaire Exemple SAS',
      status: 'active',
      // read from the notary's credential it links to, as a Loire participant's numbers are
      registrationNumbers: [
        {
          type: 'gx:VatID',
          value: 'FR40303265045',
          id: 'https://partner.example/credentials/lrn#subject',
        },
      ],
    })

    const detail = (await (
      await node.app.request(`/api/v1/participants/${encodeURIComponent(DID)}`)
    ).json()) as Json
    expect(detail.credentials[0].credential.proof.type).toBe('JsonWebSignature2020')
  })

  it('then submits a Tagus offering, indexed like a Loire one and detailed as Tagus', async () => {
    const offering = {
      ...tagusParticipant(DID),
      id: 'https://partner.example/credentials/offering',
      credentialSubject: {
        type: 'gx:ServiceOffering',
        id: 'https://partner.example/offerings/archive',
        'gx:name': 'Archivage probatoire',
        'gx:providedBy': { id: 'https://partner.example/credentials/participant#subject' },
        'gx:policy': '',
        'gx:termsAndConditions': {
          'gx:URL': 'https://partner.example/terms',
          'gx:hash': 'b'.repeat(64),
        },
        'gx:dataAccountExport': {
          'gx:requestType': 'API',
          'gx:accessType': 'digital',
          'gx:formatType': 'application/json',
        },
      },
    }
    const res = await node.app.request('/api/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/vp+jwt' },
      body: await vpJwt([await sign(offering)]),
    })
    expect(res.status).toBe(201)
    const detail = (await (
      await node.app.request(
        `/api/v1/offerings/${encodeURIComponent('https://partner.example/offerings/archive')}`,
      )
    ).json()) as Json
    expect(detail.offering).toMatchObject({ name: 'Archivage probatoire', provider: { did: DID } })
    expect(detail.verification).toMatchObject({
      proofType: 'JsonWebSignature2020',
      format: 'ldp_vc',
      generation: 'tagus',
    })
    const found = (await (await node.app.request('/api/v1/offerings?q=archivage')).json()) as Json
    expect(found.items.map((i: Json) => i.id)).toEqual([
      'https://partner.example/offerings/archive',
    ])
  })

  it('refuses a credential whose claims changed after signing, storing nothing', async () => {
    const signed = await sign(
      tagusParticipant(DID, { id: 'https://partner.example/credentials/p2' }),
    )
    const tampered = {
      ...signed,
      credentialSubject: { ...(signed.credentialSubject as Json), 'gx:legalName': 'Autre SAS' },
    }
    const problem = await expectProblem(
      await onboard(await vpJwt([tampered])),
      422,
      'credential-rejected',
    )
    expect(codes(problem.errors)).toContain('signature-invalid')
  })

  it('refuses a key whose chain does not reach the operator’s anchors', async () => {
    const other = await createPki(keys)
    const detached = await createTestNode({
      env: {
        GXC_ONBOARDING: 'open',
        GXC_TRUST_ANCHORS_PEM: pemOf(other.root.certificate),
      },
      didDocuments: [
        {
          ...(await didDocument(DID, keys.publicKey, 'PS256', {
            x5c: x5cOf(pki.leaf.certificate, pki.intermediate.certificate),
          })),
          authentication: [KID],
        },
      ],
    })
    const vp = await vpJwt(
      [await sign(tagusParticipant(DID)), await sign(registrationNumber())],
      detached,
    )
    const res = await onboard(vp, detached)
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(codes(problem.errors)).toContain('certificate-untrusted')
    detached.close()
  })
})
