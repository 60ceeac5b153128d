// The compiled shapes against rdf-validate-shacl, the engine the official verdicts come from,
// component by component: the same results (focus node, path, component, value) on data that
// passes and on data that breaks each constraint. test/shapes-agreement.test.ts does the same on
// the real Gaia-X shapes and credentials.
import type { Quad } from '@rdfjs/types'
import { Parser, Store } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'
import { describe, expect, it } from 'vitest'
import { CompiledShapes, DataGraph } from './shapes-compiler.js'

const PREFIXES = `
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix ex: <https://example.eu/> .
`

const SHAPES = `${PREFIXES}
ex:OfferingShape a sh:NodeShape ;
  sh:targetClass ex:Offering ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path ex:name ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ; sh:minLength 3 ; sh:maxLength 20 ] ,
    [ sh:path ex:keyword ; sh:maxCount 2 ; sh:nodeKind sh:Literal ; sh:pattern "^[a-z]+$" ; sh:flags "i" ] ,
    [ sh:path ex:provider ; sh:minCount 1 ; sh:class ex:Provider ; sh:nodeKind sh:BlankNodeOrIRI ] ,
    [ sh:path ex:terms ; sh:hasValue "I agree" ] ,
    [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Resource ] ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 2 ] ,
    [ sh:path ex:price ; sh:minInclusive 0 ; sh:maxExclusive 1000 ] ,
    [ sh:path ex:discount ; sh:minExclusive 0 ; sh:maxInclusive 50 ; sh:datatype xsd:integer ] ,
    [ sh:path ex:since ; sh:datatype xsd:dateTime ; sh:minInclusive "2020-01-01T00:00:00Z"^^xsd:dateTime ] ,
    [ sh:path ex:until ; sh:datatype xsd:date ] ,
    [ sh:path ex:public ; sh:datatype xsd:boolean ] ,
    [ sh:path ex:ratio ; sh:datatype xsd:float ] ,
    [ sh:path ex:home ; sh:datatype xsd:anyURI ] ,
    [ sh:path ex:level ; sh:in ( "L1" "L2" ex:L3 ) ] ,
    [ sh:path ex:address ; sh:node ex:AddressShape ] ,
    [ sh:path ex:depends ; sh:or ( [ sh:class ex:Offering ] [ sh:nodeKind sh:IRI ] ) ;
      sh:or ( [ sh:datatype xsd:string ] [ sh:class ex:Resource ] ) ] ,
    [ sh:path ex:region ; sh:and ( [ sh:nodeKind sh:IRI ] [ sh:pattern "/eu/" ] ) ; sh:not [ sh:hasValue ex:nowhere ] ] ,
    [ sh:path ex:contact ; sh:property [ sh:path ex:email ; sh:minCount 1 ; sh:pattern "@" ] ] .
ex:AddressShape a sh:NodeShape ;
  sh:targetClass ex:Address ;
  sh:property [ sh:path ex:country ; sh:minCount 1 ; sh:in ( "FR" "DE" ) ] ;
  sh:property [ sh:path ex:next ; sh:node ex:AddressShape ] .
ex:ProviderShape a sh:NodeShape ;
  sh:targetClass ex:Provider ;
  sh:hasValue ex:p ;
  sh:pattern "^https://" .
`

const GOOD = `${PREFIXES}
ex:o a ex:Offering ; ex:name "Stockage" ; ex:keyword "Files", "blob" ; ex:provider ex:p ;
  ex:terms "I agree" ; ex:part ex:r ; ex:price 0 ; ex:discount 50 ;
  ex:since "2021-03-04T05:06:07Z"^^xsd:dateTime ; ex:until "2030-12-31"^^xsd:date ;
  ex:public "1"^^xsd:boolean ; ex:ratio "1.5E3"^^xsd:float ; ex:home "https://x.eu/"^^xsd:anyURI ;
  ex:level "L2", ex:L3 ; ex:address ex:a ; ex:depends ex:r ; ex:region <https://x.eu/eu/fr> ;
  ex:contact [ ex:email "a@b.eu" ] .
ex:p a ex:Provider .
ex:r a ex:Resource .
ex:a ex:country "FR" ; ex:next [ ex:country "DE" ; ex:next ex:a ] .
`

