import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../src/rendition/layoutDocument.ts';
import type { LaidOutDocument, OfficialDocumentLayout, PositionedLine } from '../../../src/rendition/layoutModel.ts';
import {
  CHAR_PITCH,
  HEAD,
  LINE_PITCH,
  LINES_PER_PAGE,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  TYPE_AREA,
  VERSION_RECORD_RULE,
  gridLineTop,
  mm,
} from '../../../src/rendition/pageGeometry.ts';
import { fixedPitchMetrics } from './fixedMetrics.ts';
import { noticeDocument, requestDocument } from './sampleDocuments.ts';

const text = (line: PositionedLine) => line.runs.map((r) => r.text).join('');
const allLines = (laid: LaidOutDocument) => laid.pages.flatMap((p) => p.lines.map((line) => ({ page: p.number, line })));
const bodyLines = (laid: LaidOutDocument) => allLines(laid).filter(({ line }) => line.role === 'body' || line.role === 'heading');
/** Right edge of a line laid out with the fixed metrics (ideographs 1 em, ASCII half). */
const rightEdge = (line: PositionedLine) => {
  const last = line.runs[line.runs.length - 1];
  if (!last) return 0;
  const width = Array.from(last.text).reduce((w, c) => w + fixedPitchMetrics.advance(last.face, c) * line.size + line.characterSpacing, 0);
  return last.x + width * line.horizontalScale;
};
const layout = (doc: OfficialDocumentLayout) => layoutDocument(doc, fixedPitchMetrics);
const ideographs = (count: number, offset = 0) => Array.from({ length: count }, (_, i) => '国家安全生产责任体系建设工作'.charAt((i + offset) % 14)).join('');

describe('layoutDocument: page and grid', () => {
  it('given any document, when laid out, then the page is A4 and the type area 156 × 225 mm at 37 mm and 28 mm', () => {
    const laid = layout(noticeDocument());
    expect(laid.width).toBeCloseTo(595.28, 1);
    expect(laid.height).toBeCloseTo(841.89, 1);
    expect([PAGE_WIDTH, PAGE_HEIGHT]).toEqual([laid.width, laid.height]);
    expect([TYPE_AREA.left, TYPE_AREA.top, TYPE_AREA.width, TYPE_AREA.height]).toEqual([mm(28), mm(37), mm(156), mm(225)]);
  });

  it('given a body of several pages, when laid out, then every full page holds 22 body lines on the grid, each full line 28 characters', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => ideographs(100 + i * 7, i));
    const laid = layout(noticeDocument({ body: paragraphs.join('\n'), attachments: [], note: '' }));
    const page2 = bodyLines(laid)
      .filter(({ page }) => page === 2)
      .map(({ line }) => line);
    expect(page2.map((l) => l.gridLine)).toEqual(Array.from({ length: LINES_PER_PAGE }, (_, i) => i));
    page2.slice(1).forEach((line, i) => expect(line.baseline - (page2[i]?.baseline ?? 0)).toBeCloseTo(LINE_PITCH, 6));
    expect(LINE_PITCH * LINES_PER_PAGE).toBeCloseTo(mm(225), 6);
    // A line that is neither a paragraph's first nor its last fills the type area's 28 cells exactly.
    const middle = page2.filter((l) => l.runs[0]?.x === TYPE_AREA.left && rightEdge(l) > TYPE_AREA.right - 1);
    expect(middle.length).toBeGreaterThan(10);
    for (const line of middle) {
      expect(Array.from(text(line)).length).toBe(28);
      expect(rightEdge(line)).toBeCloseTo(TYPE_AREA.right, 6);
    }
    const firstLines = page2.filter((l) => Math.abs((l.runs[0]?.x ?? 0) - (TYPE_AREA.left + 2 * CHAR_PITCH)) < 1e-6);
    expect(firstLines.length).toBeGreaterThan(0);
  });

  it('given a long body, when laid out, then no character is lost or repeated across the pages', () => {
    const doc = noticeDocument();
    const laid = layout(doc);
    const laidText = bodyLines(laid)
      .map(({ line }) => text(line))
      .join('');
    const source = doc.body
      .split('\n')
      .map((p) => p.trim())
      .join('');
    expect(laidText).toBe(source);
    expect(laid.pages.length).toBeGreaterThanOrEqual(2);
  });
});

