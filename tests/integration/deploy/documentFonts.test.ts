import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repo, runKunlun, scratchPath } from './kunlunProcesses.ts';

/**
 * The document fonts a fresh installation needs for 印制 (issue 20: quickstart never fetched them,
 * and every 发文 stopped there): `kunlun fonts` puts them into $KUNLUN_DATA_DIR/fonts and does
 * nothing the second time; quickstart fetches them before it starts the suite.
 */
const FACES = ['FandolSong-Bold', 'FandolSong-Regular', 'FandolFang-Regular', 'FandolHei-Regular', 'FandolKai-Regular'];

describe('document fonts for a fresh installation', () => {
  const dataDir = scratchPath('kunlun-fonts');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('given an empty data directory, when `kunlun fonts` runs twice, then the Fandol faces are there and the second run changes nothing', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    const first = await runKunlun(['fonts'], { env: { KUNLUN_DATA_DIR: dataDir } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const fontDir = path.join(dataDir, 'fonts');
    const times = FACES.map((face) => {
      const stat = fs.statSync(path.join(fontDir, `${face}.otf`));
      expect(stat.size, face).toBeGreaterThan(100_000);
      return stat.mtimeMs;
    });

    const second = await runKunlun(['fonts'], { env: { KUNLUN_DATA_DIR: dataDir } });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain('nothing to do');
    expect(FACES.map((face) => fs.statSync(path.join(fontDir, `${face}.otf`)).mtimeMs)).toEqual(times);
  });

  it('given deploy/quickstart.sh, when read, then it fetches the fonts into the data directory before it starts the suite', () => {
    const lines = fs
      .readFileSync(path.join(repo, 'deploy', 'quickstart.sh'), 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('#'));
    const fetches = lines.findIndex((l) => /bash deploy\/scripts\/fetch-fonts\.sh "\$fonts_dir"/u.test(l));
    const fontsDir = lines.findIndex((l) => l.startsWith('fonts_dir="${KUNLUN_DATA_DIR:-data}/fonts"'));
    const starts = lines.findIndex((l) => l.startsWith('exec pnpm kunlun all'));
    expect(fontsDir).toBeGreaterThanOrEqual(0);
    expect(fetches).toBeGreaterThan(fontsDir);
    expect(starts).toBeGreaterThan(fetches);
  });
});
