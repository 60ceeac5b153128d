import type { MiddlewareHandler } from 'hono'
import { BadRequestError, type Finding } from '../errors.js'
import type { HonoEnv } from './env.js'

/**
 * Refuses a URL whose path or query does not decode to Unicode text: a percent-encoding that is
 * not UTF-8 (an overlong form, an encoded surrogate, a stray byte) or a NUL. A lenient decoder
 * would hand the search, a lookup or a log a string the client never wrote; this says where.
 *
 * @example
 * app.use(urlText())
 */
export function urlText(): MiddlewareHandler<HonoEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url)
    const findings: Finding[] = []
    if (!isText(url.pathname)) findings.push(finding('/path'))
    for (const pair of url.search.slice(1).split('&')) {
      if (pair === '') continue
      const [name = '', value = ''] = pair.split('=', 2)
      if (!isText(name)) findings.push(finding('/query'))
      else if (!isText(value)) findings.push(finding(`/query/${decode(name)}`))
    }
    if (findings.length > 0) throw new BadRequestError('The URL is not valid Unicode.', findings)
    await next()
  }
}

const bytes = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** Whether a percent-encoded URL component decodes, as UTF-8, to text without NUL. */
function isText(component: string): boolean {
  // a URL object's NUL is `%00`; decodeURIComponent is as strict about UTF-8 but also refuses a
  // `%` without two hex digits, which is a literal `%` here, so only its refusals are read again
  if (!component.includes('%')) return true
  let decoded: string | undefined
  try {
    decoded = decodeURIComponent(component)
  } catch {
    decoded = decode(component)
  }
  return decoded !== undefined && !decoded.includes('\u0000')
}

function decode(component: string): string | undefined {
  // a URL object's path and query are ASCII: `%XX` is one byte, any other character itself
  const octets: number[] = []
  for (let i = 0; i < component.length; i++) {
    const hex = component[i] === '%' ? component.slice(i + 1, i + 3) : ''
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      octets.push(parseInt(hex, 16))
      i += 2
    } else octets.push(component[i] === '+' ? 0x20 : component.charCodeAt(i))
  }
  try {
    return bytes.decode(Uint8Array.from(octets))
  } catch {
    return undefined
  }
}

function finding(path: string): Finding {
  return {
    code: 'unicode-invalid',
    path,
    message: {
      en: 'This part of the URL is not valid UTF-8 once percent-decoded, or holds a NUL character.',
      fr: 'Cette partie de l’URL n’est pas de l’UTF-8 valide une fois décodée, ou contient un caractère NUL.',
    },
    severity: 'violation',
  }
}
