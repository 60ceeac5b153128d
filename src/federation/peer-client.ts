// The node's only outbound connections of its own: GETs of the peers the operator registered, at
// URLs built from the peer's registered base (never from what a peer or a partner sends), each
// bounded in time and size so a peer that hangs, drips or floods costs this node nothing more.
import { readCapped } from '../credentials/did/remote-fetch.js'

export type PeerClientOptions = {
  /** Over the whole exchange, headers and body. */
  timeoutMs: number
  maxBytes: number
}

export type PeerAnswer =
  { ok: true; value: unknown } | { ok: false; reason: string; timedOut?: boolean }

/** GETs a peer URL as JSON, within the options' bounds. */
export type PeerClient = (url: string) => Promise<PeerAnswer>

/**
 * A peer client over `fetchImpl` (the runtime's fetch by default). Redirects are not followed: a
 * peer's feed lives where the operator registered it.
 *
 * @example
 * const get = createPeerClient({ timeoutMs: 5000, maxBytes: 16 << 20 })
 * const answer = await get('https://catalogue.example.eu/api/v1/federation/events?after=0')
 */
export function createPeerClient(
  options: PeerClientOptions,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): PeerClient {
  return async (url) => {
    const signal = AbortSignal.timeout(options.timeoutMs)
    try {
      const response = await fetchImpl(url, {
        redirect: 'manual',
        signal,
        headers: { Accept: 'application/json' },
      })
      if (!response.ok) {
        await response.body?.cancel()
        return { ok: false, reason: `the peer answered ${response.status}` }
      }
      const text = await readCapped(response, options.maxBytes)
      if (text === undefined)
        return { ok: false, reason: `the answer exceeds ${options.maxBytes} bytes` }
      try {
        return { ok: true, value: JSON.parse(text) as unknown }
      } catch {
        return { ok: false, reason: 'the answer is not JSON' }
      }
    } catch (error) {
      const timedOut = signal.aborted || (error as Error)?.name === 'TimeoutError'
      return timedOut
        ? { ok: false, reason: `no answer within ${options.timeoutMs} ms`, timedOut }
        : { ok: false, reason: 'the peer cannot be reached' }
    }
  }
}
