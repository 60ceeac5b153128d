// The sh:property that skips property shapes a node has no value for gives the engine's own
// verdicts: on shapes whose constraints can fail on no value at all, and on those that cannot.
import { DataFactory, Parser, Store } from 'n3'
import { Validator } from 'shacl-engine'
import { describe, expect, it } from 'vitest'
import { customValidations } from './shacl-constraints.js'

const SHAPES = `
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.eu/> .
ex:OfferingShape a sh:NodeShape ;
  sh:targetClass ex:Offering ;
  sh:property
    [ sh:path ex:name ; sh:minCount 1 ; sh:datatype xsd:string ] ,
    [ sh:path ex:keyword ; sh:minCount 0 ; sh:maxCount 2 ; sh:datatype xsd:string ] ,
    [ sh:path ex:provider ; sh:class ex:Provider ; sh:nodeKind sh:IRI ] ,
    [ sh:path ex:terms ; sh:hasValue "I agree" ] ,
    [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Resource ] ; sh:qualifiedMinCount 1 ] ,
    [ sh:path ex:mirror ; sh:equals ex:name ] ,
    [ sh:path ex:price ; sh:minInclusive 0 ; sh:or ( [ sh:datatype xsd:integer ] [ sh:datatype xsd:decimal ] ) ] .
`

const DATA = {
  // no value on any optional path: only the shapes that fail on no value report
  bare: `<https://example.eu/o> a <https://example.eu/Offering> .`,
  // values on every path, some of them wrong
  full: `
@prefix ex: <https://example.eu/> .
ex:o a ex:Offering ; ex:name "Stockage" ; ex:keyword "a", "b", "c" ; ex:provider ex:p ;
  ex:terms "I refuse" ; ex:part ex:r ; ex:mirror "Autre" ; ex:price -3 .
ex:r a ex:Resource .`,
  // all well
  good: `
@prefix ex: <https://example.eu/> .
ex:o a ex:Offering ; ex:name "Stockage" ; ex:provider ex:p ; ex:terms "I agree" ;
  ex:part ex:r ; ex:mirror "Stockage" ; ex:price 12 .
ex:p a ex:Provider .
ex:r a ex:Resource .`,
}

async function verdicts(data: string, custom: boolean) {
  const shapes = new Store(new Parser().parse(SHAPES))
  const factory = { ...DataFactory, dataset: (quads?: never[]) => new Store(quads) }
  const engine = new Validator(shapes, {
    factory,
    ...(custom ? { validations: customValidations(shapes) } : {}),
  })
  const report = await engine.validate({ dataset: new Store(new Parser().parse(data)) })
  const results = report.results
    .map((r) => `${r.path?.[0]?.predicates[0]?.value} ${r.constraintComponent.value}`)
    .sort()
  return { conforms: report.conforms, results }
}

describe('sh:property, skipping the property shapes a node has no value for', () => {
  it.each(Object.keys(DATA) as (keyof typeof DATA)[])(
    'gives the engine’s verdict on %s data',
    async (name) => {
      const ours = await verdicts(DATA[name], true)
      expect(ours).toEqual(await verdicts(DATA[name], false))
      if (name === 'good') expect(ours.conforms).toBe(true)
    },
  )

  it('still reports on no value what fails on no value: sh:minCount, sh:hasValue, sh:qualifiedMinCount', async () => {
    const { results } = await verdicts(DATA.bare, true)
    const components = results.map((r) => r.split('#')[1])
    expect(components).toEqual(
      expect.arrayContaining([
        'MinCountConstraintComponent',
        'HasValueConstraintComponent',
        'QualifiedMinCountConstraintComponent',
      ]),
    )
  })
})
