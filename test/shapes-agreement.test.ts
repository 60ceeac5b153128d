/**
 * The project's shapes (schemas/shapes/, run by shapesValidator()) against the official Gaia-X
 * shapes in schemas/reference/gaia-x, on every published example, every seeded credential and
 * bundle, and the negative fixtures of test/fixtures/shapes/: same verdict, same violations, so
 * drift shows at once.
 *
 * The official side is independent of ours: the official shapes.ttl, run by rdf-validate-shacl
 * (which reads rdfs:subClassOf from the data graph, as SHACL specifies) on the data graph plus
 * ontology.ttl's subClassOf triples, as the official README recommends. Ours runs on the same
 * data with withInferredTypes() instead, so the test also holds that shortcut to the
 * recommendation.
 *
 * Coverage: the project's shapes cover the classes the catalogue handles and everything their
 * properties link to, not every official class (schemas/shapes/README.md). The comparison keeps
 * the official violations on nodes whose every officially shaped class the project covers, and
 * the official verdict is taken over those; among the published examples only the Tagus label
 * credential (gx:ServiceOfferingLabelLevel1) falls outside.
 */
import { readFileSync } from 'node:fs'
import type { Quad } from '@rdfjs/types'
import { Parser, Store } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'
import { describe, expect, it } from 'vitest'
import { loireShapes } from '../schemas/shapes/loire-2511.js'
import { tagusShapes } from '../schemas/shapes/tagus-2210.js'
import {
  normaliseNamespaces,
  shapesValidator,
  withInferredTypes,
  type ShapesResult,
} from '../src/validation/shacl.js'
import {
  baseCredentials,
  expand,
  loireExampleGraphs,
  negativeFixtures,
  seedBundles,
  seedGraphs,
  subjectQuads,
  tagusExampleGraphs,
  type Credential,
  type Framework,
  type Graph,
} from './fixtures/shapes/graphs.js'
import { gaiaXReference } from './helpers/reference.js'

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf'
const TARGET_CLASS = 'http://www.w3.org/ns/shacl#targetClass'
const LOIRE = 'https://w3id.org/gaia-x/2511#'

const parseFile = (path: string) =>
  new Parser().parse(readFileSync(new URL(path, gaiaXReference), 'utf8'))

const officialShapes: Record<Framework, Quad[]> = {
  loire: parseFile('loire-2511/shapes.ttl'),
  tagus: parseFile('tagus-2210/shapes.ttl'),
}
/** Built once per file: the official Loire shapes take seconds to load. */
const official = new Map<Framework, SHACLValidator>()
function officialValidator(framework: Framework): SHACLValidator {
  let validator = official.get(framework)
  if (!validator) {
    validator = new SHACLValidator(new Store(officialShapes[framework]))
    official.set(framework, validator)
  }
  return validator
}
const ontology = parseFile('loire-2511/ontology.ttl').filter(
  (q) => q.predicate.value === SUBCLASS_OF,
)

const targetClasses = (quads: Quad[]) =>
  new Set(quads.filter((q) => q.predicate.value === TARGET_CLASS).map((q) => q.object.value))
/** Every class some project shape targets, and every class some official shape targets. */
const coveredClasses = targetClasses([
  ...new Parser().parse(loireShapes),
  ...new Parser().parse(tagusShapes),
])
const officialClasses = targetClasses([...officialShapes.loire, ...officialShapes.tagus])

type Key = string
const key = (focusNode: string, path: string | undefined, constraint: string): Key =>
  `${focusNode} | ${path ?? '-'} | ${constraint}`
const label = (term: { termType: string; value: string }) =>
  term.termType === 'BlankNode' ? `_:${term.value}` : term.value

type Verdicts = {
  project: ShapesResult
  projectKeys: Set<Key>
  officialKeys: Set<Key>
  /** official violations on nodes of classes the project does not cover */
  uncovered: Key[]
  quads: Quad[]
}

