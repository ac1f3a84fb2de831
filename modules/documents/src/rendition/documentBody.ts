import { styleParagraph } from './headingLevels.ts';
import { breakLines, type BreakOptions } from './lineBreaking.ts';
import { flowLine, type FlowBlock } from './pageFlow.ts';
import { CHAR_PITCH, GRID_TRACKING, TYPE_AREA, TYPE_SIZE } from './pageGeometry.ts';
import { styled } from './styledText.ts';
import type { TextMetrics } from './textMetrics.ts';

/**
 * 主送机关 and 正文 (GB/T 9704-2012 7.3.2, 7.3.3), both 3号仿宋 on the 28-character grid.
 * 主送机关: one blank line under the title, flush left (also when it wraps), names separated by
 * "，" and closed by a full-width colon. 正文: on the next line; every paragraph indented two
 * characters and wrapping flush left; headings recognised from their numbering (headingLevels.ts).
 */

const SIZE = TYPE_SIZE.no3;

const FLUSH: BreakOptions = {
  size: SIZE,
  tracking: GRID_TRACKING,
  first: { indent: 0, width: TYPE_AREA.width },
  rest: { indent: 0, width: TYPE_AREA.width },
  justify: true,
};

const PARAGRAPH: BreakOptions = { ...FLUSH, first: { indent: 2 * CHAR_PITCH, width: TYPE_AREA.width - 2 * CHAR_PITCH } };

/** Paragraphs of the plain-text body: one per non-blank line, the typed indentation removed. */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\r?\n/u)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
    .filter((line) => line !== '');
}

export function mainRecipientsBlock(recipients: readonly string[], metrics: TextMetrics): FlowBlock | null {
  const names = recipients.map((r) => r.trim().replace(/[：:，,、]+$/u, '')).filter((r) => r !== '');
  if (names.length === 0) return null;
  const lines = breakLines(styled(`${names.join('，')}：`, 'fangSong'), FLUSH, metrics).map((line) => flowLine('mainRecipients', SIZE, line, metrics));
  return { lines, blankLinesBefore: 1, keepTogether: false, keepWithNext: true, takeAlong: 0, reserveAfter: 0 };
}

export function paragraphBlocks(body: string, metrics: TextMetrics): FlowBlock[] {
  return bodyParagraphs(body).map((paragraph) => {
    const { chars, style } = styleParagraph(paragraph);
    const role = style.standsAlone ? 'heading' : 'body';
    return {
      lines: breakLines(chars, PARAGRAPH, metrics).map((line) => flowLine(role, SIZE, line, metrics)),
      blankLinesBefore: 0,
      keepTogether: false,
      keepWithNext: style.standsAlone,
      takeAlong: 0,
      reserveAfter: 0,
    };
  });
}
