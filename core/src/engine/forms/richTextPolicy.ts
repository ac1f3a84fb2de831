import sanitizeHtml from 'sanitize-html';

/**
 * The rich text the suite keeps (form fields, a document's 正文): the tags and styles an office
 * text uses, nothing that runs or loads. One policy on the server, so a field and a 正文 can never
 * disagree on what survives; the web desktop applies the same list again before showing HTML.
 */
const RICH_TEXT: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'h1',
    'h2',
    'h3',
    'h4',
    'ol',
    'ul',
    'li',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
    'div',
    'sup',
    'sub',
  ],
  allowedAttributes: { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'], span: ['style'], p: ['style'] },
  allowedStyles: { '*': { 'text-align': [/^(left|right|center|justify)$/], 'text-indent': [/^\d+(\.\d+)?(em|px)$/] } },
  disallowedTagsMode: 'discard',
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, RICH_TEXT);
}
