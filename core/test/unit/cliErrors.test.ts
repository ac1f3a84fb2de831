import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZodError, z } from 'zod';
import { describeCliFailure } from '../../src/cli/cliFailure.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const good = fs.readFileSync(path.join(repo, 'workflows/base/general/general.approval.bpmn'), 'utf8');
const kunlun = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const { LOG_LEVEL: _unused, ...inherited } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(repo, 'core/src/cli/main.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
};
const stderrLines = (r: { stderr: string }) => r.stderr.split('\n').filter((l) => l.trim() !== '');
const STACK_FRAME = /^\s+at /m;

describe('kunlun tells a user’s mistake in one line, without a stack', { timeout: 60_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-cli-errors-'));
  const file = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const goodFile = file('good.bpmn', good);
  const hostile = file('hostile.bpmn', good.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'));
  const truncated = file('truncated.bpmn', good.slice(0, Math.floor(good.length / 2)));

  it('given a BPMN file with a DOCTYPE, when diffed, then one line names the file and the refusal', () => {
    const r = kunlun(['workflows', 'diff', hostile, goodFile]);
    expect(r.status).not.toBe(0);
    expect(stderrLines(r)).toEqual([expect.stringMatching(/hostile\.bpmn: .*DOCTYPE/)]);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('given a truncated BPMN file, when diffed, merged or linted, then one line says it cannot be parsed', () => {
    const out = path.join(dir, 'out.bpmn');
    for (const args of [
      ['diff', goodFile, truncated],
      ['merge', goodFile, truncated, goodFile, '-o', out],
      ['lint', truncated],
    ]) {
      const r = kunlun(['workflows', ...args]);
      expect(r.status).toBe(2);
      expect(stderrLines(r)).toEqual([expect.stringMatching(/truncated\.bpmn: 无法解析 BPMN/)]);
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it('given a missing file, when diffed, then one line names it', () => {
    const r = kunlun(['workflows', 'diff', goodFile, path.join(dir, 'nope.bpmn')]);
    expect(r.status).toBe(2);
    expect(stderrLines(r)).toEqual([expect.stringContaining(`no such file: ${path.join(dir, 'nope.bpmn')}`)]);
  });

  it('given an answers file that is not YAML, when installing, then the problem is said without a stack and nothing runs', () => {
    const answers = file('answers.yaml', 'installation: [unclosed\n  code: : x\n');
    const r = kunlun(['install', '--answers', answers, '--non-interactive']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('应答文件不是有效的 YAML');
    expect(r.stderr).toContain('The answers file is not valid YAML');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('given an unknown command, action or flag, then one line says so and exit is 2', () => {
    for (const args of [['frobnicate'], ['workflows', 'frobnicate'], ['workflows', 'diff', '--frobnicate']]) {
      const r = kunlun(args);
      expect(r.status).toBe(2);
      expect(stderrLines(r)).toEqual([expect.stringMatching(/unknown (command|action|option)/i)]);
    }
  });

  it('given a bad setting in the environment, then one line names the variable', () => {
    const r = kunlun(['workflows', 'status'], { LOG_LEVEL: 'loud' });
    expect(r.status).toBe(1);
    expect(stderrLines(r)).toEqual([expect.stringMatching(/invalid configuration: LOG_LEVEL: .*"loud"/)]);
  });

  it('given --debug or LOG_LEVEL=debug, then the stack follows the message', () => {
    for (const r of [kunlun(['workflows', 'diff', hostile, goodFile, '--debug']), kunlun(['workflows', 'diff', hostile, goodFile], { LOG_LEVEL: 'debug' })]) {
      expect(r.status).toBe(2);
      expect(stderrLines(r)[0]).toMatch(/hostile\.bpmn: .*DOCTYPE/);
      expect(r.stderr).toMatch(STACK_FRAME);
    }
  });

  it('lints a plain file: exit 0 and a count for a clean definition', () => {
    const r = kunlun(['workflows', 'lint', goodFile]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 个错误 error\(s\)/);
  });
});

describe('what is a user’s mistake and what is an internal error', () => {
  it('a zod refusal is the user’s, with the path of each problem', () => {
    const err = z.object({ code: z.string() }).safeParse({ code: 12 }).error as ZodError;
    expect(describeCliFailure(err)).toEqual({ kind: 'user', exitCode: 2, message: expect.stringMatching(/^输入有误 \/ invalid input: code: /) });
  });

  it('a file that cannot be read is the user’s, naming the file', () => {
    const err = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: '/srv/units.csv' });
    expect(describeCliFailure(err)).toMatchObject({ kind: 'user', message: '文件不存在 / no such file: /srv/units.csv' });
  });

  it('anything else is an internal error: one line with the hint to re-run with --debug', () => {
    const failure = describeCliFailure(new TypeError("Cannot read properties of undefined (reading 'id')\n    at somewhere"));
    expect(failure).toEqual({
      kind: 'internal',
      exitCode: 70,
      message: expect.stringMatching(/^内部错误 \/ internal error: Cannot read properties of undefined \(reading 'id'\) — .*--debug/),
    });
    expect(failure.message).not.toContain('\n');
  });
});
