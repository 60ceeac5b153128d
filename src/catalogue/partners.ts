import { verifyHolderProof } from '../credentials/presentation.js'
import { AppError, CredentialRejectedError, NotFoundError, type Finding } from '../errors.js'
import type { ParticipantRow } from '../store/store.js'
import type { PipelineContext, ValidatedCredential } from '../validation/pipeline.js'
import { isAttestation } from '../validation/rules/compliance.js'
import { submissionEntries, submissionOf } from '../validation/submission.js'
import { ingestCredentials, type Accepted } from './ingest.js'

type PartnerContext = PipelineContext
/** A JSON-LD presentation, or a compact VP-JWT. */
type Presentation = Record<string, unknown> | string

export type OnboardResult = { created: boolean; participant: ParticipantRow }
export type SubmitResult = { created: boolean; accepted: Accepted[] }

const PARTICIPANT_TYPES = ['gx:LegalPerson', 'gx:LegalParticipant']

/**
 * Onboards a participant from a presentation (JSON-LD, or a compact VP-JWT) its DID signed for
 * this node: its gx:LegalPerson (or Tagus gx:LegalParticipant), registration-number and terms
 * credentials, validated as one submission. The participant is `active` on an open node and `pending` where the operator
 * approves newcomers; onboarding again never changes that status.
 *
 * @example
 * const { participant } = await onboardParticipant(ctx, presentation)
 */
export async function onboardParticipant(
  ctx: PartnerContext,
  presentation: Presentation,
): Promise<OnboardResult> {
  const holder = await authenticate(ctx, presentation)
  const result = await ingestCredentials(ctx, presentation, {
    origin: 'local',
    participantStatus: ctx.config.onboarding === 'open' ? 'active' : 'pending',
    guard: (credentials) => onboardingFindings(credentials, holder),
  })
  if (!result.ok)
    throw new CredentialRejectedError('The participant was not onboarded.', result.errors)
  const legal = result.accepted.find((a) => a.types.some((t) => PARTICIPANT_TYPES.includes(t)))
  const participant = legal?.subjectId && (await ctx.store.getParticipant(legal.subjectId))
  if (!participant) throw new AppError('internal', 'An onboarded participant was not indexed.')
  return { created: result.accepted.some((a) => a.created), participant }
}

/** Onboarding carries the holder's own participant credentials, and nothing else. */
function onboardingFindings(credentials: ValidatedCredential[], holder: string): Finding[] {
  const legal = credentials.filter((c) => c.extracted.participant)
  const findings = credentials.flatMap((c): Finding[] => {
    if (c.extracted.offering || c.extracted.resource) {
      return [
        finding('onboarding-offering', `${c.pointer}/type`, {
          en: 'Onboarding takes participant credentials only; submit offerings to POST /api/v1/submissions once onboarded.',
          fr: 'L’inscription ne reçoit que des attestations de participant ; soumettez les offres par POST /api/v1/submissions une fois inscrit.',
        }),
      ]
    }
    if (c.extracted.participant && c.extracted.issuer !== holder) {
      return [
        finding('issuer-not-holder', `${c.pointer}/issuer`, {
          en: 'The legal person credential must be issued by the presentation holder, the participant itself.',
          fr: 'L’attestation de personne morale doit être émise par le détenteur de la présentation, le participant lui-même.',
        }),
      ]
    }
    return []
  })
  if (legal.length === 0) {
    findings.push(
      finding('participant-missing', '/verifiableCredential', {
        en: 'Onboarding needs a gx:LegalPerson (or Tagus gx:LegalParticipant) credential issued by the holder.',
        fr: 'L’inscription nécessite une attestation gx:LegalPerson (ou gx:LegalParticipant Tagus) émise par le détenteur.',
      }),
    )
  }
  return findings
}

/**
 * Stores the offering and resource credentials an active participant presents, all or nothing.
 * Every credential must be issued by the presentation's holder.
 *
 * @example
 * const { accepted } = await submitCredentials(ctx, presentation)
 */
export async function submitCredentials(
  ctx: PartnerContext,
  presentation: Presentation,
): Promise<SubmitResult> {
  const holder = await authenticate(ctx, presentation)
  const participant = await ctx.store.getParticipant(holder)
  if (!participant || participant.status !== 'active') {
    throw new AppError(
      'forbidden',
      `Participant ${holder} is not an active participant of this node.`,
    )
  }
  const result = await ingestCredentials(ctx, presentation, {
    origin: 'local',
    guard: (credentials) =>
      credentials
        // a compliance service issues label credentials: the pipeline checked it is a trusted one
        .filter((c) => c.extracted.issuer !== holder && !isAttestation(c.extracted.types))
        .map((c) =>
          finding('issuer-not-holder', `${c.pointer}/issuer`, {
            en: `A participant submits only credentials it issued; this one is issued by ${c.extracted.issuer}.`,
            fr: `Un participant ne soumet que les attestations qu’il a émises ; celle-ci est émise par ${c.extracted.issuer}.`,
          }),
        ),
  })
  if (!result.ok) throw new CredentialRejectedError('The submission was refused.', result.errors)
  return { created: result.accepted.some((a) => a.created), accepted: result.accepted }
}

/**
 * Revokes an offering: by the operator, or by its issuer through a presentation signed for this
 * node with a fresh challenge. Anyone else gets a 403.
 *
 * @example
 * await revokeOffering(ctx, id, { presentation })
 */
export async function revokeOffering(
  ctx: PartnerContext,
  id: string,
  by: { admin: true } | { presentation: Presentation },
): Promise<void> {
  const offering = await ctx.store.getOffering(id)
  if (!offering) throw new NotFoundError(`No offering ${id} in this catalogue.`)
  if ('presentation' in by) {
    const holder = await authenticate(ctx, by.presentation)
    const stored = await ctx.store.getCredential(offering.credentialHash)
    if (stored?.issuer !== holder)
      throw new AppError('forbidden', 'Only the issuer of an offering may revoke it.')
  }
  if (offering.status === 'revoked') return
  await ctx.store.revokeOffering(offering, ctx.clock().getTime())
}

/** The holder a presentation proves, after the limits: a hostile document costs no crypto. */
async function authenticate(ctx: PartnerContext, presentation: Presentation): Promise<string> {
  submissionEntries(submissionOf(presentation), ctx.config)
  const proof = await verifyHolderProof(presentation, {
    loader: ctx.loader,
    resolveDid: ctx.resolveDid,
    domain: ctx.config.publicUrl,
    now: ctx.clock(),
    clockSkewMs: ctx.config.clockSkewMs,
    isLive: (challenge) => ctx.store.challengeIsLive(challenge, ctx.clock().getTime()),
    useChallenge: (challenge) => ctx.store.consumeChallenge(challenge, ctx.clock().getTime()),
  })
  if (!proof.verified)
    throw new AppError(
      'unauthorized',
      'The presentation does not authenticate its holder.',
      proof.errors,
    )
  return proof.holder
}

function finding(code: string, path: string, message: Finding['message']): Finding {
  return { code, path, message, severity: 'violation' }
}
