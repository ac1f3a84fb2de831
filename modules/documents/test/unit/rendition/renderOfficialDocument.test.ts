import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../src/rendition/layoutDocument.ts';
import type { LaidOutDocument } from '../../../src/rendition/layoutModel.ts';
import { HEAD, TYPE_AREA, mm } from '../../../src/rendition/pageGeometry.ts';
import { renderOfficialDocument } from '../../../src/rendition/renderOfficialDocument.ts';
import { fontSetMetrics } from '../../../src/rendition/textMetrics.ts';
import { fandolFonts } from './fandolFonts.ts';
import { pixel, type RasterImage } from './pngCodec.ts';
import { outputDir, pdfFonts, pdfInfo, pdfText, renderPage } from './poppler.ts';
import { NOTICE_TITLE, REQUEST_TITLE, noticeDocument, requestDocument } from './sampleDocuments.ts';

/**
 * The rendition end to end: the sample documents rendered to PDF, rasterised by pdftoppm and read
 * back by pdftotext, pdfinfo and pdffonts (Debian poppler-utils). The PDFs and PNGs stay in
 * tests/output/documents-rendition for a person to look at.
 */

const out = outputDir('documents-rendition');
const noticePdf = path.join(out, 'notice.pdf');
const requestPdf = path.join(out, 'request.pdf');

const isRed = ([r, g, b]: [number, number, number]) => r > 180 && g < 80 && b < 80;
/** Pixels per point at a resolution. */
const scale = (dpi: number) => dpi / 72;