describe('layoutDocument: keeping things together', () => {
  it('given stand-alone headings that would end a page, when laid out, then they move to the next page with their text', () => {
    let moved = 0;
    for (let filler = 1; filler <= 40; filler++) {
      const headings = ['二、重点任务', '（一）压实安全生产责任'];
      const body = [...Array.from({ length: filler }, (_, i) => ideographs(20, i)), ...headings, ideographs(120)].join('\n');
      const laid = layout(noticeDocument({ body, attachments: [], note: '' }));
      const lines = bodyLines(laid);
      const index = lines.findIndex(({ line }) => text(line) === headings[0]);
      const [first, second, text_] = [lines[index], lines[index + 1], lines[index + 2]];
      expect(second && text(second.line)).toBe(headings[1]);
      expect([first?.page, second?.page]).toEqual([text_?.page, text_?.page]);
      if (first?.line.gridLine === 0 && first.page > 1) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('given a signature that would start a page, when laid out, then the last body line goes with it', () => {
    for (let filler = 1; filler <= 30; filler++) {
      const body = Array.from({ length: filler }, (_, i) => ideographs(20, i)).join('\n');
      const laid = layout(noticeDocument({ body, attachments: [] }));
      const all = allLines(laid);
      const signature = all.find(({ line }) => line.role === 'signature');
      const date = all.find(({ line }) => line.role === 'date');
      expect(signature && date && signature.page).toBe(date?.page);
      const textBefore = all.filter(({ page, line }) => page === signature?.page && line.role === 'body');
      expect(textBefore.length).toBeGreaterThan(0);
      // The seal's box stays inside the type area and above the 版记.
      const seal = laid.pages.flatMap((p) => p.images)[0];
      const record = laid.pages.flatMap((p) => p.rules).find((r) => r.role === 'versionRecordThick');
      expect(seal && seal.y + seal.height).toBeLessThanOrEqual(TYPE_AREA.bottom + mm(7));
      if (seal && record && laid.pages.findIndex((p) => p.images.length > 0) === laid.pages.length - 1) {
        expect(seal.y + seal.height).toBeLessThan(record.y);
      }
    }
  });
});

describe('layoutDocument: 版头', () => {
  it('given a downward notice, when laid out, then 份号 and 紧急程度 head the type area, the mark is red 35 mm below it and the 发文字号 centred two lines under it', () => {
    const laid = layout(noticeDocument());
    const page1 = laid.pages[0]?.lines ?? [];
    const copy = page1.find((l) => l.role === 'copyNumber');
    const urgency = page1.find((l) => l.role === 'urgency');
    expect(copy && [text(copy), copy.gridLine, copy.runs[0]?.x]).toEqual(['000123', 0, TYPE_AREA.left]);
    expect(urgency && [text(urgency), urgency.gridLine, urgency.runs[0]?.face]).toEqual(['加急', 1, 'heiTi']);
    const mark = page1.find((l) => l.role === 'mark');
    expect(mark?.colour).toBe('red');
    expect(mark && mark.baseline - 0.88 * mark.size).toBeCloseTo(HEAD.markTop, 6);
    expect(HEAD.markTop - TYPE_AREA.top).toBeCloseTo(mm(35), 6);
    const number = page1.find((l) => l.role === 'docNumber');
    expect(number && text(number)).toBe('青政办〔2026〕12号');
    const numberWidth = number ? rightEdge(number) - (number.runs[0]?.x ?? 0) : 0;
    expect(number && (number.runs[0]?.x ?? 0) + numberWidth / 2).toBeCloseTo(TYPE_AREA.left + TYPE_AREA.width / 2, 0);
    const markBottom = mark ? mark.baseline + 0.12 * mark.size : 0;
    expect(number && gridLineTop(number.gridLine ?? 0) - markBottom).toBeGreaterThanOrEqual(2 * LINE_PITCH - 1e-6);
  });

  it('given a notice, when laid out, then the red separator spans the type area 4 mm under the 发文字号 and the title starts two lines below it', () => {
    const laid = layout(noticeDocument());
    const page1 = laid.pages[0];
    const separator = page1?.rules.find((r) => r.role === 'separator');
    const number = page1?.lines.find((l) => l.role === 'docNumber');
    expect(separator && [separator.colour, separator.x1, separator.x2]).toEqual(['red', TYPE_AREA.left, TYPE_AREA.right]);
    const numberInkBottom = number ? number.baseline + 0.12 * number.size : 0;
    expect(separator && separator.y - separator.thickness / 2 - numberInkBottom).toBeCloseTo(mm(4), 6);
    const title = page1?.lines.filter((l) => l.role === 'title') ?? [];
    expect(title.length).toBe(2);
    expect(title.map(text).join('')).toBe(noticeDocument().title);
    expect(separator && gridLineTop(title[0]?.gridLine ?? 0) - separator.y).toBeGreaterThanOrEqual(1.5 * LINE_PITCH);
    expect(separator && gridLineTop(title[0]?.gridLine ?? 0) - separator.y).toBeLessThan(2.5 * LINE_PITCH);
    for (const line of title) {
      expect((line.runs[0]?.x ?? 0) - TYPE_AREA.left).toBeCloseTo(TYPE_AREA.right - rightEdge(line), 6);
      expect([line.size, line.runs[0]?.face]).toEqual([22, 'xiaoBiaoSong']);
    }
  });

  it('given an upward document, when laid out, then the 发文字号 stands one character in from the left on the line of 签发人, right-aligned one character in', () => {
    const laid = layout(requestDocument({ signers: ['王建国', '李明华', '赵文华'] }));
    const page1 = laid.pages[0]?.lines ?? [];
    const number = page1.find((l) => l.role === 'docNumber');
    const signers = page1.filter((l) => l.role === 'signers');
    expect(signers.length).toBe(2);
    expect(number?.runs[0]?.x).toBeCloseTo(TYPE_AREA.left + CHAR_PITCH, 6);
    expect(number?.gridLine).toBe(signers[1]?.gridLine);
    expect(signers[0] && rightEdge(signers[0])).toBeCloseTo(TYPE_AREA.right - CHAR_PITCH, 6);
    expect(signers[0]?.runs.map((r) => [r.text, r.face])).toEqual([
      ['签发人：', 'fangSong'],
      ['王建国', 'kaiTi'],
      ['李明华', 'kaiTi'],
    ]);
    // The second row's name aligns with the first row's first name.
    expect(signers[1]?.runs[0]?.x).toBeCloseTo(signers[0]?.runs[1]?.x ?? 0, 6);
    expect(laid.warnings).toEqual([]);
  });

  it('given an upward document without signers, when laid out, then it warns', () => {
    expect(layout(requestDocument({ signers: [] })).warnings).toContain('上行文应当标注签发人 (an upward document names its signers)');
  });

  it('given a joint issue of two bodies, when laid out, then their names are stacked at one width with 文件 centred on their right', () => {
    const laid = layout(
      noticeDocument({
        issuers: [
          { name: '青海省人民政府办公厅', mark: '青海省人民政府办公厅文件' },
          { name: '青海省应急管理厅', mark: '青海省应急管理厅文件' },
        ],
      }),
    );
    const marks = laid.pages[0]?.lines.filter((l) => l.role === 'mark') ?? [];
    expect(marks.map(text)).toEqual(['青海省人民政府办公厅', '青海省应急管理厅', '文件']);
    const [first, second, suffix] = marks;
    expect(first && second && rightEdge(first) - first.characterSpacing * first.horizontalScale).toBeCloseTo(
      second ? rightEdge(second) - second.characterSpacing * second.horizontalScale : 0,
      0,
    );
    expect(first && second && second.baseline).toBeGreaterThan(first?.baseline ?? 0);
    expect(suffix && first && (suffix.runs[0]?.x ?? 0)).toBeGreaterThan(first ? rightEdge(first) - 1 : 0);
    expect(suffix && first && second && suffix.baseline).toBeGreaterThan(first?.baseline ?? 0);
    expect(suffix && second && suffix.baseline).toBeLessThan(second?.baseline ?? 0);
  });
});

describe('layoutDocument: 主体 and 版记', () => {
  it('given attachments, when laid out, then 附件说明 follows the body after a blank line, two characters in, numbered and aligned', () => {
    const laid = layout(noticeDocument());
    const all = allLines(laid);
    const attachment = all.filter(({ line }) => line.role === 'attachment').map(({ line }) => line);
    expect(attachment.map(text)).toEqual(['附件：1.青海省安全生产重点任务分工方案', '2.青海省安全生产工作考核办法']);
    expect(attachment[0]?.runs[0]?.x).toBeCloseTo(TYPE_AREA.left + 2 * CHAR_PITCH, 6);
    expect(attachment[1]?.runs[0]?.x).toBeCloseTo(TYPE_AREA.left + 5 * CHAR_PITCH, 6);
    const lastBody = bodyLines(laid).at(-1);
    expect((attachment[0]?.gridLine ?? 0) - (lastBody?.line.gridLine ?? 0)).toBe(2);
  });

  it('given a sealed document, when laid out, then the date is four characters in from the right, the signature centred over it and the seal on both', () => {
    const laid = layout(noticeDocument());
    const all = allLines(laid).map(({ line }) => line);
    const date = all.find((l) => l.role === 'date');
    const signature = all.find((l) => l.role === 'signature');
    expect(date && text(date)).toBe('2026年3月1日');
    expect(date && rightEdge(date)).toBeCloseTo(TYPE_AREA.right - 4 * CHAR_PITCH, 6);
    const centre = (l: PositionedLine) => ((l.runs[0]?.x ?? 0) + rightEdge(l)) / 2;
    expect(signature && date && centre(signature)).toBeCloseTo(date ? centre(date) : 0, 6);
    expect((date?.gridLine ?? 0) - (signature?.gridLine ?? 0)).toBe(1);
    const seal = laid.pages.flatMap((p) => p.images)[0];
    expect(seal && date && seal.x + seal.width / 2).toBeCloseTo(date ? centre(date) : 0, 6);
    expect(seal?.width).toBeCloseTo(mm(42), 6);
    const signatureTop = gridLineTop(signature?.gridLine ?? 0);
    const sealCentreY = seal ? seal.y + seal.height / 2 : 0;
    expect(sealCentreY).toBeLessThan(signatureTop + LINE_PITCH); // the two lines sit below the seal's centre
    expect(seal && signatureTop - seal.y).toBeLessThan(2 * LINE_PITCH); // its top within a line of the text above
    const note = all.find((l) => l.role === 'note');
    expect(note && [text(note), note.gridLine, note.runs[0]?.x]).toEqual(['（此件公开发布）', (date?.gridLine ?? 0) + 1, TYPE_AREA.left + 2 * CHAR_PITCH]);
  });

  it('given an unsealed document, when laid out, then the signature is two characters in from the right and the date starts two characters further right', () => {
    const laid = layout(noticeDocument({ seal: undefined, signature: '青海省人民政府办公厅', date: '2026-12-31' }));
    const all = allLines(laid).map(({ line }) => line);
    const date = all.find((l) => l.role === 'date');
    const signature = all.find((l) => l.role === 'signature');
    expect(signature && rightEdge(signature)).toBeCloseTo(TYPE_AREA.right - 2 * CHAR_PITCH, 6);
    expect((date?.runs[0]?.x ?? 0) - (signature?.runs[0]?.x ?? 0)).toBeCloseTo(2 * CHAR_PITCH, 6);
    expect(laid.pages.flatMap((p) => p.images)).toEqual([]);
  });

  it('given 抄送 and 印发, when laid out, then the 版记 ends the last page between thick rules with a thin rule between its items', () => {
    const laid = layout(noticeDocument());
    const last = laid.pages[laid.pages.length - 1];
    const printed = last?.lines.find((l) => l.role === 'printedBy');
    const copyTo = last?.lines.filter((l) => l.role === 'copyTo') ?? [];
    expect(printed?.gridLine).toBe(LINES_PER_PAGE - 1);
    expect(printed?.runs.map((r) => r.text)).toEqual(['青海省人民政府办公厅', '2026年3月1日印发']);
    expect(printed?.runs[0]?.x).toBeCloseTo(TYPE_AREA.left + 14, 6);
    expect(printed && rightEdge(printed)).toBeCloseTo(TYPE_AREA.right - 14, 6);
    expect(copyTo.map(text).join('')).toBe('抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，各人民团体。');
    expect(copyTo.every((l) => l.size === 14 && l.runs.every((r) => r.face === 'fangSong'))).toBe(true);
    const rules = last?.rules ?? [];
    expect(rules.map((r) => r.role)).toEqual(['versionRecordThick', 'versionRecordThin', 'versionRecordThick']);
    expect(rules.map((r) => r.thickness)).toEqual([VERSION_RECORD_RULE.thick, VERSION_RECORD_RULE.thin, VERSION_RECORD_RULE.thick]);
    expect(VERSION_RECORD_RULE.thick).toBeCloseTo(mm(0.35), 6);
    expect(VERSION_RECORD_RULE.thin).toBeCloseTo(mm(0.25), 6);
    expect((rules[2]?.y ?? 0) + (rules[2]?.thickness ?? 0) / 2).toBeCloseTo(TYPE_AREA.bottom, 6);
    expect(rules[0]?.y).toBeLessThan(Math.min(...copyTo.map((l) => l.baseline)) - 14);
  });

  it('given several pages, when laid out, then page numbers read "— n —" in 4号, odd pages on the right and even pages on the left', () => {
    const laid = layout(noticeDocument());
    for (const page of laid.pages) {
      const number = page.lines.find((l) => l.role === 'pageNumber');
      expect(number && [text(number), number.size, number.runs[0]?.face]).toEqual([`— ${page.number} —`, 14, 'song']);
      if (page.number % 2 === 1) expect(number && rightEdge(number)).toBeCloseTo(TYPE_AREA.right - 14, 6);
      else expect(number?.runs[0]?.x).toBeCloseTo(TYPE_AREA.left + 14, 6);
      expect(number && number.baseline).toBeGreaterThan(TYPE_AREA.bottom + mm(7));
    }
  });

  it('given an incomplete document, when laid out, then it is refused with every problem named', () => {
    expect(() => layout(noticeDocument({ title: ' ', docNumber: '', issuers: [] }))).toThrow(/every issuer needs a name; 发文字号 is empty; 标题 is empty/u);
    expect(() => layout(noticeDocument({ copyNumber: '12a' }))).toThrow(/份号/u);
  });
});
