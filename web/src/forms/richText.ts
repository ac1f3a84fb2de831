/**
 * Rich text of forms: the same small set of tags and styles the server keeps when it sanitizes a
 * submission, applied again before any HTML is shown, so nothing else ever reaches the page.
 */
const ALLOWED_TAGS: ReadonlySet<string> = new Set([
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
]);
const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math']);
const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  span: ['style'],
  p: ['style'],
};
const ALLOWED_STYLES: Readonly<Record<string, RegExp>> = {
  'text-align': /^(left|right|center|justify)$/,
  'text-indent': /^\d+(\.\d+)?(em|px)$/,
};

function cleanStyle(style: string): string {
  return style
    .split(';')
    .map((part) => part.split(':').map((s) => s.trim()))
    .filter(([name, value]) => name !== undefined && value !== undefined && ALLOWED_STYLES[name.toLowerCase()]?.test(value))
    .map(([name, value]) => `${name!.toLowerCase()}: ${value}`)
    .join('; ');
}

function cleanChildren(from: Node, into: Node, doc: Document): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 3) {
      into.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(tag)) continue;
    if (!ALLOWED_TAGS.has(tag)) {
      cleanChildren(element, into, doc);
      continue;
    }
    const copy = doc.createElement(tag);
    for (const name of ALLOWED_ATTRIBUTES[tag] ?? []) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      if (name === 'style') {
        const style = cleanStyle(value);
        if (style) copy.setAttribute('style', style);
      } else if (/^\d{1,3}$/.test(value)) copy.setAttribute(name, value);
    }
    cleanChildren(element, copy, doc);
    into.appendChild(copy);
  }
}

/** The HTML with only the allowed tags, attributes and styles left. */
export function sanitizeRichText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.implementation.createHTMLDocument('');
  const holder = out.createElement('div');
  cleanChildren(doc.body, holder, out);
  return holder.innerHTML;
}

/** The text of some rich text without its tags (to tell whether anything was written). */
export function plainTextOf(html: string): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body.textContent ?? '';
}
