// A local search's answer is kept per catalogue version and named by its ETag: asked again with
// If-None-Match it is a 304 until a write moves the version, and no node serves another's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  revoke,
  sign,
  submit,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

let node: TestNode
let other: TestNode
let alice: SigningKey

beforeAll(async () => {
  ;[node, other] = await Promise.all([
    createTestNode({ env: OPEN_NODE_ENV }),
    createTestNode({ env: OPEN_NODE_ENV }),
  ])
  alice = await newPartner()
  expect((await onboard(node, alice)).status).toBe(201)
  expect((await publish('first')).status).toBe(201)
})
afterAll(() => {
  node.close()
  other.close()
})

const SEARCH = '/api/v1/offerings?q=Offre'

async function publish(slug: string): Promise<Response> {
  return submit(node, alice, [await sign(node, alice, partnerOffering(alice.did, slug))])
}

function search(on: TestNode, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(on.app.request(SEARCH, { headers }))
}

describe('a search answer named by its ETag', () => {
  it('is the same bytes under the same tag while nothing is written', async () => {
    const [a, b] = [await search(node), await search(node)]
    expect(a.status).toBe(200)
    expect(a.headers.get('ETag')).toMatch(/^"\d+-[0-9a-f]{24}"$/)
    expect(b.headers.get('ETag')).toBe(a.headers.get('ETag'))
    expect(a.headers.get('Cache-Control')).toBe('no-cache')
    expect(a.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(await b.text()).toBe(await a.text())
  })

  it('is a 304 with no body for a client that holds it, weak tags and lists included', async () => {
    const etag = (await search(node)).headers.get('ETag')!
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await search(node, { 'If-None-Match': header })
      expect(res.status, header).toBe(304)
      expect(await res.text()).toBe('')
      expect(res.headers.get('ETag')).toBe(etag)
    }
  })

  it('is answered whole for a tag it does not name', async () => {
    for (const header of ['"0-000000000000000000000000"', 'garbage', '']) {
      const res = await search(node, { 'If-None-Match': header })
      expect(res.status, header).toBe(200)
      expect((await res.json()).total).toBe(1)
    }
  })

  it('changes when a write changes what the search reads, and the old tag gets the new answer', async () => {
    const before = await search(node)
    const etag = before.headers.get('ETag')!
    expect((await publish('second')).status).toBe(201)
    const after = await search(node, { 'If-None-Match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('ETag')).not.toBe(etag)
    expect((await after.json()).total).toBe(2)

    const listed = (await (await search(node)).json()).items as { id: string }[]
    expect((await revoke(node, alice, listed[0]!.id)).status).toBe(200)
    expect((await (await search(node)).json()).total).toBe(1)
  })

  it('is never another node’s, even at the same catalogue version', async () => {
    const mine = await search(node)
    const theirs = await search(other)
    expect((await theirs.json()).total).toBe(0)
    expect(theirs.headers.get('ETag')).not.toBe(mine.headers.get('ETag'))
    const crossed = await search(other, { 'If-None-Match': mine.headers.get('ETag')! })
    expect(crossed.status).toBe(200)
  })

  it('is not kept for a federated search, which asks live peers', async () => {
    const res = await node.app.request(`${SEARCH}&scope=federation`)
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toBeNull()
  })
})
