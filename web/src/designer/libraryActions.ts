import type { DefinitionKey, KeyStatus } from '@/api/definitions.api.ts';

/**
 * What the process library offers for one process key, from its upgrade status:
 *
 *   base              as shipped                          → 修改 (fork)
 *   forked            adapted here, base unchanged        → 编辑草稿 / 修改
 *   local             imported or local only              → 编辑草稿 / 修改
 *   upstream-changed  untouched, a new base is shipped    → 采用新版本 (adopt)
 *   merge-clean       adapted here, new base merges clean → 合并 (merge view)
 *   conflicts         adapted here, new base conflicts    → 合并 (resolve in the merge view)
 *
 * plus publishing a draft, comparing the draft with what is published, and exporting.
 */
export type LibraryAction = 'edit' | 'fork' | 'view' | 'publish' | 'compare' | 'adopt' | 'merge' | 'export';

export const STATUS_TAG: Readonly<Record<KeyStatus, 'success' | 'info' | 'warning' | 'danger' | 'primary'>> = {
  base: 'info',
  forked: 'success',
  local: 'primary',
  'upstream-changed': 'warning',
  'merge-clean': 'warning',
  conflicts: 'danger',
};

export function libraryActions(key: DefinitionKey): LibraryAction[] {
  const actions: LibraryAction[] = [];
  if (key.status === 'merge-clean' || key.status === 'conflicts') actions.push('merge');
  if (key.status === 'upstream-changed' && (!key.published || key.published.lineage === 'base')) actions.push('adopt');
  actions.push(key.draft ? 'edit' : 'fork');
  if (key.draft) actions.push('publish');
  if (key.draft && key.published) actions.push('compare');
  if (key.published) actions.push('view');
  if (key.published || key.draft) actions.push('export');
  return actions;
}
