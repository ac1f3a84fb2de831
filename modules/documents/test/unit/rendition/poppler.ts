import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodePng, type RasterImage } from './pngCodec.ts';

/** The poppler-utils command-line tools (Debian poppler-utils), run as child processes. */

function run(tool: string, args: string[]): { stdout: string; stderr: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`${tool} could not run (${result.error.message}); install Debian poppler-utils: apt-get install -y poppler-utils`);
  }
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Rasterises one page with pdftoppm into `<prefix>.png` and decodes it. */
export function renderPage(pdfFile: string, page: number, dpi: number, prefix: string): { image: RasterImage; file: string; stderr: string } {
  const { stderr } = run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfFile, prefix]);
  const file = `${prefix}.png`;
  return { image: decodePng(fs.readFileSync(file)), file, stderr };
}

export function pdfText(pdfFile: string, options: { layout?: boolean; page?: number } = {}): string {
  const pages = options.page === undefined ? [] : ['-f', String(options.page), '-l', String(options.page)];
  return run('pdftotext', [...(options.layout ? ['-layout'] : []), ...pages, pdfFile, '-']).stdout;
}

/** pdfinfo's "Key: value" lines. */
export function pdfInfo(pdfFile: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [pdfFile]).stdout.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/u.exec(line);
    if (match?.[1] && match[2] !== undefined) info[match[1].trim()] = match[2].trim();
  }
  return info;
}

/** pdffonts' table rows (name, type, encoding, emb, sub, uni …) and what it printed on stderr. */
export function pdfFonts(pdfFile: string): { rows: string[]; stderr: string } {
  const { stdout, stderr } = run('pdffonts', [pdfFile]);
  return {
    rows: stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== ''),
    stderr,
  };
}

export function outputDir(name: string): string {
  const dir = fileURLToPath(new URL(`../../../../../tests/output/${name}`, import.meta.url));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
