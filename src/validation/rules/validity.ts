// validFrom ≤ now + skew and now − skew < validUntil (VC 2.0 §4.9; VC 1.1 issuanceDate and
// expirationDate). The skew absorbs clock drift between a partner's signer and this node. An
// absent or unparsable date is for the shapes and the VC data model checks, not for this rule.
import { VC } from '../../model/expanded.js'
import type { Finding } from '../../errors.js'
import type { CheckedCredential, RuleContext } from '../rules.js'
import { finding, literal, valuesAt } from './locate.js'

/**
 * The validity-period findings of one credential at `ctx.now`.
 * @example checkValidity(credential, { now: new Date(), clockSkewMs: 300_000 })
 */
export function checkValidity(
  credential: CheckedCredential,
  ctx: Pick<RuleContext, 'now' | 'clockSkewMs'>,
): Finding[] {
  const root = {
    node: credential.expanded ?? {},
    json: credential.document,
    pointer: credential.pointer,
  }
  const first = (...iris: string[]) => {
    for (const iri of iris) {
      for (const { value, pointer } of valuesAt(root, iri)) {
        const ms = Date.parse(literal(value) ?? '')
        if (!Number.isNaN(ms)) return { iri, ms, text: literal(value)!, pointer }
      }
    }
    return undefined
  }
  const now = ctx.now.getTime()
  const skew = Math.max(0, ctx.clockSkewMs)
  const findings: Finding[] = []
  const from = first(`${VC}validFrom`, `${VC}issuanceDate`)
  if (from && from.ms > now + skew) {
    findings.push(
      finding('credential-not-yet-valid', from.pointer, from.iri, {
        en: `The credential is valid only from ${from.text}, later than this node's time (${ctx.now.toISOString()}, with ${skewText(skew)} of tolerance). Set ${local(from.iri)} to the time of issuance, or submit it once it is valid.`,
        fr: `L’attestation n’est valide qu’à partir du ${from.text}, plus tard que l’heure de ce nœud (${ctx.now.toISOString()}, tolérance de ${skewText(skew)}). Fixez ${local(from.iri)} à l’heure d’émission, ou soumettez-la une fois valide.`,
      }),
    )
  }
  const until = first(`${VC}validUntil`, `${VC}expirationDate`)
  if (until && now - skew >= until.ms) {
    findings.push(
      finding('credential-expired', until.pointer, until.iri, {
        en: `The credential expired at ${until.text} (${local(until.iri)}). Issue a new version with a later ${local(until.iri)}.`,
        fr: `L’attestation a expiré le ${until.text} (${local(until.iri)}). Émettez une nouvelle version avec un ${local(until.iri)} ultérieur.`,
      }),
    )
  }
  return findings
}

function local(iri: string): string {
  return iri.slice(iri.lastIndexOf('#') + 1)
}

function skewText(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`
}
