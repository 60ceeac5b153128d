// npx tsx bench/expand.ts [--n 1000] [--rounds 3]
// JSON-LD expansion of seed offerings (VC 2.0 + Gaia-X Loire, without proof, as the pipeline
// expands them): jsonld.expand(safe) against expandCredential, on one thread, in the same run.
// Every output is compared first, so the figures are for identical results.
import jsonld from 'jsonld'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import { bleuCatalogue, partnerCatalogue, partnerProfiles } from '../seed/catalogue-data.js'
import { createDocumentLoader } from '../src/credentials/document-loader.js'
import { expandCredential, tryExpandFast } from '../src/credentials/expand.js'

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' } },
})
const n = Number(values.n)
const rounds = Number(values.rounds)
const validity = { validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z' }

/** n distinct offerings: the seed catalogue re-issued under as many node URLs as it takes. */
function offerings(count: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (let i = 0; out.length < count; i++) {
    const host = i === 0 ? 'catalogue.bleu.example' : `node${i}.bleu.example`
    const bleu = bleuCatalogue({ did: `did:web:${host}`, baseUrl: `https://${host}` }, validity)
    out.push(...bleu.offerings)
    for (const { key } of partnerProfiles) {
      const issuer = { did: `did:web:${host}:partners:${key}`, baseUrl: `https://${host}/${key}` }
      const partner = partnerCatalogue(key, issuer, validity, { bleuOfferingIds: bleu.offeringIds })
      out.push(...partner.offerings)
    }
  }
  return out.slice(0, count)
}

type Expand = (doc: Record<string, unknown>) => Promise<unknown>

/** credentials/s over the best of `rounds` passes, so a busy neighbour costs less. */
async function rate(docs: Record<string, unknown>[], expand: Expand): Promise<number> {
  let best = 0
  for (let r = 0; r < rounds; r++) {
    const start = performance.now()
    for (const doc of docs) await expand(doc)
    best = Math.max(best, docs.length / ((performance.now() - start) / 1000))
  }
  return best
}

async function main() {
  const loader = createDocumentLoader()
  const docs = offerings(n)
  const bytes = docs.reduce((sum, d) => sum + JSON.stringify(d).length, 0) / docs.length
  const reference: Expand = (doc) => jsonld.expand(doc, { documentLoader: loader, safe: true })
  const fast: Expand = (doc) => expandCredential(doc, loader)

  process.stdout.write(`checking ${docs.length} offerings (${Math.round(bytes)} B each)… `)
  const coldStart = performance.now()
  await fast(docs[0]!)
  const cold = performance.now() - coldStart
  let fastPath = 0
  for (const doc of docs) {
    const expected = await reference(doc)
    if (!isDeepStrictEqual(await fast(doc), expected)) {
      throw new Error(`expandCredential differs from jsonld.expand on ${String(doc.id)}`)
    }
    if ((await tryExpandFast(doc, loader)) !== undefined) fastPath++
  }
  console.log('identical')

  const slow = await rate(docs, reference)
  const quick = await rate(docs, fast)
  const fmt = (x: number) => Math.round(x).toLocaleString('en').padStart(7)
  console.log()
  console.log(
    `expansion, ${docs.length} seed offerings without proof, one thread, best of ${rounds}`,
  )
  console.log(`  jsonld.expand (safe):     ${fmt(slow)} credentials/s`)
  console.log(`  expandCredential:         ${fmt(quick)} credentials/s`)
  console.log(`  ratio:                    ${(quick / slow).toFixed(1)}×`)
  console.log(`  on the fast path:         ${fastPath} / ${docs.length}`)
  console.log(`  first call (learns the contexts): ${cold.toFixed(1)} ms`)
}

await main()
