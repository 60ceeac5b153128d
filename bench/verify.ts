// npx tsx bench/verify.ts [--n 1000]
// Proof verification alone, one thread: the library path (`verifyCredential`, i.e.
// vc.verifyCredential with the node's suites and loader) against the fast path (the pipeline's
// expansion without the proof, then verifyDataIntegrityFast) on the same signed Loire offerings,
// with the raw Ed25519 verify rate as the floor. The pipeline expands every credential anyway, so
// "fast, given the expansion" is the cost the fast path adds to it.
import jsonld from 'jsonld'
import { generateKeyPairSync, sign, verify } from 'node:crypto'
import { parseArgs } from 'node:util'
import {
  bleuCatalogue,
  partnerCatalogue,
  partnerProfiles,
  type UnsignedCredential,
} from '../seed/catalogue-data.js'
import { createDidResolver } from '../src/credentials/did/did.js'
import { createDocumentLoader } from '../src/credentials/document-loader.js'
import { expandCredential } from '../src/credentials/expand.js'
import { verifyDataIntegrityFast } from '../src/credentials/data-integrity/fast-verify.js'
import { createNodeIdentity } from '../src/credentials/did/identity.js'
import {
  didKeyOf,
  generateKeyMaterial,
  signingKey,
  type SigningKey,
} from '../src/credentials/did/keys.js'
import { signCredential } from '../src/credentials/data-integrity/sign.js'
import { verifyCredential } from '../src/credentials/data-integrity/verify.js'

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' } } })
const n = Number(values.n)
const now = new Date('2026-11-28T12:00:00Z')
const validity = { validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-06-01T00:00:00Z' }

type Signed = Record<string, unknown>

async function main() {
  const identity = await createNodeIdentity(
    await generateKeyMaterial(),
    'https://catalogue.bleu.fr',
  )
  const loader = createDocumentLoader({
    resolveDid: createDidResolver(async (did) =>
      did === identity.did ? identity.didDocument : undefined,
    ),
  })

  // Bleu's offerings under its did:web, each partner's under its own did:key
  const bleu = bleuCatalogue({ did: identity.did, baseUrl: 'https://catalogue.bleu.fr' }, validity)
  const templates: [UnsignedCredential, SigningKey][] = bleu.offerings.map((o) => [
    o,
    identity.webKey,
  ])
  for (const profile of partnerProfiles) {
    const material = await generateKeyMaterial()
    const key = await signingKey(material, didKeyOf(material.publicKeyMultibase))
    const baseUrl = `https://catalogue.bleu.fr/partners/${profile.key}`
    const bundle = partnerCatalogue(profile.key, { did: key.did, baseUrl }, validity, {
      bleuOfferingIds: bleu.offeringIds,
    })
    for (const o of bundle.offerings) templates.push([o, key])
  }

  process.stdout.write(`signing ${n} Loire offerings (${templates.length} templates)… `)
  const credentials: Signed[] = []
  for (let i = 0; i < n; i++) {
    const [template, key] = templates[i % templates.length]!
    const credential = structuredClone(template)
    credential.id = `${template.id}/v${i}`
    credential.credentialSubject = {
      ...credential.credentialSubject,
      id: `${template.credentialSubject.id}/v${i}`,
      'schema:name': `${String(template.credentialSubject['schema:name'])} ${i}`,
    }
    credentials.push(await signCredential(credential, { key, loader, date: now }))
  }
  const bytes = credentials.reduce((sum, c) => sum + JSON.stringify(c).length, 0) / n
  console.log(`done (${(bytes / 1024).toFixed(1)} KB each)`)

  const expand = async (credential: Signed) => {
    const { proof: _proof, ...claims } = credential
    return jsonld.expand(claims, { documentLoader: loader, safe: true })
  }
  const library = async (credential: Signed) => {
    if (!(await verifyCredential(credential, { loader, now })).verified) throw new Error('library')
  }
  const fast = async (credential: Signed) => {
    const result = await verifyDataIntegrityFast(credential, await expand(credential), {
      loader,
      now,
    })
    if (!result?.verified) throw new Error('fast path fell back or failed')
  }
  // the same with the memoising expander in expand.ts, which claims jsonld.expand's exact output
  const withExpandCredential = async (credential: Signed) => {
    const { proof: _proof, ...claims } = credential
    const expanded = await expandCredential(claims, loader)
    const result = await verifyDataIntegrityFast(credential, expanded, { loader, now })
    if (!result?.verified) throw new Error('fast path fell back or failed on expandCredential')
  }
  const expansions = await Promise.all(credentials.map(expand))
  const indexed = credentials.map((c, i) => [c, expansions[i]!] as const)
  const fastGivenExpansion = async ([credential, expanded]: (typeof indexed)[number]) => {
    const result = await verifyDataIntegrityFast(credential, expanded, { loader, now })
    if (!result?.verified) throw new Error('fast path fell back or failed')
  }

  // one untimed pass each, so JIT and the jsonld context cache are warm for every contender
  await rate(credentials.slice(0, 50), library)
  await rate(credentials.slice(0, 50), fast)
  const rates = {
    library: [] as number[],
    fast: [] as number[],
    given: [] as number[],
    expandCredential: [] as number[],
  }
  for (let round = 0; round < 3; round++) {
    rates.library.push(await rate(credentials, library))
    rates.fast.push(await rate(credentials, fast))
    rates.given.push(await rate(indexed, fastGivenExpansion))
    rates.expandCredential.push(await rate(credentials, withExpandCredential))
  }
  // a batch's credentials may be verified concurrently: WebCrypto's digests and signature checks
  // are asynchronous jobs, so they can overlap the canonicalisation of the next credential
  const concurrent = {
    library: await rate(credentials, library, 8),
    fast: await rate(credentials, fast, 8),
  }
  const expandOnly = await rate(credentials, async (c) => void (await expand(c)))
  const floor = rawEd25519Rate(20_000)
  const webCryptoFloor = await webCryptoEd25519Rate(20_000)

  const best = (r: number[]) => Math.max(...r)
  const line = (label: string, perSecond: number) =>
    console.log(`  ${label.padEnd(58)} ${fmt(perSecond)} /s`)
  console.log()
  console.log(
    `verify, ${n} signed Loire offerings (eddsa-rdfc-2022, VC 2.0), one thread, best of 3`,
  )
  line('library: verifyCredential (vc + suites + loader)', best(rates.library))
  line('fast: jsonld.expand without proof + verifyDataIntegrityFast', best(rates.fast))
  console.log(`  ${'ratio fast / library'.padEnd(58)} ${ratio(rates)}`)
  line('fast with expandCredential (expand.ts) instead', best(rates.expandCredential))
  line("fast given the pipeline's expansion (verify step alone)", best(rates.given))
  line('jsonld.expand without proof alone', expandOnly)
  line('8 in flight: library', concurrent.library)
  line('8 in flight: fast (jsonld.expand)', concurrent.fast)
  line('raw Ed25519 verify, node:crypto (floor)', floor)
  line('raw Ed25519 verify, WebCrypto', webCryptoFloor)
  const rounds = (r: number[]) => r.map((x) => Math.round(x)).join(', ')
  console.log(`  rounds: library ${rounds(rates.library)}; fast ${rounds(rates.fast)}`)
}

function ratio(rates: { library: number[]; fast: number[] }): string {
  const each = rates.fast.map((f, i) => f / rates.library[i]!)
  return `${Math.min(...each).toFixed(2)}–${Math.max(...each).toFixed(2)}× (per round)`
}

async function rate<T>(
  items: readonly T[],
  work: (item: T) => Promise<void>,
  inFlight = 1,
): Promise<number> {
  const start = performance.now()
  let next = 0
  const lane = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: inFlight }, lane))
  return items.length / ((performance.now() - start) / 1000)
}

function rawEd25519Rate(count: number): number {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const message = Buffer.alloc(64, 7)
  const signature = sign(null, message, privateKey)
  const start = performance.now()
  for (let i = 0; i < count; i++)
    if (!verify(null, message, publicKey, signature)) throw new Error('raw verify')
  return count / ((performance.now() - start) / 1000)
}

async function webCryptoEd25519Rate(count: number): Promise<number> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair
  const message = new Uint8Array(64).fill(7)
  const signature = await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, message)
  const start = performance.now()
  for (let i = 0; i < count; i++) {
    if (!(await crypto.subtle.verify({ name: 'Ed25519' }, pair.publicKey, signature, message))) {
      throw new Error('raw verify')
    }
  }
  return count / ((performance.now() - start) / 1000)
}

function fmt(perSecond: number): string {
  return Math.round(perSecond).toLocaleString('en-US').padStart(6)
}

await main()
