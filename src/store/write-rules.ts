import { AppError } from '../errors.js'

// The rules of the write path the database holds itself (migration 0014): the message each of its
// triggers raises, and what a partner is told when one refuses a write.
const RULES = {
  'older-version': {
    status: 'conflict',
    en: 'The node holds a version of a credential of this submission as new as it or newer; a replacement must have a later validFrom.',
    fr: 'Le nœud détient une version d’une attestation de cette soumission aussi récente ou plus ; une nouvelle version doit avoir un validFrom postérieur.',
  },
  'subject-owned-by-another-issuer': {
    status: 'forbidden',
    en: 'A subject of this submission was first stated by another issuer; only that issuer may describe it. Use an id of your own.',
    fr: 'Un sujet de cette soumission a d’abord été décrit par un autre émetteur ; seul celui-ci peut le décrire. Utilisez un identifiant qui vous appartient.',
  },
} as const

export type WriteRule = keyof typeof RULES

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
