/**
 * did:key for ECDSA P-256 (`zDn…`) and P-384 (`z82…`) keys, which the VC-API verifier resolves
 * besides the node's Ed25519 did:keys (the W3C VC DM 2.0 suite's enveloped credentials are signed
 * with one). The did:key method: the multibase value is the multicodec key (`p256-pub` 0x1200,
 * `p384-pub` 0x1201) as a compressed point, and the document lists it for every purpose.
 */
import * as base58 from 'base58-universal'
import { base64url } from 'jose'
import type { DidDocumentResolver } from '../document-loader.js'

type Curve = {
  crv: 'P-256' | 'P-384'
  header: readonly [number, number]
  size: number
  p: bigint
  b: bigint
}

// SEC 2 §2.4.2 and §2.5.1 (a = -3 for both)
const CURVES: readonly Curve[] = [
  {
    crv: 'P-256',
    header: [0x80, 0x24],
    size: 32,
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  },
  {
    crv: 'P-384',
    header: [0x81, 0x24],
    size: 48,
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  },
]

function power(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n
  let b = base % modulus
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus
    b = (b * b) % modulus
  }
  return result
}

function toBigInt(bytes: Uint8Array): bigint {
  return bytes.reduce((n, byte) => (n << 8n) | BigInt(byte), 0n)
}

function toBytes(n: bigint, size: number): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) =>
    Number((n >> BigInt(8 * (size - 1 - i))) & 0xffn),
  )
}

/** The affine point of a SEC 1 compressed point on `curve`, undefined if it is not on the curve. */
function decompress(point: Uint8Array, curve: Curve): { x: Uint8Array; y: Uint8Array } | undefined {
  const { p, b, size } = curve
  if (point.length !== size + 1 || (point[0] !== 0x02 && point[0] !== 0x03)) return undefined
  const x = toBigInt(point.slice(1))
  if (x >= p) return undefined
  const rhs = (((x * x * x - 3n * x + b) % p) + p) % p
  // both primes are 3 mod 4: a square root is rhs^((p+1)/4)
  let y = power(rhs, (p + 1n) / 4n, p)
  if ((y * y) % p !== rhs) return undefined
  if ((y & 1n) !== BigInt(point[0]! & 1)) y = p - y
  return { x: point.slice(1), y: toBytes(y, size) }
}

/**
 * The DID document of a P-256 or P-384 did:key, its key as a JsonWebKey; undefined for any
 * other DID.
 *
 * @example
 * ecdsaDidKeyDocument('did:key:zDnaeTQK…')?.verificationMethod[0].publicKeyJwk
 * // { kty: 'EC', crv: 'P-256', x: '…', y: '…' }
 */
export function ecdsaDidKeyDocument(did: string) {
  const multibase = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(did)?.[1]
  if (!multibase) return undefined
  const bytes: Uint8Array | undefined = base58.decode(multibase.slice(1))
  const curve = CURVES.find((c) => bytes?.[0] === c.header[0] && bytes?.[1] === c.header[1])
  const point = curve && bytes ? decompress(bytes.slice(2), curve) : undefined
  if (!curve || !point) return undefined
  const id = `${did}#${multibase}`
  const publicKeyJwk = {
    kty: 'EC',
    crv: curve.crv,
    x: base64url.encode(point.x),
    y: base64url.encode(point.y),
  }
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
    id: did,
    verificationMethod: [{ id, type: 'JsonWebKey', controller: did, publicKeyJwk }],
    assertionMethod: [id],
    authentication: [id],
  }
}

/**
 * `resolve`, answering also for P-256 and P-384 did:keys (their documents, by the bare DID).
 *
 * @example
 * const resolveDid = withEcdsaDidKeys(ctx.resolveDid)
 */
export function withEcdsaDidKeys(resolve: DidDocumentResolver): DidDocumentResolver {
  return async (didUrl) => (await resolve(didUrl)) ?? ecdsaDidKeyDocument(didUrl)
}
