import path from 'node:path';
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { text } from '../../i18n/text.ts';
import { AdminCommandError } from '../../install/adminCommandError.ts';
import { FETCH_FONTS_SCRIPT, runFetchFonts } from '../../install/documentFonts.ts';

/**
 * `kunlun fonts`: puts the document fonts (Fandol) where serve and worker look for them,
 * $KUNLUN_DATA_DIR/fonts unless a directory is given, by running deploy/scripts/fetch-fonts.sh.
 * Safe to repeat: nothing is done when they are in place.
 */
export const fontsCommand: Command = {
  name: 'fonts',
  summary: 'fetch the document fonts (Fandol) for the PDF rendition into $KUNLUN_DATA_DIR/fonts',
  usage: `Usage: kunlun fonts [DIR]

  Puts FandolSong, FandolFang, FandolHei and FandolKai (the faces GB/T 9704 asks for) into DIR,
  by default $KUNLUN_DATA_DIR/fonts, where the documents module's PDF rendition finds them.
  Runs ${path.relative(process.cwd(), FETCH_FONTS_SCRIPT) || FETCH_FONTS_SCRIPT}; does nothing when the fonts are there.`,
  async run({ positionals }) {
    if (positionals.length > 1) throw new UsageError(this.usage);
    const dir = path.resolve(positionals[0] ?? path.join(loadConfig().dataDir, 'fonts'));
    const { ok, output } = await runFetchFonts(dir);
    for (const line of output) process.stdout.write(`${line}\n`);
    if (!ok) {
      throw new AdminCommandError(text(`未能取得公文字体（${dir}）`, `The document fonts could not be fetched into ${dir}`), [
        `bash ${FETCH_FONTS_SCRIPT} ${dir}`,
      ]);
    }
  },
};
