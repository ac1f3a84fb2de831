import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { FACE_ROLES, type FaceRole } from './layoutModel.ts';

/**
 * The fonts a rendition draws with: one face per GB/T 9704 role, taken from the Fandol fonts
 * (deploy/scripts/fetch-fonts.sh puts them into <repo>/data/fonts), with Debian's LXGW WenKai
 * standing in for any face that is missing and for characters a face lacks.
 */

/** The Fandol face that plays each role (FandolSong-Bold stands in for 小标宋). */
export const FANDOL_FACES: Readonly<Record<FaceRole, string>> = {
  xiaoBiaoSong: 'FandolSong-Bold',
  song: 'FandolSong-Regular',
  fangSong: 'FandolFang-Regular',
  heiTi: 'FandolHei-Regular',
  kaiTi: 'FandolKai-Regular',
};

/** Debian's fonts-lxgw-wenkai: a single TTF with wide CJK coverage. */
export const FALLBACK_FONT_FILES: readonly string[] = ['/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf'];

export interface LoadedFont {
  /** File name without extension, e.g. FandolFang-Regular. */
  family: string;
  file: string;
  bytes: Uint8Array;
  font: Font;
}

export interface FontSet {
  faces: Readonly<Record<FaceRole, LoadedFont>>;
  /** Roles drawn with the fallback font because their Fandol face was not found. */
  fellBack: FaceRole[];
  /** Draws characters a face has no glyph for; null when no fallback font is installed. */
  glyphFallback: LoadedFont | null;
  /** The font that draws `char` in `role`: the role's face if it has the glyph, else the glyph fallback. */
  resolve(role: FaceRole, char: string): LoadedFont;
}

export class FontsMissingError extends Error {
  constructor(
    readonly missing: FaceRole[],
    readonly searched: string[],
  ) {
    super(
      `No font for ${missing.map((r) => `${r} (${FANDOL_FACES[r]}.otf)`).join(', ')} in ${searched.join(', ') || '(no directory)'} ` +
        `and no fallback font (${FALLBACK_FONT_FILES.join(', ')}). ` +
        'Run deploy/scripts/fetch-fonts.sh to fetch the Fandol fonts, or install Debian fonts-lxgw-wenkai.',
    );
    this.name = 'FontsMissingError';
  }
}

const repoFontDir = fileURLToPath(new URL('../../../../data/fonts', import.meta.url));

/** $KUNLUN_FONT_DIR_ONLY=1: only $KUNLUN_FONT_DIR is searched, and no fallback font stands in (an installation that wants the Fandol faces or nothing). */
const onlyConfiguredFonts = () => process.env.KUNLUN_FONT_DIR_ONLY === '1';

/**
 * $KUNLUN_FONT_DIR (a path list), then <repo>/data/fonts, then $KUNLUN_DATA_DIR/fonts (where
 * `kunlun install` puts them), then /usr/share/kunlun/fonts — or only $KUNLUN_FONT_DIR.
 */
export function defaultFontDirs(): string[] {
  const fromEnv = (process.env.KUNLUN_FONT_DIR ?? '').split(path.delimiter).filter((d) => d !== '');
  if (onlyConfiguredFonts()) return fromEnv;
  const dataDir = process.env.KUNLUN_DATA_DIR ? [path.resolve(process.env.KUNLUN_DATA_DIR, 'fonts')] : [];
  return [...new Set([...fromEnv, repoFontDir, ...dataDir, '/usr/share/kunlun/fonts'])];
}

/** The fallback font files, none when $KUNLUN_FONT_DIR_ONLY=1. */
export function defaultFallbackFiles(): readonly string[] {
  return onlyConfiguredFonts() ? [] : FALLBACK_FONT_FILES;
}

async function readFont(file: string): Promise<LoadedFont | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return null;
  }
  return { family: path.basename(file, path.extname(file)), file, bytes, font: fontkit.create(bytes) };
}

async function findFace(family: string, dirs: string[]): Promise<LoadedFont | null> {
  for (const dir of dirs) {
    for (const ext of ['.otf', '.ttf']) {
      const found = await readFont(path.join(dir, family + ext));
      if (found) return found;
    }
  }
  return null;
}

async function firstFont(files: readonly string[]): Promise<LoadedFont | null> {
  for (const file of files) {
    const found = await readFont(file);
    if (found) return found;
  }
  return null;
}

/**
 * Finds the Fandol faces in the first directory that has each, and the fallback font. Throws
 * FontsMissingError when a face is missing and there is no fallback either.
 */
export async function loadFontSet(dirs: string[] = defaultFontDirs(), options: { fallbackFiles?: readonly string[] } = {}): Promise<FontSet> {
  const fallback = await firstFont(options.fallbackFiles ?? defaultFallbackFiles());
  const faces: Partial<Record<FaceRole, LoadedFont>> = {};
  const fellBack: FaceRole[] = [];
  const missing: FaceRole[] = [];
  for (const role of FACE_ROLES) {
    const found = await findFace(FANDOL_FACES[role], dirs);
    if (found) faces[role] = found;
    else if (fallback) {
      faces[role] = fallback;
      fellBack.push(role);
    } else missing.push(role);
  }
  if (missing.length > 0) throw new FontsMissingError(missing, dirs);
  const complete = faces as Record<FaceRole, LoadedFont>;
  return {
    faces: complete,
    fellBack,
    glyphFallback: fallback,
    resolve(role, char) {
      const face = complete[role];
      const codePoint = char.codePointAt(0) ?? 0;
      if (face.font.hasGlyphForCodePoint(codePoint) || !fallback) return face;
      return fallback.font.hasGlyphForCodePoint(codePoint) ? fallback : face;
    },
  };
}
