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
import { ConfigError } from '../errors.js'

export { X509Certificate }

/** The certificates a chain must lead to; empty means no x5c/x5u chain can be trusted. */
export type TrustAnchors = { readonly certificates: readonly X509Certificate[] }

export type ChainProblem =
  | 'certificate-untrusted'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  | 'certificate-chain-invalid'
  | 'certificate-not-ca'

export type ChainResult =
  { ok: true; leaf: X509Certificate } | { ok: false; problem: ChainProblem; subject: string }

// deeper chains are not seen in practice and each level costs a signature check
const MAX_CHAIN_LENGTH = 8

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
 * within its validity period, each issuer's signature, the CA flag (and path length, key usage)
 * of every issuing certificate, and that the chain reaches a trust anchor, either by containing
 * one or by being issued by one. A self-signed root that is not an anchor is untrusted.
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
    const dated = checkDates(certificate, now)
    if (dated) return dated
    // chain[i] issued chain[i - 1]: i - 1 CA certificates sit between it and the leaf
    if (i > 0 && !isCa(certificate, i - 1)) {
      return { ok: false, problem: 'certificate-not-ca', subject: certificate.subject }
    }
    if (anchors.certificates.some((a) => sameCertificate(a, certificate))) return { ok: true, leaf }
    for (const anchor of anchors.certificates) {
      if (anchor.subject !== certificate.issuer || !(await signedBy(certificate, anchor))) continue
      return checkDates(anchor, now) ?? { ok: true, leaf }
    }
    const issuer = chain[i + 1]
    if (!issuer)
      return { ok: false, problem: 'certificate-untrusted', subject: certificate.subject }
    if (issuer.subject !== certificate.issuer || !(await signedBy(certificate, issuer))) {
      return { ok: false, problem: 'certificate-chain-invalid', subject: certificate.subject }
    }
  }
  return { ok: false, problem: 'certificate-untrusted', subject: leaf.subject }
}

function checkDates(certificate: X509Certificate, now: Date): ChainResult | undefined {
  const time = now.getTime()
  if (time < certificate.notBefore.getTime()) {
    return { ok: false, problem: 'certificate-not-yet-valid', subject: certificate.subject }
  }
  if (time > certificate.notAfter.getTime()) {
    return { ok: false, problem: 'certificate-expired', subject: certificate.subject }
  }
  return undefined
}

/** RFC 5280 §4.2.1.9 and §4.2.1.3: may this certificate issue one with `below` CAs under it? */
function isCa(certificate: X509Certificate, below: number): boolean {
  const constraints = certificate.getExtension(BasicConstraintsExtension)
  if (!constraints?.ca) return false
  if (constraints.pathLength !== undefined && below > constraints.pathLength) return false
  const usages = certificate.getExtension(KeyUsagesExtension)
  return !usages || (usages.usages & KeyUsageFlags.keyCertSign) !== 0
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
