import type { SovereigntyProfile } from '../../catalogue/sovereignty.js'
import type { CredentialProfile } from '../../model/claims.js'
import type { OfferingRow } from '../../store/store.js'
import { Tag, credentialPath, offeringPath, providerPath, webUrl } from '../components.js'
import { VERDICT_TONE, VERDICT_WORD, type Answer } from '../answer.js'
import type { OfferingEvidence } from '../evidence.js'
import { link, type Ui } from '../i18n.js'

/** A document backing a criterion; without `href`, a link the page does not follow (not http). */
type Evidence = { href?: string; text: string }

// The documents that back each criterion: the claims' evidence, the legal documents it names, or
// the signed credential and the provider's page for what they state themselves.
const SECURITY = ['ISO27001', 'SecNumCloud', 'C5', 'EUCS-high', 'ISO27017']
const HIGH_ASSURANCE = ['SecNumCloud', 'EUCS-high']

export function criterionEvidence(
  ui: Ui,
  criterion: string,
  row: OfferingRow,
  profile: SovereigntyProfile,
  evidence: OfferingEvidence | undefined,
): Evidence[] {
  const credential = {
    href: credentialPath(row.credentialHash),
    text: ui.t('offering.theCredential'),
  }
  const provider = {
    href: ui.href(providerPath(row.providerId)),
    text: ui.t('offering.theProvider'),
  }
  // the granted claims that meet the criterion, or else those in progress that say why not
  const claims = (schemes: string[]) => {
    const relevant = profile.certifications.filter((c) => schemes.includes(c.scheme) && c.evidence)
    const granted = relevant.filter((c) => c.status === 'claimed')
    return (granted.length > 0 ? granted : relevant).map((c) => {
      const href = webUrl(c.evidence)
      const text = ui.t('cert.evidenceOf', { scheme: c.scheme })
      return href ? { href, text } : { text: `${text} (${c.evidence})` }
    })
  }
  const documents = (keep: (d: OfferingEvidence['documents'][number]) => boolean) =>
    (evidence?.documents ?? [])
      .filter(keep)
      .map((d) => (webUrl(d.url) ? { href: d.url, text: fileName(d.url) } : { text: d.url }))
  switch (criterion) {
    case 'sc-provider':
    case 'l3-headquarters':
      return [provider]
    case 'l1-processing-terms':
      return documents((d) => d.type === 'gx:CustomerDataProcessingTerms')
    case 'l3-government-access':
      return documents((d) => d.type === 'gx:GovernmentInvestigationManagement')
    case 'l2-governing-law':
      return documents((d) => d.governingLaw.length > 0 && d.type !== 'gx:ComplianceAssurance')
    case 'l1-security-certification':
      return claims(SECURITY)
    case 'l3-high-assurance':
      return claims(HIGH_ASSURANCE)
    default:
      return [credential]
  }
}

function fileName(url: string): string {
  try {
    const path = new URL(url).pathname
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url
  } catch {
    return url
  }
}

export function AnswerLine({ ui, answer }: { ui: Ui; answer: Answer }) {
  return (
    <p>
      <strong>{answer.question}</strong>
      {ui.t('answer.colon')}
      <span class={`verdict ${VERDICT_TONE[answer.verdict]}`}>
        {ui.t(VERDICT_WORD[answer.verdict])}
      </span>
      {' — '}
      {answer.reason}
    </p>
  )
}

export function CriteriaTable({
  ui,
  row,
  profile,
  evidence,
}: {
  ui: Ui
  row: OfferingRow
  profile: SovereigntyProfile
  evidence: OfferingEvidence | undefined
}) {
  return (
    <div class="scroll">
      <table>
        <caption>{ui.t('offering.criteriaCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.t('offering.level')}</th>
            <th scope="col">{ui.t('offering.criterion')}</th>
            <th scope="col">{ui.t('offering.verdict')}</th>
            <th scope="col">{ui.t('offering.reason')}</th>
            <th scope="col">{ui.t('offering.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {profile.label.criteria.map((criterion) => {
            const links = criterionEvidence(ui, criterion.id, row, profile, evidence)
            return (
              <tr>
                <td>{criterion.level}</td>
                <th scope="row">{criterion.title[ui.lang]}</th>
                <td>
                  <Tag tone={criterion.verdict}>{ui.t(`verdict.${criterion.verdict}`)}</Tag>
                </td>
                <td>{criterion.reason[ui.lang]}</td>
                <td>
                  {links.length === 0
                    ? ui.t('offering.noEvidence')
                    : links.map((l, i) => (
                        <>
                          {i > 0 && ', '}
                          {l.href ? <a href={l.href}>{l.text}</a> : <code>{l.text}</code>}
                        </>
                      ))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

export function Verification({
  ui,
  row,
  issuer,
  credential,
  profile,
  base,
}: {
  ui: Ui
  row: OfferingRow
  base: string
  issuer: { did: string; id?: string; name?: string }
  credential: { receivedAt: number }
  profile: CredentialProfile
}) {
  const page = offeringPath(row.id)
  const api = `${base}/api/v1/offerings/${encodeURIComponent(row.id)}`
  const downloads: [string, string, string][] = [
    ['jsonld', 'offering.downloadJsonLd', 'application/ld+json'],
    ['nquads', 'offering.downloadNQuads', 'application/n-quads'],
    ...(profile.format === 'jwt_vc'
      ? [['jwt', 'offering.downloadJwt', 'application/vc+jwt'] as [string, string, string]]
      : []),
  ]
  return (
    <>
      <dl class="facts">
        <dt>{ui.t('offering.issuer')}</dt>
        <dd>
          {issuer.id ? (
            <a href={ui.href(providerPath(issuer.id))}>{issuer.name ?? issuer.did}</a>
          ) : (
            issuer.name
          )}{' '}
          <code>{issuer.did}</code>
        </dd>
        <dt>{ui.t('offering.proof')}</dt>
        <dd>
          <code>{profile.format}</code> · <code>{profile.proofType}</code> ·{' '}
          <code>{profile.mediaType}</code>
        </dd>
        <dt>{ui.t('offering.generation')}</dt>
        <dd>{ui.t(`offering.generation.${profile.generation ?? 'none'}`)}</dd>
        <dt>{ui.t('offering.hash')}</dt>
        <dd>
          <code>{row.credentialHash}</code>
        </dd>
        <dt>{ui.t('offering.checked')}</dt>
        <dd>{ui.date(credential.receivedAt)}</dd>
      </dl>
      <h3>{ui.t('offering.download')}</h3>
      <ul>
        {downloads.map(([format, key]) => (
          <li>
            <a href={link(page, { format })} download>
              {ui.t(key as Parameters<Ui['t']>[0])}
            </a>
          </li>
        ))}
        {profile.format !== 'jwt_vc' && <li class="muted">{ui.t('offering.noJwtForm')}</li>}
      </ul>
      <p>{ui.t('offering.curl')}</p>
      <ul>
        {downloads.map(([, , type]) => (
          <li>
            <code>{`curl -H 'Accept: ${type}' ${api}`}</code>
          </li>
        ))}
      </ul>
    </>
  )
}
