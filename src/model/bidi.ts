// The characters that change the direction in which the text after them is drawn: the marks
// (U+061C, U+200E, U+200F), embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
// Invisible, they make text read as other text (`\u202euelb` reads `bleu`), so an id must not hold
// them (RFC 3987) and what the node shows of others' text shows them as their codes.

/** One of them. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/**
 * Each of them in `text` as its escape.
 *
 * @example
 * bidiControlsShownIn('Exemple\u202e SAS') // 'Exemple\\u202e SAS'
 */
export function bidiControlsShownIn(text: string): string {
  return text.replace(BIDI_CONTROLS, bidiControlCode)
}

/** `\u202e` for U+202E. */
export function bidiControlCode(control: string): string {
  return `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`
}

const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g')
