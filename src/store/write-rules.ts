import { AppError } from '../errors.js'

// The rules of the write path the database holds itself (migrations 0014 and 0015): the message each of its
// triggers raises, and what a partner is told when one refuses a write.
const RULES = {
  'older-version': {
    status: 'conflict',
    en: 'The node holds a version of a credential of this submission as new as it or newer; a replacement must have a later validFrom.',
    fr: 'Le nœud détient une version d’une attestation de cette soumission aussi récente ou plus ; une nouvelle version doit avoir un validFrom postérieur.',
  },
  'subject-owned-by-another-issuer': {
    status: 'forbidden',
    en: 'A subject of this submission was first described by another issuer; only that issuer may describe it. Use an id of your own.',
    fr: 'Un sujet de cette soumission a d’abord été décrit par un autre émetteur ; seul celui-ci peut le décrire. Utilisez un identifiant qui vous appartient.',
  },
} as const

export type WriteRule = keyof typeof RULES

/**
 * The types of the credentials that attest others (Tagus `gx:compliance`, Loire
 * `gx:LabelCredential`): their subjects are the credentials they cover, named by credential id,
 * and an attestation describes none of them. A subject's first issuer is the first to describe it
 * (migration 0015 reads the same two types); the node keeps attestations to the compliance
 * services its operator trusts.
 */
export const ATTESTATION_TYPES = ['gx:compliance', 'gx:LabelCredential'] as const

/** A write the database refused by one of its rules: nothing of it was stored. */
export class WriteRuleError extends AppError {
  override name = 'WriteRuleError'
  constructor(
    readonly rule: WriteRule,
    options?: ErrorOptions,
  ) {
    const { status, en, fr } = RULES[rule]
    super(
      status,
      en,
      [{ code: rule, path: '', message: { en, fr }, severity: 'violation' }],
      options,
    )
  }
}

/**
 * What a failed write is: a WriteRuleError when a rule of the database refused it (better-sqlite3
 * gives the trigger's message alone, D1 wraps it in its own), else the error unchanged.
 */
export function asWriteRuleError(error: unknown): unknown {
  const message = error instanceof Error ? error.message : ''
  const rule = (Object.keys(RULES) as WriteRule[]).find((name) => message.includes(name))
  return rule ? new WriteRuleError(rule, { cause: error }) : error
}
