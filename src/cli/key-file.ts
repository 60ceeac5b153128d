// A partner's key file (`gxc keys new`): an Ed25519 Multikey bound to a DID (did:key, or the
// did:web whose document `keys new --did-web` writes beside it), and what signs with it: Data
// Integrity proofs (src/credentials/data-integrity/sign.ts) and JWTs (VC-JWT, VP-JWT).
import * as base58 from 'base58-universal'
import { CompactSign, base64url, importJWK } from 'jose'
import { statSync } from 'node:fs'
import {
  didKeyOf,
  keyMaterialFromSecret,
  signingKey,
  type KeyMaterial,
  type SigningKey,
} from '../credentials/did/keys.js'
import { readText } from './documents.js'
import { CliError, type Output } from './output.js'

export type KeyFile = {
  type: 'Multikey'
  did: string
  verificationMethod: string
  publicKeyMultibase: string
  secretKeyMultibase: string
}

/** A key ready to sign: Data Integrity with `signing`, JWTs with `signJwt`. */
export type PartnerKey = {
  did: string
  verificationMethod: string
  signing: SigningKey
  signJwt(payload: object, header: Record<string, unknown>): Promise<string>
}

/** The fragment of a did:web key: the one `didDocumentFor` is given. */
export const DID_WEB_FRAGMENT = 'key-1'

export function keyFileOf(material: KeyMaterial, didWeb?: string): KeyFile {
  const did = didWeb ?? didKeyOf(material.publicKeyMultibase)
  const fragment = didWeb ? DID_WEB_FRAGMENT : material.publicKeyMultibase
  return { type: 'Multikey', did, verificationMethod: `${did}#${fragment}`, ...material }
}

/** Reads a key file; anything but a gxc key file stops the command (exit 2). */
export async function readKey(out: Output, file: string): Promise<PartnerKey> {
  const text = readText(out, file)
  const bad = (reason: string) =>
    new CliError(2, out.t('key.unusable', { file, reason }), [], 'key-unusable')
  let stored: Partial<KeyFile>
  try {
    stored = JSON.parse(text) as Partial<KeyFile>
  } catch {
    throw bad(out.t('key.not-json'))
  }
  if (typeof stored.secretKeyMultibase !== 'string') throw bad(out.t('key.no-secret'))
  let material: KeyMaterial
  try {
    material = await keyMaterialFromSecret(stored.secretKeyMultibase)
  } catch (error) {
    throw bad((error as Error).message)
  }
  const did = typeof stored.did === 'string' ? stored.did : didKeyOf(material.publicKeyMultibase)
  if (did.startsWith('did:key:') && did !== didKeyOf(material.publicKeyMultibase)) {
    throw bad(out.t('key.did-mismatch', { did }))
  }
  const method =
    typeof stored.verificationMethod === 'string'
      ? stored.verificationMethod
      : `${did}#${did.startsWith('did:key:') ? material.publicKeyMultibase : DID_WEB_FRAGMENT}`
  if (!method.startsWith(`${did}#`)) throw bad(out.t('key.method-mismatch', { did }))
  warnIfShared(out, file)
  const signing = await signingKey(material, did, method.slice(did.length + 1))
  const privateKey = await importJWK(
    {
      kty: 'OKP',
      crv: 'Ed25519',
      x: base64url.encode(multibaseBytes(material.publicKeyMultibase).slice(2)),
      d: base64url.encode(multibaseBytes(material.secretKeyMultibase).slice(2, 34)),
    },
    'EdDSA',
  )
  return {
    did,
    verificationMethod: method,
    signing,
    signJwt: (payload, header) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: 'EdDSA', kid: method, ...header })
        .sign(privateKey),
  }
}

function multibaseBytes(value: string): Uint8Array {
  const bytes: Uint8Array | undefined = base58.decode(value.slice(1))
  if (!bytes) throw new TypeError('not base58btc multibase')
  return bytes
}

// A key others may read may already be copied: say so, as the node does for its own key.
function warnIfShared(out: Output, file: string): void {
  if (process.platform === 'win32') return
  const mode = statSync(file).mode & 0o777
  if ((mode & 0o077) !== 0) {
    out.warn(out.t('key.shared', { file, mode: mode.toString(8).padStart(4, '0') }))
  }
}
