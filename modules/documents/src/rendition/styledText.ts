import type { FaceRole, TextRun } from './layoutModel.ts';
import type { TextMetrics } from './textMetrics.ts';

/** One character (one code point) and the face it is set in. */
export interface StyledChar {
  char: string;
  face: FaceRole;
}

export function styled(text: string, face: FaceRole): StyledChar[] {
  return Array.from(text, (char) => ({ char, face }));
}

export function plainText(chars: readonly StyledChar[]): string {
  return chars.map((c) => c.char).join('');
}

/** Width of the characters at `size` with `spacing` added after each one (so n characters fill n cells). */
export function measure(chars: readonly StyledChar[], size: number, spacing: number, metrics: TextMetrics): number {
  let width = 0;
  for (const c of chars) width += metrics.advance(c.face, c.char) * size + spacing;
  return width;
}

/**
 * Groups characters into runs of one face, each placed where the previous one ends, starting at `x`;
 * `scale` is the line's horizontal scale (it narrows glyphs and spacing alike).
 */
export function toRuns(chars: readonly StyledChar[], x: number, size: number, spacing: number, metrics: TextMetrics, scale = 1): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = x;
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last && last.face === c.face) last.text += c.char;
    else runs.push({ text: c.char, face: c.face, x: cursor });
    cursor += (metrics.advance(c.face, c.char) * size + spacing) * scale;
  }
  return runs;
}
