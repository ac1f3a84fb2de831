import { chineseDate } from './documentDates.ts';
import type { ImagePlacement, OfficialDocumentLayout } from './layoutModel.ts';
import { breakLines } from './lineBreaking.ts';
import { flowLine, type FlowBlock, type FlowLine, type PlacedLine } from './pageFlow.ts';
import { CHAR_PITCH, GRID_TRACKING, LINE_PITCH, SEAL_DIAMETER, TYPE_AREA, TYPE_SIZE, gridLineTop } from './pageGeometry.ts';
import { pngSize } from './sealImage.ts';
import { measure, styled, toRuns } from './styledText.ts';
import type { TextMetrics } from './textMetrics.ts';

/**
 * 发文机关署名, 成文日期, 印章 and 附注 (GB/T 9704-2012 7.3.5, 7.3.6).
 * With a seal: the date is set four characters in from the right, the signature centred above it, and
 * the seal pressed onto both, its top within a line of the text above, the two lines below its centre.
 * Without a seal: the signature two characters in from the right, the date on the next line starting
 * two characters further right (or, when it is longer, two characters in and the signature moved left).
 * 附注 follows the date, indented two characters, in parentheses.
 */

const SIZE = TYPE_SIZE.no3;
const FACE = 'fangSong' as const;

export interface SignatureBlock {
  block: FlowBlock;
  /** Where the seal's centre goes horizontally, when there is a seal. */
  sealCentreX: number | null;
}

function fixedLine(role: 'signature' | 'date', text: string, x: number, metrics: TextMetrics): FlowLine {
  return { role, size: SIZE, spacing: GRID_TRACKING, face: FACE, runs: toRuns(styled(text, FACE), x, SIZE, GRID_TRACKING, metrics) };
}

function noteText(note: string): string {
  const text = note.trim();
  return /^[（(].*[）)]$/u.test(text) ? text : `（${text}）`;
}

export function signatureBlock(doc: OfficialDocumentLayout, metrics: TextMetrics): SignatureBlock {
  const width = (text: string) => measure(styled(text, FACE), SIZE, GRID_TRACKING, metrics);
  const signatures = doc.signature
    .split(/\r?\n/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const date = chineseDate(doc.date);
  const right = TYPE_AREA.right;
  const lines: FlowLine[] = [];
  let sealCentreX: number | null = null;

  if (doc.seal) {
    const dateX = right - 4 * CHAR_PITCH - width(date);
    sealCentreX = dateX + width(date) / 2;
    for (const signature of signatures) {
      const x = Math.max(TYPE_AREA.left, Math.min(sealCentreX - width(signature) / 2, right - width(signature)));
      lines.push(fixedLine('signature', signature, x, metrics));
    }
    lines.push(fixedLine('date', date, dateX, metrics));
  } else {
    const longest = Math.max(0, ...signatures.map(width));
    let signatureX = right - 2 * CHAR_PITCH - longest;
    let dateX = signatureX + 2 * CHAR_PITCH;
    if (dateX + width(date) > right - 2 * CHAR_PITCH) {
      dateX = right - 2 * CHAR_PITCH - width(date);
      signatureX = dateX - 2 * CHAR_PITCH;
    }
    for (const signature of signatures) lines.push(fixedLine('signature', signature, signatureX, metrics));
    lines.push(fixedLine('date', date, dateX, metrics));
  }

  const note = doc.note?.trim() ? noteText(doc.note) : null;
  if (note) {
    const broken = breakLines(
      styled(note, FACE),
      {
        size: SIZE,
        tracking: GRID_TRACKING,
        first: { indent: 2 * CHAR_PITCH, width: TYPE_AREA.width - 2 * CHAR_PITCH },
        rest: { indent: 0, width: TYPE_AREA.width },
        justify: true,
      },
      metrics,
    );
    for (const line of broken) lines.push(flowLine('note', SIZE, line, metrics));
  }

  return {
    sealCentreX,
    block: {
      lines,
      blankLinesBefore: doc.seal ? 2 : 1,
      keepTogether: true,
      keepWithNext: false,
      takeAlong: 1,
      // The seal reaches about half a line below the date.
      reserveAfter: doc.seal && !note ? 1 : 0,
    },
  };
}

/** The seal's box: centred on the date, its centre 0.45 lines above the date's band. */
export function sealPlacement(seal: Uint8Array, centreX: number, date: PlacedLine): ImagePlacement {
  const { width: pixelWidth, height: pixelHeight } = pngSize(seal);
  const width = SEAL_DIAMETER;
  const height = (SEAL_DIAMETER * pixelHeight) / pixelWidth;
  const centreY = gridLineTop(date.gridLine) - 0.45 * LINE_PITCH;
  return { role: 'seal', x: centreX - width / 2, y: centreY - height / 2, width, height };
}
