import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import subsetFont from 'subset-font';
import type { LoadedFont } from './fontSet.ts';
import { cffTable, embedOpenTypeCff, subsetTag, type EmbeddedFont } from './openTypeCffFont.ts';

/**
 * Embeds each font cut down to the characters the document uses: subset-font (HarfBuzz) makes the
 * subset; a TrueType subset (the LXGW WenKai fallback) is embedded whole by pdf-lib with fontkit (its
 * own subsetting loses CJK glyphs); a CFF-flavoured OpenType subset (the Fandol fonts) as a CID font
 * by openTypeCffFont.ts.
 */

/** One-to-one character-to-glyph mapping, so the layout's widths are the PDF's widths. */
const NO_SUBSTITUTIONS = { liga: false, clig: false, calt: false, dlig: false, kern: false };

export async function embedFonts(pdf: PDFDocument, usage: ReadonlyMap<LoadedFont, ReadonlySet<string>>): Promise<Map<LoadedFont, EmbeddedFont>> {
  pdf.registerFontkit(fontkit);
  const embedded = new Map<LoadedFont, EmbeddedFont>();
  for (const [font, chars] of usage) {
    if (chars.size === 0) continue;
    // subset-font recognises the font format on a Buffer only.
    const source = Buffer.from(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength);
    const subset = await subsetFont(source, [...chars].join(''), { targetFormat: 'truetype' });
    if (cffTable(font.font)) {
      embedded.set(font, embedOpenTypeCff(pdf, subset, font.family));
    } else {
      const pdfFont = await pdf.embedFont(subset, {
        subset: false,
        features: NO_SUBSTITUTIONS,
        // A subset's name carries a tag; without one pdf-lib would append a random suffix.
        customName: `${subsetTag(subset)}+${font.font.postscriptName ?? font.family}`,
      });
      embedded.set(font, { name: pdfFont.name, ref: pdfFont.ref, encode: (text) => pdfFont.encodeText(text) });
    }
  }
  return embedded;
}
