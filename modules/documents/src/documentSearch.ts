import type { Knex } from 'knex';

/**
 * Full-text search that works for Chinese without a word segmenter or a locale: every document
 * keeps its search terms — each Han character and each pair of neighbouring Han characters
 * (bigrams), plus Latin words and numbers — in a GIN-indexed text[] column. A query's terms must
 * all be present (the index finds candidates), then the exact phrase is checked on the text.
 */
const HAN = /\p{Script=Han}/u;

function termsOf(value: string, into: Set<string>, withUnigrams: boolean): void {
  const tokens = value.toLowerCase().match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
  for (const token of tokens) {
    if (!HAN.test(token)) {
      into.add(token.slice(0, 40));
      continue;
    }
    const chars = [...token];
    if (withUnigrams || chars.length === 1) for (const c of chars) into.add(c);
    for (let i = 0; i + 1 < chars.length; i++) into.add(chars[i]! + chars[i + 1]!);
  }
}

/** What a document is found by: its title, body and number. */
export function searchTermsOf(...texts: (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const t of texts) if (t) termsOf(t, terms, true);
  return [...terms];
}

/** The terms a keyword needs (bigrams, or the character itself for a one-character query). */
export function queryTermsOf(keyword: string): string[] {
  const terms = new Set<string>();
  termsOf(keyword, terms, false);
  return [...terms];
}

const likePattern = (s: string) => `%${s.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;

/**
 * Restricts a query over documents (aliased `d`) to those matching every word of the keyword in
 * their title, body or number.
 */
export function whereMatches(qb: Knex.QueryBuilder, keyword: string, alias = 'd'): Knex.QueryBuilder {
  const words = keyword.split(/\s+/u).filter(Boolean).slice(0, 8);
  for (const word of words) {
    const terms = queryTermsOf(word);
    if (terms.length) qb.whereRaw(`${alias}.search_terms @> ?::text[]`, [terms]);
    const pattern = likePattern(word);
    qb.where((w) =>
      w
        .whereRaw(`${alias}.title ilike ?`, [pattern])
        .orWhereRaw(`${alias}.body_text ilike ?`, [pattern])
        .orWhereRaw(`coalesce(${alias}.doc_number, ${alias}.external_number, '') ilike ?`, [pattern]),
    );
  }
  return qb;
}
