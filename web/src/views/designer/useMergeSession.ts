import { computed, reactive, ref, shallowRef } from 'vue';
import { parseBpmn, type AppliedChange, type MergeConflict } from '@kunlun/workflows';
import type { MergeProposalAnswer } from '@/api/definitions.api.ts';
import { conflictKey, resolveMerge, type MergeSources, type Resolution } from '@/designer/merge/conflictResolution.ts';
import { conflictEntries, drawnElementOf, mergeMarks, MERGE_MARKER_CLASSES } from '@/designer/merge/mergeMarks.ts';

/**
 * One merge in the merge view: the server's proposal, the designer's choices, and the merged
 * definition those choices give (merged again in the browser with @kunlun/workflows after each
 * choice; the latest choice wins when merges overlap).
 */
export function useMergeSession() {
  const sources = shallowRef<MergeSources | null>(null);
  const seen = shallowRef<MergeConflict[]>([]);
  const mergedXml = ref('');
  const conflicts = shallowRef<MergeConflict[]>([]);
  const applied = shallowRef<AppliedChange[]>([]);
  const unapplied = shallowRef<string[]>([]);
  const resolutions = reactive(new Map<string, Resolution>());
  const marks = shallowRef(new Map<string, string>());
  const merging = ref(false);
  const error = ref<string | null>(null);
  /** Element names from the three versions, for conflicts about elements one side no longer has. */
  const names = shallowRef(new Map<string, string>());
  let ticket = 0;

  async function showResult(result: { xml: string; conflicts: MergeConflict[]; applied: AppliedChange[]; unapplied?: string[] }): Promise<void> {
    const drawn = drawnElementOf(await parseBpmn(result.xml));
    mergedXml.value = result.xml;
    conflicts.value = result.conflicts;
    applied.value = result.applied;
    unapplied.value = result.unapplied ?? [];
    const known = new Set(seen.value.map(conflictKey));
    seen.value = [...seen.value, ...result.conflicts.filter((c) => !known.has(conflictKey(c)))];
    const open = result.conflicts.filter((c) => !resolutions.has(conflictKey(c)));
    marks.value = new Map([...mergeMarks(result.applied, open, drawn)].map(([id, mark]) => [id, MERGE_MARKER_CLASSES[mark]]));
  }

  async function start(proposal: MergeProposalAnswer): Promise<void> {
    sources.value = { baseXml: proposal.baseXml, upstreamXml: proposal.upstreamXml, forkXml: proposal.forkXml };
    const found = new Map<string, string>();
    for (const tree of await Promise.all([proposal.forkXml, proposal.upstreamXml, proposal.baseXml].map((xml) => parseBpmn(xml)))) {
      for (const [id, element] of Object.entries(tree.elementsById))
        if (typeof element.name === 'string' && element.name && !found.has(id)) found.set(id, element.name);
    }
    names.value = found;
    resolutions.clear();
    seen.value = [];
    await showResult({ xml: proposal.mergedXml, conflicts: proposal.conflicts as unknown as MergeConflict[], applied: proposal.applied as AppliedChange[] });
  }

  async function resolve(key: string, resolution: Resolution | undefined): Promise<void> {
    if (!sources.value) return;
    if (resolution) resolutions.set(key, resolution);
    else resolutions.delete(key);
    const mine = ++ticket;
    merging.value = true;
    error.value = null;
    try {
      const result = await resolveMerge(sources.value, seen.value, resolutions);
      if (mine === ticket) await showResult(result);
    } catch (err) {
      if (mine === ticket) error.value = err instanceof Error ? err.message : String(err);
    } finally {
      if (mine === ticket) merging.value = false;
    }
  }

  const entries = computed(() => conflictEntries(seen.value, conflicts.value, resolutions, unapplied.value));
  const openCount = computed(() => entries.value.filter((e) => e.state !== 'resolved').length);
  const appliedCounts = computed(() => ({
    upstream: applied.value.filter((c) => c.from === 'upstream').length,
    fork: applied.value.filter((c) => c.from === 'fork').length,
    both: applied.value.filter((c) => c.from === 'both').length,
  }));

  return { sources, names, mergedXml, conflicts, applied, resolutions, marks, merging, error, entries, openCount, appliedCounts, start, resolve };
}
