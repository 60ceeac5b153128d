// Text that others wrote reaches the pages: a partner's name, keyword or description, a value a
// finding quotes, a query from a link. A bidi formatting character in it is obeyed by the browser
// to the end of its line: a right-to-left override in a provider's name reversed what the page
// writes after it (" · Service offering" read "gnireffo ecivreS ·"), it makes one name look like
// another ("\u202euelb" reads "bleu"), and an invisible right-to-left mark moved a facet's count
// into the middle of the name before it. A <bdi> alone does not stop them: Chromium lets a
// pop-directional-isolate inside it close it. So a page shows each such character as its code, as
// gxc does in a terminal, and puts others' text that the page's own words follow in a <bdi>, for
// what the characters themselves do (a name in Hebrew or Arabic). What the browser sends back (an
// attribute, a textarea's document) keeps them, so a filter or a document round-trips unchanged.
import { BIDI_CONTROL, bidiControlCode } from '../model/bidi.js'

// a textarea's text, a tag with its attributes, or a control in text: escaping leaves no `<` or
// `>` inside attribute values and no `<` inside a textarea, so the first two end where they seem
const TAG_OR_CONTROL = new RegExp(
  `<textarea\\b[^>]*>[^<]*</textarea>|<[^>]*>|${BIDI_CONTROL.source}`,
  'g',
)

/**
 * `markup` (a page) with each bidi mark, embedding, override and isolate of its text shown as its
 * escape.
 *
 * @example
 * bidiControlsShown('<a href="/x">Exemple\u202e SAS</a> · Stockage')
 * // '<a href="/x">Exemple\\u202e SAS</a> · Stockage'
 */
export function bidiControlsShown(markup: string): string {
  if (!BIDI_CONTROL.test(markup)) return markup
  return markup.replace(TAG_OR_CONTROL, (match) =>
    match.length > 1 ? match : bidiControlCode(match),
  )
}
