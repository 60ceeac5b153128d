/**
 * VC DM 2.0 §5.3 (Integrity of Related Resources): `relatedResource` is one or more objects, each
 * with a URL `id` unique among them and at least a `digestSRI` or a `digestMultibase`. A verifier
 * that uses a related resource must compute its digest and report a mismatch; this node uses, and
 * so checks, the base contexts it pins (it fetches nothing), and says which others it left alone.
 */
import * as base58 from 'base58-universal'
import { base64url } from 'jose'
import type { Finding } from '../../errors.js'
import { isUrl } from './conformance-common.js'
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts.js'
import { finding, isObject } from './vc-api-checks.js'

type Json = Record<string, unknown>
type Algorithm = 'sha256' | 'sha384' | 'sha512'
/** Hex digests of the bytes a URL served, one entry per published revision. */
type Revision = Readonly<Record<Algorithm, string>>

const LENGTHS: Record<Algorithm, number> = { sha256: 32, sha384: 48, sha512: 64 }
// multihash codes (multiformats table): sha2-256 0x12, sha2-384 0x20, sha2-512 0x13
const MULTIHASH: Record<number, Algorithm> = { 0x12: 'sha256', 0x20: 'sha384', 0x13: 'sha512' }

/**
 * The W3C base contexts this node pins, as their URL serves them. The SHA-256 of each is the one
 * its Recommendation publishes in its appendix "Base Context" (VC DM 2.0: 59955ced…, VC DM 1.1:
 * ab4ddd9a…); SHA-384 and SHA-512 are computed from the same bytes (w3c/vc-data-model
 * contexts/credentials/v2 at 08b83e46, v1 at cd28fa0e). The pinned documents are these, parsed.
 *
 * @NOTE the v2 context changed once after its URL went live: the July 2024 revision (8d0ee107,
 * SHA-256 24a18c90…) is what credentials issued before the February 2025 fix hashed, and what the
 * W3C VC DM 2.0 test suite's fixtures still hash. It is accepted as a published revision of the
 * same resource; a digest that matches no published revision is a mismatch.
 */
const KNOWN_RESOURCES: ReadonlyMap<string, readonly Revision[]> = new Map([
  [
    VC_V2_CONTEXT,
    [
      {
        sha256: '59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734',
        sha384:
          '97f1eb8e5042356c805fdd61afa2c557663785e0794dcafa21e138fd38def18cb360133c221aa31d6896a6bf3e65b614',
        sha512:
          '5d55452bd2dcf8a29f5a290473eb242b1c5fb77d4e68f1a0aa87baa4dba2694852d65ec63d48ac04a99d956f9f7153b9406f84d2d04c74869b02c239a1d81305',
      },
      {
        sha256: '24a18c90e9856d526111f29376e302d970b2bd10182e33959995b0207d7043b9',
        sha384:
          '35239c36999d2155312091af194a1edb61634d6ad789a5e5b19f2aebdd762dd9d1dcaada40eda7ef921c6b8c0ae107a0',
        sha512:
          'cb1336dfa8670d80d03344b3b0cc25faf4d45201823c35f39bb1afe5a9f911f615ff4ec80ec5f2f89e33d14e96bec8be78e38df35b918c9cd5f3b3449bd6c88f',
      },
    ],
  ],
  [
    VC_V1_CONTEXT,
    [
      {
        sha256: 'ab4ddd9a531758807a79a5b450510d61ae8d147eab966cc9a200c07095b0cdcc',
        sha384:
          '82c3b3eab863754bbfd2b9f17d8d6db9f61169f301cbf0b05e1fc4beb5f5c51dd4d2e888c274f49c3fbb2408f61faed1',
        sha512:
          '536a40b390dda94a9e39196c00090f62668e8184fe3c8c02c4a22c85666e68bf6e85d3dc7f2dba85b2b62ef95d97de24132568d8504db43f2c9c82d2e88418d2',
      },
    ],
  ],
])

type Digest = { algorithm: Algorithm; hex: string }

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function decode(text: string, alphabet: 'base64' | 'base64url' | 'base58'): Uint8Array | undefined {
  try {
    if (alphabet === 'base58') return base58.decode(text)
    if (alphabet === 'base64url') return base64url.decode(text)
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}

/** SRI §3.5 hash-expression: `sha384-<base64>`, options after `?` ignored. */
function sriDigest(expression: string): Digest | undefined {
  const match = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})(\?[\x21-\x7e]*)?$/.exec(expression)
  if (!match) return undefined
  const algorithm = match[1] as Algorithm
  const bytes = decode(match[2]!, 'base64')
  return bytes?.length === LENGTHS[algorithm] ? { algorithm, hex: hex(bytes) } : undefined
}

/**
 * Data Integrity §2.6 digestMultibase: a multibase (`u` base64url, `z` base58btc) multihash. The
 * VC DM 2.0 examples and the W3C test suite write the bare digest under `u`; both are read.
 */
function multibaseDigest(value: string): Digest | undefined {
  const alphabet = value[0] === 'u' ? 'base64url' : value[0] === 'z' ? 'base58' : undefined
  if (!alphabet || !/^[A-Za-z0-9_-]+$/.test(value.slice(1))) return undefined
  const bytes = decode(value.slice(1), alphabet)
  if (!bytes) return undefined
  const prefixed = MULTIHASH[bytes[0]!]
  if (prefixed && bytes[1] === LENGTHS[prefixed] && bytes.length === LENGTHS[prefixed] + 2) {
    return { algorithm: prefixed, hex: hex(bytes.slice(2)) }
  }
  const bare = (Object.keys(LENGTHS) as Algorithm[]).find((a) => LENGTHS[a] === bytes.length)
  return bare ? { algorithm: bare, hex: hex(bytes) } : undefined
}

