import { breakForbidden } from './lineBreaking.ts';
import type { FlowBlock, FlowLine } from './pageFlow.ts';
import { TYPE_AREA, TYPE_SIZE } from './pageGeometry.ts';
import { measure, styled, toRuns } from './styledText.ts';
import type { TextMetrics } from './textMetrics.ts';

/**
 * 标题 (GB/T 9704-2012 7.3.1): 2号小标宋, centred; a long title is set in as few lines as it needs,
 * of nearly equal length (梯形 or 菱形), broken where the wording allows (词意完整): between words
 * (ICU's Chinese word segmentation), preferably before 关于, after 关于/印发/转发/批转 and after 、，；,
 * never before 的 or inside the closing document type.
 */

const SIZE = TYPE_SIZE.no2;
const FACE = 'xiaoBiaoSong' as const;
/** Titles keep a character's width free on both sides. */
export const TITLE_MEASURE = TYPE_AREA.width - 2 * SIZE;

const GOOD_AFTER = ['关于', '印发', '转发', '批转'];
const GOOD_AFTER_PUNCTUATION = new Set(['、', '，', '；']);

const INSIDE_WORD = 12;

/** Positions (in code points) where a word ends, by ICU's dictionary for Chinese. */
function wordEnds(chars: readonly string[]): Set<number> {
  const ends = new Set<number>();
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  let position = 0;
  for (const { segment } of segmenter.segment(chars.join(''))) {
    position += Array.from(segment).length;
    ends.add(position);
  }
  return ends;
}

/** Cost of breaking before chars[at], in squared character widths; Infinity where it is not allowed. */
function breakCost(chars: readonly string[], at: number, wordEnd: ReadonlySet<number>): number {
  const before = chars[at - 1];
  const after = chars[at];
  if (breakForbidden(before, after)) return Number.POSITIVE_INFINITY;
  let cost = wordEnd.has(at) ? 0 : INSIDE_WORD;
  if (after === '的') cost += 6;
  if (at >= chars.length - 2) cost += 8;
  if (chars.slice(at, at + 2).join('') === '关于') cost -= 4;
  if (GOOD_AFTER.includes(chars.slice(at - 2, at).join(''))) cost -= 3;
  if (before !== undefined && GOOD_AFTER_PUNCTUATION.has(before)) cost -= 3;
  return cost;
}

/** The title's lines, balanced. */
export function titleLines(title: string, metrics: TextMetrics, measureWidth = TITLE_MEASURE): string[] {
  const chars = Array.from(title.replace(/\s+/gu, ''));
  const n = chars.length;
  const prefix = [0];
  for (const char of chars) prefix.push((prefix[prefix.length - 1] ?? 0) + metrics.advance(FACE, char) * SIZE);
  const widthOf = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  const total = widthOf(0, n);
  if (total <= measureWidth) return [chars.join('')];
  const wordEnd = wordEnds(chars);

  for (let count = Math.ceil(total / measureWidth); count <= n; count++) {
    const ideal = total / count;
    // cost[k][j]: best cost of setting chars[0..j) in k lines; from[k][j]: where the k-th line starts.
    const cost: number[][] = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY));
    const from: number[][] = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(-1));
    cost[0]![0] = 0;
    for (let k = 1; k <= count; k++) {
      for (let j = 1; j <= n; j++) {
        const penalty = j === n ? 0 : breakCost(chars, j, wordEnd);
        if (!Number.isFinite(penalty)) continue;
        for (let i = k - 1; i < j; i++) {
          const previous = cost[k - 1]![i]!;
          const width = widthOf(i, j);
          if (!Number.isFinite(previous) || width > measureWidth) continue;
          const deviation = (width - ideal) / SIZE;
          const candidate = previous + deviation * deviation + penalty;
          if (candidate < cost[k]![j]!) {
            cost[k]![j] = candidate;
            from[k]![j] = i;
          }
        }
      }
    }
    if (!Number.isFinite(cost[count]![n]!)) continue;
    const lines: string[] = [];
    let end = n;
    for (let k = count; k >= 1; k--) {
      const start = from[k]![end]!;
      lines.unshift(chars.slice(start, end).join(''));
      end = start;
    }
    return lines;
  }
  return [chars.join('')];
}

/** The title block, each line centred. */
export function titleBlock(title: string, metrics: TextMetrics): FlowBlock {
  const lines: FlowLine[] = titleLines(title, metrics).map((text) => {
    const chars = styled(text, FACE);
    const x = TYPE_AREA.left + (TYPE_AREA.width - measure(chars, SIZE, 0, metrics)) / 2;
    return { role: 'title', size: SIZE, spacing: 0, face: FACE, runs: toRuns(chars, x, SIZE, 0, metrics) };
  });
  return { lines, blankLinesBefore: 0, keepTogether: true, keepWithNext: true, takeAlong: 0, reserveAfter: 0 };
}
