import { issuingMark } from './issuingMark.ts';
import type { FaceRole, OfficialDocumentLayout, PositionedLine, Rule, TextRun } from './layoutModel.ts';
import { CHAR_PITCH, GRID_TRACKING, HEAD, LINE_PITCH, TYPE_AREA, TYPE_SIZE, baselineCentredIn, gridLineTop } from './pageGeometry.ts';
import { measure, styled, toRuns } from './styledText.ts';
import { ideographicCentre, type TextMetrics } from './textMetrics.ts';

/**
 * 版头 (GB/T 9704-2012 7.2): 份号 and 紧急程度 flush left on the first lines of the type area, the
 * issuing-body mark, the 发文字号 two blank lines under it — centred, or for an upward document one
 * character in from the left on the line of the last 签发人, whose names stand one character in from
 * the right — and the red separator 4 mm under the 发文字号.
 */

const SIZE = TYPE_SIZE.no3;
const SIGNER_LABEL = '签发人：';
const SIGNERS_PER_LINE = 2;

export interface DocumentHead {
  lines: PositionedLine[];
  separator: Rule;
  /** Grid line of page 1 where the title starts: two blank lines under the separator. */
  titleLine: number;
}

function gridText(role: PositionedLine['role'], gridLine: number, runs: TextRun[], metrics: TextMetrics): PositionedLine {
  return {
    role,
    gridLine,
    baseline: baselineCentredIn(gridLineTop(gridLine), LINE_PITCH, SIZE, ideographicCentre(metrics, 'fangSong')),
    size: SIZE,
    runs,
    characterSpacing: GRID_TRACKING,
    horizontalScale: 1,
    colour: 'black',
  };
}

function runsAt(text: string, face: FaceRole, x: number, metrics: TextMetrics): TextRun[] {
  return toRuns(styled(text, face), x, SIZE, GRID_TRACKING, metrics);
}

/** 份号: six digits (layoutDocument has checked it is a number from 1 to 999999). */
export function copyNumberText(copyNumber: string | number): string {
  return String(copyNumber).trim().padStart(6, '0');
}

/** 签发人 lines, right-aligned one character in; returns them from the grid line given. */
function signerLines(signers: readonly string[], firstLine: number, metrics: TextMetrics): PositionedLine[] {
  const width = (text: string, face: FaceRole) => measure(styled(text, face), SIZE, GRID_TRACKING, metrics);
  const labelWidth = width(SIGNER_LABEL, 'fangSong');
  const column = Math.max(...signers.map((name) => width(name, 'kaiTi')));
  const columns = Math.min(SIGNERS_PER_LINE, signers.length);
  const blockWidth = labelWidth + columns * column + (columns - 1) * CHAR_PITCH;
  const left = TYPE_AREA.right - CHAR_PITCH - blockWidth;
  const lines: PositionedLine[] = [];
  for (let index = 0; index < signers.length; index += SIGNERS_PER_LINE) {
    const row = index / SIGNERS_PER_LINE;
    const runs: TextRun[] = row === 0 ? runsAt(SIGNER_LABEL, 'fangSong', left, metrics) : [];
    signers.slice(index, index + SIGNERS_PER_LINE).forEach((name, i) => {
      runs.push(...runsAt(name, 'kaiTi', left + labelWidth + i * (column + CHAR_PITCH), metrics));
    });
    lines.push(gridText('signers', firstLine + row, runs, metrics));
  }
  return lines;
}

export function documentHead(doc: OfficialDocumentLayout, metrics: TextMetrics): DocumentHead {
  const lines: PositionedLine[] = [];
  let topLine = 0;
  if (doc.copyNumber !== undefined && String(doc.copyNumber).trim() !== '') {
    lines.push(gridText('copyNumber', topLine++, runsAt(copyNumberText(doc.copyNumber), 'song', TYPE_AREA.left, metrics), metrics));
  }
  if (doc.urgency) lines.push(gridText('urgency', topLine++, runsAt(doc.urgency, 'heiTi', TYPE_AREA.left, metrics), metrics));

  const mark = issuingMark(doc.issuers, metrics);
  lines.push(...mark.lines);

  const firstNumberLine = Math.max(topLine, Math.ceil((mark.bottom - TYPE_AREA.top) / LINE_PITCH)) + 2;
  const signers = (doc.signers ?? []).map((s) => s.trim()).filter((s) => s !== '');
  let numberLine = firstNumberLine;
  const docNumber = doc.docNumber.trim();
  if (doc.direction === 'up' && signers.length > 0) {
    const signerRows = signerLines(signers, firstNumberLine, metrics);
    lines.push(...signerRows);
    numberLine = firstNumberLine + signerRows.length - 1;
    lines.push(gridText('docNumber', numberLine, runsAt(docNumber, 'fangSong', TYPE_AREA.left + CHAR_PITCH, metrics), metrics));
  } else {
    const width = measure(styled(docNumber, 'fangSong'), SIZE, GRID_TRACKING, metrics);
    const x = TYPE_AREA.left + (TYPE_AREA.width - width) / 2;
    lines.push(gridText('docNumber', numberLine, runsAt(docNumber, 'fangSong', x, metrics), metrics));
  }

  const numberBaseline = lines[lines.length - 1]?.baseline ?? gridLineTop(numberLine);
  const separatorY = numberBaseline - metrics.ideographs('fangSong').bottom * SIZE + HEAD.separatorGap + HEAD.separatorThickness / 2;
  const separator: Rule = {
    role: 'separator',
    x1: TYPE_AREA.left,
    x2: TYPE_AREA.right,
    y: separatorY,
    thickness: HEAD.separatorThickness,
    colour: 'red',
  };
  const titleLine = Math.ceil((separatorY + 1.5 * LINE_PITCH - TYPE_AREA.top) / LINE_PITCH);
  return { lines, separator, titleLine };
}
