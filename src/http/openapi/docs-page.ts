import type { OpenAPIHono } from '@hono/zod-openapi'
import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

/** What `getOpenAPI31Document` makes. */
export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>
type PathItem = NonNullable<NonNullable<OpenApiDocument['paths']>[string]>
type Operation = NonNullable<PathItem['get']>
type MediaTypes = Record<string, { schema?: unknown }> | undefined
type Html = HtmlEscapedString | Promise<HtmlEscapedString>

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
const REF_PREFIX = '#/components/schemas/'

// One stylesheet, inline, allowed by its hash in the page's Content-Security-Policy.
const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1b1f24}
h1{margin-bottom:.25rem}h2{border-bottom:2px solid #d0d7de;padding-bottom:.25rem;margin-top:2.5rem}
article{border:1px solid #d0d7de;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}
h3 code{font-size:1rem}.method{display:inline-block;min-width:4rem;font-weight:700;text-transform:uppercase}
.get{color:#0969da}.post{color:#1a7f37}.delete{color:#cf222e}.auth{color:#9a6700}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;max-height:24rem;font-size:13px}
code{background:#f6f8fa;padding:0 .2rem}nav ul{columns:2}`
// Raw and in one piece, so that no escaping or reformatting changes the bytes the hash covers.
const STYLE_ELEMENT = raw(`<style>${STYLE}</style>`)

/**
 * Renders an OpenAPI 3.1 document as one self-contained HTML page: operations grouped by tag,
 * then the schemas. Every string from the document goes through hono/html's escaping; the page
 * links only to itself and to `/openapi.json`.
 */
export async function renderDocsPage(
  document: OpenApiDocument,
): Promise<{ html: string; styleHash: string }> {
  const operations = METHODS.flatMap((method) =>
    Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
      const operation = item?.[method]
      return operation ? [{ method, path, operation }] : []
    }),
  ).sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
  const tags = document.tags ?? []
  const untagged = [...new Set(operations.flatMap((o) => o.operation.tags ?? []))]
    .filter((name) => !tags.some((tag) => tag.name === name))
    .map((name) => ({ name, description: undefined }))
  const sections = [...tags, ...untagged]
    .map((tag) => ({
      ...tag,
      operations: operations.filter((o) => o.operation.tags?.includes(tag.name)),
    }))
    .filter((section) => section.operations.length > 0)
  const schemas = Object.entries(document.components?.schemas ?? {})
  const { info } = document
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${info.title} ${info.version}</title>
        ${STYLE_ELEMENT}
      </head>
      <body>
        <header>
          <h1>${info.title}</h1>
          <p>
            API version ${info.version}. Base URL:
            ${(document.servers ?? []).map((s) => html`<code>${s.url}</code> `)}. Machine-readable:
            <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).
          </p>
          ${paragraphs(info.description)}
        </header>
        <nav>
          <h2>Contents</h2>
          <ul>
            ${sections.map((s) => html`<li><a href="#${anchor('tag', s.name)}">${s.name}</a></li>`)}
            <li><a href="#schemas">Schemas</a></li>
          </ul>
        </nav>
        <main>
          ${sections.map(
            (section) =>
              html`<section id="${anchor('tag', section.name)}">
                <h2>${section.name}</h2>
                ${paragraphs(section.description)}
                ${section.operations.map(({ method, path, operation }) => operationView(method, path, operation))}
              </section>`,
          )}
          <section id="schemas">
            <h2>Schemas</h2>
            ${schemas.map(
              ([name, schema]) =>
                html`<section id="${anchor('schema', name)}">
                  <h3>${name}</h3>
                  <pre>${JSON.stringify(schema, null, 2)}</pre>
                </section>`,
            )}
          </section>
        </main>
      </body>
    </html>`
  return { html: String(await page), styleHash: await sha256Source(STYLE) }
}

function operationView(method: string, path: string, operation: Operation): Html {
  const security = operation.security ?? []
  const auth =
    security.length === 0
      ? ''
      : security.some((s) => Object.keys(s).length === 0)
        ? 'Admin bearer token optional: without one, the body authenticates.'
        : 'Requires the admin bearer token.'
  const parameters = (operation.parameters ?? []).flatMap((p) => ('$ref' in p ? [] : [p]))
  const body =
    operation.requestBody && !('$ref' in operation.requestBody) ? operation.requestBody : undefined
  return html`<article id="${anchor(method, path)}">
    <h3><span class="method ${method}">${method}</span> <code>${path}</code></h3>
    ${operation.summary ? html`<p><strong>${inline(operation.summary)}</strong></p>` : ''}
    ${paragraphs(operation.description)} ${auth ? html`<p class="auth">${auth}</p>` : ''}
    ${
      parameters.length === 0
        ? ''
        : html`<h4>Parameters</h4>
            <table>
              <tr>
                <th>name</th>
                <th>in</th>
                <th>required</th>
                <th>schema</th>
                <th>description</th>
              </tr>
              ${parameters.map(
                (p) =>
                  html`<tr>
                    <td><code>${p.name}</code></td>
                    <td>${p.in}</td>
                    <td>${p.required ? 'yes' : 'no'}</td>
                    <td>${schemaView(p.schema)}</td>
                    <td>${inline(p.description ?? '')}</td>
                  </tr>`,
              )}
            </table>`
    }
    ${
      body
        ? html`<h4>Request body${body.required ? '' : ' (optional)'}</h4>
            ${paragraphs(body.description)} ${contentView(body.content)}`
        : ''
    }
    <h4>Responses</h4>
    <table>
      <tr>
        <th>status</th>
        <th>description</th>
        <th>content</th>
      </tr>
      ${Object.entries<{ description?: string; content?: MediaTypes }>(
        operation.responses ?? {},
      ).map(
        ([status, response]) =>
          html`<tr>
            <td>${status}</td>
            <td>${inline(response.description ?? '')}</td>
            <td>${contentView(response.content)}</td>
          </tr>`,
      )}
    </table>
  </article>`
}

function contentView(content: MediaTypes): Html[] {
  return Object.entries(content ?? {}).map(
    ([type, media]) => html`<div><code>${type}</code>: ${schemaView(media.schema)}</div>`,
  )
}

// A reference is a link to the schema's section; anything else is shown as JSON.
function schemaView(schema: unknown): Html {
  const ref = refName(schema)
  if (ref) return html`<a href="#${anchor('schema', ref)}">${ref}</a>`
  const alternatives = (schema as { oneOf?: unknown[] } | undefined)?.oneOf
  const names = alternatives?.map(refName)
  if (names?.length && names.every(Boolean)) {
    return html`one of
    ${names.map((name, i) => html`${i ? ', ' : ''}<a href="#${anchor('schema', name!)}">${name}</a>`)}`
  }
  return html`<pre>${JSON.stringify(schema ?? {}, null, 2)}</pre>`
}

function refName(schema: unknown): string | undefined {
  const ref = (schema as { $ref?: unknown } | undefined)?.$ref
  return typeof ref === 'string' && ref.startsWith(REF_PREFIX)
    ? ref.slice(REF_PREFIX.length)
    : undefined
}

// Descriptions use Markdown's `code` spans and blank-line paragraphs, and nothing else of it.
function paragraphs(text: string | undefined): Html[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .filter((part) => part.trim() !== '')
    .map((part) => html`<p>${inline(part)}</p>`)
}

function inline(text: string): (string | Html)[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))
}

function anchor(kind: string, name: string): string {
  return `${kind}-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`
}

async function sha256Source(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`
}
