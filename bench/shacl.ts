// npx tsx bench/shacl.ts [-- --seconds 1 --rounds 7]
// The project's compiled shapes (src/validation/shapes-compiler.ts) against rdf-validate-shacl on
// the project's shapes (schemas/shapes/), both built once and reused, on the same data graphs.
// Prints validations per second after warm-up (median of interleaved rounds, so a busy machine
// slows both alike), their ratio, and every engine's verdicts on every fixture of the shapes
// agreement test, next to the official shapes' verdicts.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Quad } from '@rdfjs/types'
import { Parser, Store } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'
import { loireShapes } from '../schemas/shapes/loire-2511.js'
import { tagusShapes } from '../schemas/shapes/tagus-2210.js'
import { normaliseNamespaces, shapesValidator, withInferredTypes } from '../src/validation/shacl.js'
import {
  loireExampleGraphs,
  negativeFixtures,
  seedBundles,
  seedGraphs,
  subjectQuads,
  tagusExampleGraphs,
  type Credential,
  type Framework,
} from '../test/fixtures/shapes/graphs.js'
import { gaiaXReference } from '../test/helpers/reference.js'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '7' },
  },
})
const roundSeconds = Number(values.seconds)
const rounds = Number(values.rounds)

type Verdict = { conforms: boolean; keys: Set<string> }
type Engine = { name: string; validate(quads: Quad[]): Promise<Verdict> }

const label = (t: { termType: string; value: string }) =>
  t.termType === 'BlankNode' ? `_:${t.value}` : t.value
const keyOf = (focus: string, path: string | undefined, constraint: string) =>
  `${focus} | ${path ?? '-'} | ${constraint.replace('http://www.w3.org/ns/shacl#', 'sh:')}`

type RvsResult = {
  focusNode: { termType: string; value: string } | null
  path: { value: string } | null
  sourceConstraintComponent: { value: string } | null
}
function rvsVerdict(report: { conforms: boolean; results: RvsResult[] }): Verdict {
  return {
    conforms: report.conforms,
    keys: new Set(
      report.results.map((r) =>
        keyOf(label(r.focusNode!), r.path?.value, r.sourceConstraintComponent!.value),
      ),
    ),
  }
}

function projectShapes(): Quad[] {
  return [...new Parser().parse(loireShapes), ...new Parser().parse(tagusShapes)]
}

function engines(): Engine[] {
  const shapes = projectShapes()
  const rvs = new SHACLValidator(new Store(shapes))
  return [
    {
      name: 'rdf-validate-shacl 0.6.5',
      async validate(quads) {
        return rvsVerdict(await rvs.validate(new Store(quads)))
      },
    },
    {
      name: 'shapesValidator() (compiled shapes)',
      async validate(quads) {
        const result = await shapesValidator().validate(quads)
        return {
          conforms: result.conforms,
          keys: new Set(result.violations.map((v) => keyOf(v.focusNode, v.path, v.constraint))),
        }
      },
    },
  ]
}

async function timed(build: () => unknown): Promise<number> {
  const started = performance.now()
  await build()
  return performance.now() - started
}

/** Validations per second: median over interleaved rounds of `roundSeconds` each. */
async function rates(list: Engine[], graphs: Quad[][]): Promise<number[]> {
  const samples: number[][] = list.map(() => [])
  const pass = async (engine: Engine, until: number) => {
    let count = 0
    while (performance.now() < until) {
      for (const graph of graphs) await engine.validate(graph)
      count += graphs.length
    }
    return count
  }
  for (const engine of list) await pass(engine, performance.now() + 1000) // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [i, engine] of list.entries()) {
      const started = performance.now()
      const count = await pass(engine, started + roundSeconds * 1000)
      samples[i]!.push(count / ((performance.now() - started) / 1000))
    }
  }
  return samples.map((s) => s.sort((a, b) => a - b)[s.length >> 1]!)
}

