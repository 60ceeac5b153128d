import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import * as base58 from 'base58-universal'
import jsonld from 'jsonld'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  bleuCatalogue,
  partnerCatalogue,
  partnerProfiles,
  type UnsignedCredential,
} from '../../../seed/catalogue-data.js'
import {
  newDidKey,
  offeringCredential,
  offeringCredentialV1,
} from '../../../test/helpers/credentials.js'
import {
  DATA_INTEGRITY_V2_CONTEXT,
  DID_V1_CONTEXT,
  GAIA_X_DEVELOPMENT_CONTEXT,
  GAIA_X_LOIRE_CONTEXT,
  GAIA_X_TAGUS_CONTEXT,
  MULTIKEY_V1_CONTEXT,
  VC_UNDEFINED_TERMS_V2_CONTEXT,
  VC_V2_CONTEXT,
} from '../contexts.js'
import { createDidResolver, type DidDocument } from '../did/did.js'
import { createDocumentLoader, type DocumentLoader } from '../document-loader.js'
import { proofConfigNQuads, verifyDataIntegrityFast, type StandardProof } from './fast-verify.js'
import { createNodeIdentity, type NodeIdentity } from '../did/identity.js'
import { generateKeyMaterial, type SigningKey } from '../did/keys.js'
import { signCredential } from './sign.js'
import { signingSuite } from './suites.js'
import { verifyCredential, type VerifyResult } from './verify.js'

const now = new Date('2026-11-28T12:00:00Z')
const validity = { validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-06-01T00:00:00Z' }
type Credential = Record<string, unknown> & { proof: Record<string, unknown> }

let identity: NodeIdentity
let loader: DocumentLoader
let key: SigningKey

beforeAll(async () => {
  identity = await createNodeIdentity(await generateKeyMaterial(), 'https://catalogue.bleu.fr')
  loader = loaderHolding(identity.didDocument)
  key = await newDidKey()
})

function loaderHolding(...documents: DidDocument[]): DocumentLoader {
  return createDocumentLoader({
    resolveDid: createDidResolver(async (did) => documents.find((d) => d.id === did)),
  })
}

function sign(credential: object, signer = key, using = loader): Promise<Credential> {
  return signCredential(credential, { key: signer, loader: using, date: now })
}

/** A proof with exactly the given fields, signed by the library (signCredential sets its own). */
async function signWithProof(credential: object, proof: object, signer = key): Promise<Credential> {
  const suite = new DataIntegrityProof({
    signer: signer.keyPair.signer(),
    cryptosuite: eddsaRdfc2022,
  })
  Object.assign(suite, { proof })
  const signed = await vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader: loader,
    now,
  })
  return signed as Credential
}

type Outcome = { library: VerifyResult; fast: VerifyResult | undefined }

/**
 * Runs both verifiers as the pipeline would: the library on the credential, the fast path on the
 * pipeline's expansion of it without its proof. When that expansion fails the pipeline has only
 * the library's verdict, so the fast path counts as having fallen back.
 */
async function both(
  credential: Record<string, unknown>,
  options: { at?: Date; using?: DocumentLoader } = {},
): Promise<Outcome> {
  const { at = now, using = loader } = options
  const library = await verifyCredential(credential, { loader: using, now: at })
  let expanded: object[]
  try {
    const { proof: _proof, ...claims } = credential
    expanded = await jsonld.expand(claims, { documentLoader: using, safe: true })
  } catch {
    return { library, fast: undefined }
  }
  const fast = await verifyDataIntegrityFast(credential, expanded, { loader: using, now: at })
  if (fast !== undefined) expect(fast).toEqual(library)
  return { library, fast }
}

const codes = (result: VerifyResult | undefined) => result?.errors.map((e) => e.code)

