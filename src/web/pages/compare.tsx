import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import { sovereigntyProfile } from '../../catalogue/sovereignty.js'
import type { WebEnv } from '../env.js'
import { healthDataAnswer, sensitiveDataAnswer } from '../answer.js'
import {
  Certifications,
  LabelLevel,
  Locations,
  Tag,
  offeringPath,
  providerPath,
} from '../components.js'
import { offeringEvidence } from '../evidence.js'
import { uiOf } from '../i18n.js'
import { AnswerLine } from './offering-parts.js'

const MAX_COMPARED = 4

/** GET /comparer?id=&id=: up to four offerings side by side, laid out for print too. */
export async function comparePage(c: Context<WebEnv>): Promise<Response> {
  const ctx = c.var.ctx
  const ui = uiOf(c)
  const asked = [...new Set(c.req.queries('id') ?? [])].filter((id) => id.trim() !== '')
  const found = await Promise.all(
    asked.slice(0, MAX_COMPARED).map(async (id) => {
      const row = await ctx.store.getOffering(id)
      if (!row) return { id, missing: true as const }
      const [profile, evidence, provider] = await Promise.all([
        sovereigntyProfile(ctx, row),
        offeringEvidence(ctx, row.credentialHash),
        ctx.store.getParticipant(row.providerId),
      ])
      return { id, missing: false as const, row, profile, evidence, provider }
    }),
  )
  const offerings = found.flatMap((f) => (f.missing ? [] : [f]))
  const ids = offerings.map((o) => o.row.id)
  const title = ui.t('compare.title')
  const line = (label: string, cell: (o: (typeof offerings)[number]) => Child) => (
    <tr>
      <th scope="row">{label}</th>
      {offerings.map((o) => (
        <td>{cell(o)}</td>
      ))}
    </tr>
  )
  return c.render(
    <>
      <h1>{title}</h1>
      {asked.length > MAX_COMPARED && <p class="notice">{ui.t('compare.tooMany')}</p>}
      {found
        .filter((f) => f.missing)
        .map((f) => (
          <p class="notice">{ui.t('compare.unknown', { id: f.id })}</p>
        ))}
      {offerings.length === 0 ? (
        <p>
          {ui.t('compare.empty')} <a href={ui.href('/recherche')}>{ui.t('site.search')}</a>
        </p>
      ) : (
        <>
          <p class="muted noprint">{ui.t('compare.print')}</p>
          <div class="scroll">
            <table class="compare">
              <caption>
                {offerings.length === 1
                  ? ui.t('compare.captionOne')
                  : ui.t('compare.caption', { count: offerings.length })}
              </caption>
              <thead>
                <tr>
                  <td></td>
                  {offerings.map((o) => (
                    <th scope="col">
                      <a href={ui.href(offeringPath(o.row.id))}>
                        <bdi>{o.row.name}</bdi>
                      </a>
                      <br />
                      <a
                        class="noprint"
                        href={ui.href('/comparer', { id: ids.filter((id) => id !== o.row.id) })}
                      >
                        {ui.t('compare.remove', { name: o.row.name })}
                      </a>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {line(ui.t('result.provider'), (o) => (
                  <a href={ui.href(providerPath(o.row.providerId))}>
                    {o.provider?.name ?? o.row.providerId}
                  </a>
                ))}
                {line(ui.t('result.types'), (o) => o.row.types.map((t) => ui.type(t)).join(', '))}
                {line(ui.t('compare.answer'), (o) => (
                  <>
                    <AnswerLine ui={ui} answer={sensitiveDataAnswer(ui, o.profile, o.evidence)} />
                    <AnswerLine ui={ui} answer={healthDataAnswer(ui, o.profile)} />
                  </>
                ))}
                {line(ui.t('result.locations'), (o) => (
                  <Locations ui={ui} locations={o.row.locations} />
                ))}
                {line(ui.t('offering.headquarters'), (o) =>
                  o.profile.headquarters.countryCode
                    ? ui.country(o.profile.headquarters.countryCode)
                    : '—',
                )}
                {line(ui.t('result.certifications'), (o) => (
                  <Certifications
                    ui={ui}
                    granted={o.row.certifications}
                    claims={o.profile.certifications}
                  />
                ))}
                {line(ui.t('offering.levelTitle'), (o) => (
                  <LabelLevel
                    ui={ui}
                    attested={
                      o.profile.overall.basis === 'attested' ? o.profile.overall.level : undefined
                    }
                    eligible={o.profile.overall.level}
                  />
                ))}
                {line(ui.t('offering.weakest'), (o) =>
                  o.profile.weakestLink
                    ? o.profile.weakestLink.reason[ui.lang]
                    : ui.t('offering.noWeakest'),
                )}
                {offerings[0]!.profile.label.criteria.map((criterion, i) =>
                  line(`${criterion.level} · ${criterion.title[ui.lang]}`, (o) => {
                    const result = o.profile.label.criteria[i]!
                    return (
                      <>
                        <Tag tone={result.verdict}>{ui.t(`verdict.${result.verdict}`)}</Tag>{' '}
                        {result.reason[ui.lang]}
                      </>
                    )
                  }),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>,
    { title, ui, section: 'compare' },
  )
}