/** Memoised per credential list: the agreement and the fixture tests look at the same graphs. */
const memo = new WeakMap<Credential[], Promise<Verdicts>>()
function verdicts(framework: Framework, credentials: Credential[]): Promise<Verdicts> {
  let v = memo.get(credentials)
  if (!v) {
    v = computeVerdicts(framework, credentials)
    memo.set(credentials, v)
  }
  return v
}

async function computeVerdicts(framework: Framework, credentials: Credential[]): Promise<Verdicts> {
  const quads = normaliseNamespaces(await subjectQuads(credentials))
  const inferred = withInferredTypes(quads)
  const project = await shapesValidator().validate(inferred)

  const officialData = new Store(framework === 'loire' ? [...quads, ...ontology] : quads)
  const report = await officialValidator(framework).validate(officialData)
  const typesOf = new Map<string, string[]>()
  for (const q of inferred) {
    if (q.predicate.value !== RDF_TYPE) continue
    typesOf.set(label(q.subject), [...(typesOf.get(label(q.subject)) ?? []), q.object.value])
  }
  // a node is covered when the project has a shape for every class of it that an official shape
  // targets: e.g. a gx:BareMetalServiceOffering is not, although its superclasses are
  const covered = (node: string) =>
    (typesOf.get(node) ?? []).every((c) => coveredClasses.has(c) || !officialClasses.has(c))
  const officialKeys = new Set<Key>()
  const uncovered: Key[] = []
  for (const result of report.results) {
    const focusNode = label(result.focusNode!)
    const k = key(
      focusNode,
      result.path?.value,
      `sh:${result.sourceConstraintComponent!.value.split('#')[1]}`,
    )
    if (covered(focusNode)) officialKeys.add(k)
    else uncovered.push(k)
  }
  const projectKeys = new Set(project.violations.map((v) => key(v.focusNode, v.path, v.constraint)))
  return { project, projectKeys, officialKeys, uncovered, quads: inferred }
}

function expectAgreement(v: Verdicts): void {
  expect([...v.projectKeys].sort()).toEqual([...v.officialKeys].sort())
  expect(v.project.conforms).toBe(v.officialKeys.size === 0)
}

const examples = [...loireExampleGraphs(), ...tagusExampleGraphs()]
const seeded = seedGraphs()
const fixtures = negativeFixtures()

describe('the project shapes against the official Gaia-X shapes', () => {
  it('compare a non-trivial set of graphs', () => {
    // a wrong path to the reference files or a broken seed must not pass by comparing nothing
    expect(examples.length).toBeGreaterThanOrEqual(30)
    expect(seeded.length).toBeGreaterThanOrEqual(60)
    expect(fixtures.length).toBeGreaterThanOrEqual(50)
  })

  it.each(examples.map((g) => [g.name, g] as const))(
    'give the official verdict on the %s',
    async (_, graph: Graph) => {
      const v = await verdicts(graph.framework, graph.credentials)
      expectAgreement(v)
      // only the Tagus label credential (gx:ServiceOfferingLabelLevel1) is outside our coverage
      if (v.uncovered.length > 0) expect(graph.name).toMatch(/service-offering-label-level-1/)
    },
  )

  it.each(seeded.map((g) => [g.name, g] as const))(
    'give the official verdict on the %s',
    async (_, graph) => {
      const v = await verdicts(graph.framework, graph.credentials)
      expectAgreement(v)
      expect(v.uncovered).toEqual([])
    },
  )

  it.each(fixtures.map((f) => [f.name, f] as const))(
    'give the official verdict on the negative fixture %s',
    async (_, fixture) => {
      const v = await verdicts(fixture.framework, fixture.credentials)
      expectAgreement(v)
      expect(v.uncovered).toEqual([])
    },
  )
})

