// What partners may do, and with what proof (docs/trust-model.md): a participant is its DID, and
// every write is a presentation its DID signed for this node. Onboarding is the only door to a
// participant's own records; submissions and revocations act on what that DID issued.
import type { AppContext } from '../context.js'
import {
  REVOCATION_TYPE,
  statesRevocation,
  verifyHolderProof,
} from '../credentials/presentation.js'
import { signPresentation } from '../credentials/data-integrity/sign.js'
import { credentialJson } from '../model/claims.js'
import { AppError, CredentialRejectedError, NotFoundError, type Finding } from '../errors.js'
import { timeStage } from '../metrics.js'
import type { CredentialRow, ParticipantRow } from '../store/store.js'
import type { PipelineContext, ValidatedCredential } from '../validation/pipeline.js'
import { isAttestation } from '../validation/rules/compliance.js'
import {
  entryHash,
  submissionEntries,
  submissionOf,
  type Entry,
  type SubmissionEntries,
} from '../validation/submission.js'
import { ingestCredentials, type Accepted } from './ingest.js'

type PartnerContext = PipelineContext & {
  /** Charges a write to the DID a presentation proved; throws past its budget (GXC_RATE_LIMIT). */
  chargeHolder?: (holder: string) => void
}
/** A JSON-LD presentation, or a compact VP-JWT. */
type Presentation = Record<string, unknown> | string

export type OnboardResult = { created: boolean; participant: ParticipantRow }
export type SubmitResult = { created: boolean; accepted: Accepted[] }

/**
 * Onboards a participant from a presentation (JSON-LD, or a compact VP-JWT) its DID signed for
 * this node: its gx:LegalPerson (or Tagus gx:LegalParticipant), registration-number and terms
 * credentials, validated as one submission. The participant is `active` on an open node and
 * `pending` where the operator approves newcomers; onboarding again never changes that status, and
 * a suspended participant cannot onboard again.
 *
 * @example
 * const { participant } = await onboardParticipant(ctx, presentation)
 */
export async function onboardParticipant(
  ctx: PartnerContext,
  presentation: Presentation,
): Promise<OnboardResult> {
  const { holder, read } = await authenticate(ctx, presentation)
  const held = await ctx.store.participantByDid(holder)
  // a suspended participant is frozen: it changes nothing until the operator reinstates it
  if (held?.status === 'suspended') throw new AppError('forbidden', notActive(holder, held))
  const result = await ingestCredentials(ctx, presentation, {
    origin: 'local',
    read,
    participantStatus: ctx.config.onboarding === 'open' ? 'active' : 'pending',
    onboarding: true,
    guard: (credentials) => onboardingFindings(credentials, holder),
  })
  if (!result.ok)
    throw new CredentialRejectedError('The participant was not onboarded.', result.errors)
  const participant = await ctx.store.participantByDid(holder)
  if (!participant) throw new AppError('internal', 'An onboarded participant was not indexed.')
  return { created: result.accepted.some((a) => a.created), participant }
}

/** Onboarding carries the holder's own participant credential, one, and no offering. */
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
  for (const extra of legal.slice(1)) {
    findings.push(
      finding('participant-multiple', `${extra.pointer}/type`, {
        en: 'A DID onboards one participant: the presentation holds one gx:LegalPerson (or gx:LegalParticipant) credential.',
        fr: 'Un DID inscrit un seul participant : la présentation contient une seule attestation gx:LegalPerson (ou gx:LegalParticipant).',
      }),
    )
  }
  return findings
}

/**
 * Stores the offering and resource credentials an active participant presents, all or nothing.
 * Every credential must be issued by the presentation's holder (label credentials excepted: the
 * pipeline checked their issuer is a compliance service the operator trusts); participant
 * credentials go through onboarding, where approval applies.
 *
 * @example
 * const { accepted } = await submitCredentials(ctx, presentation)
 */
