// A revocation relayed by a peer counts only as the issuer's own signed act: the presentation the
// issuer signed to revoke, stating that purpose, holding the very credential revoked. The peer's
// word adds nothing.
import type { AppContext } from '../context.js'
import { statesRevocation, verifyHolderProof } from '../credentials/presentation.js'
import { envelopedJwtOf, isEnveloped } from '../credentials/jwt/vc-jwt.js'
import type { Finding } from '../errors.js'
import type { CredentialRow } from '../store/store.js'
import { entryHash, submissionEntries, submissionOf } from '../validation/submission.js'

type RevocationContext = Pick<AppContext, 'config' | 'loader' | 'resolveDid' | 'clock'>

/**
 * Whether `signed` (a presentation as a feed carries it: JSON-LD, or an
 * EnvelopedVerifiablePresentation of a VP-JWT) is `held`'s issuer revoking exactly `held`: typed
 * REVOCATION_TYPE (so the partner's presentation that submitted `held` cannot be replayed as
 * its revocation); one holder, the issuer; one proof by a key of the issuer listed for
 * authentication; one credential in it, whose hash is `held`'s. The challenge and domain were
 * another node's, so they are not checked here: a revocation is permanent and names one
 * credential, so a replay changes nothing. Returns the presentation as stored (JSON text or
 * compact VP-JWT), or the reason it does not count; `unstated` when the issuer never said it
 * revokes (a revocation that stays the peer's business, not a fault).
 *
 * @example
 * const checked = await verifyRelayedRevocation(ctx, event.revocation, row)
 * if ('stored' in checked) await ctx.store.revokeOffering(offering, at, checked.stored)
 */
export async function verifyRelayedRevocation(
  ctx: RevocationContext,
  signed: unknown,
  held: Pick<CredentialRow, 'hash' | 'issuer'>,
): Promise<{ stored: string } | { reason: string; unstated?: true }> {
  if (typeof signed !== 'object' || signed === null || Array.isArray(signed)) {
    return { reason: 'the revocation is not a presentation' }
  }
  const document = signed as Record<string, unknown>
  let presentation: Record<string, unknown> | string = document
  if (isEnveloped(document, 'vp')) {
    const carried = envelopedJwtOf(document, 'vp')
    if (!('jwt' in carried)) return { reason: 'the enveloped revocation is not a VP-JWT' }
    presentation = carried.jwt
  }
  if (!statesRevocation(presentation)) {
    return { reason: 'the presentation does not state that it revokes', unstated: true }
  }
  let entries
  try {
    entries = submissionEntries(submissionOf(presentation), ctx.config).entries
  } catch {
    return { reason: 'the revocation exceeds this node’s limits' }
  }
  const proof = await verifyHolderProof(presentation, {
    loader: ctx.loader,
    resolveDid: ctx.resolveDid,
    now: ctx.clock(),
    clockSkewMs: ctx.config.clockSkewMs,
    isLive: async () => true,
    useChallenge: async () => true,
  })
  if (!proof.verified) return { reason: reasonOf(proof.errors) }
  if (proof.holder !== held.issuer) return { reason: 'the revocation is not signed by the issuer' }
  const named = await Promise.all(entries.map((e) => entryHash(e, ctx.config.limits)))
  if (named.length !== 1 || named[0] !== held.hash) {
    return { reason: 'the revocation does not hold the revoked credential' }
  }
  return { stored: typeof presentation === 'string' ? presentation : JSON.stringify(document) }
}

function reasonOf(errors: Finding[]): string {
  return `the revocation does not verify (${errors.map((e) => e.code).join(', ') || 'unknown'})`
}
