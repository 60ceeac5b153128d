import type { Context } from 'hono'
import { accepts } from 'hono/accepts'
import { sovereigntyProfile } from '../../catalogue/sovereignty.js'
import { textIn } from '../../catalogue/text-language.js'
import type { AppContext } from '../../context.js'
import { BadRequestError } from '../../errors.js'
import type { WebContext, WebDeps } from '../env.js'
import { credentialProfile } from '../../model/claims.js'
import type { OfferingRow } from '../../store/store.js'
import { healthDataAnswer, sensitiveDataAnswer } from '../answer.js'
import {
  Certifications,
  LabelLevel,
  Locations,
  Tag,
  offeringPath,
  providerPath,
} from '../components.js'
import { DependencyGraph, DependencyList, graphNodes } from '../dependency-graph.js'
import { offeringEvidence } from '../evidence.js'
import { inBoth, uiOf } from '../i18n.js'
import { notFoundPage } from './errors.js'
import { AnswerLine, CriteriaTable, Verification } from './offering-parts.js'

// `?format=` names what the API serves by content negotiation, for a link that cannot set Accept
const FORMATS: Record<string, { type: string; extension: string }> = {
  jsonld: { type: 'application/ld+json', extension: 'jsonld' },
  nquads: { type: 'application/n-quads', extension: 'nq' },
  jwt: { type: 'application/vc+jwt', extension: 'jwt' },
  json: { type: 'application/json', extension: 'json' },
}

