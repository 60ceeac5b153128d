// Who a credential speaks about. The index reads one subject per credential (a participant, an
// offering or a resource), so a second subject would be stated with the issuer's signature yet
// checked by no rule; and a subject named by a DID speaks for whoever controls that DID.
import { VC } from '../../catalogue/expanded.js'
import { didOf } from '../../credentials/holder.js'
import type { Finding } from '../../errors.js'
import type { LocatedCredential } from './links.js'
import { finding, typesOf } from './locate.js'

const SUBJECT = `${VC}credentialSubject`
// the DID methods whose controller the node can tell: a participant's DID is always one of them
const CONTROLLED_DID = /^did:(web|key|jwk):/

/**
 * credential-subjects-multiple / subject-id-not-issuer: a credential has one subject, except a
 * Tagus compliance credential, whose every subject is a `gx:compliance` entry about another
 * credential; and a subject whose id is a did:web, did:key or did:jwk is the issuer's own DID
 * (a DID URL of it included), so no one describes another participant's identity.
 *
 * @example
 * checkSubjects(located) // [] for a Loire offering with one subject
 */
export function checkSubjects(credentials: LocatedCredential[]): Finding[] {
  const findings: Finding[] = []
  for (const c of credentials) {
    const subjects = c.nodes.filter((at) => at.parent === undefined)
    const compliance = subjects.every((s) => typesOf(s).includes('gx:compliance'))
    if (compliance) continue
    if (subjects.length > 1) {
      findings.push(
        finding('credential-subjects-multiple', subjects[1]!.pointer, SUBJECT, {
          en: `This credential states ${subjects.length} subjects; a credential describes one participant, offering or resource. Issue one credential per subject.`,
          fr: `Cette attestation énonce ${subjects.length} sujets ; une attestation décrit un seul participant, une seule offre ou une seule ressource. Émettez une attestation par sujet.`,
        }),
      )
    }
    const issuer = didOf(c.credential.extracted.issuer)
    for (const subject of subjects) {
      const id = subject.node['@id']
      if (typeof id !== 'string' || !CONTROLLED_DID.test(id) || didOf(id) === issuer) continue
      findings.push(
        finding('subject-id-not-issuer', `${subject.pointer}/${idKey(subject.json)}`, SUBJECT, {
          en: `The subject ${id} is a DID other than the issuer's (${issuer || 'none'}): only that DID may describe itself. Use your own DID, or an https URL of yours, as the subject id.`,
          fr: `Le sujet ${id} est un DID autre que celui de l’émetteur (${issuer || 'aucun'}) : seul ce DID peut se décrire lui-même. Utilisez votre propre DID, ou une URL https qui vous appartient, comme identifiant du sujet.`,
        }),
      )
    }
  }
  return findings
}

function idKey(json: unknown): string {
  return typeof json === 'object' && json !== null && '@id' in json ? '@id' : 'id'
}
