import { describe, expect, it } from 'vitest';
import { evaluateRule, type UserRef } from '../../src/engine/assignment/orgRules.ts';

const unit = (code: string) => ({ $unit: code, id: code, code, name: code, level: 'prefecture', kind: 'department', parent: null, region: null });
const person = (id: string, unitCode: string): UserRef => ({ $user: id, id, name: id, unit: unit(unitCode) });
const actors = (initiator: UserRef | null) => ({ initiator, previousActor: null, chosen: null });

describe('assignee rules', () => {
  it('describe people in the vocabulary: a post in the initiator’s unit, the leader in charge, names', () => {
    expect(evaluateRule('post("dept_head", initiator.unit)', {}, actors(person('u1', '632200-001')))).toEqual({ $post: 'dept_head', unit: unit('632200-001') });
    expect(evaluateRule('leaderInCharge(unit("632200-003"))', {}, actors(null))).toEqual({ $leaderInCharge: { $unitLookup: '632200-003' } });
    expect(evaluateRule('["hb_head", user("hb_leader")]', {}, actors(null))).toEqual(['hb_head', { $username: 'hb_leader' }]);
  });

  it('a remembered result never stands in for different inputs: another initiator, other variables', () => {
    const rule = 'if amount > 10000 then leaderInCharge(initiator.unit) else post("dept_head", initiator.unit)';
    expect(evaluateRule(rule, { amount: 500 }, actors(person('u1', '632200-001')))).toEqual({ $post: 'dept_head', unit: unit('632200-001') });
    expect(evaluateRule(rule, { amount: 500 }, actors(person('u2', '632221-001')))).toEqual({ $post: 'dept_head', unit: unit('632221-001') });
    expect(evaluateRule(rule, { amount: 20000 }, actors(person('u1', '632200-001')))).toEqual({ $leaderInCharge: unit('632200-001') });
    expect(evaluateRule(rule, { amount: 500, unrelated: 'x' }, actors(person('u1', '632200-001')))).toEqual({ $post: 'dept_head', unit: unit('632200-001') });
  });

  it('a rule that reads the clock is evaluated every time', async () => {
    const first = evaluateRule('string(now())', {}, actors(null));
    await new Promise((r) => setTimeout(r, 20));
    const second = evaluateRule('string(now())', {}, actors(null));
    expect(typeof first).toBe('string');
    expect(second).not.toBe(first);
  });
});
