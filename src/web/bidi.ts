// Text that others wrote reaches the pages: a partner's name, keyword or description, a value a
// finding quotes, a query from a link. A bidi formatting character in it is obeyed by the browser
// to the end of its line: a right-to-left override in a provider's name reversed what the page
// writes after it (" · Service offering" read "gnireffo ecivreS ·"), and it makes one name look
// like another ("\u202euelb" reads "bleu"). Wrapping the text in <bdi> does not stop it: Chromium
// lets a pop-directional-isolate inside a <bdi> close it. So a page shows each such character as
// its code, as gxc does in a terminal; what the browser sends back (an attribute, a textarea's
// document) keeps it, so a filter or a document round-trips unchanged.

const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/

// a textarea's text, a tag with its attributes, or a control in text: escaping leaves no `<` or
// `>` inside attribute values and no `<` inside a textarea, so the first two end where they seem
const TAG_OR_CONTROL = /<textarea\b[^>]*>[^<]*<\/textarea>|<[^>]*>|[\u202a-\u202e\u2066-\u2069]/g

/**
 * `markup` (a page, a feed) with each bidi embedding, override and isolate of its text shown as
 * its escape.
 *
 * @example
 * bidiControlsShown('<a href="/x">Exemple\u202e SAS</a> · Stockage')
 * // '<a href="/x">Exemple\\u202e SAS</a> · Stockage'
 */
export function bidiControlsShown(markup: string): string {
  if (!BIDI_CONTROL.test(markup)) return markup
  return markup.replace(TAG_OR_CONTROL, (match) =>
    match.length > 1 ? match : `\\u${match.charCodeAt(0).toString(16)}`,
  )
}
