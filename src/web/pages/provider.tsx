import type { Context } from 'hono'
import { withCurrentNumbers } from '../../catalogue/registration.js'
import { searchOfferings } from '../../catalogue/search.js'
import type { RegistrationNumberKind } from '../../model/extract.js'
import type { RegistrationNumber } from '../../store/schema.js'
import type { ParticipantRow } from '../../store/store.js'
import type { WebEnv } from '../env.js'
import { credentialPath } from '../components.js'
import { uiOf, type Ui } from '../i18n.js'
import type { MessageKey } from '../messages.js'
import { notFoundPage } from './errors.js'
import { resultExtras } from './search.js'
import { ComparableResults } from './search-parts.js'

const SHOWN = 20

const STATUS = {
  active: 'provider.statusActive',
  pending: 'provider.statusPending',
  suspended: 'provider.statusSuspended',
} as const satisfies Record<ParticipantRow['status'], MessageKey>

const KINDS: Record<RegistrationNumberKind, MessageKey> = {
  'gx:VatID': 'registration.vat',
  'gx:LeiCode': 'registration.lei',
  'gx:EORI': 'registration.eori',
  'gx:EUID': 'registration.euid',
  'gx:LocalRegistrationNumber': 'registration.local',
  'gx:TaxID': 'registration.tax',
}

/** GET /fournisseurs/{id}: the participant, its offerings (a search by provider), its credentials. */
export async function providerPage(c: Context<WebEnv>): Promise<Response> {
  const ctx = c.var.ctx
  const ui = uiOf(c)
  const id = c.req.param('id') ?? ''
  const held = await ctx.store.getParticipant(id)
  if (!held) return notFoundPage(c, ui, ui.t('provider.notFound', { id }))
  const row = (await withCurrentNumbers(ctx.store, [held]))[0]!
  const [offerings, credentials] = await Promise.all([
    searchOfferings(ctx.store, { provider: [row.id], limit: SHOWN, facets: [] }),
    // a credential a number was read from stays listed, with its status, once it is not active
    ctx.store.participantCredentials(held),
  ])
  const extras = await resultExtras(ctx, offerings, false)
  return c.render(
    <>
      <h1>{row.name}</h1>
      <dl class="facts">
        <dt>{ui.t('provider.did')}</dt>
        <dd>
          <code>{row.did}</code>
        </dd>
        <dt>{ui.t('provider.country')}</dt>
        <dd>{row.countryCode ? ui.country(row.countryCode) : '—'}</dd>
        <dt>{ui.t('provider.registration')}</dt>
        <dd>
          {row.registrationNumbers.length === 0 ? (
            '—'
          ) : (
            <ul class="plain">
              {row.registrationNumbers.map((number) => (
                <li>
                  <RegistrationNumberText ui={ui} number={number} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{ui.t('provider.status')}</dt>
        <dd>{ui.t(STATUS[row.status])}</dd>
        <dt>{ui.t('provider.origin')}</dt>
        <dd>{row.origin === 'local' ? ui.t('provider.originLocal') : <code>{row.origin}</code>}</dd>
        <dt>{ui.t('provider.updated')}</dt>
        <dd>{ui.date(row.updatedAt)}</dd>
      </dl>
      <h2>{ui.t('provider.offerings', { count: offerings.total })}</h2>
      {offerings.items.length === 0 ? (
        <p>{ui.t('provider.none')}</p>
      ) : (
        <ComparableResults ui={ui} items={offerings.items} extras={extras} />
      )}
      <p>
        <a href={ui.href('/recherche', { provider: row.id })}>{ui.t('provider.allOfferings')}</a>
      </p>
      <h2>{ui.t('provider.credentials')}</h2>
      <div class="scroll">
        <table>
          <caption>{ui.t('provider.credentialsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{ui.t('provider.types')}</th>
              <th scope="col">{ui.t('provider.status')}</th>
              <th scope="col">{ui.t('offering.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {credentials.map((credential) => (
              <tr>
                <th scope="row">
                  {credential.types.filter((t) => t !== 'VerifiableCredential').join(', ')}
                </th>
                <td>{ui.t(`status.${credential.status}`)}</td>
                <td>
                  <a href={credentialPath(credential.hash)} class="mono">
                    {credential.hash}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>,
    { title: row.name, ui },
  )
}

/** A number by its kind, with who states it when not the provider; a link it reads no number from, as a link. */
function RegistrationNumberText({ ui, number }: { ui: Ui; number: RegistrationNumber }) {
  const kind = KINDS[number.type as RegistrationNumberKind]
  if (number.link || !kind) {
    return (
      <>
        {ui.t('registration.link')} <code>{number.value}</code>
      </>
    )
  }
  return (
    <>
      {ui.t(kind)} <code>{number.value}</code>
      {number.issuer && (
        <span class="muted"> ({ui.t('registration.statedBy', { issuer: number.issuer })})</span>
      )}
    </>
  )
}
