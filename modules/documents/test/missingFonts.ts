import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FANDOL_FACES } from '../src/rendition/fontSet.ts';

/**
 * A server that has no document fonts, as a fresh installation had before quickstart fetched
 * them: the rendition searches only an empty directory ($KUNLUN_FONT_DIR with
 * $KUNLUN_FONT_DIR_ONLY=1, read by every rendition process), with no fallback font. Set up before
 * the test file's server starts; provide() then puts the Fandol fonts there (copied from
 * <repo>/data/fonts, where deploy/scripts/fetch-fonts.sh put them), as an administrator would.
 */
const repoFonts = fileURLToPath(new URL('../../../data/fonts', import.meta.url));

export interface MissingFonts {
  dir: string;
  provide(): void;
  restore(): void;
}

export function withoutDocumentFonts(): MissingFonts {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-no-fonts-'));
  const previous = { dir: process.env.KUNLUN_FONT_DIR, only: process.env.KUNLUN_FONT_DIR_ONLY };
  process.env.KUNLUN_FONT_DIR = dir;
  process.env.KUNLUN_FONT_DIR_ONLY = '1';
  return {
    dir,
    provide() {
      for (const family of Object.values(FANDOL_FACES)) {
        const from = path.join(repoFonts, `${family}.otf`);
        if (!fs.existsSync(from)) throw new Error(`${from} is missing: run deploy/scripts/fetch-fonts.sh before the tests`);
        fs.copyFileSync(from, path.join(dir, `${family}.otf`));
      }
    },
    restore() {
      for (const [key, value] of [
        ['KUNLUN_FONT_DIR', previous.dir],
        ['KUNLUN_FONT_DIR_ONLY', previous.only],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
