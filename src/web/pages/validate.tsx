import type { Context } from 'hono'
import { decodeCompactJwt } from '../../credentials/jwt/vc-jwt.js'
import type { Finding } from '../../errors.js'
import type { WebEnv } from '../env.js'
import { validateDocument, type ValidationReport } from '../../validation/pipeline.js'
import { FindingList } from '../components.js'
import { uiOf, type MessageKey, type Ui } from '../i18n.js'
import { badRequestFindings } from '../search-params.js'
import { Report } from './validate-report.js'

// a compact JWS: three base64url parts (body.ts reads a VC-JWT or VP-JWT the same way)
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

type Outcome =
  | { kind: 'form' }
  | { kind: 'refused'; text: string; message?: MessageKey; findings?: Finding[] }
  | { kind: 'report'; text: string; report: ValidationReport; shown: unknown; decoded: boolean }

/** GET /valider: the form. POST /valider: the same findings as POST /api/v1/validate. */
export async function validatePage(c: Context<WebEnv>): Promise<Response> {
  const ui = uiOf(c)
  const outcome: Outcome = c.req.method === 'POST' ? await check(c) : { kind: 'form' }
  if (outcome.kind === 'refused') c.status(400)
  const text = outcome.kind === 'form' ? '' : outcome.text
  return c.render(
    <>
      <h1>{ui.t('validate.title')}</h1>
      <p class="lead">{ui.t('validate.lead')}</p>
      {outcome.kind === 'refused' && (
        <div class="error" role="alert">
          <p>{ui.t(outcome.message ?? 'validate.refused')}</p>
          {outcome.findings && <FindingList ui={ui} findings={outcome.findings} />}
        </div>
      )}
      {outcome.kind === 'report' && (
        <Report ui={ui} report={outcome.report} shown={outcome.shown} decoded={outcome.decoded} />
      )}
      <Form ui={ui} text={text} />
    </>,
    { title: ui.t('validate.title'), ui, section: 'validate' },
  )
}

function Form({ ui, text }: { ui: Ui; text: string }) {
  return (
    <form method="post" action={ui.href('/valider')} enctype="multipart/form-data" class="noprint">
      <p>
        <label for="document">
          {ui.t('validate.paste')}{' '}
          <span class="hint" id="document-hint">
            {ui.t('validate.pasteHint')}
          </span>
        </label>
        <textarea id="document" name="document" aria-describedby="document-hint" spellcheck={false}>
          {text}
        </textarea>
      </p>
      <p>
        <label for="file">{ui.t('validate.file')}</label>
        <input
          type="file"
          id="file"
          name="file"
          accept=".json,.jsonld,.jwt,.txt,application/json,application/ld+json"
        />
      </p>
      <button type="submit">{ui.t('validate.submit')}</button>
    </form>
  )
}

async function check(c: Context<WebEnv>): Promise<Outcome> {
  const form = await c.req.parseBody()
  const file = form['file']
  let text = typeof form['document'] === 'string' ? form['document'] : ''
  if (typeof file === 'object' && file !== null && file.size > 0) {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
        await file.arrayBuffer(),
      )
    } catch {
      return { kind: 'refused', text: '', message: 'validate.notUtf8' }
    }
  }
  text = text.replace(/^\uFEFF/, '').trim()
  if (text === '') return { kind: 'refused', text, message: 'validate.empty' }
  let document: Record<string, unknown> | string
  let shown: unknown
  if (COMPACT_JWS.test(text)) {
    document = text
    const decoded = decodeCompactJwt(text)
    shown = 'error' in decoded ? undefined : decoded.payload
  } else {
    try {
      shown = JSON.parse(text)
    } catch {
      return { kind: 'refused', text, message: 'validate.notJson' }
    }
    if (typeof shown !== 'object' || shown === null || Array.isArray(shown)) {
      return { kind: 'refused', text, message: 'validate.notObject' }
    }
    document = shown as Record<string, unknown>
  }
  try {
    const { report } = await validateDocument(c.var.ctx, document)
    return { kind: 'report', text, report, shown, decoded: typeof document === 'string' }
  } catch (error) {
    // refused before any check, as the API refuses it with a 400: limits, text that is not Unicode
    const findings = badRequestFindings(error)
    if (!findings) throw error
    return { kind: 'refused', text, findings }
  }
}
