import { calendarDay } from './documentDates.ts';
import type { FontSet } from './fontSet.ts';
import { layoutDocument } from './layoutDocument.ts';
import type { OfficialDocumentLayout } from './layoutModel.ts';
import { writePdf } from './pdfWriter.ts';
import { fontSetMetrics } from './textMetrics.ts';

/** The fixed-layout rendition of an official document: a GB/T 9704-2012 PDF. */
export async function renderOfficialDocument(doc: OfficialDocumentLayout, fonts: FontSet): Promise<Uint8Array> {
  const laid = layoutDocument(doc, fontSetMetrics(fonts));
  const { year, month, day } = calendarDay(doc.printedOn);
  return writePdf(laid, fonts, {
    title: doc.title.trim(),
    subject: doc.docNumber.trim(),
    author: doc.issuers.map((i) => i.name.trim()).join('、'),
    date: new Date(Date.UTC(year, month - 1, day)),
    ...(doc.seal ? { seal: doc.seal } : {}),
  });
}
