#!/usr/bin/env node
// The test command of the README and of CI: type-check, formatting check, then every vitest project, then one
// plain summary line "N passed, N failed" (a run that executed no test shows "0 passed").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'tests', 'output');
fs.mkdirSync(out, { recursive: true });
const report = path.join(out, 'vitest.json');
fs.rmSync(report, { force: true });

const env = { ...process.env, PATH: `${process.env.HOME}/.local/bin:${process.env.PATH}` };
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

// On a new machine the test command installs what it needs first (.ci/run has done it already).
if (!process.env.KUNLUN_TESTS_PREPARED && run('bash', ['deploy/scripts/prepare-tests.sh']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let failed = 0;
let passed = 0;
console.log('== type-check ==');
if (run('pnpm', ['typecheck']) === 0) passed++;
else failed++;

console.log('== format ==');
if (run('pnpm', ['format:check']) === 0) passed++;
else failed++;

console.log('== vitest ==');
const vitestStatus = run('pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  if (vitestStatus !== 0 && result.numFailedTests === 0) failed++; // a suite that failed to load
} else {
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
