// On Workers a timer belongs to the request that set it and ends with it: a chain of turns that
// one request started would stop when that request ends and leave the other waiters hanging. So
// there every waiter defers its own turn, and what was deferred before it runs in between.
import { expect, it } from 'vitest'
import { nextTurn } from '../../src/turns.js'

it('resumes each waiter on a deferral of its own, none on another request’s', async () => {
  expect((globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent).toBe(
    'Cloudflare-Workers',
  )
  const later =
    (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate ??
    ((callback: () => void) => setTimeout(callback, 0))
  const order: string[] = []
  const waiters = ['a', 'b', 'c'].map((name) => nextTurn().then(() => order.push(name)))
  const other = new Promise<void>((resolve) =>
    later(() => {
      order.push('other')
      resolve()
    }),
  )
  await Promise.all([...waiters, other])
  // on Node (src/turns.test.ts): a, other, b, c
  expect(order).toEqual(['a', 'b', 'c', 'other'])
})
