import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProcess, diffDefinitions, isEmptyDiff, mergeDefinitions, parseBpmn } from '../src/index.ts';
import { editSeeds, editVersion, footprintOf, replayEdits } from './support/editArbitraries.ts';
import { approvalXml, readMiwg } from './support/fixtures.ts';

/**
 * The merge laws over generated designer edits (renames, attribute changes, moved shapes,
 * inserted and deleted tasks) of the base 签报 process and of MIWG models with pools, lanes,
 * sub-processes and vendor extensions. Results are compared semantically, with the diff.
 */
const models: { name: string; xml: string; executable: boolean; runs: number }[] = [
  { name: 'general.approval', xml: approvalXml, executable: true, runs: 40 },
  ...['A.4.0', 'B.1.0', 'C.1.0'].map((name) => ({ name, xml: readMiwg(`${name}.bpmn`), executable: false, runs: 12 })),
];

async function expectSame(actualXml: string, expectedXml: string): Promise<void> {
  const diff = await diffDefinitions(actualXml, expectedXml);
  expect(isEmptyDiff(diff), JSON.stringify(diff, null, 1).slice(0, 2000)).toBe(true);
}

async function expectCompiles(xml: string): Promise<void> {
  expect(compileProcess(await parseBpmn(xml)).startEvents.length).toBeGreaterThan(0);
}

describe.each(models)('three-way merge over generated edits of $name', { timeout: 180_000 }, ({ xml: base, executable, runs }) => {
  const check = async (xml: string) => {
    if (executable) await expectCompiles(xml);
  };

  it('given only the fork changed, when merged, then the result is the fork', async () => {
    await fc.assert(
      fc.asyncProperty(editSeeds, async (seeds) => {
        const fork = await editVersion(base, seeds, 'f');
        const merged = await mergeDefinitions(base, base, fork.xml);
        expect(merged.conflicts).toEqual([]);
        await expectSame(merged.xml, fork.xml);
        await check(merged.xml);
      }),
      { numRuns: runs },
    );
  });

  it('given only upstream changed, when merged, then the result is upstream', async () => {
    await fc.assert(
      fc.asyncProperty(editSeeds, async (seeds) => {
        const upstream = await editVersion(base, seeds, 'u');
        const merged = await mergeDefinitions(base, upstream.xml, base);
        expect(merged.conflicts).toEqual([]);
        await expectSame(merged.xml, upstream.xml);
        await check(merged.xml);
      }),
      { numRuns: runs },
    );
  });

  it('given both sides made the same edits, when merged, then the result is that version', async () => {
    await fc.assert(
      fc.asyncProperty(editSeeds, async (seeds) => {
        const both = await editVersion(base, seeds, 'x');
        const merged = await mergeDefinitions(base, both.xml, both.xml);
        expect(merged.conflicts).toEqual([]);
        await expectSame(merged.xml, both.xml);
        await check(merged.xml);
      }),
      { numRuns: runs },
    );
  });

  it('given non-overlapping edits on both sides, when merged, then every edit survives without conflict', async () => {
    await fc.assert(
      fc.asyncProperty(editSeeds, editSeeds, async (upstreamSeeds, forkSeeds) => {
        const upstream = await editVersion(base, upstreamSeeds, 'u');
        const fork = await editVersion(base, forkSeeds, 'f', footprintOf(upstream));
        const expected = await replayEdits(base, [...upstream.edits, ...fork.edits]);
        const merged = await mergeDefinitions(base, upstream.xml, fork.xml);
        expect(merged.conflicts).toEqual([]);
        await expectSame(merged.xml, expected);
        await check(merged.xml);
      }),
      { numRuns: runs },
    );
  });
});