export async function submitCredentials(
  ctx: PartnerContext,
  presentation: Presentation,
): Promise<SubmitResult> {
  const { holder, read } = await authenticate(ctx, presentation)
  const participant = await ctx.store.participantByDid(holder)
  if (!participant?.onboardedAt || participant.status !== 'active') {
    throw new AppError('forbidden', notActive(holder, participant))
  }
  const result = await ingestCredentials(ctx, presentation, {
    origin: 'local',
    read,
    guard: (credentials) => credentials.flatMap((c) => submissionFindings(c, holder)),
  })
  if (!result.ok) throw new CredentialRejectedError('The submission was refused.', result.errors)
  return { created: result.accepted.some((a) => a.created), accepted: result.accepted }
}

function submissionFindings(c: ValidatedCredential, holder: string): Finding[] {
  if (c.extracted.participant) {
    return [
      finding('participant-in-submission', `${c.pointer}/type`, {
        en: 'A submission carries offerings and resources; a participant credential goes to onboarding (POST /api/v1/participants), even a new version of your own.',
        fr: 'Une soumission contient des offres et des ressources ; une attestation de participant passe par l’inscription (POST /api/v1/participants), même une nouvelle version de la vôtre.',
      }),
    ]
  }
  // a label credential is the compliance service's: the pipeline refused it unless that service is
  // trusted; one that would also describe an offering or a resource is not a label
  const label = isAttestation(c.extracted.types) && !c.extracted.offering && !c.extracted.resource
  if (c.extracted.issuer === holder || label) return []
  return [
    finding('issuer-not-holder', `${c.pointer}/issuer`, {
      en: `A participant submits only credentials it issued; this one is issued by ${c.extracted.issuer}.`,
      fr: `Un participant ne soumet que les attestations qu’il a émises ; celle-ci est émise par ${c.extracted.issuer}.`,
    }),
  ]
}

function notActive(did: string, participant: ParticipantRow | undefined): string {
  if (!participant?.onboardedAt) {
    return `${did} has not onboarded on this node: onboard first (POST /api/v1/participants).`
  }
  if (participant.status === 'pending') {
    return `Participant ${did} is pending: the operator of this node must approve it (POST /api/v1/admin/participants/{id}/approve) before it submits.`
  }
  return `Participant ${did} is ${participant.status} on this node: it may not write until the operator reinstates it.`
}

/**
 * Revokes an offering: by the operator, or by its issuer through a presentation signed for this
 * node with a fresh challenge that holds the offering's current credential, so the signature
 * names what it revokes and an intercepted presentation revokes nothing else. Anyone else gets a
 * 403. Peers apply it only if the issuer typed the presentation REVOCATION_TYPE; otherwise
 * the answer warns that it holds here only.
 *
 * @example
 * const warnings = await revokeOffering(ctx, id, { presentation })
 */
export async function revokeOffering(
  ctx: PartnerContext & Pick<AppContext, 'identity'>,
  id: string,
  by: { admin: true } | { presentation: Presentation },
): Promise<Finding[]> {
  const offering = await ctx.store.getOffering(id)
  if (!offering) throw new NotFoundError(`No offering ${id} in this catalogue.`)
  const stored = await ctx.store.getCredential(offering.credentialHash)
  let signed: string | undefined
  const warnings: Finding[] = []
  if ('presentation' in by) {
    const { holder, read } = await authenticate(ctx, by.presentation)
    const { entries } = read
    if (stored?.issuer !== holder)
      throw new AppError('forbidden', 'Only the issuer of an offering may revoke it.')
    const named = await Promise.all(entries.map((e) => entryHash(e, ctx.config.limits)))
    if (named.length !== 1 || named[0] !== offering.credentialHash) {
      throw new CredentialRejectedError('The presentation does not name this offering.', [
        revocationTarget(entries, offering.credentialHash, id),
      ])
    }
    signed = typeof by.presentation === 'string' ? by.presentation : JSON.stringify(by.presentation)
    if (!statesRevocation(by.presentation)) warnings.push(LOCAL_ONLY)
  } else if (stored && offering.status !== 'revoked' && isNodeDid(ctx, stored.issuer)) {
    // the operator revoking the node's own offering speaks as its issuer: signed, so peers apply it
    signed = JSON.stringify(await nodeRevocation(ctx, stored))
  }
  if (offering.status === 'revoked') return warnings
  await ctx.store.revokeOffering(offering, ctx.clock().getTime(), signed)
  return warnings
}

