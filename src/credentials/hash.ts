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

/** Hex SHA-256 through WebCrypto, the digest both runtimes (Node, workerd) share. */
export async function sha256Hex(text: string | Uint8Array): Promise<string> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return hex
}
