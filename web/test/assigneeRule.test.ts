import { describe, expect, it } from 'vitest';
import { feelSyntaxError } from '@kunlun/workflows';
import { formatAssigneeRule, isCompleteItem, parseAssigneeRule, splitTopLevel, type AssigneeRule } from '@/designer/assigneeRule.ts';
import { formatPeriodInput, formatRemindInput, parsePeriodInput, parseRemindInput } from '@/designer/durationInput.ts';
import { formatOperations, parseOperations } from '@/designer/allowedOperations.ts';

describe('the assignee rule builder model', () => {
  it.each([
    ['initiator', { mode: 'items', items: [{ kind: 'initiator' }] }],
    ['post("dept_head", initiator.unit)', { mode: 'items', items: [{ kind: 'post', postType: 'dept_head', unit: { kind: 'initiatorUnit' } }] }],
    ['leaderInCharge(initiator.unit)', { mode: 'items', items: [{ kind: 'leaderInCharge', unit: { kind: 'initiatorUnit' } }] }],
    ['principalLeader(initiator.unit.parent)', { mode: 'items', items: [{ kind: 'principalLeader', unit: { kind: 'initiatorParent' } }] }],
    ['"hb_edu_head"', { mode: 'items', items: [{ kind: 'user', username: 'hb_edu_head' }] }],
    [
      'post("office_director", unit("632200-001"))',
      { mode: 'items', items: [{ kind: 'post', postType: 'office_director', unit: { kind: 'fixedUnit', code: '632200-001' } }] },
    ],
    [
      '[post("dept_head", previousActor.unit), "hb_head", chosen]',
      {
        mode: 'items',
        items: [{ kind: 'post', postType: 'dept_head', unit: { kind: 'previousActorUnit' } }, { kind: 'user', username: 'hb_head' }, { kind: 'chosen' }],
      },
    ],
  ] satisfies [string, AssigneeRule][])('given the attribute %s, then the builder shows its items and writes it back unchanged', (attribute, rule) => {
    expect(parseAssigneeRule(attribute)).toEqual(rule);
    expect(formatAssigneeRule(rule)).toBe(attribute);
    expect(feelSyntaxError(attribute)).toBeNull();
  });

  it('given the other spellings the engine accepts, then they read as the same items (user(), a leading "=", spaces)', () => {
    expect(parseAssigneeRule('user("hb_head")')).toEqual({ mode: 'items', items: [{ kind: 'user', username: 'hb_head' }] });
    expect(parseAssigneeRule('= post( "dept_head" ,initiator.unit.region )')).toEqual({
      mode: 'items',
      items: [{ kind: 'post', postType: 'dept_head', unit: { kind: 'initiatorRegion' } }],
    });
  });

  it('given FEEL the builder cannot show as items, then it is kept word for word as an expression', () => {
    const conditional = 'if amount > 10000 then principalLeader(initiator.unit) else leaderInCharge(initiator.unit)';
    expect(parseAssigneeRule(conditional)).toEqual({ mode: 'feel', expression: conditional });
    expect(formatAssigneeRule(parseAssigneeRule(conditional))).toBe(conditional);
    expect(parseAssigneeRule('[a, b][1]')).toEqual({ mode: 'feel', expression: '[a, b][1]' });
    expect(parseAssigneeRule('post("dept_head", someVariable)').mode).toBe('feel');
  });

  it('given no rule, then nothing is written; incomplete items are recognised as such', () => {
    expect(parseAssigneeRule(undefined)).toEqual({ mode: 'none' });
    expect(parseAssigneeRule('  ')).toEqual({ mode: 'none' });
    expect(formatAssigneeRule({ mode: 'items', items: [] })).toBeUndefined();
    expect(isCompleteItem({ kind: 'post', postType: '', unit: { kind: 'initiatorUnit' } })).toBe(false);
    expect(isCompleteItem({ kind: 'leaderInCharge', unit: { kind: 'fixedUnit', code: '' } })).toBe(false);
    expect(isCompleteItem({ kind: 'user', username: 'hb_head' })).toBe(true);
  });

  it('splits a list only at its own commas, not inside calls or strings', () => {
    expect(splitTopLevel('post("a,b", unit("x")), "c"')).toEqual(['post("a,b", unit("x"))', '"c"']);
  });
});

describe('the period pickers', () => {
  it('show whole periods as amount and unit and write ISO-8601 back', () => {
    expect(parsePeriodInput('P3D')).toEqual({ mode: 'simple', amount: 3, unit: 'days' });
    expect(parsePeriodInput('PT4H')).toEqual({ mode: 'simple', amount: 4, unit: 'hours' });
    expect(parsePeriodInput('P2W')).toEqual({ mode: 'simple', amount: 2, unit: 'weeks' });
    expect(formatPeriodInput({ mode: 'simple', amount: 30, unit: 'minutes' })).toBe('PT30M');
    expect(formatPeriodInput({ mode: 'simple', amount: 1, unit: 'months' })).toBe('P1M');
  });

  it('keep anything else as typed, and an empty period unset', () => {
    expect(parsePeriodInput('PT1H30M')).toEqual({ mode: 'custom', text: 'PT1H30M' });
    expect(parsePeriodInput('=dueDays * 1')).toEqual({ mode: 'custom', text: '=dueDays * 1' });
    expect(parsePeriodInput('')).toEqual({ mode: 'none' });
    expect(formatPeriodInput({ mode: 'none' })).toBeUndefined();
  });

  it('read reminders relative to the due time and write them back', () => {
    expect(parseRemindInput('-PT4H,PT0S')).toEqual({ mode: 'list', reminders: [{ when: 'before', amount: 4, unit: 'hours' }, { when: 'at' }] });
    expect(
      formatRemindInput({
        mode: 'list',
        reminders: [
          { when: 'before', amount: 1, unit: 'days' },
          { when: 'after', amount: 2, unit: 'hours' },
        ],
      }),
    ).toBe('-P1D,PT2H');
    expect(parseRemindInput('-PT1H30M')).toEqual({ mode: 'custom', text: '-PT1H30M' });
    expect(formatRemindInput({ mode: 'list', reminders: [] })).toBeUndefined();
  });
});

describe('the allowed operations', () => {
  it('given none named, then the defaults apply and nothing is written', () => {
    const input = parseOperations(undefined);
    expect(input).toMatchObject({ explicit: false, unknown: [] });
    expect(input.operations).toContain('return');
    expect(formatOperations(input)).toBeUndefined();
  });

  it("given a list, then it is written in the engine's order and unknown names are kept", () => {
    const input = parseOperations('circulate,complete,frobnicate,return');
    expect(input).toEqual({ explicit: true, operations: ['complete', 'return', 'circulate'], unknown: ['frobnicate'] });
    expect(formatOperations(input)).toBe('complete,return,circulate,frobnicate');
  });
});
