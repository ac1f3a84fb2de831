import { printedOnText } from './documentDates.ts';
import type { OfficialDocumentLayout, PositionedLine, Rule } from './layoutModel.ts';
import { breakLines } from './lineBreaking.ts';
import { positionOnGrid, type FlowLine } from './pageFlow.ts';
import { LINES_PER_PAGE, TYPE_AREA, TYPE_SIZE, VERSION_RECORD_RULE, gridLineTop } from './pageGeometry.ts';
import { measure, styled, toRuns } from './styledText.ts';
import type { TextMetrics } from './textMetrics.ts';

/**
 * 版记 (GB/T 9704-2012 7.4), 4号仿宋 at the foot of the last page: 抄送机关 one character in from
 * both sides, wrapping under the first name and closed by "。"; then 印发机关 one character in from the
 * left and 印发日期 one character in from the right on the last line of the type area. A thick rule
 * (0.35 mm) above the first item and on the bottom edge of the type area, thin rules (0.25 mm) between
 * items.
 */

const SIZE = TYPE_SIZE.no4;
const FACE = 'fangSong' as const;
const COPY_LABEL = '抄送：';

/** The 版记's items, each one or more lines, in print order. */
export type VersionRecord = FlowLine[][];

export function versionRecord(doc: OfficialDocumentLayout, metrics: TextMetrics): VersionRecord {
  const items: VersionRecord = [];
  const inset = SIZE;
  const copyTo = (doc.copyTo ?? []).map((c) => c.trim().replace(/[。，,、]+$/u, '')).filter((c) => c !== '');
  if (copyTo.length > 0) {
    const hanging = inset + measure(styled(COPY_LABEL, FACE), SIZE, 0, metrics);
    const broken = breakLines(
      styled(`${COPY_LABEL}${copyTo.join('，')}。`, FACE),
      {
        size: SIZE,
        tracking: 0,
        first: { indent: inset, width: TYPE_AREA.width - 2 * inset },
        rest: { indent: hanging, width: TYPE_AREA.width - inset - hanging },
        justify: true,
      },
      metrics,
    );
    items.push(
      broken.map((line) => ({
        role: 'copyTo',
        size: SIZE,
        spacing: line.spacing,
        face: FACE,
        runs: toRuns(line.chars, TYPE_AREA.left + line.indent, SIZE, line.spacing, metrics),
      })),
    );
  }
  const printedBy = doc.printedBy.trim();
  const printedOn = printedOnText(doc.printedOn);
  const dateX = TYPE_AREA.right - inset - measure(styled(printedOn, FACE), SIZE, 0, metrics);
  items.push([
    {
      role: 'printedBy',
      size: SIZE,
      spacing: 0,
      face: FACE,
      runs: [...toRuns(styled(printedBy, FACE), TYPE_AREA.left + inset, SIZE, 0, metrics), ...toRuns(styled(printedOn, FACE), dateX, SIZE, 0, metrics)],
    },
  ]);
  return items;
}

export function versionRecordLineCount(record: VersionRecord): number {
  return record.reduce((sum, item) => sum + item.length, 0);
}

/** The 版记 set on the last grid lines of a page, with its rules. */
export function placeVersionRecord(record: VersionRecord, metrics: TextMetrics): { lines: PositionedLine[]; rules: Rule[]; top: number } {
  const firstLine = LINES_PER_PAGE - versionRecordLineCount(record);
  const lines: PositionedLine[] = [];
  const rule = (role: Rule['role'], y: number): Rule => ({
    role,
    x1: TYPE_AREA.left,
    x2: TYPE_AREA.right,
    y,
    thickness: role === 'versionRecordThick' ? VERSION_RECORD_RULE.thick : VERSION_RECORD_RULE.thin,
    colour: 'black',
  });
  const rules: Rule[] = [rule('versionRecordThick', gridLineTop(firstLine) + VERSION_RECORD_RULE.thick / 2)];
  let gridLine = firstLine;
  record.forEach((item, index) => {
    if (index > 0) rules.push(rule('versionRecordThin', gridLineTop(gridLine)));
    for (const line of item) lines.push(positionOnGrid(line, gridLine++, metrics));
  });
  rules.push(rule('versionRecordThick', TYPE_AREA.bottom - VERSION_RECORD_RULE.thick / 2));
  return { lines, rules, top: gridLineTop(firstLine) };
}
