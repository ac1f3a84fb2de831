import {
  BlendMode,
  PDFDocument,
  beginText,
  endText,
  rgb,
  setCharacterSpacing,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { embedFonts } from './fontEmbedding.ts';
import type { FontSet, LoadedFont } from './fontSet.ts';
import type { InkColour, LaidOutDocument, PositionedLine } from './layoutModel.ts';
import type { EmbeddedFont } from './openTypeCffFont.ts';
import { fontSetMetrics, type TextMetrics } from './textMetrics.ts';

/**
 * Draws a laid-out document with pdf-lib: rules, then text (real text with a ToUnicode map, so the
 * words can be searched and copied), then the seal multiplied over the text like ink.
 */

export interface PdfProperties {
  title: string;
  subject?: string;
  author?: string;
  /** Creation and modification date; a fixed date keeps the same document's PDF byte-identical. */
  date: Date;
  seal?: Uint8Array;
}

const INK: Readonly<Record<InkColour, readonly [number, number, number]>> = {
  black: [0, 0, 0],
  red: [1, 0, 0],
};

/** Splits each run where its characters are drawn by different fonts (a face lacking a glyph). */
function fontSegments(fonts: FontSet, line: PositionedLine, metrics: TextMetrics) {
  const segments: { font: LoadedFont; text: string; x: number }[] = [];
  for (const run of line.runs) {
    let x = run.x;
    let current: { font: LoadedFont; text: string; x: number } | null = null;
    for (const char of run.text) {
      const font = fonts.resolve(run.face, char);
      if (current && current.font === font) current.text += char;
      else {
        current = { font, text: char, x };
        segments.push(current);
      }
      x += (metrics.advance(run.face, char) * line.size + line.characterSpacing) * line.horizontalScale;
    }
  }
  return segments;
}

function textOperators(
  line: PositionedLine,
  pageHeight: number,
  fonts: FontSet,
  metrics: TextMetrics,
  fontKey: (font: LoadedFont) => [PDFName, EmbeddedFont],
): PDFOperator[] {
  const [r, g, b] = INK[line.colour];
  const operators: PDFOperator[] = [beginText(), setFillingRgbColor(r, g, b), setCharacterSpacing(line.characterSpacing)];
  for (const segment of fontSegments(fonts, line, metrics)) {
    const [key, embedded] = fontKey(segment.font);
    operators.push(
      setFontAndSize(key, line.size),
      setTextMatrix(line.horizontalScale, 0, 0, 1, segment.x, pageHeight - line.baseline),
      showText(embedded.encode(segment.text)),
    );
  }
  operators.push(endText());
  return operators;
}

function fontUsage(laid: LaidOutDocument, fonts: FontSet): Map<LoadedFont, Set<string>> {
  const usage = new Map<LoadedFont, Set<string>>();
  for (const page of laid.pages) {
    for (const line of page.lines) {
      for (const run of line.runs) {
        for (const char of run.text) {
          const font = fonts.resolve(run.face, char);
          const chars = usage.get(font) ?? new Set<string>();
          chars.add(char);
          usage.set(font, chars);
        }
      }
    }
  }
  return usage;
}

export async function writePdf(laid: LaidOutDocument, fonts: FontSet, properties: PdfProperties): Promise<Uint8Array> {
  const metrics = fontSetMetrics(fonts);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const embedded = await embedFonts(pdf, fontUsage(laid, fonts));
  const seal = properties.seal && laid.pages.some((p) => p.images.length > 0) ? await pdf.embedPng(properties.seal) : null;

  for (const laidPage of laid.pages) {
    const page: PDFPage = pdf.addPage([laid.width, laid.height]);
    const keys = new Map<LoadedFont, [PDFName, EmbeddedFont]>();
    const fontKey = (font: LoadedFont): [PDFName, EmbeddedFont] => {
      let entry = keys.get(font);
      if (!entry) {
        const pdfFont = embedded.get(font);
        if (!pdfFont) throw new Error(`font ${font.family} was not embedded`);
        entry = [page.node.newFontDictionary(pdfFont.name, pdfFont.ref), pdfFont];
        keys.set(font, entry);
      }
      return entry;
    };
    for (const rule of laidPage.rules) {
      const [r, g, b] = INK[rule.colour];
      page.drawRectangle({
        x: rule.x1,
        y: laid.height - rule.y - rule.thickness / 2,
        width: rule.x2 - rule.x1,
        height: rule.thickness,
        color: rgb(r, g, b),
      });
    }
    for (const line of laidPage.lines) page.pushOperators(...textOperators(line, laid.height, fonts, metrics, fontKey));
    for (const image of laidPage.images) {
      if (!seal) continue;
      page.drawImage(seal, {
        x: image.x,
        y: laid.height - image.y - image.height,
        width: image.width,
        height: image.height,
        blendMode: BlendMode.Multiply,
      });
    }
  }

  pdf.setTitle(properties.title, { showInWindowTitleBar: true });
  if (properties.subject) pdf.setSubject(properties.subject);
  if (properties.author) pdf.setAuthor(properties.author);
  pdf.setLanguage('zh-CN');
  pdf.setCreator('Kunlun OA');
  pdf.setProducer('Kunlun OA documents rendition (pdf-lib)');
  pdf.setCreationDate(properties.date);
  pdf.setModificationDate(properties.date);
  return pdf.save();
}
