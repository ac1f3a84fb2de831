import type { Issuer, PositionedLine } from './layoutModel.ts';
import { HEAD, TYPE_AREA } from './pageGeometry.ts';
import { measure, styled, toRuns } from './styledText.ts';
import type { TextMetrics } from './textMetrics.ts';

/**
 * 发文机关标志 (GB/T 9704-2012 7.2.4): red 小标宋, centred, its top edge 35 mm below the type area,
 * compressed sideways when it is wider than the type area. For a joint issue the bodies' names are
 * stacked (主办机关 first) at one common width, and "文件" stands to their right, centred on the stack.
 */

const FACE = 'xiaoBiaoSong' as const;
/** Size of a one-line mark: about 15 mm of ink. */
export const MARK_SIZE = 48;
/** Below this the mark is made smaller instead of narrower still. */
const MIN_SCALE = 0.55;
const SUFFIX = '文件';

export interface IssuingMark {
  lines: PositionedLine[];
  /** Lowest ink of the mark. */
  bottom: number;
}

function markLine(text: string, x: number, baseline: number, size: number, spacing: number, scale: number, metrics: TextMetrics): PositionedLine {
  return {
    role: 'mark',
    gridLine: null,
    baseline,
    size,
    runs: toRuns(styled(text, FACE), x, size, spacing, metrics, scale),
    characterSpacing: spacing,
    horizontalScale: scale,
    colour: 'red',
  };
}

function singleMark(issuer: Issuer, metrics: TextMetrics): IssuingMark {
  const text = issuer.mark?.trim() || `${issuer.name.trim()}${SUFFIX}`;
  const { top, bottom } = metrics.ideographs(FACE);
  let size = MARK_SIZE;
  let scale = Math.min(1, TYPE_AREA.width / measure(styled(text, FACE), size, 0, metrics));
  if (scale < MIN_SCALE) {
    size = (size * scale) / MIN_SCALE;
    scale = MIN_SCALE;
  }
  const width = measure(styled(text, FACE), size, 0, metrics) * scale;
  const baseline = HEAD.markTop + top * size;
  const line = markLine(text, TYPE_AREA.left + (TYPE_AREA.width - width) / 2, baseline, size, 0, scale, metrics);
  return { lines: [line], bottom: baseline - bottom * size };
}

function jointMark(issuers: readonly Issuer[], metrics: TextMetrics): IssuingMark {
  const names = issuers.map((i) => (i.mark?.trim() || i.name.trim()).replace(/文件$/u, ''));
  const withSuffix = issuers.every((i) => !i.mark?.trim()) || issuers.some((i) => i.mark?.trim().endsWith(SUFFIX));
  const count = names.length;
  const size = count === 2 ? 40 : count === 3 ? 32 : Math.max(20, Math.floor(104 / count));
  const suffixSize = Math.min(MARK_SIZE, size * (count === 2 ? 1.2 : 1.5));
  const pitch = size * 1.25;
  const { top, bottom } = metrics.ideographs(FACE);

  const natural = names.map((name) => measure(styled(name, FACE), size, 0, metrics));
  const stackWidth = Math.max(...natural);
  const gap = size / 2;
  const suffixWidth = withSuffix ? measure(styled(SUFFIX, FACE), suffixSize, 0, metrics) : 0;
  const total = stackWidth + (withSuffix ? gap + suffixWidth : 0);
  const scale = Math.min(1, TYPE_AREA.width / total);
  const left = TYPE_AREA.left + (TYPE_AREA.width - total * scale) / 2;

  const lines = names.map((name, index) => {
    const length = Array.from(name).length;
    // Spread shorter names to the common width: the spacing after the last character falls outside.
    const spacing = length > 1 ? (stackWidth - (natural[index] ?? 0)) / (length - 1) : 0;
    const x = length > 1 ? left : left + ((stackWidth - (natural[index] ?? 0)) * scale) / 2;
    return markLine(name, x, HEAD.markTop + top * size + index * pitch, size, spacing, scale, metrics);
  });
  const stackBottom = HEAD.markTop + top * size + (count - 1) * pitch - bottom * size;
  if (withSuffix) {
    const middle = (HEAD.markTop + stackBottom) / 2;
    const baseline = middle + ((top + bottom) / 2) * suffixSize;
    lines.push(markLine(SUFFIX, left + (stackWidth + gap) * scale, baseline, suffixSize, 0, scale, metrics));
  }
  return { lines, bottom: stackBottom };
}

export function issuingMark(issuers: readonly Issuer[], metrics: TextMetrics): IssuingMark {
  const [first] = issuers;
  if (!first) throw new RangeError('a document needs at least one issuer');
  return issuers.length === 1 ? singleMark(first, metrics) : jointMark(issuers, metrics);
}
