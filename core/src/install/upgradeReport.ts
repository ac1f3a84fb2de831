import type { Knex } from 'knex';
import { DefinitionLibrary, type KeyInfo, type KeyStatus } from '../engine/definitions/definitionLibrary.ts';
import { DefinitionStore } from '../engine/definitions/definitionStore.ts';

/**
 * What a new suite release means for the installation's processes, read from the process library
 * with the release's base files: untouched ones can be adopted, forked ones merge cleanly or have
 * conflicts, new ones are published as shipped at the next start. Only a report: it writes nothing.
 */
export interface UpgradeReportEntry {
  key: string;
  status: KeyStatus;
  /** The version this installation runs (null: not published here yet). */
  version: number | null;
  lineage: string | null;
  shippedHash: string | null;
  conflicts: number;
  /** Something the administrator must do before the new base is in use. */
  actionNeeded: boolean;
}

export async function upgradeReport(db: Knex, baseDir: string, shippedKeys: string[]): Promise<UpgradeReportEntry[]> {
  const library = new DefinitionLibrary(
    db,
    new DefinitionStore(db),
    baseDir,
    () => ({ forms: [], serviceTasks: [] }),
    () => shippedKeys,
  );
  return (await library.keys()).map(entryOf);
}

function entryOf(info: KeyInfo): UpgradeReportEntry {
  return {
    key: info.key,
    status: info.status,
    version: info.published?.version ?? null,
    lineage: info.published?.lineage ?? null,
    shippedHash: info.shippedHash,
    conflicts: info.conflicts,
    actionNeeded: info.published !== null && ['upstream-changed', 'merge-clean', 'conflicts'].includes(info.status),
  };
}

export function describeEntry(entry: UpgradeReportEntry): string {
  switch (entry.status) {
    case 'base':
      return '与所用基础版本相同 / same as the base in use';
    case 'forked':
      return '本地已修改，上游无变化 / forked here, unchanged upstream';
    case 'local':
      return '本地流程，没有基础版本可比 / local to this installation, no base to compare';
    case 'upstream-changed':
      return entry.version === null
        ? '新流程，下次启动时按原样发布 / new: published as shipped at the next start'
        : '上游有新版本，本地未修改：可采用（kunlun workflows adopt） / changed upstream, untouched here: adopt it';
    case 'merge-clean':
      return '上游有新版本，与本地修改可自动合并：在设计器中确认后发布 / changed upstream, merges cleanly with the fork: review and publish it in the designer';
    case 'conflicts':
      return `上游有新版本，与本地修改有 ${entry.conflicts} 处冲突：在设计器中逐项解决 / changed upstream, ${entry.conflicts} conflict(s) with the fork: resolve them in the designer`;
  }
}
