// The index's concept tokens typed into an offering's own text (search-tokens.ts): the offering
// is found as its words say, no more, and relevance still puts every match in one tier, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conceptToken } from '../../src/catalogue/search-terms.js'
import { nameConceptToken } from '../../src/store/search-tokens.js'
import { indexRow } from '../helpers/index-rows.js'
import { createTestNode } from '../helpers/test-node.js'

type Answer = { items: { id: string }[]; total: number; next: string | null }

let node: Awaited<ReturnType<typeof createTestNode>>

const offering = (key: string, name: string, description: string) =>
  indexRow(key, { name, description })

const OFFERINGS = {
  'name-token': offering('name-token', `Cloud ${nameConceptToken('HDS')}`, 'Rien de plus.'),
  token: offering('token', `Cloud ${conceptToken('HDS')}`, 'Rien de plus.'),
  'name-token-and-text': offering(
    'name-token-and-text',
    `Cloud ${nameConceptToken('HDS')} bis`,
    'Certifié HDS.',
  ),
  named: offering('named', 'Santé HDS', 'Rien de plus.'),
  described: offering('described', 'Dossiers', 'Hébergement de données de santé.'),
  unrelated: offering('unrelated', 'Stockage', 'Rien de plus.'),
}

async function pages(query: string): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = []
  let cursor: string | null = null
  let total = 0
  do {
    const res = await node.app.request(
      `/api/v1/offerings?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
    )
    expect(res.status).toBe(200)
    const answer = (await res.json()) as Answer
    ids.push(...answer.items.map((item) => item.id.split('/').pop()!))
    total = answer.total
    cursor = answer.next
  } while (cursor)
  return { ids, total }
}

beforeAll(async () => {
  node = await createTestNode()
  await node.ctx.store.writeIndex(Object.values(OFFERINGS).map((row) => ({ offering: row })))
})
afterAll(() => node.close())

describe('GET /api/v1/offerings: concept tokens typed into an offering', () => {
  it('find what the words and the tokens say, each match once in relevance order', async () => {
    const byName = await pages('q=HDS&sort=name')
    expect([...byName.ids].sort()).toEqual(['described', 'name-token-and-text', 'named', 'token'])
    const byRelevance = await pages('q=HDS')
    expect([...byRelevance.ids].sort()).toEqual([...byName.ids].sort())
    expect(byRelevance.total).toBe(4)
    // named first; a name token typed in alone does not name the entry: that offering ranks as
    // its description, with the others found there, in the order they came
    expect(byRelevance.ids).toEqual(['named', 'token', 'name-token-and-text', 'described'])
  })
})
