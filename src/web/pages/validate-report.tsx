import type { Finding } from '../../errors.js'
import type { ValidationReport } from '../../validation/pipeline.js'
import { Tag } from '../components.js'
import type { Ui } from '../i18n.js'
import { lineOfPointer, prettyJson } from '../json-lines.js'

// Past this many lines, only the lines around a finding are printed.
const FULL_LISTING = 160
const CONTEXT = 3

type Located = Finding & { line: number }

/** The report of a check: the verdicts, then each finding next to the line it points to. */
export function Report({
  ui,
  report,
  shown,
  decoded,
}: {
  ui: Ui
  report: ValidationReport
  shown: unknown
  decoded: boolean
}) {
  const pretty = shown === undefined ? undefined : prettyJson(shown)
  const located: Located[] = report.errors
    .map((finding) => ({ ...finding, line: pretty ? lineOfPointer(pretty, finding.path) : 0 }))
    .sort((a, b) => a.line - b.line)
  return (
    <section aria-labelledby="result">
      <h2 id="result">{ui.t('validate.result')}</h2>
      <p>
        <Tag tone={report.conforms ? 'yes' : 'no'}>
          {ui.t(report.conforms ? 'validate.conforms' : 'validate.notConforms')}
        </Tag>{' '}
        <Tag tone={report.verified ? 'yes' : 'no'}>
          {ui.t(report.verified ? 'validate.verified' : 'validate.notVerified')}
        </Tag>
      </p>
      {report.credentials.length > 0 && (
        <>
          <h3>{ui.t('validate.credentials')}</h3>
          <ul>
            {report.credentials.map((c) => (
              <li>
                {c.types.join(', ')} — <code>{c.id ?? c.hash}</code> — {ui.t('offering.issuer')}{' '}
                <code>{c.issuer}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{ui.t('validate.findings', { count: located.length })}</h3>
      {located.length === 0 ? (
        <p>{ui.t('validate.noFinding')}</p>
      ) : (
        <ol class="findings">
          {located.map((f) => (
            <li>
              <Severity ui={ui} finding={f} />{' '}
              {pretty ? (
                <a href={`#l${f.line + 1}`}>{ui.t('validate.line', { line: f.line + 1 })}</a>
              ) : (
                ui.t('validate.whole')
              )}
              {' — '}
              {f.message[ui.lang]} <code class="muted">{f.code}</code>
            </li>
          ))}
        </ol>
      )}
      {pretty && (
        <>
          <h3>{ui.t(decoded ? 'validate.decoded' : 'validate.document')}</h3>
          <Listing
            ui={ui}
            lines={pretty.lines}
            findings={located}
            label={ui.t(decoded ? 'validate.decoded' : 'validate.document')}
          />
        </>
      )}
    </section>
  )
}

function Severity({ ui, finding }: { ui: Ui; finding: Finding }) {
  return (
    <Tag tone={finding.severity === 'violation' ? 'no' : 'wait'}>
      {ui.t(`validate.severity.${finding.severity}`)}
    </Tag>
  )
}

function Listing({
  ui,
  lines,
  findings,
  label,
}: {
  ui: Ui
  lines: string[]
  findings: Located[]
  label: string
}) {
  const at = new Map<number, Located[]>()
  for (const f of findings) at.set(f.line, [...(at.get(f.line) ?? []), f])
  const shown = (i: number) =>
    lines.length <= FULL_LISTING || findings.some((f) => Math.abs(f.line - i) <= CONTEXT)
  const out = []
  for (let i = 0; i < lines.length; i++) {
    if (!shown(i)) {
      let end = i
      while (end < lines.length && !shown(end)) end++
      out.push(
        <div class="gap">
          {end - i === 1 ? ui.t('validate.elidedOne') : ui.t('validate.elided', { count: end - i })}
        </div>,
      )
      i = end - 1
      continue
    }
    const here = at.get(i)
    out.push(
      <div class={here ? 'l hit' : 'l'} id={here ? `l${i + 1}` : undefined}>
        <span class="n">{i + 1}</span>
        <span class="c">{lines[i]}</span>
      </div>,
    )
    for (const f of here ?? []) {
      out.push(
        <div class={`note ${f.severity}`}>
          <Severity ui={ui} finding={f} /> {f.message[ui.lang]} <code>{f.path || '/'}</code>
        </div>,
      )
    }
  }
  // focusable, so a keyboard can scroll it sideways
  return (
    <div class="listing" role="region" aria-label={label} tabindex={0}>
      {out}
    </div>
  )
}
