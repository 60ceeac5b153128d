// A partner's words are data on every page: markup in the fields of its signed credentials (its
// name, an offering's name, description and keywords, a certification's statement) is shown as
// text, and a link it gives that is not http(s) is shown, never followed. A bidi mark, override or
// isolate in them is shown as its code, and a name the page's words follow is isolated, so it
// reorders nothing the page writes after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { participantCredentials, partnerBase, partnerOffering } from '../helpers/credentials.js'
import {
  OPEN_NODE_ENV,
  newPartner,
  onboard,
  sign,
  signEach,
  submit,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'
import { BROWSER_ACCEPT, decodeEntities, offeringPage, providerPage } from './seeded.js'

const PAYLOAD = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&<svg onload=alert(3)>`
const HOSTILE_URL = 'javascript:alert(4)'

let node: TestNode
let did: string
let hostile: string
let dependent: string

beforeAll(async () => {
  node = await createTestNode({ env: OPEN_NODE_ENV })
  const key = await newPartner()
  did = key.did
  const base = partnerBase(did)
  const [person, vat] = participantCredentials(did, base)
  person!.credentialSubject['schema:name'] = `Fournisseur ${PAYLOAD}`
  expect((await onboard(node, key, await signEach(node, key, [person!, vat!]))).status).toBe(201)
  const evidence = {
    type: 'gx:ComplianceAssurance',
    'gx:url': HOSTILE_URL,
    'gx:governingLawCountries': ['FR'],
  }
  const first = partnerOffering(did, 'hostile', {
    subject: {
      'schema:name': `Offre ${PAYLOAD}`,
      'schema:description': `Description ${PAYLOAD}`,
      'gx:keyword': [`mot ${PAYLOAD}`, 'stockage'],
      'gx:legalDocuments': [evidence],
      'gx:requiredMeasures': [
        {
          type: 'gx:Measure',
          'schema:description': `Certification ISO 27001 ${PAYLOAD}`,
          'gx:legalDocuments': [evidence],
        },
      ],
    },
  })
  hostile = first.credentialSubject.id
  const second = partnerOffering(did, 'dependent', {
    subject: {
      'schema:name': `Dépendante ${PAYLOAD}`,
      'gx:keyword': ['stockage'],
      'gx:dependsOn': [{ id: hostile }],
    },
  })
  dependent = second.credentialSubject.id
  const res = await submit(node, key, await signEach(node, key, [first, second]))
  expect(res.status, await res.clone().text()).toBe(201)
  // the check page shows a pasted credential too
  stored = await sign(node, key, first)
}, 120_000)
afterAll(() => node.close())

let stored: Record<string, unknown>

async function get(path: string, lang: 'fr' | 'en') {
  const res = await node.app.request(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, {
    headers: { Accept: BROWSER_ACCEPT },
  })
  return { res, body: await res.text() }
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*)\s*\/?>/g
const ATTRIBUTE = /\s([^\s"'=<>/]+)(?:="([^"]*)")?/g

/**
 * The elements of a page and their attributes, read as a browser tokenises markup: a payload
 * that escaped its text would add an element or an attribute (or break the reading).
 */
function markup(body: string): { tag: string; attributes: [string, string][] }[] {
  return [...body.matchAll(TAG)].map(([, tag = '', attributes = '']) => ({
    tag: tag.toLowerCase(),
    attributes: [...attributes.matchAll(ATTRIBUTE)].map(([, name = '', value = '']) => [
      name.toLowerCase(),
      decodeEntities(value),
    ]),
  }))
}

/** Nothing in the page runs or loads: no script, no handler, no image, no javascript: link. */
function expectInert(body: string, where: string) {
  for (const { tag, attributes } of markup(body)) {
    expect(['script', 'img', 'iframe', 'object', 'embed'], where).not.toContain(tag)
    for (const [name, value] of attributes) {
      expect(name, `${where}: <${tag} ${name}>`).not.toMatch(/^on/)
      if (['href', 'src', 'action', 'xlink:href'].includes(name)) {
        expect(value, `${where}: <${tag} ${name}>`).not.toMatch(
          /^\s*(javascript:|data:text\/html)/i,
        )
      }
    }
  }
}

/** No markup of the payload made it through, and the payload is there as text. */
function expectEscaped(body: string, where: string) {
  expectInert(body, where)
  // the text a reader gets: the partner's words, as typed
  expect(decodeEntities(body.replace(/<[^>]*>/g, '')), where).toContain(PAYLOAD)
}

describe('a partner’s markup in its signed credentials', () => {
  const pages = () => [
    '/',
    '/recherche?q=stockage',
    `/recherche?provider=${encodeURIComponent(did)}`,
    offeringPage(hostile),
    offeringPage(dependent),
    providerPage(did),
    `/comparer?id=${encodeURIComponent(hostile)}&id=${encodeURIComponent(dependent)}`,
  ]

  it('is escaped on every page, in French and in English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const path of pages()) {
        const { res, body } = await get(path, lang)
        expect(res.status, path).toBe(200)
        expectEscaped(body, `${path} (${lang})`)
      }
    }
  })

  it('is escaped in the dependency graph’s SVG, drawn on the dependent offering’s page', async () => {
    const { body } = await get(offeringPage(dependent), 'fr')
    const svg = /<svg [\s\S]*?<\/svg>/.exec(body)?.[0] ?? ''
    expect(svg).toContain('Offre &lt;script&gt;')
    expectInert(svg, 'svg')
  })

  it('is escaped in the Atom feed of a search', async () => {
    const res = await node.app.request('/recherche.atom?q=stockage')
    expect(res.status).toBe(200)
    const xml = await res.text()
    expectInert(xml, 'feed')
    expect(xml).toContain('Offre &lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('is escaped in the check page’s listing of a pasted credential and its findings', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const form = new FormData()
      form.set('document', JSON.stringify(stored))
      const res = await node.app.request(`/valider?lang=${lang}`, {
        method: 'POST',
        body: form,
        headers: { Accept: BROWSER_ACCEPT },
      })
      expect(res.status).toBe(200)
      const body = await res.text()
      expectInert(body, lang)
      // each line of the document, as JSON writes it
      expect(decodeEntities(body.replace(/<[^>]*>/g, ''))).toContain(
        JSON.stringify(PAYLOAD).slice(1, -1),
      )
    }
  })

  it('names a link that is not http(s) without making it a link', async () => {
    const { body } = await get(offeringPage(hostile), 'fr')
    expect(body).toContain(HOSTILE_URL)
    expect(body).not.toContain(`href="${HOSTILE_URL}"`)
  })
})

describe('a search’s own text', () => {
  it('is escaped in the title, the search box, the filters in force and the links', async () => {
    const q = encodeURIComponent(PAYLOAD)
    for (const lang of ['fr', 'en'] as const) {
      const { res, body } = await get(`/recherche?q=${q}&keyword=${q}`, lang)
      expect(res.status).toBe(200)
      expectEscaped(body, lang)
    }
  })

  // the node freezes Object.prototype (src/harden.ts): assigning a parameter by its name threw
  it('names a parameter called like a property of every object as one it refuses (400, not 500)', async () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      for (const path of ['/recherche', '/recherche.atom']) {
        const res = await node.app.request(`${path}?${name}=x&lang=en`, {
          headers: { Accept: BROWSER_ACCEPT },
        })
        expect(res.status, `${path}?${name}=x`).toBe(400)
        expect(await res.text()).toContain(name)
      }
    }
  })

  it('is escaped in a 400 page that names the parameters it refuses', async () => {
    const { res, body } = await get(`/recherche?${encodeURIComponent(PAYLOAD)}=1`, 'en')
    expect(res.status).toBe(400)
    expectEscaped(body, 'the 400 page')
  })
})

// a stray pop-directional-isolate first: inside a <bdi>, Chromium lets it close the <bdi>; then
// an override, and an invisible right-to-left mark
const OVERRIDE = '\u2069\u202e\u200f'
const SHOWN = '\\u2069\\u202e\\u200f'
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

describe('a partner’s bidi controls in its signed credentials', () => {
  const keyword = `mot${OVERRIDE}clé`
  let provider: string
  let reversing: string
  let dependent: string
  let document: Record<string, unknown>

  beforeAll(async () => {
    const key = await newPartner()
    provider = key.did
    const [person, vat] = participantCredentials(key.did, partnerBase(key.did))
    person!.credentialSubject['schema:name'] = `Exemple${OVERRIDE} SAS`
    expect((await onboard(node, key, await signEach(node, key, [person!, vat!]))).status).toBe(201)
    const offering = partnerOffering(key.did, 'reversing', {
      subject: {
        'schema:name': `Stockage${OVERRIDE} objet`,
        'schema:description': `Un stockage\u2067 souverain ${OVERRIDE}pour vos données.`,
        'gx:keyword': [keyword, 'stockage'],
      },
    })
    reversing = offering.credentialSubject.id
    // the dependency graph draws a name in a box of 30 characters
    const depending = partnerOffering(key.did, 'depending', {
      subject: {
        'schema:name': `${'\u202e'.repeat(29)}X`,
        'gx:keyword': ['stockage'],
        'gx:dependsOn': [{ id: reversing }],
      },
    })
    dependent = depending.credentialSubject.id
    const res = await submit(node, key, await signEach(node, key, [offering, depending]))
    expect(res.status, await res.clone().text()).toBe(201)
    document = await sign(node, key, offering)
  }, 120_000)

  /** The text a reader gets holds no bidi control, and shows the partner's as their codes. */
  function expectShown(body: string, where: string) {
    const text = decodeEntities(body.replace(/<textarea[^>]*>[^<]*<\/textarea>|<[^>]*>/g, ''))
    expect(text, where).not.toMatch(BIDI_CONTROL)
    expect(text, where).toContain(SHOWN)
  }

  it('are shown as their codes on every page, in French and in English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const path of [
        '/',
        '/recherche?q=stockage',
        `/recherche?keyword=${encodeURIComponent(keyword)}`,
        offeringPage(reversing),
        providerPage(provider),
        `/comparer?id=${encodeURIComponent(reversing)}&id=${encodeURIComponent(hostile)}`,
        // a link can put them in the words of a search, which the page repeats
        `/recherche?q=${encodeURIComponent(`stockage${OVERRIDE}`)}`,
      ]) {
        const { res, body } = await get(path, lang)
        expect(res.status, path).toBe(200)
        expectShown(body, `${path} (${lang})`)
      }
    }
  })

  it('leave the page’s own words after a name in their place: the name is isolated', async () => {
    const { body } = await get('/recherche?q=stockage', 'fr')
    // a facet's count, the provider beside the offering, the offering's status after its name
    expect(body).toContain(`<bdi>Exemple${SHOWN} SAS</bdi> (2)`)
    expect(body).toContain(`><bdi>Exemple${SHOWN} SAS</bdi></a> · `)
    expect(body).toContain(`><bdi>Stockage${SHOWN} objet</bdi></a>`)
  })

  it('count as their codes where the dependency graph cuts a name to fit its box', async () => {
    const { body } = await get(offeringPage(dependent), 'fr')
    const svg = /<svg [\s\S]*?<\/svg>/.exec(body)?.[0] ?? ''
    const names = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, text]) => text!)
    expect(names).toContainEqual(expect.stringMatching(/ (\\u202e){4}\\u202…$/))
    for (const name of names) expect(name.length, name).toBeLessThanOrEqual(36)
  })

  it('are shown as their codes in the Atom feed’s titles, where a title ends with the status', async () => {
    const res = await node.app.request('/recherche.atom?q=stockage')
    const xml = await res.text()
    expect(xml.replace(/<id>[^<]*<\/id>|<[^>]*>/g, '')).not.toMatch(BIDI_CONTROL)
    expect(xml).toContain(`<title>Stockage${SHOWN} objet</title>`)
    expect(xml).toContain(`<name>Exemple${SHOWN} SAS</name>`)
  })

  it('leave the search box and the filters a page sends back reading as the search reads them', async () => {
    const typed = `stockage${OVERRIDE}souverain`
    const { body } = await get(
      `/recherche?q=${encodeURIComponent(typed)}&keyword=${encodeURIComponent(keyword)}`,
      'fr',
    )
    // the index reads a control as a break between words: the box shows it as one, not reordered
    expect(body).toContain(`name="q" value="stockage   souverain"`)
    const answer = async (q: string) =>
      (await node.app.request(`/api/v1/offerings?q=${encodeURIComponent(q)}`)).json()
    expect(await answer(typed)).toEqual(await answer('stockage   souverain'))
    expect(decodeEntities(body)).toContain(`name="keyword" value="${keyword}"`)
  })

  it('are shown as their codes in the check page’s findings and listing, and kept in its form', async () => {
    const form = new FormData()
    form.set('document', JSON.stringify(document))
    const res = await node.app.request('/valider', {
      method: 'POST',
      body: form,
      headers: { Accept: BROWSER_ACCEPT },
    })
    expect(res.status).toBe(200)
    const body = await res.text()
    expectShown(body, 'the check page')
    // the textarea gives the document back as pasted: sent again, it is the same credential
    const pasted = /<textarea[^>]*>([^<]*)<\/textarea>/.exec(body)?.[1] ?? ''
    expect(decodeEntities(pasted)).toBe(JSON.stringify(document))
  })
})