describe('the seeded catalogue', () => {
  it('conforms, each bundle with the credentials it links to', async () => {
    for (const graph of seeded.filter((g) => g.whole)) {
      const { project } = await verdicts('loire', graph.credentials)
      expect(project.violations, graph.name).toEqual([])
      expect(project.conforms).toBe(true)
    }
  })

  it('fails a credential alone only on links to nodes of other credentials', async () => {
    for (const graph of seeded.filter((g) => !g.whole)) {
      const { project, quads } = await verdicts('loire', graph.credentials)
      const subjects = new Set(quads.map((q) => label(q.subject)))
      for (const v of project.violations) {
        expect(['sh:ClassConstraintComponent', 'sh:OrConstraintComponent'], graph.name).toContain(
          v.constraint,
        )
        expect(subjects.has(v.value!), `${graph.name}: ${v.message.en}`).toBe(false)
      }
    }
  })
})

describe('the negative fixtures', () => {
  it('start from bases that conform', async () => {
    for (const base of new Set(fixtures.map((f) => f.base))) {
      const { framework, credentials } = baseCredentials(base)
      const v = await verdicts(framework, credentials)
      expect(v.project.violations, base).toEqual([])
      expect(v.officialKeys.size, base).toBe(0)
    }
  })

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s violates exactly the constraint it is named after',
    async (_, fixture) => {
      const { project } = await verdicts(fixture.framework, fixture.credentials)
      expect(project.conforms).toBe(false)
      const got = project.violations.map((v) => ({
        ...(fixture.violations.some((e) => e.focusNode !== undefined)
          ? { focusNode: v.focusNode }
          : {}),
        path: v.path,
        constraint: v.constraint,
      }))
      const expected = fixture.violations.map((e) => ({
        ...(e.focusNode === undefined ? {} : { focusNode: e.focusNode }),
        path: e.path,
        constraint: e.constraint,
      }))
      const sort = (list: object[]) => list.map((x) => JSON.stringify(x)).sort()
      expect(sort(got)).toEqual(sort(expected))
      for (const v of project.violations) {
        expect(v.severity).toBe('violation')
        expect(v.message.en.length).toBeGreaterThan(10)
        expect(v.message.fr.length).toBeGreaterThan(10)
      }
    },
  )

  it('cover each constraint kind on each class the catalogue relies on', () => {
    const names = fixtures.map((f) => f.name)
    for (const cls of [
      'legal-person-',
      'address-',
      'offering-',
      'terms-',
      'data-account-export-',
      'endpoint-',
      'vat-id-',
      'lei-code-',
      'issuer-',
      'datacenter-',
      'tagus-legal-participant-',
      'tagus-offering-',
    ]) {
      expect(names.filter((n) => n.startsWith(cls)).length, cls).toBeGreaterThanOrEqual(2)
    }
    const kinds = new Set(fixtures.flatMap((f) => f.violations.map((v) => v.constraint)))
    for (const kind of ['MinCount', 'MaxCount', 'Datatype', 'In', 'Closed', 'Class', 'Or']) {
      expect(kinds).toContain(`sh:${kind}ConstraintComponent`)
    }
  })
})

