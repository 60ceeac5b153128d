import type { Child } from 'hono/jsx'
import type { CertificationClaim } from '../model/certifications.js'
import type { Finding } from '../errors.js'
import type { Certification, Location } from '../store/schema.js'
import type { Ui } from './i18n.js'

export type Tone = 'yes' | 'no' | 'wait' | 'unknown'

export function offeringPath(id: string): string {
  return `/offres/${encodeURIComponent(id)}`
}

export function providerPath(id: string): string {
  return `/fournisseurs/${encodeURIComponent(id)}`
}

export function credentialPath(hash: string): string {
  return `/api/v1/credentials/${encodeURIComponent(hash)}`
}

/**
 * `url` when a page may link it: http or https. A credential's links are its issuer's word, and a
 * `javascript:` or `data:` one would run or show what the issuer chose, so it is shown as text.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : undefined
  } catch {
    return undefined
  }
}

export function Tag({ tone, children }: { tone: Tone; children?: Child }) {
  return <span class={`tag ${tone}`}>{children}</span>
}

/** Text only a screen reader reads, for a control whose visible label is short. */
export function Sr({ children }: { children?: Child }) {
  return <span class="sr">{children}</span>
}

export function verdictTone(verdict: 'yes' | 'no' | 'unknown'): Tone {
  return verdict
}

/** Countries in the reader's language, each with the regions declared in it. */
export function Locations({ ui, locations }: { ui: Ui; locations: Location[] }) {
  if (locations.length === 0) return <span class="muted">{ui.t('result.noLocation')}</span>
  const byCountry = new Map<string, string[]>()
  for (const { countryCode, region } of locations) {
    const regions = byCountry.get(countryCode) ?? []
    if (region && !regions.includes(region)) regions.push(region)
    byCountry.set(countryCode, regions)
  }
  return (
    <>
      {[...byCountry].map(([code, regions], i) => (
        <>
          {i > 0 && ', '}
          {ui.country(code)}
          {regions.length > 0 && <span class="muted"> ({regions.join(', ')})</span>}
        </>
      ))}
    </>
  )
}

/**
 * Certifications marked granted or in progress, and whose word they are: the provider's own
 * (self-declared) unless a third party issued the credential. Without the stored claims (a peer's
 * live answer), the index's granted certifications alone.
 */
export function Certifications({
  ui,
  granted,
  claims,
  attestedBy,
  links = true,
}: {
  ui: Ui
  granted: Certification[]
  claims?: CertificationClaim[]
  attestedBy?: string
  links?: boolean
}) {
  const all: CertificationClaim[] = claims ?? granted.map((c) => ({ ...c, status: 'claimed' }))
  if (all.length === 0) return <span class="muted">{ui.t('result.noCertification')}</span>
  const ordered = [...all].sort((a, b) =>
    a.status === b.status ? 0 : a.status === 'claimed' ? -1 : 1,
  )
  return (
    <>
      <ul class="tags">
        {ordered.map((claim) => {
          const granted = claim.status === 'claimed'
          const text = `${ui.scheme(claim.scheme)} — ${ui.t(granted ? 'cert.granted' : 'cert.inProgress')}`
          const evidence = links ? webUrl(claim.evidence) : undefined
          return (
            <li>
              <Tag tone={granted ? 'yes' : 'wait'}>
                {evidence ? (
                  <a href={evidence} title={ui.t('cert.evidenceOf', { scheme: claim.scheme })}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </Tag>
            </li>
          )
        })}
      </ul>{' '}
      <span class="muted">
        {attestedBy ? ui.t('cert.attested', { issuer: attestedBy }) : ui.t('cert.selfDeclared')}
      </span>
    </>
  )
}

/** A label level, marked attested (a compliance service's label credential) or eligible. */
export function LabelLevel({
  ui,
  attested,
  eligible,
}: {
  ui: Ui
  attested?: string | null
  eligible?: string | null
}) {
  if (attested) return <Tag tone="yes">{ui.t('label.attested', { level: attested })}</Tag>
  if (eligible) return <Tag tone="wait">{ui.t('label.eligible', { level: eligible })}</Tag>
  if (eligible === null) return <Tag tone="unknown">{ui.t('label.none')}</Tag>
  return <span class="muted">{ui.t('label.noneAttested')}</span>
}

/** Findings as the API reports them, in the reader's language, each with where it points. */
export function FindingList({ ui, findings }: { ui: Ui; findings: Finding[] }) {
  return (
    <ul class="findings">
      {findings.map((finding) => (
        <li>
          {finding.message[ui.lang]} {finding.path && <code class="muted">{finding.path}</code>}
        </li>
      ))}
    </ul>
  )
}
