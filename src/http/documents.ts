import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { seedDocument } from '../../seed/documents/documents.js'
import { NotFoundError } from '../errors.js'
import type { HonoEnv } from './env.js'
import { createRouter, problems } from './openapi/router.js'

/**
 * The documents the seeded catalogue's credentials link to (evidence, legal documents, terms and
 * conditions, contact), at the paths the credentials name: generated PDFs, the same bytes whose
 * sha256 a credential states where its shape has room for one (gx:TermsAndConditions gx:hash).
 */
export const documents = createRouter()

// Chrome shows a PDF in a viewer that `object-src` and `default-src 'none'` would block: the
// document keeps only the framing rule (it runs nothing, and nosniff holds it to its type).
const DOCUMENT_CSP = "frame-ancestors 'none'"

async function serve(c: Context<HonoEnv>) {
  const document = seedDocument(c.req.path)
  if (!document) throw new NotFoundError(`No document ${c.req.path} on this node.`)
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', document.bytes))
  const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
  const etag = `"sha256-${hex}"`
  const name = c.req.path.split('/').pop() || 'document'
  const headers = {
    'Content-Type': document.mediaType,
    'Content-Disposition': `inline; filename="${name.endsWith('.pdf') ? name : `${name}.pdf`}"`,
    'Cache-Control': 'public, max-age=3600',
    ETag: etag,
    // RFC 9530: what a reader compares with the hash a credential states
    'Repr-Digest': `sha-256=:${btoa(String.fromCharCode(...digest))}:`,
    'Content-Security-Policy': DOCUMENT_CSP,
  }
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers)
  return c.body(document.bytes, 200, headers)
}

// `{path}` may hold slashes (`/legal/offerings/{slug}/terms.pdf`): served as hono's `:path{.+}`
const FOLDERS = [
  ['/evidence', 'Evidence of a certification a seeded credential claims'],
  ['/legal', 'A legal document or terms and conditions a seeded credential names'],
  ['/partners', 'A document of a seeded partner, under its own folder'],
] as const

for (const [folder, summary] of FOLDERS) {
  documents.get(`${folder}/:path{.+}`, serve)
  documents.openAPIRegistry.registerPath(documentRoute(`${folder}/{path}`, summary))
}
documents.get('/contact', serve)
documents.openAPIRegistry.registerPath(documentRoute('/contact', 'The seeded provider’s contact'))

function documentRoute(path: string, summary: string) {
  return createRoute({
    method: 'get',
    path,
    tags: ['Seeded documents'],
    summary,
    description:
      'A demonstration PDF generated from the seed: it restates what the credential claims and links to the scheme or law it refers to. `ETag` and `Repr-Digest` (sha-256) let a reader compare it with a hash the credential states.',
    ...(path.includes('{path}')
      ? {
          request: {
            params: z.object({ path: z.string().openapi({ example: 'hds-certificate.pdf' }) }),
          },
        }
      : {}),
    responses: {
      200: {
        description: 'The document.',
        content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      304: { description: 'Not modified (`If-None-Match`).' },
      ...problems(404),
    },
  })
}
