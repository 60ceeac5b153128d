// Who a credential speaks for and about. The proof libraries read the envelope from the JSON as
// written, the node reads it expanded: both must name the same one issuer. The index reads one
// subject per credential (a participant, an offering or a resource), so a second subject would be
// stated with the issuer's signature yet checked by no rule; and a subject named by a DID speaks
// for whoever controls that DID.
import { BIDI_CONTROL, bidiControlsShownIn } from '../../model/bidi.js'
import { VC } from '../../model/expanded.js'
import { didOf, idOf } from '../../credentials/ids.js'
import type { Finding } from '../../errors.js'
import { LOIRE_NAMESPACE } from '../../../schemas/shapes/loire-2511.js'
import { GAIA_X_DEVELOPMENT_NAMESPACE, knownClasses } from '../shacl.js'
import { isAttestation } from './compliance.js'
import type { LocatedCredential } from './links.js'
import { finding, literal, reference, typesOf, valuesAt } from './locate.js'

const SUBJECT = `${VC}credentialSubject`
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
// the DID methods whose controller the node can tell: a participant's DID is always one of them
const CONTROLLED_DID = /^did:(web|key|jwk):/

/**
 * subject-type-unknown / credential-subjects-multiple / attestation-describes-subject /
 * subject-id-not-issuer: every subject is of a Gaia-X class the node knows; a credential has one
 * subject, except a Tagus compliance credential, whose every subject is a `gx:compliance` entry
 * about another credential; a credential typed as an attestation (compliance, label) describes no
 * participant, offering or resource, since an attestation is filed under no subject
 * (`attestsOnly`); and a subject whose id is a did:web, did:key or did:jwk is the issuer's own DID
 * (a DID URL of it included), so no one describes another participant's identity.
 *
 * @example
 * checkSubjects(located) // [] for a Loire offering with one subject
 */
