// Node only: the operator's trust anchor bundle (GXC_TRUST_ANCHORS, a PEM file such as the Gaia-X
// registry's list) read once at start, so a missing or bad file stops the node instead of every
// JsonWebSignature2020 credential failing later.
import { readFileSync } from 'node:fs'
import type { Config } from '../config.js'
import { parseTrustAnchors, type TrustAnchors } from '../credentials/jws-2020/x509.js'
import { ConfigError } from '../errors.js'

/**
 * The anchors of `GXC_TRUST_ANCHORS` (a file), else of `GXC_TRUST_ANCHORS_PEM` (the text), else none.
 *
 * @example
 * const ctx = createContext(config, { store, identity, trustAnchors: loadTrustAnchors(config) })
 */
export function loadTrustAnchors(config: Pick<Config, 'trustAnchors'>): TrustAnchors {
  const { path, pem } = config.trustAnchors
  if (path === undefined) return parseTrustAnchors(pem)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (cause) {
    throw new ConfigError(
      `Invalid configuration:\n  GXC_TRUST_ANCHORS: cannot read ${path} (${(cause as Error).message})`,
      { cause },
    )
  }
  return parseTrustAnchors(text)
}