/** Each breaks the good graph in one place (or a few), and is named after what it breaks. */
const BAD: Record<string, string> = {
  'no name, an unknown property': GOOD.replace('ex:name "Stockage" ;', 'ex:title "Stockage" ;'),
  'two names, one too short': GOOD.replace('ex:name "Stockage"', 'ex:name "St", "Storage"'),
  'a name too long, not a string': GOOD.replace(
    'ex:name "Stockage"',
    'ex:name "A name much longer than twenty characters"^^xsd:token',
  ),
  'three keywords, one an IRI, one off pattern': GOOD.replace(
    'ex:keyword "Files", "blob"',
    'ex:keyword "Files", ex:k, "two words"',
  ),
  'no provider': GOOD.replace('ex:provider ex:p ;', ''),
  'a provider of no class, a literal provider': GOOD.replace(
    'ex:provider ex:p',
    'ex:provider ex:q, "p"',
  ),
  'wrong terms': GOOD.replace('"I agree"', '"I refuse"'),
  'no qualified part': GOOD.replace('ex:part ex:r', 'ex:part ex:p'),
  'three qualified parts': GOOD.replace('ex:part ex:r', 'ex:part ex:r, ex:r2, ex:r3').replace(
    'ex:r a ex:Resource .',
    'ex:r a ex:Resource . ex:r2 a ex:Resource . ex:r3 a ex:Resource .',
  ),
  'prices out of range, or incomparable': GOOD.replace(
    'ex:price 0',
    'ex:price -1, 1000, "12", 3.5',
  ),
  'discounts out of range, ill-formed': GOOD.replace(
    'ex:discount 50',
    'ex:discount 0, 51, "1.5"^^xsd:integer, "+7"^^xsd:integer',
  ),
  'dates ill-formed, too early, or without a time zone': GOOD.replace(
    'ex:since "2021-03-04T05:06:07Z"^^xsd:dateTime',
    'ex:since "2019-03-04T05:06:07Z"^^xsd:dateTime, "2021-03-04T5:06:07Z"^^xsd:dateTime, "2021-03-04T05:06:07"^^xsd:dateTime, "2021-03-04"',
  ).replace('"2030-12-31"^^xsd:date', '"2030-12-1"^^xsd:date'),
  'booleans, floats ill-formed': GOOD.replace(
    '"1"^^xsd:boolean',
    '"yes"^^xsd:boolean, "true"',
  ).replace('"1.5E3"^^xsd:float', '"1,5"^^xsd:float, "-INF"^^xsd:float, ".5e-2"^^xsd:float'),
  'levels not listed': GOOD.replace('ex:level "L2", ex:L3', 'ex:level "L4", "L1"@en, ex:L1'),
  'an address that does not conform': GOOD.replace('ex:country "FR" ;', 'ex:country "IT" ;'),
  'a cycle of addresses that conforms nowhere': GOOD.replace(
    'ex:country "DE" ; ex:next ex:a',
    'ex:next ex:a',
  ),
  'depends on what matches none of the alternatives': GOOD.replace(
    'ex:depends ex:r',
    'ex:depends ex:p, "text", [ a ex:Offering ]',
  ),
  'regions failing sh:and and sh:not': GOOD.replace(
    'ex:region <https://x.eu/eu/fr>',
    'ex:region <https://x.eu/us>, "https://x.eu/eu/", ex:nowhere',
  ),
  'a contact without a valid email': GOOD.replace('ex:email "a@b.eu"', 'ex:email "nobody"'),
  'a provider shape on a node that is not the value': GOOD.replace(
    'ex:p a ex:Provider .',
    'ex:p a ex:Provider . <http://p.eu/> a ex:Provider .',
  ),
}

type Verdict = { conforms: boolean; results: string[] }

const parse = (text: string): Quad[] => new Parser().parse(text)
const show = (t: { termType: string; value: string } | null | undefined) =>
  !t ? '-' : t.termType === 'BlankNode' ? '_' : t.termType === 'Literal' ? `"${t.value}"` : t.value