/** GET /offres/{id}: the buyer's answer, the criteria, the dependencies, the proof. */
export async function offeringPage(c: WebContext, deps: WebDeps): Promise<Response> {
  const ctx = c.var.ctx
  const ui = uiOf(c)
  const id = c.req.param('id') ?? ''
  const row = await findOffering(ctx, id, c.req.path)
  if (!row) return notFoundPage(c, ui, ui.t('offering.notFound', { id }))
  const stored = await ctx.store.getCredential(row.credentialHash)
  if (!stored) return notFoundPage(c, ui, ui.t('offering.notFound', { id }))
  const format = c.req.query('format')
  if (format !== undefined && !Object.hasOwn(FORMATS, format)) {
    throw new BadRequestError('Some query parameters are invalid.', [
      {
        code: 'parameter-invalid',
        path: '/query/format',
        message: inBoth('offering.badFormat', { value: format }),
        severity: 'violation',
      },
    ])
  }
  // a Data Integrity credential has its proof inside its JSON-LD: it has no JWT form
  if (format === 'jwt' && stored.format !== 'jwt_vc') {
    return notFoundPage(c, ui, ui.t('offering.noJwt', { name: row.name }))
  }
  const wanted = format ? FORMATS[format] : negotiated(c)
  c.header('Vary', 'Accept, Accept-Language')
  if (wanted) {
    const answer = await deps.apiGet(`/api/v1/offerings/${encodeURIComponent(row.id)}`, wanted.type)
    if (!format) return answer
    const headers = new Headers(answer.headers)
    const name = (row.id.split('/').pop() || 'offering').replace(/[^A-Za-z0-9._-]/g, '_')
    headers.set('Content-Disposition', `attachment; filename="${name}.${wanted.extension}"`)
    return new Response(answer.body, { status: answer.status, headers })
  }
  const [profile, evidence, provider, credential] = await Promise.all([
    sovereigntyProfile(ctx, row),
    offeringEvidence(ctx, row.credentialHash),
    ctx.store.getParticipant(row.providerId),
    credentialProfile(ctx, stored),
  ])
  const issuer =
    stored.issuer === provider?.did ? provider : await ctx.store.getParticipant(stored.issuer)
  const nodes = graphNodes(row, profile, provider?.name ?? null)
  const weakest = profile.weakestLink
  const providerName = provider?.name ?? row.providerId
  return c.render(
    <>
      <h1>{row.name}</h1>
      <p>
        {ui.t('offering.provider')}{' '}
        <a href={ui.href(providerPath(row.providerId))}>
          <bdi>{providerName}</bdi>
        </a>
        {' · '}
        {row.types.map((t) => ui.type(t)).join(', ')}
      </p>
      {row.status !== 'active' && (
        <p class="error">{ui.t('offering.revoked', { status: ui.t(`status.${row.status}`) })}</p>
      )}
      {provider?.status === 'suspended' && (
        <p class="notice">{ui.t('offering.providerSuspended')}</p>
      )}
      <section class="answer" aria-labelledby="answer">
        <h2 id="answer" class="sr">
          {ui.t('offering.answerTitle')}
        </h2>
        <AnswerLine ui={ui} answer={sensitiveDataAnswer(ui, profile, evidence)} />
        <AnswerLine ui={ui} answer={healthDataAnswer(ui, profile)} />
      </section>
      <h2>{ui.t('offering.about')}</h2>
      <dl class="facts">
        <dt>{ui.t('offering.description')}</dt>
        <dd>{textIn(row.description, ui.lang)}</dd>
        <dt>{ui.t('result.locations')}</dt>
        <dd>
          <Locations ui={ui} locations={row.locations} /> — {profile.locations.reason[ui.lang]}
        </dd>
        <dt>{ui.t('offering.headquarters')}</dt>
        <dd>
          {profile.headquarters.countryCode ? ui.country(profile.headquarters.countryCode) : '—'} —{' '}
          <Tag tone={profile.headquarters.inEuEea}>
            {ui.t(`verdict.${profile.headquarters.inEuEea}`)}
          </Tag>{' '}
          {profile.headquarters.reason[ui.lang]}
        </dd>
        <dt>{ui.t('offering.certifications')}</dt>
        <dd>
          <Certifications
            ui={ui}
            granted={row.certifications}
            claims={profile.certifications}
            attestedBy={issuer && issuer.id !== row.providerId ? issuer.name : undefined}
          />
        </dd>
        <dt>{ui.t('offering.regimes')}</dt>
        <dd>{row.dataProtectionRegimes.map((r) => ui.regime(r)).join(', ') || '—'}</dd>
        <dt>{ui.t('offering.keywords')}</dt>
        <dd>{row.keywords.join(', ') || '—'}</dd>
        <dt>{ui.t('offering.validity')}</dt>
        <dd>
          {row.validUntil
            ? ui.t('offering.validFromTo', {
                from: ui.date(row.issuedAt),
                until: ui.date(row.validUntil),
              })
            : ui.t('offering.validFrom', { from: ui.date(row.issuedAt) })}
        </dd>
      </dl>
      <h2>{ui.t('offering.levelTitle')}</h2>
      <p>
        {ui.t('offering.levelOverall')}{' '}
        <LabelLevel
          ui={ui}
          attested={profile.overall.basis === 'attested' ? profile.overall.level : undefined}
          eligible={profile.overall.level}
        />
      </p>
      <p>
        {ui.t('offering.levelOwn')}{' '}
        <LabelLevel
          ui={ui}
          attested={profile.label.attestedLevel}
          eligible={profile.label.eligibleLevel}
        />
      </p>
      <h3>{ui.t('offering.weakest')}</h3>
      <p>
        {weakest ? (
          <>
            {weakest.id === row.id ? (
              <strong>{row.name}</strong>
            ) : (
              <a href={ui.href(offeringPath(weakest.id))}>{weakest.name ?? weakest.id}</a>
            )}
            {' — '}
            {weakest.reason[ui.lang]}
          </>
        ) : (
          ui.t('offering.noWeakest')
        )}
      </p>
      <h3>{ui.t('offering.criteria')}</h3>
      <CriteriaTable ui={ui} row={row} profile={profile} evidence={evidence} />
      <p class="muted">{profile.label.notDeclarable[ui.lang]}</p>
      <h2>{ui.t('offering.dependencies')}</h2>
      {nodes.length === 1 ? (
        <p>{ui.t('offering.noDependencies')}</p>
      ) : (
        <div class="graph">
          <DependencyGraph ui={ui} nodes={nodes} weakest={weakest?.id} />
          <ul class="legend" aria-label={ui.t('graph.legend')}>
            <li>{ui.t('graph.yes')}</li>
            <li>{ui.t('graph.no')}</li>
            <li>{ui.t('graph.unknown')}</li>
            <li>{ui.t('graph.weakest')}</li>
          </ul>
          <h3>{ui.t('graph.list')}</h3>
          <DependencyList ui={ui} nodes={nodes} weakest={weakest?.id} />
        </div>
      )}
      <h2>{ui.t('offering.verification')}</h2>
      <Verification
        ui={ui}
        row={row}
        base={ctx.config.publicUrl}
        issuer={{ did: stored.issuer, id: issuer?.id, name: issuer?.name }}
        credential={stored}
        profile={credential}
      />
      <p class="noprint">
        <a href={ui.href('/comparer', { id: row.id })}>{ui.t('offering.compareWith')}</a>
      </p>
    </>,
    { title: row.name, ui },
  )
}

/** The representation `Accept` asks for, when it prefers one of the API's to the page. */
function negotiated(c: Context): { type: string; extension: string } | undefined {
  const types = Object.values(FORMATS).map((f) => f.type)
  const type = accepts(c, {
    header: 'Accept',
    supports: ['text/html', ...types],
    default: 'text/html',
  })
  return Object.values(FORMATS).find((f) => f.type === type)
}

/** By id; an offering's own IRI on this node (`/offerings/{slug}`) finds it too. */
async function findOffering(
  ctx: AppContext,
  id: string,
  path: string,
): Promise<OfferingRow | undefined> {
  const row = await ctx.store.getOffering(id)
  if (row || !path.startsWith('/offerings/')) return row
  return ctx.store.getOffering(`${ctx.config.publicUrl}/offerings/${id}`)
}
