import canonicalize from 'canonicalize'

/**
 * API.md's credential hash: `sha256-<hex>` of the RFC 8785 (JCS) form of a JSON-LD credential, or
 * of the compact JWT string for a VC-JWT. Stable across nodes, so it is the storage key.
 *
 * @example
 * await credentialHash({ '@context': [...], type: ['VerifiableCredential'], ... }) // 'sha256-9f…'
 */
export async function credentialHash(credential: object | string): Promise<string> {
  const text = typeof credential === 'string' ? credential : canonicalize(credential)
  if (text === undefined) throw new TypeError('credential cannot be serialised as JSON')
  return `sha256-${await sha256Hex(text)}`
}

/** Hex SHA-256 (see `sha256`). */
export async function sha256Hex(text: string | Uint8Array): Promise<string> {
  let hex = ''
  for (const byte of await sha256(text)) hex += byte.toString(16).padStart(2, '0')
  return hex
}

type NodeCrypto = {
  createHash(algorithm: 'sha256'): { update(data: string | Uint8Array): { digest(): Uint8Array } }
}

// Node's own hash where the runtime has one: a WebCrypto digest on Node is a job for libuv's
// threads and a promise, ~45 µs of CPU for a credential's few kilobytes where node:crypto takes
// ~6 µs, and each credential is hashed three times on its way in. workerd, without
// nodejs_compat, has WebCrypto only (and runs its digest in place).
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?(id: string): unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined

/**
 * SHA-256 of `text` (UTF-8) or of `bytes`, the same on both runtimes.
 *
 * @example
 * await sha256('abc') // Uint8Array(32) [0xba, 0x78, …]
 */
export async function sha256(text: string | Uint8Array): Promise<Uint8Array> {
  if (nodeCrypto) {
    const digest = nodeCrypto.createHash('sha256').update(text).digest()
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength)
  }
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
}
