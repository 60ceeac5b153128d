/**
 * Structural checks of the W3C VC Data Model (1.1 and 2.0) and Data Integrity that need no
 * signature work: what the W3C test suites POST as negative fixtures. Each broken rule is one
 * finding, so a client sees every problem at once. JSON-LD-level problems (unknown contexts,
 * protected-term redefinitions, unmapped types) are left to the expansion in `vc-api.ts`.
 */
import type { Finding } from '../../errors.js'
import {
  checkContext,
  checkId,
  checkType,
  finding,
  isDateTimeStamp,
  isObject,
  isUrl,
  values,
  vcVersion,
  type Json,
  type VcVersion,
} from './conformance-common.js'

export {
  checkPresentation,
  isDateTimeStamp,
  isUrl,
  vcVersion,
  type VcVersion,
} from './conformance-common.js'

const LANGUAGE_KEYS = new Set(['@value', '@language', '@direction'])
// VC DM 2.0 §4.4 table: objects that MUST have a type; §4.11 adds the schema id, 1.1 the refresh id
const TYPED_OBJECTS = [
  'credentialStatus',
  'credentialSchema',
  'evidence',
  'refreshService',
  'termsOfUse',
] as const

/** VC DM 2.0 §4.6 / §11.1: a string, a language value object, or a list of them. */
function checkLanguageValues(node: Json, path: string, out: Finding[]): void {
  for (const key of ['name', 'description']) {
    if (!(key in node)) continue
    const ok = values(node[key]).every(
      (v) =>
        typeof v === 'string' ||
        (isObject(v) &&
          typeof v['@value'] === 'string' &&
          Object.keys(v).every((k) => LANGUAGE_KEYS.has(k)) &&
          (v['@language'] === undefined || typeof v['@language'] === 'string') &&
          (v['@direction'] === undefined ||
            v['@direction'] === 'ltr' ||
            v['@direction'] === 'rtl')),
    )
    if (!ok) {
      out.push(
        finding(
          'language-value-invalid',
          `${path}/${key}`,
          `${key} must be a string or a language value object (@value, @language, @direction only).`,
          `${key} doit être une chaîne ou un objet de valeur linguistique (@value, @language, @direction seulement).`,
        ),
      )
    }
  }
}

function checkDate(node: Json, key: string, path: string, out: Finding[]): void {
  if (!(key in node) || isDateTimeStamp(node[key])) return
  out.push(
    finding(
      'date-invalid',
      `${path}/${key}`,
      `${key} must be an XML Schema dateTimeStamp with a time zone, e.g. 2026-01-01T00:00:00Z.`,
      `${key} doit être une date XML Schema avec fuseau horaire, par exemple 2026-01-01T00:00:00Z.`,
    ),
  )
}

function checkIssuer(credential: Json, path: string, out: Finding[]): void {
  const issuer = credential.issuer
  if (isObject(issuer) && isUrl(issuer.id))
    return checkLanguageValues(issuer, `${path}/issuer`, out)
  if (isUrl(issuer)) return
  out.push(
    finding(
      issuer === undefined ? 'issuer-missing' : 'issuer-invalid',
      `${path}/issuer`,
      'The issuer must be a URL, or an object whose id is a URL.',
      'L’émetteur (issuer) doit être une URL, ou un objet dont l’id est une URL.',
    ),
  )
}

function checkSubjects(credential: Json, path: string, out: Finding[]): void {
  const subjects = credential.credentialSubject
  if (subjects === undefined) {
    out.push(
      finding(
        'credential-subject-missing',
        `${path}/credentialSubject`,
        'A verifiable credential must have a credentialSubject.',
        'Une attestation vérifiable doit avoir un credentialSubject.',
      ),
    )
    return
  }
  const list = values(subjects)
  list.forEach((subject, i) => {
    const at = `${path}/credentialSubject${Array.isArray(subjects) ? `/${i}` : ''}`
    if (!isObject(subject) || Object.keys(subject).length === 0) {
      out.push(
        finding(
          'credential-subject-invalid',
          at,
          'Each credentialSubject must be an object holding at least one claim.',
          'Chaque credentialSubject doit être un objet portant au moins une affirmation.',
        ),
      )
    } else checkId(subject, at, out)
  })
  if (list.length === 0) {
    out.push(
      finding(
        'credential-subject-invalid',
        `${path}/credentialSubject`,
        'credentialSubject must not be empty.',
        'credentialSubject ne doit pas être vide.',
      ),
    )
  }
}

