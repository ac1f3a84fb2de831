import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBoundaries } from './checkBoundaries.ts';
import { formatViolation } from './violation.ts';

describe('the Kunlun workspace', () => {
  it('keeps its architecture boundaries (DESIGN.md): no violation of any rule', { timeout: 60_000 }, () => {
    const violations = checkBoundaries(path.resolve(import.meta.dirname, '../..')).map(formatViolation);
    expect(violations).toEqual([]);
  });
});
