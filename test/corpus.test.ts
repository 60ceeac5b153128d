// A property-based corpus of hostile submissions (fast-check): generated mutations of valid
// documents through every write door, signed after the mutation (so the pipeline's own rules are
// what stands in the way) or tampered after signing (so the proofs are). Two properties hold for
// every one: the node never answers 5xx, and whatever it accepts, an independent verifier (the
// W3C libraries alone: @digitalbazaar/vc with its own DID resolution) verifies as the issuer's,
// the holder's own credential, stored exactly as sent.
//
// A failure prints the seed and the shrunk mutation; replay it with CORPUS_SEED=<seed>.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { driver as didKeyDriver } from '@digitalbazaar/did-method-key'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pinnedContexts } from '../src/credentials/contexts.js'
import { credentialHash } from '../src/credentials/hash.js'
import type { SigningKey } from '../src/credentials/did/keys.js'
import { participantCredentials, partnerBase, partnerOffering } from './helpers/credentials.js'
import {
  challenge,
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  post,
  presentation,
  sign,
  signEach,
  storedCredential,
  submit,
  type Json,
  type TestNode,
} from './helpers/partner.js'
import { createTestNode } from './helpers/test-node.js'

const SEED = Number(process.env.CORPUS_SEED ?? 20261205)

let node: TestNode
let partner: SigningKey
let stranger: SigningKey
beforeAll(async () => {
  node = await createTestNode({ env: { ...OPEN_NODE_ENV, GXC_RATE_LIMIT: 'off' } })
  partner = await newPartner()
  stranger = await newPartner()
  expect((await onboard(node, partner)).status).toBe(201)
})
afterAll(() => node.close())

// ---- the independent verifier -----------------------------------------------------------------

const didKeys = didKeyDriver()
didKeys.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from })

async function independentLoader(url: string) {
  const context = pinnedContexts.get(url)
  if (context) return { contextUrl: null, documentUrl: url, document: context }
  if (url.startsWith('did:key:')) {
    return { contextUrl: null, documentUrl: url, document: await didKeys.get({ url }) }
  }
  throw new Error(`not loaded: ${url}`)
}

/** What @digitalbazaar/vc alone says of a stored credential, and whose it is. */
async function independentlyVerified(stored: Json, holder: string): Promise<boolean> {
  const result = await vc
    .verifyCredential({
      credential: stored,
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
      documentLoader: independentLoader,
    })
    .catch(() => ({ verified: false }))
  const issuer = typeof stored.issuer === 'string' ? stored.issuer : stored.issuer?.id
  const proofs = [stored.proof].flat() as Json[]
  return (
    result.verified &&
    issuer === holder &&
    proofs.every((p) => String(p?.verificationMethod).split('#')[0] === holder)
  )
}

// ---- mutations --------------------------------------------------------------------------------

type Path = (string | number)[]

function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at]
  const children = Array.isArray(value)
    ? value.map((v, i) => pathsOf(v, [...at, i]))
    : Object.entries(value).map(([k, v]) => pathsOf(v, [...at, k]))
  return [at, ...children.flat()]
}

const HOSTILE = [
  '',
  ' ',
  'did:key:z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E',
  'https://evil.example/x',
  'urn:uuid:00000000-0000-0000-0000-000000000000',
  '9999-12-31T23:59:59Z',
  '1970-01-01T00:00:00Z',
  '2026-13-45T99:99:99Z',
  'gx:NotAClass',
  'VerifiableCredential',
  'gx:LegalPerson',
  'https://www.w3.org/ns/credentials/v2',
  'https://evil.example/context.jsonld',
  '_:b0',
  '@id',
  '\u0301',
  '🇫🇷',
  '\ud800',
  'a\u0000b',
  1e308,
  -0,
  0.1,
  true,
  null,
  [],
  {},
  { '@id': 'https://evil.example/node' },
  { '@context': 'https://evil.example/context.jsonld' },
  { '@value': 'x', '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' },
  { '@list': [] },
  { id: 'did:key:z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E' },
]

const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // any UTF-16 code unit, lone surrogates included
  fc.string({ unit: 'binary', maxLength: 12 }),
)

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'wrap'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown }

const KEYS = [
  'id',
  '@id',
  'type',
  '@type',
  'issuer',
  'https://www.w3.org/2018/credentials#issuer',
  'validFrom',
  'validUntil',
  'credentialSubject',
  'gx:providedBy',
  'schema:name',
  'gx:dependsOn',
  '@context',
  'proof',
  'holder',
]

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })),
    value,
  }),
)

/** `document` with `mutations` applied, each at a path picked among the document's own. */
function mutate(document: Json, mutations: Mutation[]): Json {
  const copy = structuredClone(document)
  for (const m of mutations) {
    const paths = pathsOf(copy)
    const path = paths[m.at % paths.length]!
    if (path.length === 0) {
      if (m.op === 'add') copy[m.key] = m.value
      continue
    }
    const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy)
    const key = path.at(-1)!
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
    } else if (m.op === 'replace') parent[key] = m.value
    else if (m.op === 'wrap') parent[key] = [parent[key]]
    else if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key]))
      parent[key][m.key] = m.value
    else parent[key] = { [m.key]: m.value }
  }
  return copy
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 })

