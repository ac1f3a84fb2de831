import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const base = fs.readFileSync(path.join(repo, 'workflows/base/general/general.approval.bpmn'), 'utf8');
const kunlun = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(repo, 'core/src/cli/main.ts'), ...args], { cwd: repo, encoding: 'utf8' });

describe('kunlun workflows diff and merge on plain files', { timeout: 60_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-cli-'));
  const file = (name: string, xml: string) => {
    fs.writeFileSync(path.join(dir, name), xml);
    return path.join(dir, name);
  };
  const b = file('base.bpmn', base);
  const forkFile = file('fork.bpmn', base.replace('leaderInCharge(initiator.unit)', '&quot;hb_edu_head&quot;'));
  const upFile = file('up.bpmn', base.replace('name="部门负责人审核"', 'name="部门审核"'));
  const clash = file('clash.bpmn', base.replace('leaderInCharge(initiator.unit)', 'principalLeader(initiator.unit)'));

  it('diff exits 0 for the same definition and 1 with the changes listed (or as JSON)', () => {
    expect(kunlun('workflows', 'diff', b, b).status).toBe(0);
    const changed = kunlun('workflows', 'diff', b, forkFile);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain('leaderApprove.kunlun:assignee');
    const json = JSON.parse(kunlun('workflows', 'diff', b, forkFile, '--json').stdout);
    expect(json.changed[0]).toMatchObject({ id: 'leaderApprove' });
  });

  it('merge writes the merged file and exits 0 when clean, 1 with the conflicts as JSON', () => {
    const out = path.join(dir, 'out.bpmn');
    expect(kunlun('workflows', 'merge', b, upFile, forkFile, '-o', out).status).toBe(0);
    const merged = fs.readFileSync(out, 'utf8');
    expect(merged).toContain('部门审核');
    expect(merged).toContain('hb_edu_head');
    const conflicted = kunlun('workflows', 'merge', b, clash, forkFile, '-o', out, '--json');
    expect(conflicted.status).toBe(1);
    expect(JSON.parse(conflicted.stdout).conflicts).toEqual([expect.objectContaining({ kind: 'changed-both', elementId: 'leaderApprove' })]);
  });

  it('a missing file is a usage error (exit 2)', () => {
    expect(kunlun('workflows', 'diff', b, path.join(dir, 'nope.bpmn')).status).toBe(2);
  });
});
