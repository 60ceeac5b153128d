import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDocsPage, type OpenApiDocument } from '../../src/http/openapi/docs-page.js'
import { createTestNode } from '../helpers/test-node.js'

let node: Awaited<ReturnType<typeof createTestNode>>
let res: Response
let page: string
beforeAll(async () => {
  node = await createTestNode({ env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr' } })
  res = await node.app.request('/docs')
  page = await res.text()
})
afterAll(() => node.close())

describe('GET /docs', () => {
  it('serves one HTML page whose policy forbids loading anything from elsewhere', () => {
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const policy = res.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toMatch(/https?:|\*|unsafe-inline/)
    // the one inline stylesheet is allowed by its hash, and nothing else is
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? ''
    const hash = createHash('sha256').update(style).digest('base64')
    expect(policy).toContain(`style-src 'sha256-${hash}'`)
  })

  it('shows every operation of the OpenAPI document, grouped by tag', async () => {
    const doc = await (await node.app.request('/openapi.json')).json()
    for (const [path, item] of Object.entries<Record<string, { summary: string }>>(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(page).toContain(
          `<span class="method ${method}">${method}</span> <code>${path}</code>`,
        )
        expect(page).toContain(operation.summary)
      }
    }
    for (const tag of ['Discovery and operations', 'Catalogue', 'Partners', 'Operator']) {
      expect(page).toContain(`<h2>${tag}</h2>`)
    }
    expect(page).toContain('id="schema-SovereigntyProfile"')
    expect(page).toContain('href="#schema-Problem"')
  })

  it('loads no script, stylesheet, font or frame and links nowhere but itself', () => {
    expect(page).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i)
    expect(page).not.toMatch(/\ssrc=/i)
    const links = [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!)
    expect(links.length).toBeGreaterThan(20)
    for (const link of links) expect(link).toMatch(/^(#|\/(?!\/))/)
  })
})

describe('renderDocsPage', () => {
  const hostile = '<script>alert(1)</script>'
  const document = {
    openapi: '3.1.0',
    info: {
      title: hostile,
      version: '"><img src=x onerror=alert(1)>',
      description: `a \`${hostile}\``,
    },
    servers: [{ url: `javascript:${hostile}` }],
    tags: [{ name: `tag ${hostile}`, description: hostile }],
    paths: {
      [`/x/{id}${hostile}`]: {
        get: {
          tags: [`tag ${hostile}`],
          summary: hostile,
          description: `Uses \`<b>\` & ${hostile}`,
          parameters: [
            { name: hostile, in: 'query', description: hostile, schema: { pattern: hostile } },
          ],
          responses: {
            '200': {
              description: hostile,
              content: { 'text/html': { schema: { $ref: `#/components/schemas/${hostile}` } } },
            },
          },
        },
      },
    },
    components: { schemas: { [hostile]: { description: hostile } } },
  } as unknown as OpenApiDocument

  it('escapes every string it takes from the document', async () => {
    const { html } = await renderDocsPage(document)
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<code>&lt;b&gt;</code> &amp; ')
    expect(html).not.toMatch(/href="javascript:/)
  })
})
