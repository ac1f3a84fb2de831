import { breakLines } from './lineBreaking.ts';
import { flowLine, type FlowBlock, type FlowLine } from './pageFlow.ts';
import { CHAR_PITCH, GRID_TRACKING, TYPE_AREA, TYPE_SIZE } from './pageGeometry.ts';
import { measure, styled } from './styledText.ts';
import type { TextMetrics } from './textMetrics.ts';

/**
 * 附件说明 (GB/T 9704-2012 7.3.4): one blank line under the body, two characters in, "附件：" and the
 * names; several attachments are numbered 1. 2. …, each on its own line aligned under the first
 * number; a long name wraps to its own first character; no punctuation after a name.
 */

const SIZE = TYPE_SIZE.no3;
const FACE = 'fangSong' as const;
const LABEL = '附件：';
const TRAILING_PUNCTUATION = /[。，、；：,.;:\s]+$/u;

export function attachmentNote(attachments: readonly string[], metrics: TextMetrics): FlowBlock | null {
  const names = attachments.map((name) => name.trim().replace(TRAILING_PUNCTUATION, '')).filter((name) => name !== '');
  if (names.length === 0) return null;
  const width = (text: string) => measure(styled(text, FACE), SIZE, GRID_TRACKING, metrics);
  const indent = 2 * CHAR_PITCH;
  const labelWidth = width(LABEL);
  const lines: FlowLine[] = [];
  names.forEach((name, index) => {
    const number = names.length > 1 ? `${index + 1}.` : '';
    const label = index === 0 ? LABEL : '';
    const firstIndent = indent + (index === 0 ? 0 : labelWidth);
    const nameIndent = indent + labelWidth + width(number);
    const broken = breakLines(
      styled(label + number + name, FACE),
      {
        size: SIZE,
        tracking: GRID_TRACKING,
        first: { indent: firstIndent, width: TYPE_AREA.width - firstIndent },
        rest: { indent: nameIndent, width: TYPE_AREA.width - nameIndent },
        justify: true,
      },
      metrics,
    );
    for (const line of broken) lines.push(flowLine('attachment', SIZE, line, metrics));
  });
  return { lines, blankLinesBefore: 1, keepTogether: false, keepWithNext: false, takeAlong: 0, reserveAfter: 0 };
}