export function checkSubjects(credentials: LocatedCredential[]): Finding[] {
  const findings: Finding[] = []
  for (const c of credentials) {
    const subjects = c.nodes.filter((at) => at.parent === undefined)
    const { extracted } = c.credential
    const described = extracted.participant ?? extracted.offering ?? extracted.resource
    // first: an envelope typed as a participant, offering or resource makes one of any subject
    if (described && isAttestation(extracted.types) && subjects[0]) {
      findings.push(
        finding(
          'attestation-describes-subject',
          `${subjects[0].pointer}/${typeKey(subjects[0].json)}`,
          RDF_TYPE,
          {
            en: `This credential is typed as an attestation (${extracted.types.join(', ')}) and describes its subject as a participant, offering or resource. An attestation names the credentials it covers and describes none of them: issue the description without the attestation's type.`,
            fr: `Cette attestation porte le type d’une attestation de conformité (${extracted.types.join(', ')}) et décrit son sujet comme participant, offre ou ressource. Une attestation de conformité désigne les attestations qu’elle couvre sans en décrire aucune : émettez la description sans ce type.`,
          },
        ),
      )
    }
    // a compliance entry is about another credential, and is nothing else
    const compliance = subjects.every((s) => typesOf(s).join() === 'gx:compliance')
    if (compliance && subjects.length > 0) continue
    if (subjects.length > 1) {
      findings.push(
        finding('credential-subjects-multiple', subjects[1]!.pointer, SUBJECT, {
          en: `This credential states ${subjects.length} subjects; a credential describes one participant, offering or resource. Issue one credential per subject.`,
          fr: `Cette attestation énonce ${subjects.length} sujets ; une attestation décrit un seul participant, une seule offre ou une seule ressource. Émettez une attestation par sujet.`,
        }),
      )
    }
    for (const subject of subjects) {
      const declared: unknown = subject.node['@type']
      const types = (Array.isArray(declared) ? declared : [])
        .filter((t): t is string => typeof t === 'string')
        .map((t) =>
          t.startsWith(GAIA_X_DEVELOPMENT_NAMESPACE)
            ? LOIRE_NAMESPACE + t.slice(GAIA_X_DEVELOPMENT_NAMESPACE.length)
            : t,
        )
      if (types.some((t) => knownClasses().has(t))) continue
      findings.push(
        finding('subject-type-unknown', `${subject.pointer}/${typeKey(subject.json)}`, RDF_TYPE, {
          en: `The subject's type (${typesOf(subject).join(', ') || 'none'}) is no Gaia-X class this node knows (Loire 25.11 or Tagus 22.10), so nothing could check it; type it with the class it is, e.g. gx:ServiceOffering or gx:LegalPerson.`,
          fr: `Le type du sujet (${typesOf(subject).join(', ') || 'aucun'}) n’est aucune classe Gaia-X connue de ce nœud (Loire 25.11 ou Tagus 22.10) : rien ne pourrait le vérifier ; typez-le avec sa classe, par ex. gx:ServiceOffering ou gx:LegalPerson.`,
        }),
      )
    }
    const issuer = didOf(c.credential.extracted.issuer)
    for (const subject of subjects) {
      const id = subject.node['@id']
      if (typeof id !== 'string') continue
      // the URI scheme and the method name are case-insensitive to a reader: DID:KEY:z… is did:key:z…
      const did = id.replace(
        /^did:([a-z0-9]+):/i,
        (_, method: string) => `did:${method.toLowerCase()}:`,
      )
      if (!CONTROLLED_DID.test(did) || didOf(did) === issuer) continue
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

function typeKey(json: unknown): string {
  return typeof json === 'object' && json !== null && '@type' in json ? '@type' : 'type'
}

function idKey(json: unknown): string {
  return typeof json === 'object' && json !== null && '@id' in json ? '@id' : 'id'
}

// envelope properties the node reads from the expanded credential and the libraries from the JSON
const DATES = ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate']

/**
 * id-bidi-control: an id (the credential's, or a node's of its claims) that holds a bidi mark,
 * embedding, override or isolate. Shown, `…/stor\u202egare` reads `…/storerag`: one offering's id
 * would read as another's wherever it is printed (RFC 3987 §4.1 forbids them in IRIs). The message
 * shows the character as its code.
 *
 * @example
 * checkIds(located) // [] for ids of plain characters
 */
export function checkIds(credentials: LocatedCredential[]): Finding[] {
  const findings: Finding[] = []
  const check = (id: unknown, path: string) => {
    if (typeof id !== 'string' || !BIDI_CONTROL.test(id)) return
    const shown = bidiControlsShownIn(id)
    findings.push(
      finding('id-bidi-control', path, '@id', {
        en: `The id "${shown}" holds an invisible bidi formatting character, which an IRI must not (RFC 3987): it makes the id read as another. Remove it.`,
        fr: `L’id « ${shown} » contient un caractère invisible de mise en forme bidirectionnelle, interdit dans une IRI (RFC 3987) : il fait lire l’id comme un autre. Retirez-le.`,
      }),
    )
  }
  for (const { credential, nodes } of credentials) {
    // odd input reaches the rules too: a credential that is not an object has no id to check
    const document: Record<string, unknown> | null = credential.document
    check(document?.id ?? document?.['@id'], `${credential.pointer}/${idKey(document)}`)
    for (const { node, json, pointer } of nodes) check(node['@id'], `${pointer}/${idKey(json)}`)
  }
  return findings
}

/**
 * envelope-ambiguous: a JSON-LD property can be written under several keys (`issuer` and its full
 * IRI, say), which the proof libraries do not see but expansion merges. The expanded credential
 * must have exactly the one issuer the JSON names (the one the proof was checked against), and at
 * most one of each validity date.
 *
 * @example
 * checkEnvelopes(located) // [] when `issuer` is written once
 */
export function checkEnvelopes(credentials: LocatedCredential[]): Finding[] {
  const findings: Finding[] = []
  for (const { credential } of credentials) {
    const root = {
      node: credential.expanded ?? {},
      json: credential.document,
      pointer: credential.pointer,
    }
    const issuers = valuesAt(root, `${VC}issuer`).map((v) => reference(v.value))
    const written = idOf(credential.document?.issuer)
    // no `issuer` at all is the proof's and the shapes' finding
    if (issuers.length > 1 || (written !== undefined && issuers[0] !== written)) {
      findings.push(
        finding('envelope-ambiguous', `${credential.pointer}/issuer`, `${VC}issuer`, {
          en: `The credential names its issuer more than once, or under another key than \`issuer\` (${issuers.length} issuers once expanded); name it once, as \`issuer\`: the proof is checked against that one.`,
          fr: `L’attestation désigne son émetteur plusieurs fois, ou sous une autre clé que \`issuer\` (${issuers.length} émetteurs une fois développée) ; désignez-le une seule fois, en \`issuer\` : la preuve est vérifiée pour celui-là.`,
        }),
      )
    }
    for (const name of DATES) {
      const values = valuesAt(root, `${VC}${name}`).filter((v) => literal(v.value) !== undefined)
      if (values.length <= 1) continue
      findings.push(
        finding('envelope-ambiguous', `${credential.pointer}/${name}`, `${VC}${name}`, {
          en: `The credential states ${name} ${values.length} times (under several keys that mean the same); state it once.`,
          fr: `L’attestation énonce ${name} ${values.length} fois (sous plusieurs clés de même sens) ; énoncez-la une seule fois.`,
        }),
      )
    }
  }
  return findings
}
