import { mergeDefinitions, parseBpmn, serializeBpmn, type AppliedChange, type MergeConflict, type ParsedBpmn } from '@kunlun/workflows';
import { copyAttribute, replaceElement, writeText } from './moddleTree.ts';

/**
 * Resolving the conflicts of a three-way merge (base as forked, upstream = the new base release,
 * fork = this installation's version) by choosing, per conflict, 基线 base, 上游 upstream or 本地
 * fork — or by typing the value of a text attribute.
 *
 * A choice is applied to the merge's inputs, not to its output: upstream and fork are both made
 * to hold the chosen side's value (of the attribute, or of the whole element with its drawing
 * and the related elements the conflict names), and @kunlun/workflows merges them again. Both
 * sides then agree, so the merge takes that value, and everything else — every change only one
 * side made, layout included — is merged exactly as the server's proposal did. A conflict that
 * still shows up afterwards (or a new one a choice caused) is listed again.
 */
export type ConflictSide = 'base' | 'upstream' | 'fork';
export const CONFLICT_SIDES: readonly ConflictSide[] = ['base', 'upstream', 'fork'];

export type Resolution = { take: ConflictSide } | { text: string };

export interface MergeSources {
  baseXml: string;
  upstreamXml: string;
  forkXml: string;
}

export interface ResolvedMerge {
  xml: string;
  /** Conflicts left after the choices (the merged XML keeps the fork's side of each). */
  conflicts: MergeConflict[];
  applied: AppliedChange[];
  /** Keys of conflicts whose choice could not be applied (the element's place is missing). */
  unapplied: string[];
}

/** Identifies a conflict across merges (its kind, element and attribute). */
export const conflictKey = (conflict: MergeConflict): string => [conflict.kind, conflict.elementId, conflict.attribute ?? ''].join('|');

const WHOLE_ELEMENT_ATTRIBUTES = new Set(['$type', '$parent']);

/** Whether the conflict is about one attribute (rather than a whole element or a flow's wiring). */
export function isAttributeConflict(conflict: MergeConflict): boolean {
  return conflict.kind === 'changed-both' && conflict.attribute !== undefined && !WHOLE_ELEMENT_ATTRIBUTES.has(conflict.attribute);
}

/** A designer may type the value when the attribute holds text on every side that has it. */
export function canEditAsText(conflict: MergeConflict): boolean {
  if (!isAttributeConflict(conflict)) return false;
  return [conflict.base, conflict.upstream, conflict.fork].every((v) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
}

/** Makes one tree hold the chosen side's version of what a conflict is about. */
function align(target: ParsedBpmn, sides: Record<ConflictSide, ParsedBpmn>, conflict: MergeConflict, resolution: Resolution): boolean {
  if ('text' in resolution) return conflict.attribute !== undefined && writeText(target, conflict.elementId, conflict.attribute, resolution.text);
  const source = sides[resolution.take];
  if (conflict.kind === 'rewired-both') {
    return copyAttribute(target, source, conflict.elementId, 'sourceRef') && copyAttribute(target, source, conflict.elementId, 'targetRef');
  }
  if (isAttributeConflict(conflict)) return copyAttribute(target, source, conflict.elementId, conflict.attribute!);
  const keys = [conflict.elementId, ...(conflict.relatedElements ?? [])];
  return keys.map((key) => replaceElement(target, source, key)).every(Boolean);
}

/** The three versions, read afresh: aligning moves objects out of them. */
async function readSides(sources: MergeSources): Promise<Record<ConflictSide, ParsedBpmn>> {
  const [base, upstream, fork] = await Promise.all([parseBpmn(sources.baseXml), parseBpmn(sources.upstreamXml), parseBpmn(sources.forkXml)]);
  return { base, upstream, fork };
}

export async function resolveMerge(
  sources: MergeSources,
  conflicts: readonly MergeConflict[],
  resolutions: ReadonlyMap<string, Resolution>,
): Promise<ResolvedMerge> {
  const chosen = conflicts.filter((c) => resolutions.has(conflictKey(c)));
  const unapplied = new Set<string>();
  const aligned: string[] = [];
  for (const xml of [sources.upstreamXml, sources.forkXml]) {
    const target = await parseBpmn(xml);
    const sides = await readSides(sources);
    for (const conflict of chosen) {
      if (!align(target, sides, conflict, resolutions.get(conflictKey(conflict))!)) unapplied.add(conflictKey(conflict));
    }
    aligned.push(await serializeBpmn(target.definitions));
  }
  const merged = await mergeDefinitions(sources.baseXml, aligned[0]!, aligned[1]!);
  return { xml: merged.xml, conflicts: merged.conflicts, applied: merged.applied, unapplied: [...unapplied] };
}
