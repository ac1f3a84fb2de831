import fc from 'fast-check';
import { parseBpmn, serializeBpmn } from '../../src/index.ts';
import { applyEdit, applySeed, seedFootprint, type AppliedEdit, type EditSeed } from './definitionEdits.ts';

/** Generated designer edits: renames, attribute changes, moves, inserted and deleted tasks. */
export const editSeed: fc.Arbitrary<EditSeed> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(60), text: fc.constantFrom('审核', '复核', '会签', 'Review') }),
  fc.record({ kind: fc.constant('documentation' as const), pick: fc.nat(60), text: fc.constantFrom('说明', '办理要求', 'Notes') }),
  fc.record({ kind: fc.constant('assignee' as const), pick: fc.nat(60), text: fc.constantFrom('dept_head', 'office_director', 'secretary') }),
  fc.record({ kind: fc.constant('dueIn' as const), pick: fc.nat(60), days: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('moveShape' as const), pick: fc.nat(60), dx: fc.integer({ min: -80, max: 80 }), dy: fc.integer({ min: -80, max: 80 }) }),
  fc.record({ kind: fc.constant('insertTask' as const), pick: fc.nat(60), text: fc.constantFrom('办公室核稿', '法制审核', '会签') }),
  fc.record({ kind: fc.constant('deleteTask' as const), pick: fc.nat(60) }),
);

export const editSeeds = fc.array(editSeed, { minLength: 1, maxLength: 4 });

export interface EditedVersion {
  xml: string;
  edits: AppliedEdit[];
}

/**
 * The base with the seeds applied in turn on one side ("u" or "f" prefixes the ids it creates);
 * seeds whose footprint meets `avoid` are skipped, so the result does not overlap edits that
 * touched those elements.
 */
export async function editVersion(baseXml: string, seeds: EditSeed[], side: string, avoid: ReadonlySet<string> = new Set()): Promise<EditedVersion> {
  const parsed = await parseBpmn(baseXml);
  const edits: AppliedEdit[] = [];
  seeds.forEach((seed, i) => {
    const probe = seedFootprint(parsed, seed, side, i);
    if (!probe || probe.footprint.some((id) => avoid.has(id))) return;
    const applied = applySeed(parsed, seed, side, i);
    if (applied) edits.push(applied);
  });
  return { xml: await serializeBpmn(parsed.definitions), edits };
}

/** The base with already resolved edits replayed in order. */
export async function replayEdits(baseXml: string, edits: AppliedEdit[]): Promise<string> {
  const parsed = await parseBpmn(baseXml);
  for (const { edit } of edits) applyEdit(parsed, edit);
  return serializeBpmn(parsed.definitions);
}

export const footprintOf = (version: EditedVersion): Set<string> => new Set(version.edits.flatMap((e) => e.footprint));
