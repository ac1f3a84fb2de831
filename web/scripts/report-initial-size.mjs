// Prints how much JavaScript the browser loads for the first page (sign-in and desktop home):
// the entry chunk of index.html plus every chunk it imports statically, gzipped, in KB.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
if (!entryKey) {
  console.error('report-initial-size: no entry for index.html in dist/.vite/manifest.json');
  process.exit(1);
}

const files = new Set();
const css = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const sum = (set) => [...set].reduce((total, file) => total + gzipKb(file), 0);
const js = [...files].filter((file) => file.endsWith('.js'));

console.log(`initial chunks: ${js.join(', ')}`);
console.log(`initial-css-gzip-kb: ${sum(css).toFixed(1)}`);
console.log(`initial-js-gzip-kb: ${sum(new Set(js)).toFixed(1)}`);
