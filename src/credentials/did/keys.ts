import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import type { Ed25519KeyPair } from '@digitalbazaar/ed25519-multikey'
import * as base58 from 'base58-universal'

/** An Ed25519 key as the node keeps it: the Multikey multibase encodings. */
export type KeyMaterial = { publicKeyMultibase: string; secretKeyMultibase: string }

/** A key bound to one DID: what signers need (the verification method id is the proof's `verificationMethod`). */
export type SigningKey = { did: string; verificationMethod: string; keyPair: Ed25519KeyPair }

// multicodec varint prefix of `ed25519-priv` (0x1300), as Multikey's secretKeyMultibase carries it
const ED25519_PRIV_HEADER = [0x80, 0x26]

/**
 * Creates a fresh Ed25519 key.
 *
 * @example
 * const { publicKeyMultibase, secretKeyMultibase } = await generateKeyMaterial()
 */
export async function generateKeyMaterial(): Promise<KeyMaterial> {
  const keyPair = await Ed25519Multikey.generate()
  return {
    publicKeyMultibase: keyPair.publicKeyMultibase,
    secretKeyMultibase: keyPair.secretKeyMultibase!,
  }
}

/**
 * Rebuilds the full key from its secretKeyMultibase alone (the form an operator passes as a
 * secret): the secret key holds the 32-byte seed the public key derives from.
 *
 * @example
 * const key = await keyMaterialFromSecret(config.nodeKey)
 */
export async function keyMaterialFromSecret(secretKeyMultibase: string): Promise<KeyMaterial> {
  // base58-universal answers undefined, not an error, for characters outside the alphabet
  const bytes: Uint8Array | undefined = base58.decode(secretKeyMultibase.slice(1))
  if (!bytes) throw new TypeError('the secret key is not base58btc multibase')
  const valid =
    secretKeyMultibase.startsWith('z') &&
    bytes.length === 66 &&
    bytes[0] === ED25519_PRIV_HEADER[0] &&
    bytes[1] === ED25519_PRIV_HEADER[1]
  if (!valid) throw new TypeError('the secret key is not an Ed25519 Multikey secret key')
  const keyPair = await Ed25519Multikey.generate({ seed: bytes.slice(2, 34) })
  return { publicKeyMultibase: keyPair.publicKeyMultibase, secretKeyMultibase }
}

/**
 * Binds key material to a DID. The verification method id is `<did>#<fragment>`; for did:key the
 * fragment is the public key itself, as the did:key method defines it.
 *
 * @example
 * const key = await signingKey(material, 'did:web:catalogue.bleu.fr', 'key-1')
 */
export async function signingKey(
  material: KeyMaterial,
  did: string,
  fragment = material.publicKeyMultibase,
): Promise<SigningKey> {
  const verificationMethod = `${did}#${fragment}`
  const keyPair = await Ed25519Multikey.from({
    type: 'Multikey',
    id: verificationMethod,
    controller: did,
    ...material,
  })
  return { did, verificationMethod, keyPair }
}

/** The did:key of an Ed25519 public key (multibase `z6Mk…`). */
export function didKeyOf(publicKeyMultibase: string): string {
  return `did:key:${publicKeyMultibase}`
}