const LOCAL_ONLY: Finding = {
  code: 'revocation-local-only',
  path: '/type',
  message: {
    en: `Revoked on this node only: peers apply a revocation only when its presentation's type includes "${REVOCATION_TYPE}", so that its issuer states under its signature that it revokes (a presentation without it reads like the one that submitted the credential). Type your next revocations so.`,
    fr: `Révoquée sur ce nœud seulement : les pairs n’appliquent une révocation que si le type de sa présentation contient « ${REVOCATION_TYPE} », par lequel l’émetteur déclare sous sa signature qu’il révoque (sans lui, elle se lit comme celle qui a soumis l’attestation). Typez ainsi vos prochaines révocations.`,
  },
  severity: 'warning',
}

function isNodeDid(ctx: Pick<AppContext, 'identity'>, did: string): boolean {
  return did === ctx.identity.did || did === ctx.identity.didKey
}

/** The node, as the issuer, presenting the credential it revokes to no node in particular. */
function nodeRevocation(ctx: PartnerContext & Pick<AppContext, 'identity'>, stored: CredentialRow) {
  const key = stored.issuer === ctx.identity.did ? ctx.identity.webKey : ctx.identity.keyKey
  return signPresentation([credentialJson(stored)], {
    key,
    loader: ctx.loader,
    challenge: crypto.randomUUID(),
    domain: ctx.config.publicUrl,
    date: ctx.clock(),
    types: [REVOCATION_TYPE],
  })
}

function revocationTarget(entries: Entry[], hash: string, id: string): Finding {
  return finding(
    'revocation-target-mismatch',
    entries.length === 1 ? entries[0]!.pointer : '/verifiableCredential',
    {
      en: `A revocation presentation holds exactly one credential: the one it revokes, the offering ${id}'s current credential (${hash}), as GET /api/v1/offerings/{id} serves it with Accept: application/ld+json.`,
      fr: `Une présentation de révocation contient exactement une attestation : celle qu’elle révoque, l’attestation actuelle de l’offre ${id} (${hash}), telle que GET /api/v1/offerings/{id} la sert avec Accept: application/ld+json.`,
    },
  )
}

/**
 * The holder a presentation proves, after the limits: a hostile document costs no crypto. With
 * the presentation as read for them, which ingesting it reads no second time.
 */
async function authenticate(
  ctx: PartnerContext,
  presentation: Presentation,
): Promise<{ holder: string; read: SubmissionEntries }> {
  const read = await timeStage(ctx.metrics, 'read', () =>
    submissionEntries(submissionOf(presentation), ctx.config),
  )
  const proof = await timeStage(ctx.metrics, 'holder', () =>
    verifyHolderProof(presentation, {
      loader: ctx.loader,
      resolveDid: ctx.resolveDid,
      domain: ctx.config.publicUrl,
      now: ctx.clock(),
      clockSkewMs: ctx.config.clockSkewMs,
      isLive: (challenge) => ctx.store.challengeIsLive(challenge, ctx.clock().getTime()),
      useChallenge: (challenge) => ctx.store.consumeChallenge(challenge, ctx.clock().getTime()),
    }),
  )
  if (!proof.verified)
    throw new AppError(
      'unauthorized',
      'The presentation does not authenticate its holder.',
      proof.errors,
    )
  ctx.chargeHolder?.(proof.holder)
  return { holder: proof.holder, read }
}

function finding(code: string, path: string, message: Finding['message']): Finding {
  return { code, path, message, severity: 'violation' }
}
