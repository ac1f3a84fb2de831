import type { PositionedLine } from './layoutModel.ts';
import { PAGE_NUMBER_DASH_Y, TYPE_AREA, TYPE_SIZE } from './pageGeometry.ts';
import { measure, styled, toRuns } from './styledText.ts';
import { ideographicCentre, type TextMetrics } from './textMetrics.ts';

/**
 * 页码 (GB/T 9704-2012 7.5): 4号 宋体 Arabic numerals between two 一字线, "— 1 —", the dashes 7 mm
 * under the type area; odd pages one character in from the right, even pages one character in from
 * the left.
 */

const SIZE = TYPE_SIZE.no4;
const FACE = 'song' as const;

export function pageNumberText(page: number): string {
  return `— ${page} —`;
}

export function pageNumberLine(page: number, metrics: TextMetrics): PositionedLine {
  const chars = styled(pageNumberText(page), FACE);
  const width = measure(chars, SIZE, 0, metrics);
  const x = page % 2 === 1 ? TYPE_AREA.right - SIZE - width : TYPE_AREA.left + SIZE;
  return {
    role: 'pageNumber',
    gridLine: null,
    baseline: PAGE_NUMBER_DASH_Y + ideographicCentre(metrics, FACE) * SIZE,
    size: SIZE,
    runs: toRuns(chars, x, SIZE, 0, metrics),
    characterSpacing: 0,
    horizontalScale: 1,
    colour: 'black',
  };
}
