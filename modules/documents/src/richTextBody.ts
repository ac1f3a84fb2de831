import { sanitizeRichText } from '@kunlun/core';

/**
 * 正文 as rich text: sanitized by the suite's one rich-text policy (that of the engine's rich-text
 * form fields), and its plain text — paragraph per line — for the fixed-layout
 * rendition and for search.
 */
export function sanitizeBody(html: string): string {
  return sanitizeRichText(html).trim();
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  hellip: '…',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Tags that make a block: text before, inside and after one are separate paragraphs. */
const BLOCK_TAG = /<\/?(p|div|li|h[1-6]|tr|blockquote|ol|ul|table|thead|tbody)(\s[^>]*)?>/giu;

/**
 * The body's paragraphs as plain text, one per line; leading indentation spaces are dropped (the
 * layout indents). A block starts a new line where it opens as well as where it closes, so text
 * typed before the first block (an editor leaves the first line bare: `第一行<div>第二行</div>`)
 * stays a paragraph of its own.
 */
export function bodyPlainText(sanitizedHtml: string): string {
  const withBreaks = sanitizedHtml
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/t[dh]>/giu, '\t')
    .replace(BLOCK_TAG, '\n')
    .replace(/<[^>]+>/gu, '');
  return decodeEntities(withBreaks)
    .replace(/\u00a0/gu, ' ')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
    .filter((line) => line !== '')
    .join('\n');
}
