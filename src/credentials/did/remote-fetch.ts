/**
 * The only way core code reaches the network: did:web documents and x5u certificate chains of
 * JsonWebSignature2020 issuers. Off unless the operator allow-lists hosts (`GXC_FETCH_ALLOW`),
 * because every fetch is steered by a document a stranger submitted (SSRF): https only, exact
 * host match, a timeout over the whole exchange, a byte cap read from the stream, redirects only
 * within the same allowed origin, and the content type checked. Workers-safe: fetch and streams.
 */

export type RemoteFetchPolicy = {
  /** Lower-case host names (port 443) or `host:port` that may be fetched; empty turns fetching off. */
  allowHosts: readonly string[]
  timeoutMs: number
  maxBytes: number
}

/** Why a fetch gave nothing; each reason becomes part of a finding, never an exception. */
export type RemoteFetchRefusal =
  | 'fetch-disabled'
  | 'host-not-allowed'
  | 'insecure-url'
  | 'redirect-refused'
  | 'timeout'
  | 'too-large'
  | 'bad-status'
  | 'bad-content-type'
  | 'network-error'

export type RemoteFetchResult =
  { ok: true; url: string; text: string } | { ok: false; url: string; reason: RemoteFetchRefusal }

/** Fetches `url` as text if the policy allows it and its media type is one of `accept`. */
export type RemoteFetch = (url: string, accept: readonly string[]) => Promise<RemoteFetchResult>

const MAX_REDIRECTS = 3

/** The policy a node runs with when the operator allows nothing: every URL is refused. */
export const FETCH_DISABLED: RemoteFetchPolicy = {
  allowHosts: [],
  timeoutMs: 3000,
  maxBytes: 65536,
}

/**
 * Whether `url` may be fetched under `policy`, without fetching it.
 *
 * @example
 * checkRemoteUrl('https://gaia-x.eu/.well-known/did.json', policy) // undefined when allowed
 */
export function checkRemoteUrl(
  url: string,
  policy: RemoteFetchPolicy,
): RemoteFetchRefusal | undefined {
  if (policy.allowHosts.length === 0) return 'fetch-disabled'
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'insecure-url'
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return 'insecure-url'
  // `host` carries the port unless it is https's own: an entry without a port allows 443 only
  const host = parsed.host.toLowerCase()
  const allowed = policy.allowHosts.some((h) => h.replace(/:443$/, '') === host)
  return allowed ? undefined : 'host-not-allowed'
}

/**
 * A `RemoteFetch` bound to a policy and a fetch implementation (the runtime's by default; tests
 * pass one for a local server).
 *
 * @example
 * const fetchRemote = createRemoteFetch({ allowHosts: ['gaia-x.eu'], timeoutMs: 3000, maxBytes: 65536 })
 * const result = await fetchRemote('https://gaia-x.eu/.well-known/did.json', ['application/did+json'])
 */
export function createRemoteFetch(
  policy: RemoteFetchPolicy,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): RemoteFetch {
  return async (url, accept) => {
    const refused = checkRemoteUrl(url, policy)
    if (refused) return { ok: false, url, reason: refused }
    const signal = AbortSignal.timeout(policy.timeoutMs)
    try {
      return await fetchFollowing(url, accept, policy, fetchImpl, signal)
    } catch (error) {
      const timedOut = signal.aborted || (error as Error)?.name === 'TimeoutError'
      return { ok: false, url, reason: timedOut ? 'timeout' : 'network-error' }
    }
  }
}

async function fetchFollowing(
  first: string,
  accept: readonly string[],
  policy: RemoteFetchPolicy,
  fetchImpl: typeof fetch,
  signal: AbortSignal,
): Promise<RemoteFetchResult> {
  const origin = new URL(first).origin
  let url = first
  for (let hop = 0; ; hop++) {
    const response = await fetchImpl(url, {
      redirect: 'manual',
      signal,
      headers: { Accept: accept.join(', ') },
    })
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel()
      const location = response.headers.get('Location')
      // a redirect may not leave the allow-listed origin, even towards another allowed host:
      // the DID or x5u URL the issuer published names exactly where its keys live
      const next = location ? new URL(location, url).toString() : undefined
      if (!next || hop >= MAX_REDIRECTS || new URL(next).origin !== origin) {
        return { ok: false, url: first, reason: 'redirect-refused' }
      }
      url = next
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      return { ok: false, url: first, reason: 'bad-status' }
    }
    const type = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (!accept.includes(type)) {
      await response.body?.cancel()
      return { ok: false, url: first, reason: 'bad-content-type' }
    }
    const text = await readCapped(response, policy.maxBytes)
    return text === undefined
      ? { ok: false, url: first, reason: 'too-large' }
      : { ok: true, url: first, text }
  }
}

/**
 * The body as UTF-8, or undefined once it exceeds `maxBytes` (the rest is never read).
 *
 * @example
 * const text = await readCapped(response, 65_536) // undefined past 64 KiB
 */
export async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<string | undefined> {
  const declared = Number(response.headers.get('Content-Length') ?? NaN)
  if (declared > maxBytes) {
    await response.body?.cancel()
    return undefined
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

/**
 * The URL of a did:web DID's document (did:web method spec §3.2): `%3A` in the host is a port,
 * `:` separates path segments, no path means `/.well-known/did.json`. Undefined for other DIDs,
 * and for empty, `.` or `..` segments, which would resolve to another path of the same host.
 *
 * @example
 * didWebDocumentUrl('did:web:registration.lab.gaia-x.eu:v1') // 'https://registration.lab.gaia-x.eu/v1/did.json'
 */
export function didWebDocumentUrl(did: string): string | undefined {
  if (!did.startsWith('did:web:')) return undefined
  const [host, ...path] = did.slice('did:web:'.length).split('#', 1)[0]!.split(':')
  try {
    const authority = decodeURIComponent(host ?? '')
    if (!authority || /[/?#@\\]/.test(authority)) return undefined
    const decoded = path.map((s) => decodeURIComponent(s))
    // a `.` or `..` segment would make the URL name another path of the host than the DID does
    if (decoded.some((s) => s === '' || s === '.' || s === '..')) return undefined
    const segments = decoded.map((s) => encodeURIComponent(s))
    const route = segments.length > 0 ? `/${segments.join('/')}/did.json` : '/.well-known/did.json'
    return new URL(`https://${authority}${route}`).toString()
  } catch {
    // bad percent-encoding or an impossible host
    return undefined
  }
}
