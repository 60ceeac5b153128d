// A small PDF 1.4 writer for the seeded catalogue's documents: A4 pages of text in the standard
// Helvetica fonts (WinAnsiEncoding: French and English need nothing else), web links as link
// annotations, the title shown by viewers, the language declared. Pure and deterministic (no
// dates, no ids): the same document gives the same bytes, so a credential can state their sha256.

export type PdfBlock =
  | { kind: 'title' | 'heading' | 'text' | 'note'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'space' }

export type PdfDocument = {
  title: string
  author: string
  /** BCP 47 language of the document's first section (`fr`). */
  lang: string
  blocks: PdfBlock[]
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 }
const STYLE = {
  title: { font: 'F2', size: 17 },
  heading: { font: 'F2', size: 12.5 },
  text: { font: 'F1', size: 10.5 },
  link: { font: 'F1', size: 10.5 },
  note: { font: 'F3', size: 9 },
} as const

// Unicode → WinAnsiEncoding (PDF 32000-1, Annex D) where it differs from Latin-1
const WIN_ANSI: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
  '\u202f': 0xa0,
  '\u2009': 0x20,
  '\u2011': 0x2d,
}

// Helvetica advance widths (Adobe AFM), 1/1000 em, for ASCII 32–126
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
const WIDE: Record<string, number> = { '—': 1000, '…': 1000, œ: 944, Œ: 1000, '€': 556 }

function encode(text: string): number[] {
  const bytes: number[] = []
  for (const c of text.normalize('NFC')) {
    const code = c.codePointAt(0)!
    if (WIN_ANSI[c] !== undefined) bytes.push(WIN_ANSI[c])
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) bytes.push(code)
    else bytes.push(0x3f)
  }
  return bytes
}

function charWidth(c: string): number {
  const code = c.codePointAt(0)!
  if (code >= 0x20 && code <= 0x7e) return WIDTHS[code - 0x20]!
  if (WIDE[c] !== undefined) return WIDE[c]
  // an accented letter is as wide as its base letter
  const base = c.normalize('NFD')[0]!
  const baseCode = base.codePointAt(0)!
  return baseCode >= 0x20 && baseCode <= 0x7e ? WIDTHS[baseCode - 0x20]! : 556
}

function width(text: string, size: number, bold: boolean): number {
  let sum = 0
  for (const c of text) sum += charWidth(c)
  // Helvetica-Bold runs about 6% wider: wrapping errs on the short side
  return (sum * size * (bold ? 1.06 : 1)) / 1000
}

function wrap(text: string, size: number, bold: boolean, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && width(candidate, size, bold) > max) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

/** A PDF literal string of WinAnsi bytes: ASCII as is, the rest as octal escapes. */
function literal(text: string): string {
  return `(${encode(text)
    .map((b) =>
      b === 0x28 || b === 0x29 || b === 0x5c
        ? `\\${String.fromCharCode(b)}`
        : b >= 0x20 && b < 0x7f
          ? String.fromCharCode(b)
          : `\\${b.toString(8).padStart(3, '0')}`,
    )
    .join('')})`
}

/** A PDF text string outside content streams (title, author): UTF-16BE with its BOM. */
function textString(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0')
  return `<${hex.toUpperCase()}>`
}

type Page = { content: string[]; links: { rect: number[]; href: string }[] }

/**
 * The bytes of a PDF holding `document`'s blocks in order, on as many A4 pages as they need.
 *
 * @example
 * renderPdf({ title: 'Certificat', author: 'Bleu', lang: 'fr', blocks: [{ kind: 'text', text: '…' }] })
 */
export function renderPdf(document: PdfDocument): Uint8Array<ArrayBuffer> {
  const pages: Page[] = [{ content: [], links: [] }]
  const usable = PAGE.width - 2 * PAGE.margin
  let y = PAGE.height - PAGE.margin
  for (const block of document.blocks) {
    if (block.kind === 'space') {
      y -= 8
      continue
    }
    const style = STYLE[block.kind]
    const bold = style.font === 'F2'
    const leading = style.size * 1.4
    if (block.kind === 'heading' || block.kind === 'title') y -= style.size * 0.6
    for (const line of wrap(block.text, style.size, bold, usable)) {
      if (y - leading < PAGE.margin) {
        pages.push({ content: [], links: [] })
        y = PAGE.height - PAGE.margin
      }
      y -= leading
      const page = pages.at(-1)!
      page.content.push(
        `BT /${style.font} ${style.size} Tf ${PAGE.margin} ${y.toFixed(2)} Td ${literal(line)} Tj ET`,
      )
      if (block.kind === 'link') {
        const w = width(line, style.size, false)
        page.content.push(`${PAGE.margin} ${(y - 1.5).toFixed(2)} ${w.toFixed(2)} 0.6 re f`)
        page.links.push({
          rect: [PAGE.margin, y - 3, PAGE.margin + w, y + style.size],
          href: block.href,
        })
      }
    }
    y -= style.size * 0.5
  }

  // objects: 1 catalog, 2 pages, 3–5 fonts, 6 info, then per page: page, content, links
  const objects: string[] = []
  const fonts = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique']
  const kids: number[] = []
  let next = 7
  const pageObjects: string[] = []
  for (const page of pages) {
    const pageId = next++
    const contentId = next++
    const linkIds = page.links.map(() => next++)
    kids.push(pageId)
    const annots = linkIds.length ? ` /Annots [${linkIds.map((id) => `${id} 0 R`).join(' ')}]` : ''
    pageObjects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents ${contentId} 0 R${annots} >>`
    const stream = page.content.join('\n')
    pageObjects[contentId] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
    page.links.forEach((link, i) => {
      pageObjects[linkIds[i]!] =
        `<< /Type /Annot /Subtype /Link /Rect [${link.rect.map((n) => n.toFixed(2)).join(' ')}] /Border [0 0 0] /A << /S /URI /URI ${literal(link.href)} >> >>`
    })
  }
  objects[1] = `<< /Type /Catalog /Pages 2 0 R /Lang ${literal(document.lang)} /ViewerPreferences << /DisplayDocTitle true >> >>`
  objects[2] = `<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(' ')}] /Count ${kids.length} >>`
  fonts.forEach((font, i) => {
    objects[3 + i] =
      `<< /Type /Font /Subtype /Type1 /BaseFont /${font} /Encoding /WinAnsiEncoding >>`
  })
  objects[6] = `<< /Title ${textString(document.title)} /Author ${textString(document.author)} /Producer (bleu-catalogue) >>`
  for (let id = 7; id < next; id++) objects[id] = pageObjects[id]!

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'
  const offsets: number[] = []
  for (let id = 1; id < next; id++) {
    offsets[id] = out.length
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`
  }
  const xref = out.length
  out += `xref\n0 ${next}\n0000000000 65535 f \n`
  for (let id = 1; id < next; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${next} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  // every character is one byte: the writer only ever emits codes below 256
  return Uint8Array.from(out, (c) => c.charCodeAt(0))
}
