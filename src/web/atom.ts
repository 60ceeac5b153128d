// A search as an Atom feed (RFC 4287): the offerings it matches, revoked and superseded ones
// included, newest change first, so a feed reader tells a buyer when the market they watch moves.
import type { Context } from 'hono'
import { searchOfferings, type SearchQuery } from '../catalogue/search.js'
import type { CredentialStatus } from '../store/schema.js'
import { bidiControlsShownIn as shown } from '../model/bidi.js'
import type { WebEnv } from './env.js'
import { offeringPath } from './components.js'
import { link, type Ui } from './i18n.js'

const EVERY_STATUS: CredentialStatus[] = ['active', 'deprecated', 'revoked', 'expired']
const MAX_ENTRIES = 50
export const ATOM_TYPE = 'application/atom+xml'

/** The feed of `query`, for the search page's parameters `params`. */
export async function atomFeed(
  c: Context<WebEnv>,
  ui: Ui,
  query: SearchQuery,
  params: Record<string, string[]>,
): Promise<Response> {
  const { store, config } = c.var.ctx
  const result = await searchOfferings(store, {
    ...query,
    status: query.status?.length ? query.status : EVERY_STATUS,
    sort: '-updated',
    facets: [],
    limit: Math.min(query.limit, MAX_ENTRIES),
    cursor: undefined,
  })
  const rows = new Map(
    (await store.offeringsByIds(result.items.map((item) => item.id))).map((r) => [r.id, r]),
  )
  const { cursor: _cursor, ...kept } = params
  const lang = ui.chosen ? { lang: ui.lang } : {}
  const base = config.publicUrl
  const self = `${base}${link('/recherche.atom', { ...kept, ...lang })}`
  const page = `${base}${link('/recherche', { ...kept, ...lang })}`
  const updatedOf = (id: string, fallback: string) =>
    new Date(rows.get(id)?.updatedAt ?? fallback).toISOString()
  // titles, authors and summaries are read by people: a bidi control shows as its code (bidi.ts);
  // ids stay the IRIs they are
  const entries = result.items.map((item) => {
    const updated = updatedOf(item.id, item.issuedAt)
    const status = item.status === 'active' ? '' : ` — ${ui.t(`status.${item.status}`)}`
    return `<entry>
<id>${x(item.id)}</id>
<title>${x(shown(item.name) + status)}</title>
<updated>${updated}</updated>
<published>${x(item.issuedAt)}</published>
<author><name>${x(shown(item.provider.name ?? item.provider.id))}</name></author>
<category term="${x(item.status)}" label="${x(ui.t(`status.${item.status}`))}"/>
<link rel="alternate" type="text/html" href="${x(base + offeringPath(item.id))}"/>
<summary>${x(shown(item.description.slice(0, 600)))}</summary>
</entry>`
  })
  const newest = result.items[0]
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${ui.lang}">
<id>${x(self)}</id>
<title>${x(`${config.nodeName} — ${ui.t('search.feedTitle')}`)}</title>
<updated>${newest ? updatedOf(newest.id, newest.issuedAt) : c.var.ctx.clock().toISOString()}</updated>
<link rel="self" type="${ATOM_TYPE}" href="${x(self)}"/>
<link rel="alternate" type="text/html" href="${x(page)}"/>
<generator>${x(config.nodeName)}</generator>
${entries.join('\n')}
</feed>
`
  return c.body(xml, 200, { 'Content-Type': `${ATOM_TYPE}; charset=utf-8` })
}

// XML 1.0 has no place for C0 controls other than tab and line breaks, whatever the escaping
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function x(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
