/**
 * The VC-API issuer (`POST /credentials/issue`, `POST /issuers/{profile}/credentials/issue`): the
 * node signs a conforming credential as itself, in the proof format the request or the issuer
 * instance names. One instance per format is how implementations register in the W3C suites.
 */
import { BadRequestError, NotFoundError } from '../../errors.js'
import { checkCredential, isDateTimeStamp, vcVersion } from './conformance.js'
import { VC_V2_CONTEXT } from '../contexts.js'
import type { NodeIdentity } from '../did/identity.js'
import { idOf } from '../ids.js'
import type { SigningKey } from '../did/keys.js'
import { EDDSA_JCS_2022, EDDSA_RDFC_2022 } from '../data-integrity/proof-set.js'
import { signCredential } from '../data-integrity/sign.js'
import type { ProofFormat } from '../data-integrity/suites.js'
import { expansionErrors, finding, isObject } from './vc-api-checks.js'
import { checkRelatedResources } from './vc-api-related-resources.js'
import type { VcApiDeps } from './vc-api.js'
import { envelopeCredentialJwt, signCredentialJwt } from '../jwt/vc-jwt-sign.js'
import { findingsOf } from '../data-integrity/verify-findings.js'

type Json = Record<string, unknown>

/** What an issued credential is secured with: a Data Integrity proof, or a VC-JWT envelope. */
export type IssueFormat = ProofFormat | 'vc+jwt'

/** The issuer instances at `/issuers/{profile}/credentials/issue`, each fixed to one format. */
export const ISSUER_PROFILES: Readonly<Record<string, IssueFormat>> = {
  'eddsa-rdfc-2022': 'eddsa-rdfc-2022',
  'eddsa-jcs-2022': 'eddsa-jcs-2022',
  'ed25519-signature-2020': 'Ed25519Signature2020',
  'vc-jwt': 'vc+jwt',
}

// `options.type` and `options.cryptosuite` as a VC-API client names each format
const OPTIONS_OF: Record<IssueFormat, { type?: string; cryptosuite?: string }> = {
  'eddsa-rdfc-2022': { type: 'DataIntegrityProof', cryptosuite: EDDSA_RDFC_2022 },
  'eddsa-jcs-2022': { type: 'DataIntegrityProof', cryptosuite: EDDSA_JCS_2022 },
  Ed25519Signature2020: { type: 'Ed25519Signature2020' },
  'vc+jwt': {},
}

/**
 * The format an issuer profile is fixed to; an unknown profile is a `NotFoundError`.
 *
 * @example
 * issuerProfile('eddsa-jcs-2022') // 'eddsa-jcs-2022'
 */
export function issuerProfile(name: string): IssueFormat {
  const format = Object.hasOwn(ISSUER_PROFILES, name) ? ISSUER_PROFILES[name] : undefined
  if (!format) {
    throw new NotFoundError(
      `No issuer profile ${name}: the node issues as ${Object.keys(ISSUER_PROFILES).join(', ')}.`,
    )
  }
  return format
}

function unsupported(en: string, fr: string): BadRequestError {
  return new BadRequestError('Unsupported proof format.', [
    finding('proof-format-unsupported', '/options', en, fr),
  ])
}

/** The format `options` ask for, which must agree with the profile's when there is one. */
function formatOf(options: Json, profile: IssueFormat | undefined): IssueFormat {
  const { type, cryptosuite } = options
  if (profile) {
    const expected = OPTIONS_OF[profile]
    const agrees =
      (type === undefined || type === expected.type) &&
      (cryptosuite === undefined || cryptosuite === expected.cryptosuite)
    if (agrees) return profile
    throw unsupported(
      `This issuer instance signs with ${profile} only: drop options.type and options.cryptosuite, or use the instance of the format they name.`,
      `Cette instance d’émetteur signe uniquement en ${profile} : retirez options.type et options.cryptosuite, ou utilisez l’instance du format qu’ils désignent.`,
    )
  }
  if ((type ?? 'DataIntegrityProof') === 'DataIntegrityProof') {
    if ((cryptosuite ?? EDDSA_RDFC_2022) === EDDSA_RDFC_2022) return 'eddsa-rdfc-2022'
    if (cryptosuite === EDDSA_JCS_2022) return 'eddsa-jcs-2022'
  }
  if (type === 'Ed25519Signature2020' && cryptosuite === undefined) return 'Ed25519Signature2020'
  throw unsupported(
    'This node signs with DataIntegrityProof eddsa-rdfc-2022 (the default) or eddsa-jcs-2022, or Ed25519Signature2020; as a VC-JWT through /issuers/vc-jwt/credentials/issue.',
    'Ce nœud signe en DataIntegrityProof eddsa-rdfc-2022 (par défaut) ou eddsa-jcs-2022, ou en Ed25519Signature2020 ; en VC-JWT par /issuers/vc-jwt/credentials/issue.',
  )
}

