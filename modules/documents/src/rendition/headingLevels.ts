import type { FaceRole } from './layoutModel.ts';
import type { StyledChar } from './styledText.ts';

/**
 * The four levels of 结构层次序数 in a body (GB/T 9704-2012 7.3.3): 一、 in 黑体, （一） in 楷体,
 * 1． and （1） in 仿宋. A heading is the paragraph's first sentence; when nothing follows it the whole
 * paragraph is a heading and must not be left alone at the bottom of a page.
 */

export type HeadingLevel = 1 | 2 | 3 | 4;

const LEVEL_PATTERNS: ReadonlyArray<readonly [HeadingLevel, RegExp]> = [
  [1, /^[一二三四五六七八九十百]+、/u],
  [2, /^[（(][一二三四五六七八九十百]+[）)]/u],
  [3, /^\d{1,3}[.．](?!\d)/u],
  [4, /^[（(]\d{1,3}[）)]/u],
];

export const HEADING_FACE: Readonly<Record<HeadingLevel, FaceRole>> = {
  1: 'heiTi',
  2: 'kaiTi',
  3: 'fangSong',
  4: 'fangSong',
};

const BODY_FACE: FaceRole = 'fangSong';
const SENTENCE_END = /[。！？]/u;

export interface ParagraphStyle {
  level: HeadingLevel | null;
  /** Characters (code points) set in the heading face. */
  headingLength: number;
  /** The whole paragraph is a heading. */
  standsAlone: boolean;
}

export function headingLevel(paragraph: string): HeadingLevel | null {
  for (const [level, pattern] of LEVEL_PATTERNS) if (pattern.test(paragraph)) return level;
  return null;
}

export function paragraphStyle(paragraph: string): ParagraphStyle {
  const level = headingLevel(paragraph);
  const chars = Array.from(paragraph);
  if (level === null) return { level, headingLength: 0, standsAlone: false };
  const sentenceEnd = chars.findIndex((c) => SENTENCE_END.test(c));
  const headingLength = sentenceEnd === -1 ? chars.length : sentenceEnd + 1;
  return { level, headingLength, standsAlone: headingLength === chars.length };
}

/** The paragraph's characters, the heading part in its level's face and the rest in 仿宋. */
export function styleParagraph(paragraph: string): { chars: StyledChar[]; style: ParagraphStyle } {
  const style = paragraphStyle(paragraph);
  const headingFace = style.level === null ? BODY_FACE : HEADING_FACE[style.level];
  const chars = Array.from(paragraph, (char, index) => ({
    char,
    face: index < style.headingLength ? headingFace : BODY_FACE,
  }));
  return { chars, style };
}
