// Prototype pollution through JSON-LD: jsonld 9 keeps node maps in plain objects keyed by node
// ids, so an id resolving to `__proto__` wrote `@id` and `@type` onto Object.prototype for the
// whole process (found by the corpus: every later answer of the node then failed), and
// `constructor` onto Object. The node refuses `__proto__` before any JSON-LD work, and the
// process runs with those intrinsics frozen (src/harden.ts, applied here by the test setup as by
// the entries), so whatever slips past fails alone.
import jsonld from 'jsonld'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocumentLoader } from '../../src/credentials/document-loader.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  codes,
  expectProblem,
  newPartner,
  OPEN_NODE_ENV,
  post,
  sign,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

let node: TestNode
beforeAll(async () => {
  node = await createTestNode({ env: { ...OPEN_NODE_ENV, GXC_RATE_LIMIT: 'off' } })
})
afterAll(() => node.close())

function pristine() {
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(Object.keys(Object)).toEqual([])
}

describe('prototype pollution through node ids', () => {
  it.each(['__proto__', './__proto__', 'a/../__proto__', 'https://x.example/__proto__'])(
    'refuses %s anywhere in a document, before any JSON-LD work',
    async (id) => {
      const partner = await newPartner()
      const credential = partnerOffering(partner.did, 'proto', {
        subject: { 'gx:dependsOn': { id } },
      })
      for (const [path, body] of [
        ['/api/v1/validate', credential],
        ['/credentials/verify', { verifiableCredential: credential }],
      ] as const) {
        const problem = await expectProblem(await post(node, path, body), 400, 'bad-request')
        expect(codes(problem.errors)).toEqual(['name-reserved'])
      }
      pristine()
    },
  )

  it('answers, and stays whole, for ids naming the other members of Object', async () => {
    const partner = await newPartner()
    for (const id of ['constructor', './constructor', 'hasOwnProperty', 'toString', 'valueOf']) {
      const signed = await sign(
        node,
        partner,
        partnerOffering(partner.did, 'proto', { subject: { 'gx:dependsOn': { id: 'urn:x' } } }),
      )
      signed.credentialSubject['gx:dependsOn'] = { id }
      for (const [path, body] of [
        ['/api/v1/validate', signed],
        ['/credentials/verify', { verifiableCredential: signed }],
      ] as const) {
        expect((await post(node, path, body)).status).toBeLessThan(500)
      }
    }
    pristine()
    expect((await node.app.request('/healthz')).status).toBe(200)
  })

  it('leaves Object.prototype alone even where a processor is handed such an id directly', async () => {
    const document = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#'],
      type: ['VerifiableCredential'],
      issuer: 'did:key:z6Mk',
      credentialSubject: { id: 'https://x.example/s', 'gx:dependsOn': { id: './__proto__' } },
    }
    await expect(
      jsonld.toRDF(document, { documentLoader: createDocumentLoader() }),
    ).rejects.toThrow(TypeError)
    pristine()
  })
})
