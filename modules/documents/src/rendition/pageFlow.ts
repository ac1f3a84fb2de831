import type { FaceRole, LineRole, PositionedLine, TextRun } from './layoutModel.ts';
import type { BrokenLine } from './lineBreaking.ts';
import { LINE_PITCH, LINES_PER_PAGE, TYPE_AREA, baselineCentredIn, gridLineTop } from './pageGeometry.ts';
import { toRuns } from './styledText.ts';
import { ideographicCentre, type TextMetrics } from './textMetrics.ts';

/**
 * Flows the main part (主体) of a document through the 22-line grid of its pages: every line takes one
 * grid line; blank lines between blocks are grid lines left empty (and dropped at the top of a page).
 * Blocks can ask to stay whole, to stay with the next block (a heading with the text it heads), or to
 * take the last lines before them along to a new page (so the signature never stands alone).
 */

/** A line whose horizontal layout is done and that waits for its grid line. */
export interface FlowLine {
  role: LineRole;
  size: number;
  runs: TextRun[];
  spacing: number;
  /** The face whose ideographs centre the line in its band. */
  face: FaceRole;
}

export interface FlowBlock {
  lines: FlowLine[];
  blankLinesBefore: number;
  keepTogether: boolean;
  /** The block's last line stays on the page of the next block's first line. */
  keepWithNext: boolean;
  /** Lines before the block that move with it when it must start a new page. */
  takeAlong: number;
  /** Grid lines that must stay free after the block on its page (for a seal reaching below it). */
  reserveAfter: number;
}

export interface PlacedLine {
  page: number;
  gridLine: number;
  line: FlowLine;
}

/** A broken line of body-size text; all such lines share the 仿宋 baseline of the grid. */
export function flowLine(role: LineRole, size: number, broken: BrokenLine, metrics: TextMetrics): FlowLine {
  return {
    role,
    size,
    spacing: broken.spacing,
    face: 'fangSong',
    runs: toRuns(broken.chars, TYPE_AREA.left + broken.indent, size, broken.spacing, metrics),
  };
}

/**
 * Grid lines the block needs on one page before it may start there: all of it when it stays whole,
 * and through a chain of blocks kept with their next one (a heading over a heading over text).
 */
function linesNeeded(blocks: readonly FlowBlock[], index: number): number {
  const block = blocks[index];
  if (!block) return 0;
  if (!block.keepWithNext) return block.keepTogether ? block.lines.length + block.reserveAfter : Math.min(1, block.lines.length);
  let needed = block.lines.length;
  for (let i = index + 1; i < blocks.length; i++) {
    const next = blocks[i];
    if (!next || next.lines.length === 0) continue;
    needed += next.blankLinesBefore + (next.keepWithNext || next.keepTogether ? next.lines.length : 1);
    if (!next.keepWithNext) break;
  }
  return needed;
}

/** Places the blocks, starting on page 1 at grid line `firstLine`. */
export function flowBlocks(blocks: readonly FlowBlock[], firstLine: number): PlacedLine[] {
  const placed: PlacedLine[] = [];
  let page = 1;
  let line = firstLine;
  const put = (flow: FlowLine) => {
    if (line >= LINES_PER_PAGE) {
      page++;
      line = 0;
    }
    placed.push({ page, gridLine: line, line: flow });
    line++;
  };
  blocks.forEach((block, index) => {
    if (block.lines.length === 0) return;
    const needed = linesNeeded(blocks, index);
    const fitsHere = line + block.blankLinesBefore + needed <= LINES_PER_PAGE;
    const atPageTop = line === 0 || (page === 1 && line === firstLine);
    if (fitsHere || needed > LINES_PER_PAGE || atPageTop) {
      line += block.blankLinesBefore;
      if (line >= LINES_PER_PAGE) {
        page++;
        line = 0;
      }
    } else {
      const carried: PlacedLine[] = [];
      while (carried.length < block.takeAlong) {
        const last = placed[placed.length - 1];
        if (!last || last.page !== page || last.line.role === 'title' || last.line.role === 'mainRecipients') break;
        carried.unshift(last);
        placed.pop();
      }
      page++;
      line = 0;
      for (const c of carried) put(c.line);
      if (carried.length > 0) line += block.blankLinesBefore;
    }
    for (const flow of block.lines) put(flow);
  });
  return placed;
}

/** The line with its baseline centred in its grid band. */
export function positionOnGrid(line: FlowLine, gridLine: number, metrics: TextMetrics): PositionedLine {
  return {
    role: line.role,
    gridLine,
    baseline: baselineCentredIn(gridLineTop(gridLine), LINE_PITCH, line.size, ideographicCentre(metrics, line.face)),
    size: line.size,
    runs: line.runs,
    characterSpacing: line.spacing,
    horizontalScale: 1,
    colour: 'black',
  };
}
