import { describe, expect, it } from 'vitest';
import { breakLines, type BreakOptions } from '../../../src/rendition/lineBreaking.ts';
import { CHAR_PITCH, GRID_TRACKING, TYPE_AREA } from '../../../src/rendition/pageGeometry.ts';
import { measure, plainText, styled } from '../../../src/rendition/styledText.ts';
import { fixedPitchMetrics } from './fixedMetrics.ts';

const grid: BreakOptions = {
  size: 16,
  tracking: GRID_TRACKING,
  first: { indent: 2 * CHAR_PITCH, width: TYPE_AREA.width - 2 * CHAR_PITCH },
  rest: { indent: 0, width: TYPE_AREA.width },
  justify: true,
};

const lines = (text: string, options = grid) => breakLines(styled(text, 'fangSong'), options, fixedPitchMetrics);

describe('line breaking', () => {
  it('given a paragraph of ideographs, when broken, then the first line holds 26 characters after the indent and the others 28', () => {
    const result = lines('国'.repeat(26 + 28 + 28 + 5));
    expect(result.map((l) => l.chars.length)).toEqual([26, 28, 28, 5]);
    expect(result.map((l) => l.indent)).toEqual([2 * CHAR_PITCH, 0, 0, 0]);
    expect(result.every((l) => Math.abs(l.spacing - GRID_TRACKING) < 1e-9)).toBe(true);
  });

  it('given a full-width comma at a line start, when broken, then the line squeezes it in and its ink ends on the margin', () => {
    const result = lines(`${'国'.repeat(26)}，${'家'.repeat(10)}`);
    expect(plainText(result[0]?.chars ?? [])).toBe(`${'国'.repeat(26)}，`);
    const first = result[0];
    expect(first && first.spacing).toBeLessThan(GRID_TRACKING);
    expect(first && GRID_TRACKING - first.spacing).toBeLessThan(0.5); // closed up by less than half a point a character
    // The comma's ink ends on the margin; its blank half lies beyond.
    expect(first && measure(first.chars, 16, first.spacing, fixedPitchMetrics)).toBeCloseTo(TYPE_AREA.width - 2 * CHAR_PITCH + 8, 6);
    expect(plainText(result[1]?.chars ?? [])).toBe('家'.repeat(10));
  });

  it('given two closing marks at a line start, when broken, then the character before them moves down and the line is stretched', () => {
    const result = lines(`${'国'.repeat(26)}。”${'家'.repeat(10)}`);
    expect(result[0]?.chars.length).toBe(25);
    expect(plainText(result[1]?.chars ?? [])).toBe(`国。”${'家'.repeat(10)}`);
    const first = result[0];
    expect(first && first.spacing).toBeGreaterThan(GRID_TRACKING);
    expect(first && measure(first.chars, 16, first.spacing, fixedPitchMetrics)).toBeCloseTo(TYPE_AREA.width - 2 * CHAR_PITCH, 6);
  });

  it('given a paragraph that ends with a full stop squeezed into its last line, when broken, then that line closes up to the measure', () => {
    const result = lines(`${'国'.repeat(26)}。`);
    expect(result.length).toBe(1);
    const only = result[0];
    expect(only && measure(only.chars, 16, only.spacing, fixedPitchMetrics)).toBeCloseTo(TYPE_AREA.width - 2 * CHAR_PITCH + 8, 6);
  });

  it('given an opening quote at a line end, when broken, then it goes to the next line', () => {
    const result = lines(`${'国'.repeat(25)}“促发展”`);
    expect(plainText(result[0]?.chars ?? []).endsWith('“')).toBe(false);
    expect(plainText(result[1]?.chars ?? []).startsWith('“')).toBe(true);
  });

  it('given digits and a dash pair at a line end, when broken, then neither is split', () => {
    const years = lines(`${'国'.repeat(25)}2026年`);
    expect(plainText(years[1]?.chars ?? [])).toBe('2026年');
    const dash = lines(`${'国'.repeat(25)}——家`);
    expect(plainText(dash[1]?.chars ?? [])).toBe('——家');
  });

  it('given any text, when broken, then no character is lost or repeated', () => {
    const text =
      '为深入贯彻落实党中央、国务院关于安全生产工作的决策部署，切实防范化解重大安全风险，坚决遏制重特大事故发生，保障人民群众生命财产安全（2026年版）。';
    expect(
      lines(text)
        .map((l) => plainText(l.chars))
        .join(''),
    ).toBe(text);
  });
});
