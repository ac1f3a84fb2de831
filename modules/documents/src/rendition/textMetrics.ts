import type { FaceRole } from './layoutModel.ts';
import type { FontSet } from './fontSet.ts';

/** What the layout needs to know about the fonts; all values in em. */
export interface TextMetrics {
  /** Advance width of one character. */
  advance(face: FaceRole, char: string): number;
  /** Top and bottom of the ideographs' ink relative to the baseline (bottom is negative). */
  ideographs(face: FaceRole): { top: number; bottom: number };
}

/** A frame-shaped ideograph whose ink box stands for the face's ideographs. */
const REFERENCE_IDEOGRAPH = '国';

/** Metrics read from the fonts that will draw the text (so layout and PDF agree to the point). */
export function fontSetMetrics(fonts: FontSet): TextMetrics {
  const advances = new Map<string, number>();
  const boxes = new Map<FaceRole, { top: number; bottom: number }>();
  return {
    advance(face, char) {
      const key = face + char;
      let value = advances.get(key);
      if (value === undefined) {
        const { font } = fonts.resolve(face, char);
        value = font.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth / font.unitsPerEm;
        advances.set(key, value);
      }
      return value;
    },
    ideographs(face) {
      let box = boxes.get(face);
      if (!box) {
        const { font } = fonts.resolve(face, REFERENCE_IDEOGRAPH);
        const { minY, maxY } = font.glyphForCodePoint(REFERENCE_IDEOGRAPH.codePointAt(0) ?? 0).bbox;
        box = { top: maxY / font.unitsPerEm, bottom: minY / font.unitsPerEm };
        boxes.set(face, box);
      }
      return box;
    },
  };
}

/** Height of the ideographs' middle above the baseline, in em. */
export function ideographicCentre(metrics: TextMetrics, face: FaceRole): number {
  const { top, bottom } = metrics.ideographs(face);
  return (top + bottom) / 2;
}
