// The buyer's questions, answered in plain words from the sovereignty profile: may sensitive data
// go there under French rules (SecNumCloud), may health data (HDS)? The profile counts only
// granted claims; a claim in progress is said to be so, with the milestone its evidence names.
import type { SovereigntyProfile } from '../catalogue/sovereignty.js'
import { milestone, type OfferingEvidence } from './evidence.js'
import type { MessageKey, Ui } from './i18n.js'

export type AnswerVerdict = 'yes' | 'notYet' | 'no'

export type Answer = { question: string; verdict: AnswerVerdict; reason: string }

/** "Sensitive data under French rules (SecNumCloud): not yet — qualification in progress (J0)". */
export function sensitiveDataAnswer(
  ui: Ui,
  profile: SovereigntyProfile,
  evidence: OfferingEvidence | undefined,
): Answer {
  const question = ui.t('offering.sensitive')
  const claim = profile.certifications.find((c) => c.scheme === 'SecNumCloud')
  if (claim?.status === 'claimed') {
    return profile.overall.locationsInFrance === 'yes'
      ? { question, verdict: 'yes', reason: ui.t('answer.sncGranted') }
      : { question, verdict: 'no', reason: ui.t('answer.sncNotFrance') }
  }
  if (claim) {
    const step = milestone(evidence, claim)
    const reason = ui.t('answer.sncInProgress')
    return { question, verdict: 'notYet', reason: step ? `${reason} (${step})` : reason }
  }
  return { question, verdict: 'no', reason: ui.t('answer.sncNone') }
}

/** "Health data (HDS): yes — HDS certification claimed with evidence". */
export function healthDataAnswer(ui: Ui, profile: SovereigntyProfile): Answer {
  const question = ui.t('offering.health')
  const claim = profile.certifications.find((c) => c.scheme === 'HDS')
  if (claim?.status === 'claimed') {
    return { question, verdict: 'yes', reason: ui.t('answer.hdsGranted') }
  }
  if (claim) return { question, verdict: 'notYet', reason: ui.t('answer.hdsInProgress') }
  return { question, verdict: 'no', reason: ui.t('answer.hdsNone') }
}

export const VERDICT_WORD: Record<AnswerVerdict, MessageKey> = {
  yes: 'answer.yes',
  notYet: 'answer.notYet',
  no: 'answer.no',
}

export const VERDICT_TONE = { yes: 'yes', notYet: 'wait', no: 'no' } as const
