import { parseBpmn, serializeBpmn, type ParsedBpmn } from '../bpmnXml.ts';
import { indexDefinitions } from '../diff/elementIndex.ts';
import { appliedChanges } from './appliedChanges.ts';
import type { AppliedChange, MergeConflict } from './conflict.ts';
import { patchFork } from './forkPatch.ts';
import { planMerge } from './mergePlan.ts';

/**
 * Three-way merge of BPMN definitions at element level — base (the version the fork started
 * from), upstream (the new base release) and fork (the installation's adaptation): every
 * change only one side made is applied, the same change made on both sides once, diagram
 * layout included; conflicts keep the fork's value and are listed with all three values.
 * The merged XML always parses and has no reference to a deleted element.
 */
export interface MergeResult {
  xml: string;
  conflicts: MergeConflict[];
  applied: AppliedChange[];
}

export async function mergeDefinitions(base: ParsedBpmn | string, upstream: ParsedBpmn | string, fork: ParsedBpmn | string): Promise<MergeResult> {
  // The fork's tree is patched in place, so it is always read afresh.
  const forkXml = typeof fork === 'string' ? fork : await serializeBpmn(fork.definitions);
  const [b, u, f] = await Promise.all([read(base), read(upstream), parseBpmn(forkXml)]);
  const inputs = { base: indexDefinitions(b), upstream: indexDefinitions(u), fork: indexDefinitions(f) };
  const plan = planMerge(inputs);
  const placementConflicts = patchFork(plan, inputs);
  const xml = await serializeBpmn(f.definitions);
  await parseBpmn(xml, { maxBytes: Number.MAX_SAFE_INTEGER });
  return { xml, conflicts: [...plan.conflicts, ...placementConflicts], applied: appliedChanges(plan, inputs) };
}

const read = (version: ParsedBpmn | string): Promise<ParsedBpmn> => (typeof version === 'string' ? parseBpmn(version) : Promise.resolve(version));
