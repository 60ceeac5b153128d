import type { Context } from 'hono'
import type { Finding } from '../../errors.js'
import type { WebEnv } from '../env.js'
import { FindingList } from '../components.js'
import { uiOf, type Ui } from '../i18n.js'
import { renderPage } from '../layout.js'

// What is the API's, whatever the client: an unknown path there is the API's 404 problem.
const API_PATHS =
  /^\/(api\/|federation|credentials-events|\.well-known\/|credentials\/|presentations\/|openapi\.json|metrics|healthz|readyz|docs)/

/** A browser asking for a page: its Accept names text/html, and the path is not the API's. */
export function wantsPage(c: Context): boolean {
  if (API_PATHS.test(c.req.path)) return false
  const accept = c.req.header('Accept') ?? ''
  return accept
    .split(',')
    .some((range) => /^\s*text\/html\s*(;|$)/i.test(range) && !/;\s*q=0(\.0*)?\s*(;|$)/.test(range))
}

/** The 404 page, for a page path that names nothing. */
export function notFoundPage(
  c: Context<WebEnv>,
  ui: Ui = uiOf(c),
  detail?: string,
): Promise<Response> {
  const title = ui.t('error.notFoundTitle')
  return renderPage(
    c,
    <>
      <h1>{title}</h1>
      <p>{detail ?? ui.t('error.notFound')}</p>
      <p>
        <a href={ui.href('/')}>{ui.t('error.back')}</a>
      </p>
    </>,
    { title, ui },
    404,
  )
}

/**
 * An error as a page: the status, findings and headers of `problem`, the API's answer to the same
 * error (app.ts made it, and logged what it logs), in the reader's language.
 */
export async function errorPage(c: Context<WebEnv>, problem: Response): Promise<Response> {
  const { status, errors } = (await problem.json()) as { status: number; errors?: Finding[] }
  const ui = uiOf(c)
  if (status === 404) return notFoundPage(c, ui)
  const retry = problem.headers.get('Retry-After')
  const detail =
    status === 429
      ? ui.t('error.tooMany', { seconds: retry ?? '60' })
      : status === 413
        ? ui.t('error.tooLarge')
        : status >= 500
          ? ui.t('error.server')
          : ui.t('error.badRequest')
  const title = ui.t('error.title', { status })
  const page = await renderPage(
    c,
    <>
      <h1>{title}</h1>
      <p>{detail}</p>
      {errors && errors.length > 0 && <FindingList ui={ui} findings={errors} />}
      <p>
        <a href={ui.href('/')}>{ui.t('error.back')}</a>
      </p>
    </>,
    { title, ui },
    status,
  )
  if (retry) page.headers.set('Retry-After', retry)
  return page
}