function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z')
}

/** The node's key for the issuer the credential names: its did:web or its did:key, nothing else. */
function keyFor(issuer: string | undefined, identity: NodeIdentity): SigningKey {
  if (issuer === identity.did) return identity.webKey
  if (issuer === identity.didKey) return identity.keyKey
  throw new BadRequestError('This node only issues as itself.', [
    finding(
      'issuer-not-node',
      '/issuer',
      `The issuer must be this node: ${identity.did} or ${identity.didKey}.`,
      `L’émetteur doit être ce nœud : ${identity.did} ou ${identity.didKey}.`,
    ),
  ])
}

/**
 * Signs `body.credential` as the node, under the issuer DID it names (the node's did:web or its
 * did:key), in the format of `profile` or, without one, of `body.options` (eddsa-rdfc-2022 by
 * default). A `vc+jwt` credential comes back as an EnvelopedVerifiableCredential. Non-conforming
 * input or another issuer throws a `BadRequestError` with findings.
 *
 * @example
 * const signed = await issueCredential({ credential, options: { type: 'Ed25519Signature2020' } }, ctx)
 * const envelope = await issueCredential({ credential }, ctx, 'vc+jwt')
 */
export async function issueCredential(
  body: Json,
  deps: VcApiDeps,
  profile?: IssueFormat,
): Promise<Json> {
  const { credential, options = {} } = body
  if (!isObject(options) || ('created' in options && !isDateTimeStamp(options.created))) {
    throw new BadRequestError('Invalid options.', [
      finding(
        'options-invalid',
        '/options',
        'options must be an object; options.created, if given, a dateTimeStamp.',
        'options doit être un objet ; options.created, si présent, une date avec fuseau.',
      ),
    ])
  }
  const format = formatOf(options, profile)
  const errors = checkCredential(credential, { issuing: true })
  if (isObject(credential)) {
    const related = checkRelatedResources(credential, '')
    errors.push(...related.malformed, ...related.mismatched)
  }
  if (errors.length) {
    throw new BadRequestError('The credential does not conform to the VC Data Model.', errors)
  }
  const unsigned = structuredClone(credential) as Json
  if (format === 'vc+jwt' && vcVersion(unsigned) !== 2) {
    // VC-JOSE-COSE §3.1.1 secures VC 2.0 documents; VC 1.1's JWT encoding (a `vc` claim) is another format
    throw new BadRequestError('A VC-JWT secures a VC 2.0 credential.', [
      finding(
        'vc-version-unsupported',
        '/@context',
        `A VC-JWT secures a VC 2.0 credential: its first @context must be ${VC_V2_CONTEXT}.`,
        `Un VC-JWT sécurise une attestation VC 2.0 : son premier @context doit être ${VC_V2_CONTEXT}.`,
      ),
    ])
  }
  const key = keyFor(idOf(unsigned.issuer), deps.identity)
  const now = deps.clock()
  if (vcVersion(unsigned) === 1 && unsigned.issuanceDate === undefined) {
    unsigned.issuanceDate = w3cDate(now)
  }
  const invalid = await expansionErrors(unsigned, deps.loader, '')
  if (invalid.length) throw new BadRequestError('The credential is not valid JSON-LD.', invalid)
  if (format === 'vc+jwt') return envelopeCredentialJwt(await signCredentialJwt(unsigned, key))
  const date = typeof options.created === 'string' ? new Date(options.created) : now
  try {
    return await signCredential(unsigned, { key, loader: deps.loader, format, date })
  } catch (error) {
    throw new BadRequestError('The credential cannot be signed.', findingsOf(error as Error), {
      cause: error,
    })
  }
}
