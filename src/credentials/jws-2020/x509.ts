/**
 * X.509 for JsonWebSignature2020 verification methods: certificate chains from `x5c` or an `x5u`
 * PEM file, checked against the operator's trust anchors (the Gaia-X registry's list, say).
 * @peculiar/x509 does the ASN.1 and the signatures through WebCrypto, so this runs on Node and
 * workerd alike.
 */
// @NOTE must precede @peculiar/x509: its dependency injection (tsyringe) needs the Reflect
// metadata API at import time, and neither Node nor workerd has it.
import 'reflect-metadata'
import {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  PemConverter,
  X509Certificate,
} from '@peculiar/x509'
import { ConfigError } from '../../errors.js'

export { X509Certificate }

/** The certificates a chain must lead to; empty means no x5c/x5u chain can be trusted. */
export type TrustAnchors = { readonly certificates: readonly X509Certificate[] }

export type ChainProblem =
  | 'certificate-untrusted'
  | 'certificate-malformed'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  | 'certificate-chain-invalid'
  | 'certificate-not-ca'
  | 'certificate-weak-key'
  | 'certificate-weak-signature'
  | 'certificate-key-usage-invalid'

export type ChainResult =
  { ok: true; leaf: X509Certificate } | { ok: false; problem: ChainProblem; subject: string }

// deeper chains are not seen in practice and each level costs a signature check
const MAX_CHAIN_LENGTH = 8
// NIST SP 800-131A and RFC 7518 §3.3: RSA keys below 2048 bits are breakable
const MIN_RSA_BITS = 2048
// RFC 6194 (SHA-1) and RFC 6151 (MD5): collisions let a forger have a certificate of its own signed
const BROKEN_HASHES = new Set(['sha-1', 'md2', 'md4', 'md5'])
// what @peculiar/x509 leaves as bare OIDs: md2, md4 and md5WithRSAEncryption, dsa-with-sha1
const BROKEN_SIGNATURE_OIDS = new Set([
  '1.2.840.113549.1.1.2',
  '1.2.840.113549.1.1.3',
  '1.2.840.113549.1.1.4',
  '1.2.840.10040.4.3',
])
const SIGNING_USAGES = KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation

/**
 * Parses a PEM bundle (any number of `CERTIFICATE` blocks; other blocks and text are ignored).
 * Throws an AppError for a block that is not a certificate, so a bad anchor file fails at start.
 *
 * @example
 * const anchors = parseTrustAnchors(readFileSync('gaia-x-anchors.pem', 'utf8'))
 */
export function parseTrustAnchors(pem: string | undefined): TrustAnchors {
  if (!pem?.trim()) return { certificates: [] }
  const certificates = parsePemChain(pem)
  if (!certificates?.length) {
    throw new ConfigError(
      'Invalid configuration:\n  GXC_TRUST_ANCHORS: the bundle holds no valid PEM certificate',
    )
  }
  return { certificates: Object.freeze(certificates) }
}

/** Every certificate of a PEM text in order, or undefined if one of them does not parse. */
export function parsePemChain(pem: string): X509Certificate[] | undefined {
  try {
    return PemConverter.decodeWithHeaders(pem)
      .filter((block) => block.type === 'CERTIFICATE')
      .map((block) => new X509Certificate(block.rawData))
  } catch {
    return undefined
  }
}