describe('verifyDataIntegrityFast', () => {
  describe('agrees with verifyCredential on valid credentials', () => {
    it('verifies credentials signed with several did:key issuers', async () => {
      for (let i = 0; i < 4; i++) {
        const issuer = await newDidKey()
        const signed = await sign(offeringCredential(issuer.did, { id: `urn:uuid:${i}` }), issuer)
        const { library, fast } = await both(signed)
        expect(library.verified).toBe(true)
        expect(fast).toEqual({ verified: true, proofType: 'eddsa-rdfc-2022', errors: [] })
      }
    })

    it('verifies the seed catalogue: Bleu under its did:web, partners under their did:keys', async () => {
      const bleu = bleuCatalogue(
        { did: identity.did, baseUrl: 'https://catalogue.bleu.fr' },
        validity,
      )
      const bundles: [UnsignedCredential[], SigningKey][] = [[all(bleu), identity.webKey]]
      for (const profile of partnerProfiles.slice(0, 2)) {
        const partner = await newDidKey()
        const baseUrl = `https://catalogue.bleu.fr/partners/${profile.key}`
        const bundle = partnerCatalogue(profile.key, { did: partner.did, baseUrl }, validity, {
          bleuOfferingIds: bleu.offeringIds,
        })
        bundles.push([all(bundle), partner])
      }
      let count = 0
      for (const [credentials, signer] of bundles) {
        for (const credential of credentials) {
          const { library, fast } = await both(await sign(credential, signer))
          expect(library.verified).toBe(true)
          expect(fast?.verified).toBe(true)
          count++
        }
      }
      expect(count).toBeGreaterThan(40)
    })

    it('verifies proofs that carry expires, domain, challenge and nonce, escaped as rdf-canonize does', async () => {
      const signed = await signWithProof(offeringCredential(key.did), {
        created: '2026-11-28T12:00:00.123+01:00',
        expires: '2027-01-01T00:00:00Z',
        domain: 'https://catalogue.bleu.fr',
        challenge: 'a "quoted" \\ back\nslash\t\u0001\u007f é 𝄞 \u2028',
        nonce: '',
      })
      expect(Object.keys(signed.proof)).toEqual(
        expect.arrayContaining(['expires', 'domain', 'challenge', 'nonce']),
      )
      const { library, fast } = await both(signed)
      expect(library.verified).toBe(true)
      expect(fast?.verified).toBe(true)
    })

    it('accepts validity bounds within vc’s 300 s clock skew, as the library does', async () => {
      const signed = await sign(offeringCredential(key.did))
      for (const offset of [-299, 299]) {
        const edge = offset < 0 ? validity.validFrom : validity.validUntil
        const at = new Date(Date.parse(edge) + offset * 1000)
        const { library, fast } = await both(signed, { at })
        expect(library.verified).toBe(true)
        expect(fast?.verified).toBe(true)
      }
    })
  })

  describe('agrees with verifyCredential on each failure', () => {
    it('rejects a tampered subject value', async () => {
      const signed = await sign(offeringCredential(key.did))
      ;(signed.credentialSubject as Record<string, unknown>)['schema:name'] = 'Another name'
      expect(codes((await both(signed)).fast)).toEqual(['signature-invalid'])
    })

    it('rejects a tampered envelope (validUntil pushed back)', async () => {
      const signed = await sign(offeringCredential(key.did))
      signed.validUntil = '2030-01-01T00:00:00Z'
      expect(codes((await both(signed)).fast)).toEqual(['signature-invalid'])
    })

    it('rejects a proof whose verification method was swapped for another key', async () => {
      const other = await newDidKey()
      const signed = await sign(offeringCredential(key.did))
      signed.proof.verificationMethod = other.verificationMethod
      expect(codes((await both(signed)).fast)).toEqual(['signature-invalid'])
    })

    it('rejects a credential whose issuer is not the controller of the signing key', async () => {
      const impostor = await newDidKey()
      const forged = (await vc.issue({
        credential: offeringCredential(key.did),
        suite: signingSuite(impostor, 'eddsa-rdfc-2022', now),
        documentLoader: loader,
        now,
      })) as Credential
      expect(codes((await both(forged)).fast)).toEqual(['proof-purpose-invalid'])
    })

    it('rejects a did:web key that its DID document does not list under assertionMethod', async () => {
      const signed = await sign(offeringCredential(identity.did), identity.webKey)
      const withoutAssertion = loaderHolding({ ...identity.didDocument, assertionMethod: [] })
      const { library, fast } = await both(signed, { using: withoutAssertion })
      expect(codes(library)).toEqual(['proof-purpose-invalid'])
      expect(codes(fast)).toEqual(['proof-purpose-invalid'])
    })

    it('rejects a wrong proofValue (another credential’s signature)', async () => {
      const signed = await sign(offeringCredential(key.did))
      const other = await sign(offeringCredential(key.did, { id: 'urn:uuid:other' }))
      signed.proof.proofValue = other.proof.proofValue
      expect(codes((await both(signed)).fast)).toEqual(['signature-invalid'])
    })

    it('rejects a proofValue that is missing or not multibase', async () => {
      const signed = await sign(offeringCredential(key.did))
      for (const proofValue of [undefined, '', 42, 'x3yz']) {
        const variant = structuredClone(signed)
        if (proofValue === undefined) delete variant.proof.proofValue
        else variant.proof.proofValue = proofValue
        const { library, fast } = await both(variant)
        expect(library.verified).toBe(false)
        expect(fast).toBeDefined()
      }
    })

    it('rejects a truncated, a random and a non-base58 proofValue as the library does', async () => {
      const signed = await sign(offeringCredential(key.did))
      const value = signed.proof.proofValue as string
      const random = `z${base58.encode(crypto.getRandomValues(new Uint8Array(64)))}`
      for (const proofValue of [
        value.slice(0, -3),
        random,
        `${value.slice(0, 10)}0OIl${value.slice(14)}`,
      ]) {
        const variant = structuredClone(signed)
        variant.proof.proofValue = proofValue
        const { library, fast } = await both(variant)
        expect(library.verified).toBe(false)
        expect(fast).toBeDefined()
      }
    })

    it('rejects a proof whose created date was changed', async () => {
      const signed = await sign(offeringCredential(key.did))
      signed.proof.created = '2026-11-28T12:00:01Z'
      expect(codes((await both(signed)).fast)).toEqual(['signature-invalid'])
    })

    it('reports a signed created that is not a dateTime as the library does', async () => {
      const signed = await signWithProof(offeringCredential(key.did), { created: 'yesterday' })
      const { library, fast } = await both(signed)
      expect(library.verified).toBe(false)
      expect(fast).toBeDefined()
    })

    it('rejects a proof whose purpose is authentication', async () => {
      const signed = await sign(offeringCredential(key.did))
      signed.proof.proofPurpose = 'authentication'
      expect(codes((await both(signed)).fast)).toEqual(['signature-invalid'])
    })

    it('rejects an expired and a not yet valid credential, outside the 300 s skew', async () => {
      const signed = await sign(offeringCredential(key.did))
      const late = new Date(Date.parse(validity.validUntil) + 301_000)
      const early = new Date(Date.parse(validity.validFrom) - 301_000)
      expect(codes((await both(signed, { at: late })).fast)).toEqual(['credential-expired'])
      expect(codes((await both(signed, { at: early })).fast)).toEqual(['credential-not-yet-valid'])
    })

    it('rejects a credential from a did:web the node does not hold', async () => {
      const stranger = await createNodeIdentity(
        await generateKeyMaterial(),
        'https://stranger.example.eu',
      )
      const signed = await sign(
        offeringCredential(stranger.did),
        stranger.webKey,
        loaderHolding(stranger.didDocument),
      )
      expect(codes((await both(signed)).fast)).toEqual(['verification-method-unresolvable'])
    })

    it('does not carry a did:key resolution over to a loader that cannot resolve it', async () => {
      const signed = await sign(offeringCredential(key.did))
      expect((await both(signed)).fast?.verified).toBe(true)
      const { library, fast } = await both(signed, { using: createDocumentLoader() })
      expect(codes(library)).toEqual(['verification-method-unresolvable'])
      expect(codes(fast)).toEqual(['verification-method-unresolvable'])
    })

    it('reports envelope errors (no issuer, a validFrom that is no date) as the library does', async () => {
      const signed = await sign(offeringCredential(key.did))
      const { issuer: _issuer, ...withoutIssuer } = structuredClone(signed)
      expect(codes((await both(withoutIssuer)).fast)).toEqual(['credential-malformed'])
      const undated = { ...structuredClone(signed), validFrom: 'soon' }
      expect(codes((await both(undated)).fast)).toEqual(['credential-malformed'])
    })

    it('leaves a credential with an unknown context to the library, even given a stale expansion', async () => {
      const signed = await sign(offeringCredential(key.did))
      const { proof: _proof, ...claims } = signed
      const stale = await jsonld.expand(claims, { documentLoader: loader, safe: true })
      signed['@context'] = [...(signed['@context'] as string[]), 'https://evil.example.com/ctx']
      const { library, fast } = await both(signed)
      expect(codes(library)).toEqual(['context-unknown'])
      expect(fast).toBeUndefined()
      expect(await verifyDataIntegrityFast(signed, stale, { loader, now })).toBeUndefined()
    })
  })

  describe('falls back outside the modelled shape', () => {
    it('returns undefined for VC 1.1, several proofs, unknown proof fields and credentialStatus', async () => {
      const v1 = await signCredential(offeringCredentialV1(key.did), {
        key,
        loader,
        format: 'Ed25519Signature2020',
        date: now,
      })
      const signed = await sign(offeringCredential(key.did))
      const cases: Record<string, unknown>[] = [
        v1,
        { ...signed, proof: [signed.proof, signed.proof] },
        { ...signed, proof: { ...signed.proof, id: 'urn:uuid:proof' } },
        { ...signed, proof: { ...signed.proof, previousProof: 'urn:uuid:p0' } },
        { ...signed, proof: { ...signed.proof, cryptosuite: 'ecdsa-rdfc-2019' } },
        { ...signed, credentialStatus: { type: 'BitstringStatusListEntry' } },
      ]
      for (const credential of cases) expect((await both(credential)).fast).toBeUndefined()
    })

    it('returns undefined when a later context makes `did` a prefix, which would change the signed IRI', async () => {
      const context = [VC_V2_CONTEXT, GAIA_X_LOIRE_CONTEXT, { did: 'https://evil.example/did#' }]
      const signed = await sign({ ...offeringCredential(key.did), '@context': context })
      const { library, fast } = await both(signed)
      // the library signed and verifies the remapped IRI; a fixed proof configuration would not
      expect(library.verified).toBe(true)
      expect(fast).toBeUndefined()
    })

    it('returns undefined for a did:web document that jsonld-signatures would frame', async () => {
      const signed = await sign(offeringCredential(identity.did), identity.webKey)
      const reordered = {
        ...identity.didDocument,
        '@context': [MULTIKEY_V1_CONTEXT, DID_V1_CONTEXT],
      }
      const { fast } = await both(signed, { using: loaderHolding(reordered) })
      expect(fast).toBeUndefined()
    })
  })

  describe('the VC 2.0 context’s protection of the proof terms', () => {
    const proof: StandardProof = {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2026-11-28T12:00:00Z',
      verificationMethod: 'did:key:z6MkExample#z6MkExample',
      proofPurpose: 'assertionMethod',
    }
    const canonical = (context: unknown[]) =>
      jsonld.canonize(
        { '@context': context, ...proof },
        {
          algorithm: 'RDFC-1.0',
          format: 'application/n-quads',
          documentLoader: loader,
          safe: true,
        },
      )

    it('gives the fixed proof configuration under every pinned context the node accepts after VC 2.0', async () => {
      for (const url of [
        VC_UNDEFINED_TERMS_V2_CONTEXT,
        DATA_INTEGRITY_V2_CONTEXT,
        MULTIKEY_V1_CONTEXT,
        DID_V1_CONTEXT,
        GAIA_X_LOIRE_CONTEXT,
        GAIA_X_DEVELOPMENT_CONTEXT,
        GAIA_X_TAGUS_CONTEXT,
      ]) {
        expect(await canonical([VC_V2_CONTEXT, url])).toBe(proofConfigNQuads(proof))
      }
    })

    it('refuses a later redefinition of DataIntegrityProof or a protected clash with a scoped term', async () => {
      await expect(
        canonical([VC_V2_CONTEXT, { DataIntegrityProof: 'https://evil.example/P' }]),
      ).rejects.toThrow(/protected term/)
      await expect(
        canonical([VC_V2_CONTEXT, { '@protected': true, created: 'https://evil.example/c' }]),
      ).rejects.toThrow(/protected term/)
    })

    it('lets the type-scoped terms override an unprotected later definition', async () => {
      const context = [VC_V2_CONTEXT, { created: 'https://evil.example/c', nonce: '@id' }]
      expect(await canonical(context)).toBe(proofConfigNQuads(proof))
    })

    it('does not protect the `did` prefix: a later context can remap verification method IRIs', async () => {
      const context = [VC_V2_CONTEXT, { did: 'https://evil.example/did#' }]
      expect(await canonical(context)).not.toBe(proofConfigNQuads(proof))
    })
  })

  it('leaves the caller’s expansion unchanged', async () => {
    const signed = await sign(offeringCredential(key.did))
    const { proof: _proof, ...claims } = signed
    const expanded = await jsonld.expand(claims, { documentLoader: loader, safe: true })
    const before = structuredClone(expanded)
    expect((await verifyDataIntegrityFast(signed, expanded, { loader, now }))?.verified).toBe(true)
    expect(expanded).toEqual(before)
  })

  it('agrees with verifyCredential on 200 random one-character mutations of a signed credential', async () => {
    const bleu = bleuCatalogue(
      { did: identity.did, baseUrl: 'https://catalogue.bleu.fr' },
      validity,
    )
    const signed = [
      await sign(offeringCredential(key.did)),
      await sign(bleu.offerings[0]!, identity.webKey),
    ]
    const random = mulberry32(0x6a78)
    const alphabet = 'abcXYZ019:/#-_. "\\\n\u00e9z6Mk'
    const verdicts = { handled: 0, fellBack: 0 }
    for (let i = 0; i < 200; i++) {
      const credential = structuredClone(signed[i % signed.length]!)
      // about a third of the mutations hit the proof, which is small next to the claims
      const leaves = stringLeaves(random() < 0.3 ? credential.proof : credential)
      const [holder, field] = leaves[Math.floor(random() * leaves.length)]!
      const value = holder[field] as string
      const at = Math.floor(random() * Math.max(value.length, 1))
      let replacement = alphabet[Math.floor(random() * alphabet.length)]!
      if (replacement === value[at]) replacement = replacement === 'a' ? 'b' : 'a'
      holder[field] = value.slice(0, at) + replacement + value.slice(at + 1)
      const { fast } = await both(credential)
      if (fast === undefined) verdicts.fellBack++
      else verdicts.handled++
    }
    // most mutations stay inside the fast path; every handled verdict equalled the library's
    expect(verdicts.handled).toBeGreaterThan(100)
  })
})

function all(bundle: ReturnType<typeof bleuCatalogue>): UnsignedCredential[] {
  return [
    bundle.participant,
    ...bundle.registrationNumbers,
    bundle.issuer,
    ...bundle.resources,
    ...bundle.offerings,
  ]
}

type Holder = Record<string | number, unknown>

function stringLeaves(node: unknown, out: [Holder, string | number][] = []) {
  if (typeof node !== 'object' || node === null) return out
  for (const [k, v] of Object.entries(node)) {
    const field = Array.isArray(node) ? Number(k) : k
    if (typeof v === 'string') out.push([node as Holder, field])
    else stringLeaves(v, out)
  }
  return out
}

// a small seeded PRNG, so a failing mutation can be replayed
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
