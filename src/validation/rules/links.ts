// Rules on links between credentials: an offering's provider and issuer, and its dependencies.
// A link resolves within the submission first, then against what the node already holds.
import { isOfferingType } from '../../model/extract.js'
import { didOf } from '../../credentials/ids.js'
import type { Finding } from '../../errors.js'
import type { CheckedCredential, RuleContext } from '../rules.js'
import { finding, gxValuesAt, reference, typesOf, type Located } from './locate.js'

export type LocatedCredential = { credential: CheckedCredential; nodes: Located[] }

const PARTICIPANT_TYPES = new Set(['gx:LegalPerson', 'gx:LegalParticipant'])

const subjectsOf = (c: LocatedCredential) => c.nodes.filter((at) => at.parent === undefined)

const issuerOf = (c: LocatedCredential) => didOf(c.credential.extracted?.issuer ?? '')

/**
 * issuer-not-provider / provider-unknown: an offering is issued by the DID of the participant
 * it names in gx:providedBy. That participant's DID is the one the node holds for it; only a
 * participant the node does not hold is read from the submission's gx:LegalPerson (Tagus:
 * gx:LegalParticipant), as issued. A DID is compared as it is.
 */
export async function checkProviders(
  credentials: LocatedCredential[],
  ctx: Pick<RuleContext, 'participant'>,
): Promise<Finding[]> {
  const inSubmission = new Map<string, string[]>()
  for (const c of credentials) {
    for (const subject of subjectsOf(c)) {
      const id = subject.node['@id']
      if (typeof id !== 'string' || !typesOf(subject).some((t) => PARTICIPANT_TYPES.has(t)))
        continue
      inSubmission.set(id, [...(inSubmission.get(id) ?? []), issuerOf(c)])
    }
  }
  const lookups = new Map<string, Promise<{ did: string } | undefined>>()
  const known = (id: string) => {
    if (!lookups.has(id)) lookups.set(id, ctx.participant(id))
    return lookups.get(id)!
  }

  const findings: Finding[] = []
  for (const c of credentials) {
    const issuer = issuerOf(c)
    for (const subject of subjectsOf(c)) {
      if (!typesOf(subject).some(isOfferingType)) continue
      for (const { value, pointer, property } of gxValuesAt(subject, 'providedBy')) {
        const provider = reference(value)
        if (provider === undefined) continue // a literal is the shapes' finding
        // a participant the node holds is the one named, whatever a submitted LegalPerson says
        const held = provider.startsWith('did:') ? undefined : await known(provider)
        const dids = provider.startsWith('did:')
          ? [didOf(provider)]
          : held
            ? [didOf(held.did)]
            : inSubmission.get(provider)
        if (dids === undefined) {
          findings.push(
            finding('provider-unknown', pointer, property, {
              en: `The provider ${provider} is neither in this submission nor a participant of this node. Onboard it first (POST /api/v1/participants), or include its gx:LegalPerson credential in the presentation.`,
              fr: `Le fournisseur ${provider} ne figure ni dans cette soumission ni parmi les participants de ce nœud. Inscrivez-le d’abord (POST /api/v1/participants), ou joignez son attestation gx:LegalPerson à la présentation.`,
            }),
          )
        } else if (!dids.includes(issuer)) {
          findings.push(
            finding('issuer-not-provider', pointer, property, {
              en: `The offering names ${provider} (DID ${dids[0]}) as its provider but is issued by ${issuer || 'no issuer'}. A provider issues its own offerings: sign it with a key of ${dids[0]}, or name as gx:providedBy the participant whose DID is ${issuer || 'the issuer'}.`,
              fr: `L’offre désigne ${provider} (DID ${dids[0]}) comme fournisseur mais elle est émise par ${issuer || 'aucun émetteur'}. Un fournisseur émet ses propres offres : signez-la avec une clé de ${dids[0]}, ou indiquez en gx:providedBy le participant dont le DID est ${issuer || 'celui de l’émetteur'}.`,
            }),
          )
        }
      }
    }
  }
  return findings
}

/**
 * depends-on-unknown: every gx:dependsOn target is an offering of this submission or one the
 * node already holds.
 */
export async function checkDependencies(
  credentials: LocatedCredential[],
  ctx: Pick<RuleContext, 'knownOffering'>,
): Promise<Finding[]> {
  const offerings = credentials.flatMap(subjectsOf).filter((s) => typesOf(s).some(isOfferingType))
  const submitted = new Set(
    offerings.flatMap((s) => (typeof s.node['@id'] === 'string' ? [s.node['@id']] : [])),
  )
  const lookups = new Map<string, Promise<boolean>>()
  const known = (id: string) => {
    if (!lookups.has(id)) lookups.set(id, ctx.knownOffering(id))
    return lookups.get(id)!
  }
  const findings: Finding[] = []
  for (const offering of offerings) {
    for (const { value, pointer, property } of gxValuesAt(offering, 'dependsOn')) {
      const target = reference(value)
      if (target === undefined || submitted.has(target) || (await known(target))) continue
      findings.push(
        finding('depends-on-unknown', pointer, property, {
          en: `gx:dependsOn points at ${target}, which is neither an offering of this submission nor one this node holds. Submit that offering first or in the same presentation, or correct its identifier.`,
          fr: `gx:dependsOn désigne ${target}, qui n’est ni une offre de cette soumission ni une offre connue de ce nœud. Soumettez d’abord cette offre ou dans la même présentation, ou corrigez son identifiant.`,
        }),
      )
    }
  }
  return findings
}