function redBox(image: RasterImage, rows: [number, number]) {
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  let count = 0;
  for (let y = Math.max(0, rows[0]); y < Math.min(image.height, rows[1]); y++) {
    for (let x = 0; x < image.width; x++) {
      if (!isRed(pixel(image, x, y))) continue;
      count++;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return { top, bottom, left, right, count };
}

let rendering: Promise<LaidOutDocument> | null = null;

/**
 * Renders the samples once for all tests and returns the notice's layout. Each test awaits it, so
 * missing fonts fail every test with fandolFonts()'s message rather than skipping them.
 */
function renderSamples(): Promise<LaidOutDocument> {
  rendering ??= (async () => {
    const fonts = await fandolFonts();
    fs.writeFileSync(noticePdf, await renderOfficialDocument(noticeDocument(), fonts));
    fs.writeFileSync(requestPdf, await renderOfficialDocument(requestDocument({ signers: ['王建国', '刘垚'] }), fonts));
    return layoutDocument(noticeDocument(), fontSetMetrics(fonts));
  })();
  return rendering;
}

let firstPageAt144: RasterImage | null = null;

function firstPage144dpi(): RasterImage {
  firstPageAt144 ??= renderPage(noticePdf, 1, 144, path.join(out, 'notice-1-144dpi')).image;
  return firstPageAt144;
}

describe('renderOfficialDocument: the sample 通知 as PDF', { timeout: 60_000 }, () => {
  it('given the sample 通知, when rasterised by pdftoppm at 72 dpi, then its pages are A4 (595.28 × 841.89 pt: 596 × 842 px) and there is a second page', async () => {
    const noticeLayout = await renderSamples();
    const info = pdfInfo(noticePdf);
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)$/u);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
    expect(Number(info.Pages)).toBe(noticeLayout.pages.length);
    for (const page of [1, 2]) {
      const { image, stderr } = renderPage(noticePdf, page, 72, path.join(out, `notice-${page}`));
      // A4 is 595.28 × 841.89 pt; pdftoppm rounds the width up to 596 px.
      expect(Math.abs(image.width - (210 / 25.4) * 72)).toBeLessThan(1);
      expect(Math.abs(image.height - (297 / 25.4) * 72)).toBeLessThan(1);
      expect(stderr).toBe('');
    }
  });

  it('given page 1 at 144 dpi, when its red pixels are found, then the issuing-body mark is red, centred, and its top lies 35 mm below the type area', async () => {
    const noticeLayout = await renderSamples();
    const image = firstPage144dpi();
    const k = scale(144);
    const separator = noticeLayout.pages[0]?.rules.find((r) => r.role === 'separator');
    expect(separator).toBeDefined();
    const mark = redBox(image, [0, Math.floor(((separator?.y ?? 0) - mm(6)) * k)]);
    expect(mark.count).toBeGreaterThan(5000);
    expect(Math.abs(mark.top / k - HEAD.markTop)).toBeLessThan(mm(1.5));
    expect(HEAD.markTop).toBeCloseTo(mm(37 + 35), 6);
    expect(Math.abs((mark.left + mark.right) / 2 / k - (TYPE_AREA.left + TYPE_AREA.width / 2))).toBeLessThan(mm(3));
    expect(mark.left / k).toBeGreaterThanOrEqual(TYPE_AREA.left - mm(1));
    expect(mark.right / k).toBeLessThanOrEqual(TYPE_AREA.right + mm(1));
    expect((mark.bottom - mark.top) / k).toBeGreaterThan(mm(12));
    // Only the mark and the separator are red on the first page: 份号 and 紧急程度 above it are black.
    expect(redBox(image, [0, Math.floor((HEAD.markTop - mm(2)) * k)]).count).toBe(0);
  });

  it('given page 1 at 144 dpi, when rows are scanned, then a red line spans the type area under the mark and above the title', async () => {
    const noticeLayout = await renderSamples();
    const image = firstPage144dpi();
    const k = scale(144);
    const left = Math.ceil(TYPE_AREA.left * k) + 1;
    const right = Math.floor(TYPE_AREA.right * k) - 1;
    const redRows: number[] = [];
    for (let y = 0; y < image.height; y++) {
      let red = 0;
      for (let x = left; x <= right; x++) if (isRed(pixel(image, x, y))) red++;
      if (red / (right - left + 1) > 0.97) redRows.push(y);
    }
    expect(redRows.length).toBeGreaterThanOrEqual(2);
    const lineY = (Math.min(...redRows) + Math.max(...redRows) + 1) / 2 / k;
    const separator = noticeLayout.pages[0]?.rules.find((r) => r.role === 'separator');
    expect(Math.abs(lineY - (separator?.y ?? 0))).toBeLessThan(mm(0.5));
    expect(Math.max(...redRows) - Math.min(...redRows)).toBeLessThan(mm(1) * k);
    const markBottom = redBox(image, [0, Math.min(...redRows) - 8]).bottom / k;
    expect(lineY).toBeGreaterThan(markBottom + mm(15));
    const title = noticeLayout.pages[0]?.lines.find((l) => l.role === 'title');
    expect(lineY).toBeLessThan((title?.baseline ?? 0) - 22);
  });

  it('given the PDF, when its text layer is read by pdftotext, then it holds the Chinese title and the other elements', async () => {
    const noticeLayout = await renderSamples();
    const text = pdfText(noticePdf).replace(/\s+/gu, '');
    expect(text).toContain(NOTICE_TITLE);
    expect(text).toContain('青海省人民政府办公厅文件');
    expect(text).toContain('青政办〔2026〕12号');
    expect(text).toContain('各市、自治州人民政府，省政府各委、办、厅、局：');
    expect(text).toContain('附件：1.青海省安全生产重点任务分工方案2.青海省安全生产工作考核办法');
    expect(text).toContain('青海省人民政府办公厅2026年3月1日');
    expect(text).toContain('（此件公开发布）');
    expect(text).toContain('抄送：省委各部门');
    const lastPage = pdfText(noticePdf, { layout: true, page: noticeLayout.pages.length });
    expect(lastPage).toMatch(/^\s*青海省人民政府办公厅\s+2026年3月1日印发\s*$/mu);
  });

  it('given a page filled with body text, when read by pdftotext -layout, then it has 22 lines and full lines hold 28 characters', async () => {
    await renderSamples();
    const lines = pdfText(noticePdf, { layout: true, page: 2 })
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && l !== '\f');
    const pageNumber = lines.filter((l) => /^—\s*2\s*—$/u.test(l));
    const body = lines.filter((l) => !/^—\s*2\s*—$/u.test(l));
    expect(pageNumber.length).toBe(1);
    expect(body.length).toBe(22);
    const full = body.filter((l) => Array.from(l.replace(/\s+/gu, '')).length === 28);
    expect(full.length).toBeGreaterThanOrEqual(8);
    expect(body.every((l) => Array.from(l.replace(/\s+/gu, '')).length <= 30)).toBe(true);
  });

  it('given the PDF, when its fonts are listed by pdffonts, then the Fandol faces are embedded as CID-keyed subsets with Unicode maps', async () => {
    await renderSamples();
    const { rows, stderr } = pdfFonts(noticePdf);
    expect(stderr).toBe('');
    const names = rows.map((r) => r.split(/\s+/u)[0] ?? '');
    expect(names.map((n) => n.replace(/^[A-Z]{6}\+/u, '')).sort()).toEqual([
      'FandolFang-Regular',
      'FandolHei-Regular',
      'FandolKai-Regular',
      'FandolSong-Bold',
      'FandolSong-Regular',
    ]);
    for (const row of rows) expect(row).toMatch(/CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/u);
  });

  it('given the last page, when rasterised, then the red seal presses the date', async () => {
    const noticeLayout = await renderSamples();
    const last = noticeLayout.pages.length;
    const { image } = renderPage(noticePdf, last, 72, path.join(out, `notice-${last}`));
    const seal = noticeLayout.pages[last - 1]?.images[0];
    expect(seal).toBeDefined();
    const box = redBox(image, [Math.floor(seal?.y ?? 0), Math.ceil((seal?.y ?? 0) + (seal?.height ?? 0))]);
    expect(box.count).toBeGreaterThan(500);
    expect(Math.abs((box.left + box.right) / 2 - ((seal?.x ?? 0) + (seal?.width ?? 0) / 2))).toBeLessThan(3);
    const date = noticeLayout.pages[last - 1]?.lines.find((l) => l.role === 'date');
    expect(date && date.baseline).toBeGreaterThan(seal?.y ?? 0);
    expect(date && date.baseline).toBeLessThan((seal?.y ?? 0) + (seal?.height ?? 0));
  });
});