describe('shapesValidator', () => {
  it('reads credentials in the development namespace like Loire 25.11 ones', async () => {
    const [bleu] = seedBundles()
    const credentials = [bleu!.participant, ...bleu!.registrationNumbers, bleu!.offerings[0]!]
    const development = credentials.map((c) => ({
      ...c,
      '@context': [c['@context'][0]!, 'https://w3id.org/gaia-x/development#'],
    }))
    const quads = await subjectQuads(development)
    expect(quads.some((q) => q.predicate.value.startsWith(LOIRE))).toBe(false)
    const asIs = await shapesValidator().validate(withInferredTypes(quads))
    const normalised = await shapesValidator().validate(
      withInferredTypes(normaliseNamespaces(quads)),
    )
    const reference = await shapesValidator().validate(
      withInferredTypes(await subjectQuads(credentials)),
    )
    // unmapped, no Loire shape targets the nodes; mapped, they get the 25.11 verdicts
    expect(asIs.conforms).toBe(true)
    expect(normalised.violations).toEqual(reference.violations)
    expect(normalised.violations.length).toBeGreaterThan(0)
  })

  it('adds every Loire superclass as an rdf:type, once', async () => {
    const [bleu] = seedBundles()
    const vm = bleu!.offerings.find(
      (o) => o.credentialSubject.type === 'gx:VirtualMachineServiceOffering',
    )!
    const vat = bleu!.registrationNumbers.find((c) => c.credentialSubject.type === 'gx:VatID')!
    const quads = withInferredTypes(await subjectQuads([vm, vat]))
    const typesOf = (id: string) =>
      quads
        .filter((q) => q.subject.value === id && q.predicate.value === RDF_TYPE)
        .map((q) => q.object.value)
    expect(typesOf(vm.credentialSubject.id).sort()).toEqual(
      [
        'VirtualMachineServiceOffering',
        'ComputeServiceOffering',
        'InfrastructureServiceOffering',
        'ServiceOffering',
        'GaiaXEntity',
      ]
        .map((c) => LOIRE + c)
        .sort(),
    )
    expect(typesOf(vat.credentialSubject.id).sort()).toEqual(
      ['VatID', 'RegistrationNumber'].map((c) => LOIRE + c).sort(),
    )
    expect(withInferredTypes(quads)).toHaveLength(quads.length)
  })

  it('prefers the shape’s own sh:message and otherwise names the property and the rule', async () => {
    const byName = (name: string) => fixtures.find((f) => f.name === name)!
    const regime = await verdicts(
      'tagus',
      byName('tagus-offering-data-protection-regime-unknown').credentials,
    )
    expect(regime.project.violations[0]!.message.en).toMatch(
      /^Refer to https:\/\/gaia-x\.gitlab\.io/,
    )
    // the shape's message is English: a French reader gets the rule in French
    expect(regime.project.violations[0]!.message.fr).toMatch(
      /^gx:dataProtectionRegime : .* ne fait pas partie des valeurs admises \(/,
    )
    const missing = await verdicts('loire', byName('offering-provided-by-missing').credentials)
    expect(missing.project.violations[0]).toMatchObject({
      focusNode: 'https://catalogue.bleu.example/offerings/bleu-teams',
      path: expand('gx:providedBy'),
      constraint: 'sh:MinCountConstraintComponent',
      severity: 'violation',
    })
    expect(missing.project.violations[0]!.message).toEqual({
      en: 'gx:providedBy is required: at least 1 value, found 0.',
      fr: 'gx:providedBy est obligatoire : au moins 1 valeur attendue, aucune trouvée.',
    })
  })

  it('says in French what it says in English: the counts, the class, the values and the form', async () => {
    const message = async (name: string, framework: Framework = 'loire') => {
      const fixture = fixtures.find((f) => f.name === name)!
      return (await verdicts(framework, fixture.credentials)).project.violations[0]!.message
    }
    expect(await message('offering-provided-by-twice')).toEqual({
      en: 'gx:providedBy allows at most 1 value, found 2.',
      fr: 'gx:providedBy admet au plus 1 valeur, 2 trouvées.',
    })
    const notRegistration = await message(
      'legal-person-registration-number-not-a-registration-number',
    )
    expect(notRegistration.en).toMatch(
      /^gx:registrationNumber must link to a gx:RegistrationNumber; </,
    )
    expect(notRegistration.fr).toMatch(
      /^gx:registrationNumber doit désigner un nœud gx:RegistrationNumber ; <.*> n’en est pas un dans ce graphe\.$/,
    )
    const undeclared = await message('legal-person-undeclared-property')
    expect(undeclared.en).toMatch(/ is not a property of a gx:LegalPerson \(closed shape\)\.$/)
    expect(undeclared.fr).toMatch(
      / n’est pas une propriété d’un nœud gx:LegalPerson \(forme fermée\)\.$/,
    )
    const notString = await message('legal-person-name-not-a-string')
    expect(notString.fr).toMatch(/^schema:name doit être un littéral de type xsd:string ; /)
  })
})
