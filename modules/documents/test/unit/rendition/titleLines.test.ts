import { describe, expect, it } from 'vitest';
import { TITLE_MEASURE, titleLines } from '../../../src/rendition/titleLines.ts';
import { fixedPitchMetrics } from './fixedMetrics.ts';

describe('title lines (标题)', () => {
  it('given a short title, when set, then it is one line', () => {
    expect(titleLines('关于做好春节期间安全生产工作的通知', fixedPitchMetrics)).toEqual(['关于做好春节期间安全生产工作的通知']);
  });

  it('given a long title, when set, then its lines are balanced, fit the measure and keep every character', () => {
    const title = '青海省人民政府办公厅关于印发青海省进一步加强安全生产工作若干措施的通知';
    const lines = titleLines(title, fixedPitchMetrics);
    expect(lines.length).toBe(2);
    expect(lines.join('')).toBe(title);
    const lengths = lines.map((l) => Array.from(l).length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(4);
    expect(Math.max(...lengths) * 22).toBeLessThanOrEqual(TITLE_MEASURE);
  });

  it('given a title whose middle falls inside a word, when set, then the break moves to the nearest word boundary', () => {
    expect(titleLines('青海省人民政府办公厅关于进一步做好全省安全生产工作的通知', fixedPitchMetrics)).toEqual([
      '青海省人民政府办公厅关于进一步',
      '做好全省安全生产工作的通知',
    ]);
  });

  it('given a very long title, when set, then it takes three balanced lines and never starts a line with 的', () => {
    const title = '青海省人民政府办公厅关于转发省发展改革委省财政厅关于进一步加强全省重大项目资金保障若干意见的通知';
    const lines = titleLines(title, fixedPitchMetrics);
    expect(lines.length).toBe(3);
    expect(lines.join('')).toBe(title);
    expect(lines.some((l) => l.startsWith('的'))).toBe(false);
  });
});
