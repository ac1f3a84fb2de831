import { execFile } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../config/config.ts';
import type { InstallStep } from './installSteps.ts';

/**
 * The installer's step for the fonts of the GB/T 9704 PDF rendition (印制 of a 发文): it runs
 * deploy/scripts/fetch-fonts.sh into <data dir>/fonts, where serve and worker look for them
 * ($KUNLUN_DATA_DIR/fonts). The script does nothing when the fonts are in place, so the step is
 * safe to repeat. Fonts that cannot be had do not stop the installation (everything else works
 * without them): the step says what failed and the one command that finishes it, and until then a
 * document's page says its rendition failed and offers 重新生成.
 */
export const FETCH_FONTS_SCRIPT = path.join(repoRoot, 'deploy', 'scripts', 'fetch-fonts.sh');

/** Modules whose processes render documents with these fonts. */
const RENDERING_MODULES = ['documents'];

export interface FontFetchOutcome {
  ok: boolean;
  /** What the script said, without its colour codes. */
  output: string[];
}

export function runFetchFonts(fontDir: string, script = FETCH_FONTS_SCRIPT): Promise<FontFetchOutcome> {
  return new Promise((resolve) => {
    execFile('bash', [script, fontDir], { timeout: 15 * 60_000, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`
        .replace(/\u001b\[[0-9;]*m/gu, '')
        .split('\n')
        .map((l) => l.replace(/^\[kunlun\]\s*/u, '').trim())
        .filter((l) => l !== '');
      resolve({ ok: !err, output: err && !output.length ? [err.message] : output });
    });
  });
}

export function documentFontsStep(dataDir: string, enabledModules: readonly string[], script = FETCH_FONTS_SCRIPT): InstallStep | null {
  if (!enabledModules.some((m) => RENDERING_MODULES.includes(m))) return null;
  const fontDir = path.join(path.resolve(dataDir), 'fonts');
  return {
    title: '公文字体 Document fonts (Fandol, for the PDF rendition)',
    async run() {
      const { ok, output } = await runFetchFonts(fontDir, script);
      if (ok) return [fontDir, ...output.slice(-1)];
      return [
        `未完成 NOT done：未能取得公文字体，发文在“印制”时将无法生成版式文件 / the fonts could not be fetched: 发文 cannot be printed`,
        ...output.slice(-3),
        `请运行 run: bash ${script} ${fontDir}`,
      ];
    },
  };
}
