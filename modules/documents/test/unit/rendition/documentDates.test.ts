import { describe, expect, it } from 'vitest';
import { chineseDate, printedOnText } from '../../../src/rendition/documentDates.ts';

describe('document dates (成文日期, 印发日期)', () => {
  it('given dates in several forms, when written, then the year is full and month and day have no leading zeros', () => {
    expect(chineseDate('2026-03-01')).toBe('2026年3月1日');
    expect(chineseDate('2026-03-01T09:30:00+08:00')).toBe('2026年3月1日');
    expect(chineseDate('2026年03月01日')).toBe('2026年3月1日');
    expect(chineseDate(new Date(2026, 11, 31))).toBe('2026年12月31日');
  });

  it('given a printing date, when written, then 印发 follows it', () => {
    expect(printedOnText('2026-03-01')).toBe('2026年3月1日印发');
  });

  it('given something that is no calendar date, when written, then it is refused', () => {
    expect(() => chineseDate('2026-02-30')).toThrow(/not a calendar date/u);
    expect(() => chineseDate('三月一日')).toThrow(/not a date/u);
    expect(() => chineseDate(new Date(Number.NaN))).toThrow(/not a valid Date/u);
  });
});
