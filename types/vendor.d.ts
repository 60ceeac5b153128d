// Minimal declarations for untyped dependencies: only what this project calls.

declare module '@digitalbazaar/vc' {
  export type VerifyResult = {
    verified: boolean
    error?: Error & { errors?: Error[] }
    results?: { verified: boolean; error?: Error; proof?: object }[]
    presentationResult?: VerifyResult
    credentialResults?: VerifyResult[]
  }
  export function issue(options: {
    credential: object
    suite: object
    documentLoader: (url: string) => Promise<unknown>
    now?: Date
  }): Promise<Record<string, unknown>>
  export function verifyCredential(options: {
    credential: object
    suite: object | object[]
    documentLoader: (url: string) => Promise<unknown>
    now?: Date
    checkStatus?: () => Promise<{ verified: boolean }>
  }): Promise<VerifyResult>
  export function signPresentation(options: {
    presentation: object
    suite: object
    documentLoader: (url: string) => Promise<unknown>
    challenge?: string
    domain?: string
  }): Promise<Record<string, unknown>>
  export function createPresentation(options: {
    verifiableCredential?: object | object[]
    holder?: string
    id?: string
    version?: number
  }): Record<string, unknown>
  export function verify(options: {
    presentation: object
    suite: object | object[]
    documentLoader: (url: string) => Promise<unknown>
    challenge?: string
    domain?: string
    now?: Date
  }): Promise<VerifyResult>
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: object; cryptosuite: object; date?: Date | string })
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: object
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(options?: { signer?: object; key?: object; date?: Date | string })
  }
}

declare module '@digitalbazaar/ed25519-multikey' {
  export type Ed25519KeyPair = {
    id?: string
    controller?: string
    publicKey: Uint8Array
    secretKey?: Uint8Array
    publicKeyMultibase: string
    secretKeyMultibase?: string
    export(options: {
      publicKey?: boolean
      secretKey?: boolean
      includeContext?: boolean
    }): Promise<Record<string, string>>
    signer(): {
      id: string
      algorithm: string
      sign(input: { data: Uint8Array }): Promise<Uint8Array>
    }
    verifier(): {
      id: string
      algorithm: string
      verify(input: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>
    }
  }
  export function generate(options?: {
    id?: string
    controller?: string
    seed?: Uint8Array
  }): Promise<Ed25519KeyPair>
  export function from(key: object): Promise<Ed25519KeyPair>
}

declare module '@digitalbazaar/did-method-key' {
  export function driver(options?: object): {
    use(options: {
      multibaseMultikeyHeader: string
      fromMultibase: (key: object) => Promise<unknown>
    }): void
    get(options: { did?: string; url?: string }): Promise<Record<string, unknown>>
    fromKeyPair(options: {
      verificationKeyPair: object
    }): Promise<{ didDocument: Record<string, unknown> }>
    publicKeyToDidDoc(options: {
      publicKeyDescription: object
    }): Promise<{ didDocument: Record<string, unknown> }>
  }
}

declare module 'jsonld' {
  type Loader = (url: string) => Promise<unknown>
  const jsonld: {
    expand(
      input: unknown,
      options?: { documentLoader?: Loader; safe?: boolean; base?: string },
    ): Promise<Record<string, unknown>[]>
    compact(
      input: unknown,
      ctx: unknown,
      options?: { documentLoader?: Loader; safe?: boolean },
    ): Promise<Record<string, unknown>>
    canonize(
      input: unknown,
      options?: {
        algorithm?: string
        format?: string
        documentLoader?: Loader
        safe?: boolean
        base?: string
      },
    ): Promise<string>
    toRDF(
      input: unknown,
      options?: { format?: string; documentLoader?: Loader; safe?: boolean },
    ): Promise<unknown>
  }
  export default jsonld
}

declare module 'base58-universal' {
  export function encode(input: Uint8Array, maxline?: number): string
  export function decode(input: string): Uint8Array | undefined
}

declare module 'jsonld-signatures' {
  type Loader = (url: string) => Promise<unknown>
  const jsigs: {
    sign<T extends object>(
      document: T,
      options: { suite: object; purpose: object; documentLoader: Loader },
    ): Promise<T & { proof: unknown }>
    verify(
      document: object,
      options: { suite: object | object[]; purpose: object; documentLoader: Loader },
    ): Promise<{ verified: boolean; error?: Error & { errors?: Error[] }; results?: unknown[] }>
    purposes: {
      AuthenticationProofPurpose: new (options: {
        challenge: string
        domain?: string
        date?: Date
        maxTimestampDelta?: number
      }) => object
      AssertionProofPurpose: new (options?: object) => object
    }
  }
  export default jsigs
}

// shacl-engine 1.1.2: the Validator, the report it returns, and the plug-in interface for custom
// constraint components (`validations`), which src/validation/shacl-constraints.ts implements.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Quad, Term } from '@rdfjs/types'

  /** A grapoi pointer: one term in the shapes or the data graph. */
  export type Pointer = {
    term: Term
    /** One pointer per term, each into its dataset. */
    ptrs: { term: Term; dataset: DatasetCore }[]
    node(terms: Term[]): Pointer
  }
  export type Shape = {
    ptr: Pointer
    /** The shape's own sh:message values. */
    message: Term[]
    validator: Validator
    validate(context: Context): Promise<Context>
  }
  export type ValidationResult = {
    focusNode: Pointer
    /** One step per path segment; null for a node shape. */
    path: { predicates: Term[] }[] | null
    value?: Pointer
    constraintComponent: Term
    severity: Term
    shape: Shape
  }
  export type Report = { conforms: boolean; results: ValidationResult[] }
  export type Context = {
    valueOrNode: Pointer
    report: Report
    create(options: { child?: boolean; focusNode?: Pointer }): Context
    /** Records a violation of `component` when `success` is false. */
    test(success: boolean, component: Term, args: { value?: Pointer }): void
  }
  /** A compiled constraint component; `generic` runs on every value node (or the focus node). */
  export type Validation = { generic?(context: Context): void | Promise<void> }
  export type ValidatorOptions = {
    factory: DataFactory & { dataset(quads?: Quad[]): DatasetCore }
    /** Constraint parameter (e.g. sh:in) → compiler, replacing the built-in component. */
    validations?: Iterable<[Term, (shape: Shape) => Validation]>
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: ValidatorOptions)
    /** The compiled shape at `ptr`, built on first use. */
    shape(ptr: Pointer): Shape
    /** Validates against the given shapes only (by term), or against every shape. */
    validate(data: { dataset: DatasetCore }, shapes?: { terms: Term[] }[]): Promise<Report>
  }
}
