import fs from 'node:fs';
import type { Knex } from 'knex';
import { contentHash } from '@kunlun/workflows';
import { baseDefinitionFile } from '../engine/definitions/baseDefinitions.ts';

/**
 * What a new suite release changes in the base process definitions of an installation: for each
 * process the enabled modules ship, the hash of the shipped file (workflows/base/<module>/<key>.bpmn)
 * against the base hash the installation recorded when it published (or forked) its version.
 * Only a report — nothing is published here: an untouched process is adopted, a forked one merged,
 * by the administrator in the process library.
 */
export type UpstreamState =
  /** The shipped file is the base the installation runs on. */
  | 'unchanged'
  /** Changed upstream; the installation runs the old base untouched: it can adopt the new one. */
  | 'changed-untouched'
  /** Changed upstream; the installation runs its own fork of the old base: a three-way merge. */
  | 'changed-forked'
  /** Shipped but never published here (a new process, or a newly enabled module). */
  | 'new'
  /** The installation's version has no recorded base (imported): nothing to compare. */
  | 'no-base'
  /** A module declares the process but its file is not shipped. */
  | 'file-missing';

export interface UpstreamChange {
  key: string;
  state: UpstreamState;
  shippedHash: string | null;
  recordedBaseHash: string | null;
  version: number | null;
  lineage: string | null;
}

export async function upstreamChanges(db: Knex, keys: string[], baseDir: string): Promise<UpstreamChange[]> {
  const out: UpstreamChange[] = [];
  for (const key of [...new Set(keys)].sort()) {
    const file = baseDefinitionFile(baseDir, key);
    const shippedHash = fs.existsSync(file) ? await contentHash(fs.readFileSync(file, 'utf8')) : null;
    const current: { version: number; lineage: string; base_hash: string | null } | undefined =
      (await db('engine_definitions').where({ key, state: 'published' }).first('version', 'lineage', 'base_hash')) ??
      (await db('engine_definitions').where({ key }).orderBy('version', 'desc').first('version', 'lineage', 'base_hash'));
    const base = { key, shippedHash, recordedBaseHash: current?.base_hash ?? null, version: current?.version ?? null, lineage: current?.lineage ?? null };
    let state: UpstreamState;
    if (!shippedHash) state = 'file-missing';
    else if (!current) state = 'new';
    else if (!current.base_hash) state = 'no-base';
    else if (current.base_hash === shippedHash) state = 'unchanged';
    else state = current.lineage === 'fork' ? 'changed-forked' : 'changed-untouched';
    out.push({ ...base, state });
  }
  return out;
}

export const UPSTREAM_STATE_TEXT: Record<UpstreamState, string> = {
  unchanged: '与所用基础版本相同 / same as the base in use',
  'changed-untouched': '上游有新版本；本地未修改，可在流程库中采用 / changed upstream, untouched here: adopt it in the process library',
  'changed-forked': '上游有新版本；本地已修改，需在设计器中三方合并 / changed upstream, forked here: merge it in the designer',
  new: '新流程，下次启动时按原样发布 / new: published as shipped at the next start',
  'no-base': '本地导入的版本，没有基础版本可比 / imported here, no base to compare',
  'file-missing': '模块声明了此流程，但没有随版本提供文件 / declared by a module but not shipped',
};
