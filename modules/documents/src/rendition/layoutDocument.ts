import { attachmentNote } from './attachmentNote.ts';
import { mainRecipientsBlock, paragraphBlocks } from './documentBody.ts';
import { documentHead } from './documentHead.ts';
import type { LaidOutDocument, LaidOutPage, OfficialDocumentLayout } from './layoutModel.ts';
import { flowBlocks, positionOnGrid, type FlowBlock } from './pageFlow.ts';
import { LINE_PITCH, LINES_PER_PAGE, PAGE_HEIGHT, PAGE_WIDTH, gridLineTop } from './pageGeometry.ts';
import { pageNumberLine } from './pageNumbers.ts';
import { sealPlacement, signatureBlock } from './signatureBlock.ts';
import type { TextMetrics } from './textMetrics.ts';
import { titleBlock } from './titleLines.ts';
import { placeVersionRecord, versionRecord, versionRecordLineCount } from './versionRecord.ts';

/**
 * The pure layout step of the rendition: an official document's elements in, every line, rule and
 * image positioned on its page out (GB/T 9704-2012). The PDF writer only draws what this returns.
 */

export class DocumentLayoutError extends Error {
  constructor(readonly problems: string[]) {
    super(`the document cannot be laid out: ${problems.join('; ')}`);
    this.name = 'DocumentLayoutError';
  }
}

function checkInput(doc: OfficialDocumentLayout): void {
  const problems: string[] = [];
  if (doc.issuers.length === 0 || doc.issuers.some((i) => i.name.trim() === '')) problems.push('every issuer needs a name');
  if (doc.docNumber.trim() === '') problems.push('发文字号 is empty');
  if (doc.title.trim() === '') problems.push('标题 is empty');
  if (doc.signature.trim() === '') problems.push('发文机关署名 is empty');
  if (doc.printedBy.trim() === '') problems.push('印发机关 is empty');
  const copyNumber = doc.copyNumber === undefined ? '' : String(doc.copyNumber).trim();
  if (copyNumber !== '' && (!/^\d{1,6}$/u.test(copyNumber) || Number(copyNumber) === 0)) {
    problems.push(`份号 "${copyNumber}" must be a number from 1 to 999999`);
  }
  if (problems.length > 0) throw new DocumentLayoutError(problems);
}

export function layoutDocument(doc: OfficialDocumentLayout, metrics: TextMetrics): LaidOutDocument {
  checkInput(doc);
  const warnings: string[] = [];
  if (doc.direction === 'up' && (doc.signers ?? []).every((s) => s.trim() === '')) {
    warnings.push('上行文应当标注签发人 (an upward document names its signers)');
  }

  const head = documentHead(doc, metrics);
  const signature = signatureBlock(doc, metrics);
  const recipients = mainRecipientsBlock(doc.mainRecipients, metrics);
  const paragraphs = paragraphBlocks(doc.body, metrics);
  const firstParagraph = paragraphs[0];
  if (!recipients && firstParagraph) firstParagraph.blankLinesBefore = 1;
  const attachments = attachmentNote(doc.attachments ?? [], metrics);
  const blocks: FlowBlock[] = [titleBlock(doc.title, metrics)];
  if (recipients) blocks.push(recipients);
  blocks.push(...paragraphs);
  if (attachments) blocks.push(attachments);
  blocks.push(signature.block);
  const placed = flowBlocks(blocks, head.titleLine);

  const pageCount = Math.max(1, ...placed.map((p) => p.page));
  const pages: LaidOutPage[] = Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, lines: [], rules: [], images: [] }));
  const page = (n: number): LaidOutPage => {
    while (pages.length < n) pages.push({ number: pages.length + 1, lines: [], rules: [], images: [] });
    return pages[n - 1] as LaidOutPage;
  };
  page(1).lines.push(...head.lines);
  page(1).rules.push(head.separator);
  for (const p of placed) page(p.page).lines.push(positionOnGrid(p.line, p.gridLine, metrics));

  if (!placed.some((p) => p.page === 1 && (p.line.role === 'body' || p.line.role === 'heading'))) {
    warnings.push('公文首页必须显示正文 (no body text on the first page)');
  }

  const date = placed.find((p) => p.line.role === 'date');
  let contentBottom = Math.max(...placed.filter((p) => p.page === pageCount).map((p) => gridLineTop(p.gridLine + 1)));
  if (doc.seal && signature.sealCentreX !== null && date) {
    const seal = sealPlacement(doc.seal, signature.sealCentreX, date);
    page(date.page).images.push(seal);
    if (date.page === pageCount) contentBottom = Math.max(contentBottom, seal.y + seal.height);
  }

  const record = versionRecord(doc, metrics);
  const recordTop = gridLineTop(LINES_PER_PAGE - versionRecordLineCount(record));
  // The 版记 shares the last page when a blank line still separates it from the text and the seal.
  const recordPage = recordTop - contentBottom >= LINE_PITCH ? pageCount : pageCount + 1;
  const placedRecord = placeVersionRecord(record, metrics);
  page(recordPage).lines.push(...placedRecord.lines);
  page(recordPage).rules.push(...placedRecord.rules);

  for (const p of pages) p.lines.push(pageNumberLine(p.number, metrics));
  return { width: PAGE_WIDTH, height: PAGE_HEIGHT, pages, warnings };
}