describe('renderOfficialDocument: reproducible output', { timeout: 60_000 }, () => {
  it('given the same document, when rendered twice, then the PDFs are byte for byte the same', async () => {
    await renderSamples();
    const fonts = await fandolFonts();
    const again = await renderOfficialDocument(noticeDocument(), fonts);
    expect(Buffer.from(again).equals(fs.readFileSync(noticePdf))).toBe(true);
  });
});

describe('renderOfficialDocument: an upward 请示 as PDF', { timeout: 60_000 }, () => {
  it('given an upward document, when read by pdftotext -layout, then the 发文字号 stands on the left of the line that carries 签发人 on the right', async () => {
    await renderSamples();
    const lines = pdfText(requestPdf, { layout: true, page: 1 }).split('\n');
    const line = lines.find((l) => l.includes('青政〔2026〕8号')) ?? '';
    expect(line).toMatch(/^\s*青政〔2026〕8号\s{4,}签发人：\s*王建国\s+刘垚\s*$/u);
    expect(pdfText(requestPdf).replace(/\s+/gu, '')).toContain(REQUEST_TITLE);
  });

  it('given a signer whose name the Fandol fonts lack, when rendered, then LXGW WenKai draws it and poppler reads the PDF without complaint', async () => {
    await renderSamples();
    const { rows, stderr } = pdfFonts(requestPdf);
    expect(stderr).toBe('');
    expect(rows.some((r) => /^[A-Z]{6}\+LXGWWenKai-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/u.test(r))).toBe(true);
    const { stderr: rasterStderr } = renderPage(requestPdf, 1, 72, path.join(out, 'request-1'));
    expect(rasterStderr).toBe('');
    expect(pdfText(requestPdf, { layout: true, page: 1 })).toContain('刘垚');
  });
});