/** Every digest an entry states, or the name of the property that is malformed. */
function digestsOf(entry: Json): Digest[] | { invalid: string } {
  const digests: Digest[] = []
  const sources: [string, (v: string) => Digest | undefined, (v: string) => string[]][] = [
    ['digestSRI', sriDigest, (v) => v.split(/\s+/).filter(Boolean)],
    ['digestMultibase', multibaseDigest, (v) => [v]],
  ]
  for (const [name, read, split] of sources) {
    if (!(name in entry)) continue
    const raw = [entry[name]].flat()
    if (raw.length === 0 || raw.some((v) => typeof v !== 'string')) return { invalid: name }
    for (const value of (raw as string[]).flatMap(split)) {
      const digest = read(value)
      if (!digest) return { invalid: name }
      digests.push(digest)
    }
  }
  return digests
}

export type RelatedResourceFindings = {
  /** Not the form VC DM 2.0 §5.3 requires: the document does not conform. */
  malformed: Finding[]
  /** A digest that does not match the resource as this node holds it. */
  mismatched: Finding[]
  /** Resources this node does not hold, whose digests it therefore did not check (warnings). */
  unchecked: Finding[]
}

/**
 * Checks a credential's `relatedResource` (VC DM 2.0 §5.3): its form, and the digests of the
 * resources this node holds (the W3C base contexts it pins).
 *
 * @example
 * const { malformed, mismatched } = checkRelatedResources(credential, '')
 */
export function checkRelatedResources(document: Json, path: string): RelatedResourceFindings {
  const out: RelatedResourceFindings = { malformed: [], mismatched: [], unchecked: [] }
  if (!('relatedResource' in document)) return out
  const value = document.relatedResource
  const entries = [value].flat()
  const at = (i: number) => `${path}/relatedResource${Array.isArray(value) ? `/${i}` : ''}`
  if (entries.length === 0) {
    out.malformed.push(
      finding(
        'related-resource-invalid',
        `${path}/relatedResource`,
        'relatedResource must be one or more objects, each with an id and a digest.',
        'relatedResource doit être un ou plusieurs objets, chacun avec un id et une empreinte.',
      ),
    )
  }
  const seen = new Set<string>()
  for (const [i, entry] of entries.entries()) {
    if (!isObject(entry)) {
      out.malformed.push(
        finding(
          'related-resource-invalid',
          at(i),
          'Each related resource must be an object with an id and a digestSRI or digestMultibase, not a bare URL.',
          'Chaque ressource liée doit être un objet avec un id et un digestSRI ou un digestMultibase, pas une URL seule.',
        ),
      )
      continue
    }
    const { id } = entry
    if (!isUrl(id)) {
      out.malformed.push(
        finding(
          'related-resource-id-invalid',
          `${at(i)}/id`,
          'A related resource must have an id, a single URL.',
          'Une ressource liée doit avoir un id, une URL unique.',
        ),
      )
    } else if (seen.has(id)) {
      out.malformed.push(
        finding(
          'related-resource-id-duplicate',
          `${at(i)}/id`,
          `${id} is listed more than once among the related resources; list each resource once.`,
          `${id} figure plusieurs fois parmi les ressources liées ; listez chaque ressource une seule fois.`,
        ),
      )
    } else seen.add(id)
    if ('mediaType' in entry && typeof entry.mediaType !== 'string') {
      out.malformed.push(
        finding(
          'related-resource-invalid',
          `${at(i)}/mediaType`,
          'mediaType must be a media type string, such as application/ld+json.',
          'mediaType doit être un type de média, par exemple application/ld+json.',
        ),
      )
    }
    const digests = digestsOf(entry)
    if ('invalid' in digests) {
      out.malformed.push(
        finding(
          'related-resource-digest-invalid',
          `${at(i)}/${digests.invalid}`,
          'digestSRI must be sha256-, sha384- or sha512- followed by the base64 digest (SRI); digestMultibase a u (base64url) or z (base58btc) multibase digest.',
          'digestSRI doit être sha256-, sha384- ou sha512- suivi de l’empreinte en base64 (SRI) ; digestMultibase une empreinte multibase u (base64url) ou z (base58btc).',
        ),
      )
      continue
    }
    if (digests.length === 0) {
      out.malformed.push(
        finding(
          'related-resource-digest-missing',
          at(i),
          'Each related resource must carry a digestSRI or a digestMultibase of the resource.',
          'Chaque ressource liée doit porter un digestSRI ou un digestMultibase de la ressource.',
        ),
      )
      continue
    }
    if (typeof id !== 'string') continue
    const revisions = KNOWN_RESOURCES.get(id)
    if (!revisions) {
      out.unchecked.push(
        finding(
          'related-resource-not-checked',
          at(i),
          `The digest of ${id} was not checked: this node fetches nothing and does not hold that resource.`,
          `L’empreinte de ${id} n’a pas été vérifiée : ce nœud ne télécharge rien et ne détient pas cette ressource.`,
          true,
        ),
      )
      continue
    }
    const matches = revisions.some((r) => digests.every((d) => r[d.algorithm] === d.hex))
    if (!matches) {
      out.mismatched.push(
        finding(
          'related-resource-digest-mismatch',
          at(i),
          `The digest does not match ${id} as the W3C publishes it: the resource was changed, or the digest computed over other bytes.`,
          `L’empreinte ne correspond pas à ${id} tel que le W3C le publie : la ressource a changé, ou l’empreinte a été calculée sur d’autres octets.`,
        ),
      )
    }
  }
  return out
}