const official = new SHACLValidator(new Store(parse(SHAPES)))
const compiled = new CompiledShapes(new Store(parse(SHAPES)))

async function officialVerdict(data: string): Promise<Verdict> {
  const report = await official.validate(new Store(parse(data)))
  const results = report.results.map(
    (r) =>
      `${show(r.focusNode)} ${show(r.path)} ${r.sourceConstraintComponent?.value.split('#')[1]} ${show(r.value)}`,
  )
  return { conforms: report.conforms, results: results.sort() }
}

function compiledVerdict(data: string): Verdict {
  const found = compiled.validate(new DataGraph(parse(data)))
  const results = found.map(
    (r) => `${show(r.focus)} ${r.path ?? '-'} ${r.constraint.split('#')[1]} ${show(r.value)}`,
  )
  return { conforms: found.length === 0, results: [...new Set(results)].sort() }
}

describe('compiled shapes', () => {
  it('find nothing wrong where rdf-validate-shacl finds nothing', async () => {
    expect(await officialVerdict(GOOD)).toEqual({ conforms: true, results: [] })
    expect(compiledVerdict(GOOD)).toEqual({ conforms: true, results: [] })
  })

  it.each(Object.keys(BAD))('report as rdf-validate-shacl does: %s', async (name) => {
    const expected = await officialVerdict(BAD[name]!)
    expect(expected.conforms).toBe(false)
    expect(compiledVerdict(BAD[name]!)).toEqual(expected)
  })

  it('report every target of a cycle through sh:node, each on what it links to', async () => {
    const data = `${PREFIXES} ex:a a ex:Address ; ex:country "IT" ; ex:next [ a ex:Address ; ex:country "DE" ; ex:next ex:a ] .`
    const expected = [
      '_ https://example.eu/next NodeConstraintComponent https://example.eu/a',
      'https://example.eu/a https://example.eu/country InConstraintComponent "IT"',
      'https://example.eu/a https://example.eu/next NodeConstraintComponent _',
    ]
    expect(compiledVerdict(data).results).toEqual(expected)
    // rdf-validate-shacl leaves out the first: having checked the blank node through ex:a's
    // sh:node, it does not validate it again as a target. SHACL reports it as one.
    expect((await officialVerdict(data)).results).toEqual(expected.slice(1))
  })

  it('read dates and times as XSD defines them: months 01–12, days 01–31, hours 00–24', () => {
    // rdf-validate-shacl takes any two digits
    for (const wrong of [
      '"2021-13-04T05:06:07Z"^^xsd:dateTime',
      '"2021-03-32"^^xsd:date',
      '"2021-03-04T25:00:00"^^xsd:dateTime',
    ]) {
      const data = GOOD.replace('"2021-03-04T05:06:07Z"^^xsd:dateTime', wrong).replace(
        '"2030-12-31"^^xsd:date',
        wrong,
      )
      expect(
        compiledVerdict(data).results.some((r) => r.includes('DatatypeConstraintComponent')),
      ).toBe(true)
    }
  })

  it('hold each sh:or value as its own constraint', async () => {
    // matches an alternative of the first sh:or (an IRI) and of none of the second
    const data = GOOD.replace('ex:depends ex:r', 'ex:depends ex:p')
    expect(compiledVerdict(data).results).toEqual([
      'https://example.eu/o https://example.eu/depends OrConstraintComponent https://example.eu/p',
    ])
  })

  it('refuse to compile what they do not implement, rather than skip it', () => {
    for (const shape of [
      'ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:a ; sh:equals ex:b ] .',
      'ex:S sh:targetClass ex:C ; sh:property [ sh:path ( ex:a ex:b ) ; sh:minCount 1 ] .',
      'ex:S sh:targetNode ex:n ; sh:property [ sh:path ex:a ; sh:minCount 1 ] .',
      'ex:S sh:targetClass ex:C ; sh:nodeKind sh:Anything .',
    ]) {
      expect(() => new CompiledShapes(new Store(parse(PREFIXES + shape)))).toThrow(
        /support|Unknown/,
      )
    }
  })
})
