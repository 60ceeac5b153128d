// JSON-LD context packages without type declarations; src/credentials/contexts.ts types what it reads.
declare module '@digitalbazaar/credentials-context'
declare module '@digitalbazaar/data-integrity-context'
declare module 'ed25519-signature-2020-context'
declare module '@digitalbazaar/multikey-context'
declare module 'did-context'
