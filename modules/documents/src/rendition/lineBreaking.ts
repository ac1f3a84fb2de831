import { measure, type StyledChar } from './styledText.ts';
import type { TextMetrics } from './textMetrics.ts';

/**
 * Breaks a paragraph into lines the way Chinese typesetting does (GB/T 15834 line rules): any two
 * ideographs may part, but a line never starts with 点号 or a closing bracket or quote, never ends with
 * an opening one, and a run of Latin letters and digits, a 破折号 —— or a 省略号 …… stays whole.
 * A full-width mark that would start the next line is squeezed into this one (挤进, as word
 * processors do): its blank half may pass the margin and the line closes up by at most half a
 * character; otherwise the character before it moves down too (推出). Justified lines are then set
 * to exactly the full measure.
 */

/** Where a line starts (from the left edge of the type area) and how much room it has. */
export interface LineSlot {
  indent: number;
  width: number;
}

export interface BreakOptions {
  size: number;
  /** Space after each character on lines that are not stretched (the grid's tracking for body type). */
  tracking: number;
  first: LineSlot;
  rest: LineSlot;
  /** Stretch every line but the last to its full measure. */
  justify: boolean;
}

export interface BrokenLine {
  chars: StyledChar[];
  indent: number;
  /** Space after each character on this line. */
  spacing: number;
}

const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』〕】〉〗”’％‰·．,.;:?!)]}%'));
const NO_LINE_END = new Set(Array.from('（《「『〔【〈〖“‘([{'));
const UNBREAKABLE_PAIRS = new Set(['—', '…']);
/** Full-width marks whose ink fills the left half of the em, so a line can absorb one. */
const SQUEEZABLE = new Set(Array.from('，。、；：？！）》」』〕】〉〗”’'));
/** A measure may be exceeded by this much (rounding of 28 cells into 156 mm). */
const TOLERANCE = 0.01;

type Cluster = StyledChar[];

function isWordChar(char: string): boolean {
  return /^[\u0021-\u007e\u00b0]$/u.test(char);
}

/** A line may not end with `before` and continue with `after` (either may be absent). */
export function breakForbidden(before: string | undefined, after: string | undefined): boolean {
  if (before !== undefined && after !== undefined && isWordChar(before) && isWordChar(after)) return true;
  if (before !== undefined && before === after && UNBREAKABLE_PAIRS.has(before)) return true;
  return (after !== undefined && NO_LINE_START.has(after)) || (before !== undefined && NO_LINE_END.has(before));
}

/** Groups the characters that must stay on one line. */
function clusters(chars: readonly StyledChar[]): Cluster[] {
  const result: Cluster[] = [];
  for (const c of chars) {
    const last = result[result.length - 1];
    const previous = last?.[last.length - 1];
    const joins =
      previous !== undefined &&
      ((isWordChar(previous.char) && isWordChar(c.char)) || (UNBREAKABLE_PAIRS.has(c.char) && previous.char === c.char && last?.length === 1));
    if (joins && last) last.push(c);
    else result.push([c]);
  }
  return result;
}

function badBreak(before: Cluster | undefined, after: Cluster | undefined): boolean {
  return breakForbidden(before?.[before.length - 1]?.char, after?.[0]?.char);
}

export function breakLines(chars: readonly StyledChar[], options: BreakOptions, metrics: TextMetrics): BrokenLine[] {
  const { size, tracking } = options;
  const queue = clusters(chars);
  const width = (cluster: Cluster) => measure(cluster, size, tracking, metrics);
  const lines: BrokenLine[] = [];
  let start = 0;
  while (start < queue.length) {
    const slot = lines.length === 0 ? options.first : options.rest;
    let end = start;
    let used = 0;
    while (end < queue.length) {
      const next = queue[end];
      if (!next || used + width(next) > slot.width + TOLERANCE) break;
      used += width(next);
      end++;
    }
    if (end === start) {
      const tooWide = queue[start] ?? [];
      if (tooWide.length > 1) {
        // A word longer than the line: let it break between any two characters.
        queue.splice(start, 1, ...tooWide.map((c) => [c]));
        continue;
      }
      end = start + 1;
    }
    const next = queue[end];
    const squeezable =
      options.justify &&
      next?.length === 1 &&
      SQUEEZABLE.has(next[0]?.char ?? '') &&
      !badBreak(next, queue[end + 1]) &&
      used + width(next) <= slot.width + size + TOLERANCE;
    if (squeezable) end++;
    else if (end < queue.length) {
      let candidate = end;
      while (candidate - start > 1 && badBreak(queue[candidate - 1], queue[candidate])) candidate--;
      if (!badBreak(queue[candidate - 1], queue[candidate])) end = candidate;
    }
    lines.push({ chars: queue.slice(start, end).flat(), indent: slot.indent, spacing: tracking });
    start = end;
  }
  if (options.justify) {
    lines.forEach((line, index) => {
      const slot = index === 0 ? options.first : options.rest;
      const squeezed = measure(line.chars, size, tracking, metrics) > slot.width + TOLERANCE;
      if ((index === lines.length - 1 && !squeezed) || line.chars.length === 0) return;
      // A squeezed mark's blank half lies past the margin; its ink ends on it.
      const target = squeezed && SQUEEZABLE.has(line.chars[line.chars.length - 1]?.char ?? '') ? slot.width + size / 2 : slot.width;
      line.spacing = (target - measure(line.chars, size, 0, metrics)) / line.chars.length;
    });
  }
  return lines;
}
