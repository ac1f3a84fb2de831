import { describe, expect, it } from 'vitest';
import { queryTermsOf, searchTermsOf } from '../../src/documentSearch.ts';

describe('search terms for Chinese without a segmenter', () => {
  it('indexes each Han character and each neighbouring pair, plus Latin words and numbers', () => {
    expect(searchTermsOf('森林防火', 'GB/T 9704')).toEqual(['森', '林', '防', '火', '森林', '林防', '防火', 'gb', 't', '9704']);
  });

  it('asks a keyword for its pairs, or for the character itself when it is one', () => {
    expect(queryTermsOf('防火工作')).toEqual(['防火', '火工', '工作']);
    expect(queryTermsOf('林')).toEqual(['林']);
    expect(queryTermsOf('宁政办〔2026〕12号')).toEqual(['宁政', '政办', '2026', '12', '号']);
  });

  it('finds every keyword among a document’s terms', () => {
    const terms = new Set(searchTermsOf('关于加强森林草原防火工作的通知', '宁政办〔2026〕12号'));
    for (const keyword of ['森林草原', '防火', '林', '宁政办〔2026〕12号'])
      expect(
        queryTermsOf(keyword).every((t) => terms.has(t)),
        keyword,
      ).toBe(true);
    expect(queryTermsOf('招商引资').every((t) => terms.has(t))).toBe(false);
  });
});
