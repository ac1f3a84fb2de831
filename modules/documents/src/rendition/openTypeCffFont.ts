import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { PDFHexString, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';

/**
 * Embeds a CFF-flavoured OpenType font (the Fandol fonts) the way every PDF reader understands it: a
 * Type0 font over a CIDFontType0 whose program is the bare CFF table (FontFile3, subtype
 * CIDFontType0C), shown with Identity-H codes that are the font's CIDs, with widths and a ToUnicode
 * map keyed by CID.
 *
 * pdf-lib 1.17.1 cannot do this itself: its fontkit build does not flag CFF fonts, so it labels them
 * TrueType (FontFile2, CIDFontType2) and shows glyph ids, which readers must guess their way around
 * (poppler: "Mismatch between font type and embedded font file"). And the subset of a CID-keyed font
 * keeps the original CIDs, so glyph ids are not CIDs: readers find a CID-keyed CFF's glyphs by CID.
 */

export interface EmbeddedFont {
  /** Resource name stem, e.g. FandolFang-Regular. */
  name: string;
  ref: PDFRef;
  /** The text as a hex string of this font's codes. */
  encode(text: string): PDFHexString;
}

type CffCharset = { version: 0; glyphs: number[] } | { version: 1 | 2; ranges: { first: number; nLeft: number }[] };

interface CffTable {
  isCIDFont: boolean;
  topDict: { charset?: CffCharset | number };
}

/** fontkit parses the CFF table but does not type it. */
export function cffTable(font: Font): CffTable | null {
  return (font as unknown as Record<string, CffTable | undefined>)['CFF '] ?? null;
}

/** CID of every glyph id: the charset's mapping for a CID-keyed font, the glyph id itself otherwise. */
function cidsByGlyph(font: Font, cff: CffTable): number[] {
  const cids = [0];
  const charset = cff.topDict.charset;
  if (cff.isCIDFont && typeof charset === 'object') {
    if (charset.version === 0) cids.push(...charset.glyphs);
    else for (const range of charset.ranges) for (let k = 0; k <= range.nLeft; k++) cids.push(range.first + k);
  }
  for (let gid = cids.length; gid < font.numGlyphs; gid++) cids.push(cff.isCIDFont && typeof charset === 'object' ? 0 : gid);
  return cids.slice(0, font.numGlyphs);
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(codePoint: number): string {
  return Array.from(String.fromCodePoint(codePoint), (unit) => hex4(unit.charCodeAt(0))).join('');
}

/** Widths array of a CIDFont: runs of consecutive CIDs, `cid [w1 w2 …]`. */
function widthsArray(widthByCid: Map<number, number>): (number | number[])[] {
  const result: (number | number[])[] = [];
  let run: number[] = [];
  let previous = Number.NaN;
  for (const cid of [...widthByCid.keys()].sort((a, b) => a - b)) {
    const width = Math.round(widthByCid.get(cid) ?? 0);
    if (cid !== previous + 1) {
      run = [];
      result.push(cid, run);
    }
    run.push(width);
    previous = cid;
  }
  return result;
}

function toUnicodeCMap(unicodeByCid: Map<number, number>): string {
  const entries = [...unicodeByCid.entries()].sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([cid, cp]) => `<${hex4(cid)}> <${utf16Hex(cp)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** The bytes of the 'CFF ' table of an OpenType (sfnt) file. */
function cffTableBytes(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    if (tag === 'CFF ') return bytes.subarray(view.getUint32(record + 8), view.getUint32(record + 8) + view.getUint32(record + 12));
  }
  throw new Error('the font has no CFF table');
}

/** The six-letter tag that marks a subset font's name, taken from its bytes (so output is reproducible). */
export function subsetTag(bytes: Uint8Array): string {
  const digest = createHash('sha256').update(bytes).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** Embeds `bytes` (a subset made by subset-font) into the document. */
export function embedOpenTypeCff(pdf: PDFDocument, bytes: Uint8Array, family: string): EmbeddedFont {
  const font = fontkit.create(bytes);
  const cff = cffTable(font);
  if (!cff) throw new Error(`${family} has no CFF outlines`);
  const postscriptName = font.postscriptName ?? family.replace(/[^A-Za-z0-9-]/gu, '');
  const cids = cidsByGlyph(font, cff);
  const scale = 1000 / font.unitsPerEm;

  const widthByCid = new Map<number, number>();
  for (let gid = 0; gid < font.numGlyphs; gid++) widthByCid.set(cids[gid] ?? 0, font.getGlyph(gid).advanceWidth * scale);
  const unicodeByCid = new Map<number, number>();
  for (const codePoint of font.characterSet) {
    const cid = cids[font.glyphForCodePoint(codePoint).id] ?? 0;
    if (cid !== 0 && !unicodeByCid.has(cid)) unicodeByCid.set(cid, codePoint);
  }

  const { context } = pdf;
  const baseFont = `${subsetTag(bytes)}+${postscriptName}`;
  const fontFile = context.register(context.flateStream(cffTableBytes(bytes), { Subtype: 'CIDFontType0C' }));
  const { minX, minY, maxX, maxY } = font.bbox;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 4,
      FontBBox: [minX * scale, minY * scale, maxX * scale, maxY * scale].map(Math.round),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round((font.capHeight || font.ascent) * scale),
      StemV: 80,
      FontFile3: fontFile,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: 1000,
      W: widthsArray(widthByCid),
    }),
  );
  const toUnicode = context.register(context.flateStream(toUnicodeCMap(unicodeByCid)));
  const ref = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );
  return {
    name: postscriptName,
    ref,
    encode(text) {
      const codes = Array.from(text, (char) => hex4(cids[font.glyphForCodePoint(char.codePointAt(0) ?? 0).id] ?? 0));
      return PDFHexString.of(codes.join(''));
    },
  };
}
