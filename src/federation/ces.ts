// The CloudEvents types of a Gaia-X Credential Event Service feed, as this node serves and reads
// them: the Gaia-X type for a credential, and two of the node's own for what CES has no type for.

/** A credential, as the Gaia-X Credential Event Service types it (`data`: the credential). */
export const CES_CREDENTIAL = 'eu.gaia-x.credential'
/** A revocation (`data`: the issuer's signed revocation; `integrity`: the revoked credential). */
export const CES_REVOCATION = 'eu.gaia-x.credential.revocation'
/** An expiry (`data`: none; `integrity`: the expired credential). */
export const CES_EXPIRY = 'eu.gaia-x.credential.expiry'
