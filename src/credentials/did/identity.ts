import { didDocumentFor, didWebFromUrl, type DidDocument } from './did.js'
import { didKeyOf, signingKey, type KeyMaterial, type SigningKey } from './keys.js'

/** The node's own identity: one Ed25519 key, known as its did:web and as the equivalent did:key. */
export type NodeIdentity = {
  did: string
  didKey: string
  publicKeyMultibase: string
  didDocument: DidDocument
  /** Signs as the did:web (what Bleu's catalogue is issued with). */
  webKey: SigningKey
  /** Signs as the did:key, which anyone resolves offline. */
  keyKey: SigningKey
}

const WEB_KEY_FRAGMENT = 'key-1'

/**
 * Derives the node's DIDs and DID document from its key and public URL.
 *
 * @example
 * const identity = await createNodeIdentity(material, 'https://catalogue.bleu.fr')
 * identity.did // 'did:web:catalogue.bleu.fr'
 */
export async function createNodeIdentity(
  material: KeyMaterial,
  publicUrl: string,
): Promise<NodeIdentity> {
  const did = didWebFromUrl(publicUrl)
  const didKey = didKeyOf(material.publicKeyMultibase)
  return {
    did,
    didKey,
    publicKeyMultibase: material.publicKeyMultibase,
    didDocument: didDocumentFor(did, material.publicKeyMultibase, {
      fragment: WEB_KEY_FRAGMENT,
      alsoKnownAs: [didKey],
    }),
    webKey: await signingKey(material, did, WEB_KEY_FRAGMENT),
    keyKey: await signingKey(material, didKey),
  }
}