/** An `x5c` value (RFC 7517 §4.7: standard base64 DER, leaf first), or undefined if malformed. */
export function parseX5c(x5c: unknown): X509Certificate[] | undefined {
  if (!Array.isArray(x5c) || x5c.length === 0) return undefined
  try {
    return x5c.map((entry) => {
      if (typeof entry !== 'string' || !/^[A-Za-z0-9+/=\s]+$/.test(entry)) throw new TypeError()
      const binary = atob(entry.replace(/\s+/g, ''))
      return new X509Certificate(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
    })
  } catch {
    return undefined
  }
}

/**
 * Checks a chain (leaf first, each certificate issued by the next) at `now`: every certificate
 * within its validity period with no RSA key under 2048 bits, each issuer's signature (SHA-1 and
 * MD5 refused), the CA flag (and path length, key usage) of every issuing certificate, trust
 * anchors included, a leaf whose key may sign (digitalSignature or nonRepudiation, and no CA
 * unless pinned), and that the chain reaches a trust anchor, either by containing one or by being
 * issued by one. A self-signed root that is not an anchor is untrusted.
 *
 * @example
 * const result = await checkCertificateChain(parseX5c(jwk.x5c)!, anchors, ctx.clock())
 * if (result.ok) compareKeys(result.leaf, jwk)
 */
export async function checkCertificateChain(
  chain: readonly X509Certificate[],
  anchors: TrustAnchors,
  now: Date,
): Promise<ChainResult> {
  const leaf = chain[0]
  if (!leaf || anchors.certificates.length === 0 || chain.length > MAX_CHAIN_LENGTH) {
    return { ok: false, problem: 'certificate-untrusted', subject: leaf?.subject ?? '' }
  }
  for (const [i, certificate] of chain.entries()) {
    const pinned = anchors.certificates.some((a) => sameCertificate(a, certificate))
    const problem =
      checkDates(certificate, now) ??
      // chain[i] issued chain[i - 1]: i - 1 CA certificates sit between it and the leaf
      (i === 0 ? checkLeafUsage(certificate, pinned) : checkIssuer(certificate, i - 1)) ??
      (await checkKey(certificate))
    if (problem) return { ok: false, problem, subject: certificate.subject }
    // an anchor is trusted as it is, whoever signed it and however (a root signs itself)
    if (pinned) return { ok: true, leaf }
    const signature = checkSignatureAlgorithm(certificate)
    if (signature) return { ok: false, problem: signature, subject: certificate.subject }
    const anchored = await checkAnchorIssued(certificate, i, anchors, now)
    if (anchored) return anchored.ok ? { ok: true, leaf } : anchored
    const issuer = chain[i + 1]
    if (!issuer)
      return { ok: false, problem: 'certificate-untrusted', subject: certificate.subject }
    if (issuer.subject !== certificate.issuer || !(await signedBy(certificate, issuer))) {
      return { ok: false, problem: 'certificate-chain-invalid', subject: certificate.subject }
    }
  }
  return { ok: false, problem: 'certificate-untrusted', subject: leaf.subject }
}

/**
 * Whether an anchor issued `certificate` (with `below` CA certificates under it) and may: RFC
 * 5280 §6.1 takes an anchor as a bare name and key, and RFC 5937 leaves its own constraints to
 * the relying party. This node reads them, so that an end-entity certificate among the anchors
 * (a pinned partner's) trusts that one key and mints no others. Undefined when no anchor signed it.
 */
async function checkAnchorIssued(
  certificate: X509Certificate,
  below: number,
  anchors: TrustAnchors,
  now: Date,
): Promise<{ ok: true } | (ChainResult & { ok: false }) | undefined> {
  let refused: (ChainResult & { ok: false }) | undefined
  for (const anchor of anchors.certificates) {
    if (anchor.subject !== certificate.issuer || !(await signedBy(certificate, anchor))) continue
    const problem =
      checkDates(anchor, now) ?? checkIssuer(anchor, below) ?? (await checkKey(anchor))
    if (!problem) return { ok: true }
    // an anchor of the same name and key may be one that can (a re-issued root, say)
    refused ??= { ok: false, problem, subject: anchor.subject }
  }
  return refused
}

function checkDates(certificate: X509Certificate, now: Date): ChainProblem | undefined {
  const time = now.getTime()
  if (time < certificate.notBefore.getTime()) return 'certificate-not-yet-valid'
  if (time > certificate.notAfter.getTime()) return 'certificate-expired'
  return undefined
}

/** RFC 5280 §4.2.1.9 and §4.2.1.3: may this certificate issue one with `below` CAs under it? */
function checkIssuer(certificate: X509Certificate, below: number): ChainProblem | undefined {
  const extensions = readExtensions(certificate)
  if (!extensions) return 'certificate-malformed'
  const { constraints, usages } = extensions
  if (!constraints?.ca) return 'certificate-not-ca'
  if (constraints.pathLength !== undefined && below > constraints.pathLength) {
    return 'certificate-not-ca'
  }
  if (usages && (usages.usages & KeyUsageFlags.keyCertSign) === 0) return 'certificate-not-ca'
  return undefined
}

/**
 * RFC 5280 §4.2.1.3: the leaf's key signs credentials, so its key usage, when stated, must allow
 * signatures. A CA's key is for certificates: trusting its signature on a credential would let a
 * CA speak for any subject it certifies, unless the operator pinned that very certificate.
 */
function checkLeafUsage(leaf: X509Certificate, pinned: boolean): ChainProblem | undefined {
  const extensions = readExtensions(leaf)
  if (!extensions) return 'certificate-malformed'
  const { constraints, usages } = extensions
  if (usages && (usages.usages & SIGNING_USAGES) === 0) return 'certificate-key-usage-invalid'
  if (constraints?.ca && !pinned) return 'certificate-key-usage-invalid'
  return undefined
}

function readExtensions(certificate: X509Certificate) {
  try {
    return {
      constraints: certificate.getExtension(BasicConstraintsExtension),
      usages: certificate.getExtension(KeyUsagesExtension),
    }
  } catch {
    // @peculiar/x509 decodes extensions on first read: a garbled one throws
    return undefined
  }
}

/** An RSA key of fewer than 2048 bits, or one whose size cannot be read, is refused. */
async function checkKey(certificate: X509Certificate): Promise<ChainProblem | undefined> {
  let algorithm: { name: string; modulusLength?: number }
  try {
    algorithm = certificate.publicKey.algorithm as typeof algorithm
  } catch {
    return 'certificate-malformed'
  }
  if (!algorithm.name.toUpperCase().startsWith('RSA')) return undefined
  let bits = algorithm.modulusLength
  if (bits === undefined) {
    // @peculiar/x509 reads the modulus of rsaEncryption keys only: an RSASSA-PSS key (RFC 4055
    // §1.2) has its size told by WebCrypto
    try {
      const key = await certificate.publicKey.export()
      bits = (key.algorithm as { modulusLength?: number }).modulusLength
    } catch {
      bits = undefined
    }
  }
  return bits !== undefined && bits >= MIN_RSA_BITS ? undefined : 'certificate-weak-key'
}

/** The hash of the signature on `certificate`, which must not be one with known collisions. */
function checkSignatureAlgorithm(certificate: X509Certificate): ChainProblem | undefined {
  let algorithm: { name: string; hash?: { name?: string } }
  try {
    algorithm = certificate.signatureAlgorithm as typeof algorithm
  } catch {
    return 'certificate-malformed'
  }
  if (BROKEN_SIGNATURE_OIDS.has(algorithm.name)) return 'certificate-weak-signature'
  // RFC 4055 §3.1: RSASSA-PSS parameters left out mean SHA-1
  const hash = algorithm.hash?.name ?? (algorithm.name === 'RSA-PSS' ? 'SHA-1' : '')
  return BROKEN_HASHES.has(hash.toLowerCase()) ? 'certificate-weak-signature' : undefined
}

async function signedBy(certificate: X509Certificate, issuer: X509Certificate): Promise<boolean> {
  try {
    return await certificate.verify({ publicKey: issuer, signatureOnly: true })
  } catch {
    // an algorithm WebCrypto lacks (say RSA with SHA-1 on workerd) cannot prove anything
    return false
  }
}

function sameCertificate(a: X509Certificate, b: X509Certificate): boolean {
  const x = new Uint8Array(a.rawData)
  const y = new Uint8Array(b.rawData)
  return x.length === y.length && x.every((byte, i) => byte === y[i])
}
