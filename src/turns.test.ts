import { expect, it } from 'vitest'
import { nextTurn } from './turns.js'

it('resumes what waits for a turn one per turn of the event loop, in the order it came', async () => {
  const order: string[] = []
  const waiters = ['a', 'b', 'c'].map((name) => nextTurn().then(() => order.push(name)))
  // what else the loop has to do, queued after them: it runs before the second one resumes
  setImmediate(() => order.push('other'))
  await Promise.all(waiters)
  expect(order).toEqual(['a', 'other', 'b', 'c'])
})