// ---- the properties ---------------------------------------------------------------------------

/** Each answer the corpus got, by status: printed for the record. */
const seen = new Map<string, number>()

/** Never a 5xx; every credential stored new by this request verifies independently as `holder`'s. */
async function holds(res: Response, door: string, holder: string): Promise<void> {
  const status = res.status
  seen.set(`${door} ${status}`, (seen.get(`${door} ${status}`) ?? 0) + 1)
  expect(status, `${door} answered ${status}: ${await res.clone().text()}`).toBeLessThan(500)
  if (status !== 201 && status !== 200) return
  const body = (await res.json()) as Json
  for (const entry of body.accepted ?? []) {
    const stored = await node.ctx.store.getCredential(entry.hash)
    expect(stored, `${door} acknowledged ${entry.hash} but stored nothing`).toBeDefined()
    const document = JSON.parse(stored!.document)
    expect(await credentialHash(document)).toBe(entry.hash)
    expect(await independentlyVerified(document, holder), JSON.stringify(document)).toBe(true)
  }
}

const runs = (n: number) => ({ numRuns: n, seed: SEED, endOnFailure: true })

// hundreds of signed submissions per test: minutes, not seconds, on a loaded 2-core machine
describe('a corpus of hostile submissions', { timeout: 240_000 }, () => {
  let slug = 0
  const fresh = () => partnerOffering(partner.did, `corpus-${slug++}`)

  it('signed after mutation: submissions never 5xx, and accept only what verifies independently', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (m) => {
        const credential = mutate(fresh(), m)
        let signed: Json
        try {
          signed = await sign(node, partner, credential)
        } catch {
          return // the signing library itself refuses it: nothing a partner could send signed
        }
        const vp = await presentation(partner, [signed], await challenge(node.app), {
          loader: node.ctx.loader,
        })
        await holds(await post(node, '/api/v1/submissions', vp), 'submit', partner.did)
      }),
      runs(300),
    )
  })

  it('tampered after signing: no door accepts what the independent verifier refuses', async () => {
    const signed = await sign(node, partner, fresh())
    await fc.assert(
      fc.asyncProperty(mutations, async (m) => {
        const tampered = mutate(signed, m)
        await holds(await post(node, '/api/v1/validate', tampered), 'validate', partner.did)
        const vcApi = await post(node, '/credentials/verify', { verifiableCredential: tampered })
        expect(vcApi.status).toBeLessThan(500)
        if (vcApi.status === 200)
          expect(await independentlyVerified(tampered, partner.did)).toBe(true)
        const vp = await presentation(partner, [tampered], await challenge(node.app), {
          loader: node.ctx.loader,
        }).catch(() => undefined)
        if (vp) await holds(await post(node, '/api/v1/submissions', vp), 'submit', partner.did)
      }),
      runs(300),
    )
  })

  it('tampered presentations: onboarding, submissions and revocation never 5xx nor accept a stranger', async () => {
    const offering = await sign(node, partner, fresh())
    expect((await submit(node, partner, [offering])).status).toBe(201)
    const id = offering.credentialSubject.id
    const held = (await storedCredential(node, id))!
    await fc.assert(
      fc.asyncProperty(
        mutations,
        fc.constantFrom('/api/v1/submissions', '/api/v1/participants', 'revoke'),
        async (m, door) => {
          const credentials =
            door === '/api/v1/participants'
              ? await signEach(
                  node,
                  stranger,
                  participantCredentials(stranger.did, partnerBase(stranger.did)),
                )
              : door === 'revoke'
                ? [held]
                : [await sign(node, partner, fresh())]
          const signer = door === '/api/v1/participants' ? stranger : partner
          const vp = await presentation(signer, credentials, await challenge(node.app), {
            loader: node.ctx.loader,
          })
          const tampered = mutate(vp, m)
          const path =
            door === 'revoke' ? `/api/v1/offerings/${encodeURIComponent(id)}/revoke` : door
          const res = await post(node, path, tampered)
          await holds(res, door, signer.did)
          if (door === 'revoke' && res.status === 200) {
            // only the partner's own, untampered act may revoke: then revive it for the next run
            expect(tampered.holder).toBe(partner.did)
          }
        },
      ),
      runs(250),
    )
  })

  it('unsigned mutations of a participant and a presentation: the dry run never 5xx', async () => {
    const [legalPerson] = participantCredentials(partner.did, partnerBase(partner.did))
    await fc.assert(
      fc.asyncProperty(mutations, fc.boolean(), async (m, wrapped) => {
        const document = mutate(
          wrapped
            ? { type: ['VerifiablePresentation'], verifiableCredential: [legalPerson] }
            : legalPerson!,
          m,
        )
        await holds(await post(node, '/api/v1/validate', document), 'validate', partner.did)
        const res = await post(node, '/presentations/verify', { verifiablePresentation: document })
        expect(res.status).toBeLessThan(500)
      }),
      runs(250),
    )
    console.info('corpus answers', Object.fromEntries([...seen].sort()))
  })
})