function checkTypedObjects(credential: Json, path: string, version: VcVersion, out: Finding[]) {
  for (const key of TYPED_OBJECTS) {
    if (!(key in credential)) continue
    const list = values(credential[key])
    list.forEach((entry, i) => {
      const at = `${path}/${key}${Array.isArray(credential[key]) ? `/${i}` : ''}`
      if (!isObject(entry)) {
        out.push(
          finding(
            'object-invalid',
            at,
            `Each ${key} entry must be an object with a type.`,
            `Chaque entrée de ${key} doit être un objet avec un type.`,
          ),
        )
        return
      }
      checkType(entry, at, out)
      const idRequired = key === 'credentialSchema' || (key === 'refreshService' && version === 1)
      checkId(entry, at, out, idRequired)
    })
  }
}

/**
 * Checks a credential against the VC Data Model rules the W3C suites test. `issuing` relaxes what
 * the issuer fills in (VC 1.1 `issuanceDate`) and skips the proof, which verification checks with
 * `checkProofs`.
 *
 * @example
 * checkCredential({ '@context': [VC_V2_CONTEXT], type: ['VerifiableCredential'] }, { issuing: true })
 * // [{ code: 'issuer-missing', … }, { code: 'credential-subject-missing', … }]
 */
export function checkCredential(
  credential: unknown,
  options: { issuing: boolean; path?: string },
): Finding[] {
  const path = options.path ?? ''
  const out: Finding[] = []
  if (!isObject(credential)) {
    return [
      finding(
        'credential-not-object',
        path,
        'The credential must be a JSON object.',
        'L’attestation doit être un objet JSON.',
      ),
    ]
  }
  checkContext(credential, path, out)
  const version = vcVersion(credential) ?? 2
  checkId(credential, path, out)
  checkType(credential, path, out, 'VerifiableCredential')
  checkIssuer(credential, path, out)
  checkSubjects(credential, path, out)
  checkLanguageValues(credential, path, out)
  const [from, until] =
    version === 2 ? ['validFrom', 'validUntil'] : ['issuanceDate', 'expirationDate']
  if (version === 1 && !options.issuing && !('issuanceDate' in credential)) {
    out.push(
      finding(
        'date-invalid',
        `${path}/issuanceDate`,
        'A VC 1.1 credential must have an issuanceDate.',
        'Une attestation VC 1.1 doit avoir une issuanceDate.',
      ),
    )
  }
  checkDate(credential, from!, path, out)
  checkDate(credential, until!, path, out)
  const [start, end] = [credential[from!], credential[until!]]
  if (isDateTimeStamp(start) && isDateTimeStamp(end) && Date.parse(start) > Date.parse(end)) {
    out.push(
      finding(
        'validity-period-inverted',
        `${path}/${until}`,
        `${until} must not be earlier than ${from}.`,
        `${until} ne doit pas précéder ${from}.`,
      ),
    )
  }
  checkTypedObjects(credential, path, version, out)
  if (options.issuing && 'proof' in credential) {
    values(credential.proof).forEach((proof, i) => {
      if (!isObject(proof) || typeof proof.type !== 'string') {
        out.push(
          finding(
            'proof-type-missing',
            `${path}/proof${Array.isArray(credential.proof) ? `/${i}` : ''}`,
            'An existing proof must be an object with a type.',
            'Une preuve existante doit être un objet avec un type.',
          ),
        )
      }
    })
  }
  return out
}
