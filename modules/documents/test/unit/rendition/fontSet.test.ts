import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FALLBACK_FONT_FILES, FontsMissingError, defaultFallbackFiles, defaultFontDirs, loadFontSet } from '../../../src/rendition/fontSet.ts';
import { fandolFonts } from './fandolFonts.ts';

const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-no-fonts-'));
afterAll(() => fs.rmSync(emptyDir, { recursive: true, force: true }));

describe('font set', () => {
  it('given the fonts fetched by deploy/scripts/fetch-fonts.sh, when loaded, then every role has its Fandol face', async () => {
    const fonts = await fandolFonts();
    expect(Object.fromEntries(Object.entries(fonts.faces).map(([role, face]) => [role, face.family]))).toEqual({
      xiaoBiaoSong: 'FandolSong-Bold',
      song: 'FandolSong-Regular',
      fangSong: 'FandolFang-Regular',
      heiTi: 'FandolHei-Regular',
      kaiTi: 'FandolKai-Regular',
    });
    expect(fonts.fellBack).toEqual([]);
  });

  it('given the default search path, when asked, then $KUNLUN_FONT_DIR comes first, then the repository, then /usr/share/kunlun/fonts', () => {
    const previous = process.env.KUNLUN_FONT_DIR;
    process.env.KUNLUN_FONT_DIR = '/srv/fonts';
    try {
      const dirs = defaultFontDirs();
      expect(dirs[0]).toBe('/srv/fonts');
      expect(dirs[1]?.endsWith(path.join('data', 'fonts'))).toBe(true);
      expect(dirs[2]).toBe('/usr/share/kunlun/fonts');
    } finally {
      if (previous === undefined) delete process.env.KUNLUN_FONT_DIR;
      else process.env.KUNLUN_FONT_DIR = previous;
    }
  });

  it('given $KUNLUN_DATA_DIR, when asked, then its fonts directory (where kunlun install puts them) is searched too', () => {
    const previous = process.env.KUNLUN_DATA_DIR;
    process.env.KUNLUN_DATA_DIR = '/srv/kunlun';
    try {
      expect(defaultFontDirs()).toContain('/srv/kunlun/fonts');
    } finally {
      if (previous === undefined) delete process.env.KUNLUN_DATA_DIR;
      else process.env.KUNLUN_DATA_DIR = previous;
    }
  });

  it('given $KUNLUN_FONT_DIR_ONLY=1 and an empty $KUNLUN_FONT_DIR, when loaded, then nothing else is searched and it fails naming deploy/scripts/fetch-fonts.sh', async () => {
    const previous = { dir: process.env.KUNLUN_FONT_DIR, only: process.env.KUNLUN_FONT_DIR_ONLY };
    process.env.KUNLUN_FONT_DIR = emptyDir;
    process.env.KUNLUN_FONT_DIR_ONLY = '1';
    try {
      expect(defaultFontDirs()).toEqual([emptyDir]);
      expect(defaultFallbackFiles()).toEqual([]);
      await expect(loadFontSet()).rejects.toThrow(/deploy\/scripts\/fetch-fonts\.sh/u);
    } finally {
      for (const [key, value] of [
        ['KUNLUN_FONT_DIR', previous.dir],
        ['KUNLUN_FONT_DIR_ONLY', previous.only],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('given a directory without Fandol fonts, when loaded, then Debian LXGW WenKai stands in and every face is reported as fallen back', async () => {
    expect(fs.existsSync(FALLBACK_FONT_FILES[0] ?? ''), 'install Debian fonts-lxgw-wenkai (deploy/scripts/prepare-tests.sh does)').toBe(true);
    const fonts = await loadFontSet([emptyDir]);
    expect(fonts.fellBack).toEqual(['xiaoBiaoSong', 'song', 'fangSong', 'heiTi', 'kaiTi']);
    expect(new Set(Object.values(fonts.faces).map((f) => f.family))).toEqual(new Set(['LXGWWenKai-Regular']));
  });

  it('given neither Fandol fonts nor the fallback, when loaded, then it fails naming deploy/scripts/fetch-fonts.sh', async () => {
    await expect(loadFontSet([emptyDir], { fallbackFiles: [] })).rejects.toThrow(FontsMissingError);
    await expect(loadFontSet([emptyDir], { fallbackFiles: [] })).rejects.toThrow(/deploy\/scripts\/fetch-fonts\.sh/u);
  });

  it('given a character a Fandol face lacks, when resolved, then the fallback font draws it', async () => {
    const fonts = await fandolFonts();
    const rare = '垚'; // common in personal names, outside GB 2312
    expect(fonts.faces.fangSong.font.hasGlyphForCodePoint(rare.codePointAt(0) ?? 0)).toBe(false);
    expect(fonts.resolve('fangSong', rare).family).toBe('LXGWWenKai-Regular');
    expect(fonts.resolve('fangSong', '国').family).toBe('FandolFang-Regular');
  });
});
