import { describe, expect, it } from 'vitest'
import { didWebFromUrl } from './did.js'
import { generateKeyMaterial, keyMaterialFromSecret } from './keys.js'

describe('node keys', () => {
  it('rebuilds the public key from the secret key alone', async () => {
    const material = await generateKeyMaterial()
    expect(await keyMaterialFromSecret(material.secretKeyMultibase)).toEqual(material)
  })

  it('refuses a secret that is not an Ed25519 Multikey secret key', async () => {
    const { publicKeyMultibase } = await generateKeyMaterial()
    await expect(keyMaterialFromSecret(publicKeyMultibase)).rejects.toThrow(/not an Ed25519/)
    await expect(keyMaterialFromSecret('z0OIl')).rejects.toThrow(/base58/)
  })
})

describe('didWebFromUrl', () => {
  it('percent-encodes the port and maps path segments to colons', () => {
    expect(didWebFromUrl('http://127.0.0.1:8787')).toBe('did:web:127.0.0.1%3A8787')
    expect(didWebFromUrl('https://catalogue.bleu.fr')).toBe('did:web:catalogue.bleu.fr')
    expect(didWebFromUrl('https://bleu.fr/gaia-x/catalogue')).toBe(
      'did:web:bleu.fr:gaia-x:catalogue',
    )
  })
})