async function main() {
  const list = engines()
  const [bleu, ...partners] = seedBundles()

  // ---- build and first-validation costs
  const firstGraph = withInferredTypes(await subjectQuads([bleu!.offerings[0]!]))
  console.log('first validation (includes building or compiling the shapes):')
  for (const engine of list) {
    console.log(
      `  ${engine.name.padEnd(46)} ${(await timed(() => engine.validate(firstGraph))).toFixed(0)} ms`,
    )
  }
  const shapes = projectShapes()
  console.log(
    `  new SHACLValidator(project shapes)             ${(await timed(() => new SHACLValidator(new Store(shapes)))).toFixed(0)} ms per build`,
  )

  // ---- throughput
  const offerings = await Promise.all(
    [bleu!, ...partners]
      .flatMap((b) => b.offerings)
      .map(async (o) => withInferredTypes(normaliseNamespaces(await subjectQuads([o])))),
  )
  const civitas = partners.find((b) => b.key === 'civitas-digital')!
  // participant, its two registration numbers, issuer, one offering
  const five = [
    civitas.participant,
    ...civitas.registrationNumbers,
    civitas.issuer,
    civitas.offerings[0]!,
  ]
  if (five.length !== 5) throw new Error(`expected 5 credentials, got ${five.length}`)
  const presentation = withInferredTypes(normaliseNamespaces(await subjectQuads(five)))
  const workloads: [string, Quad[][]][] = [
    [
      `each seeded offering's subject graph (${offerings.length}, ${Math.round(offerings.reduce((n, g) => n + g.length, 0) / offerings.length)} quads on average)`,
      offerings,
    ],
    [`a 5-credential presentation (civitas-digital, ${presentation.length} quads)`, [presentation]],
  ]
  console.log(`\nvalidations per second after warm-up (median of ${rounds} interleaved rounds):`)
  for (const [title, graphs] of workloads) {
    const measured = await rates(list, graphs)
    console.log(`  ${title}`)
    for (const [i, engine] of list.entries()) {
      const ratio = measured[i]! / measured[0]!
      console.log(
        `    ${engine.name.padEnd(46)} ${measured[i]!.toFixed(0).padStart(6)}/s   ×${ratio.toFixed(2)} rdf-validate-shacl`,
      )
    }
  }

  // ---- verdicts on every fixture
  const parse = (path: string) =>
    new Parser().parse(readFileSync(new URL(path, gaiaXReference), 'utf8'))
  const official: Record<Framework, SHACLValidator> = {
    loire: new SHACLValidator(new Store(parse('loire-2511/shapes.ttl'))),
    tagus: new SHACLValidator(new Store(parse('tagus-2210/shapes.ttl'))),
  }
  const subclassOf = parse('loire-2511/ontology.ttl').filter((q) =>
    q.predicate.value.endsWith('#subClassOf'),
  )
  const targetClasses = (quads: Quad[]) =>
    new Set(
      quads.filter((q) => q.predicate.value.endsWith('#targetClass')).map((q) => q.object.value),
    )
  const covered = targetClasses(shapes)
  const officialClasses = targetClasses([
    ...parse('loire-2511/shapes.ttl'),
    ...parse('tagus-2210/shapes.ttl'),
  ])
  const graphs: { name: string; framework: Framework; credentials: Credential[] }[] = [
    ...loireExampleGraphs(),
    ...tagusExampleGraphs(),
    ...seedGraphs(),
    ...negativeFixtures(),
  ]
  const agree = list.map(() => 0)
  const disagreements: string[] = []
  for (const graph of graphs) {
    const quads = normaliseNamespaces(await subjectQuads(graph.credentials))
    const inferred = withInferredTypes(quads)
    const types = new Map<string, string[]>()
    for (const q of inferred) {
      if (q.predicate.value.endsWith('#type'))
        types.set(label(q.subject), [...(types.get(label(q.subject)) ?? []), q.object.value])
    }
    const data = graph.framework === 'loire' ? [...quads, ...subclassOf] : quads
    const reference = rvsVerdict(await official[graph.framework].validate(new Store(data)))
    // the project covers fewer classes than the official files: compare on nodes whose every
    // officially shaped class the project covers
    const keys = new Set(
      [...reference.keys].filter((k) =>
        (types.get(k.split(' | ')[0]!) ?? []).every(
          (c) => covered.has(c) || !officialClasses.has(c),
        ),
      ),
    )
    for (const [i, engine] of list.entries()) {
      const verdict = await engine.validate(inferred)
      const same =
        verdict.conforms === (keys.size === 0) &&
        verdict.keys.size === keys.size &&
        [...keys].every((k) => verdict.keys.has(k))
      if (same) agree[i]!++
      else disagreements.push(`  ${engine.name}: ${graph.name}`)
    }
  }
  console.log(
    `\nverdicts equal to the official shapes' (${graphs.length} graphs: examples, seed, negative fixtures):`,
  )
  for (const [i, engine] of list.entries()) {
    console.log(`  ${engine.name.padEnd(46)} ${agree[i]}/${graphs.length}`)
  }
  if (disagreements.length > 0) console.log(`disagreements:\n${disagreements.join('\n')}`)
}

await main()
