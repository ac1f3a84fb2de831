import { evaluateFeel, feelFunction } from '@kunlun/workflows';
/**
 * The organization vocabulary of assignee rules. A rule is a FEEL expression; the functions it
 * may call return plain descriptions ("the 部门负责人 of this unit") that the resolver then turns
 * into people with the database — FEEL itself stays synchronous and side-effect free.
 *
 *   initiator                              the person who started the instance
 *   initiator.unit, initiator.unit.parent  units, with .code .name .level .region
 *   previousActor, previousActor.unit      who made the move that reached this step
 *   chosen                                 who the previous actor chose as next handlers (下一步处理人)
 *   post("dept_head", initiator.unit)      holders of a post in a unit
 *   leaderInCharge(initiator.unit)         the 分管领导 in charge of a unit
 *   principalLeader(initiator.unit)        the 主要领导 of the unit's region
 *   unit("632200-001")                     a unit by code (or id)
 *   user("hb_head")  or just "hb_head"     a person by username (or id)
 *   if amount > 10000 then … else …        any FEEL, over the instance's variables
 */
export interface UnitRef {
  $unit: string;
  id: string;
  code: string;
  name: string;
  level: string;
  kind: string;
  parent: UnitRef | null;
  region: UnitRef | null;
}

export interface UserRef {
  $user: string;
  id: string;
  name: string;
  unit: UnitRef | null;
}

export type UnitArg = UnitRef | { $unitLookup: string } | string | null;

export type RuleValue =
  | { $post: string; unit: UnitArg }
  | { $leaderInCharge: UnitArg }
  | { $principalLeader: UnitArg }
  | { $username: string }
  | UserRef
  | string
  | null
  | RuleValue[];

export interface RuleContext {
  initiator: UserRef | null;
  previousActor: UserRef | null;
  chosen: string[] | null;
}

/** The FEEL context of an assignee rule: variables first, then the vocabulary (which wins on a clash). */
export function ruleContext(variables: Record<string, unknown>, ctx: RuleContext): Record<string, unknown> {
  return { ...variables, initiator: ctx.initiator, previousActor: ctx.previousActor, chosen: ctx.chosen, ...VOCABULARY };
}

const VOCABULARY = {
  post: feelFunction(['post', 'unit'], (post: unknown, unit: unknown) => ({ $post: String(post), unit: unit as UnitArg })),
  leaderInCharge: feelFunction(['unit'], (unit: unknown) => ({ $leaderInCharge: unit as UnitArg })),
  principalLeader: feelFunction(['unit'], (unit: unknown) => ({ $principalLeader: unit as UnitArg })),
  unit: feelFunction(['codeOrId'], (codeOrId: unknown) => ({ $unitLookup: String(codeOrId) })),
  user: feelFunction(['username'], (username: unknown) => ({ $username: String(username) })),
};

/**
 * Evaluates an assignee rule over the instance's variables and the vocabulary. The FEEL
 * interpreter parses and compiles on every call, while rules are few and their inputs repeat (the
 * same initiator's unit, the same list of names): a result is kept by the rule and the values it
 * can name, a few thousand at most. A rule that reads the clock is always evaluated afresh.
 */
export function evaluateRule(rule: string, variables: Record<string, unknown>, ctx: RuleContext): unknown {
  const context = ruleContext(variables, ctx);
  if (/\b(now|today)\s*\(/.test(rule)) return evaluateFeel(rule, context);
  const named: Record<string, unknown> = {};
  for (const key in context) if (!(key in VOCABULARY) && rule.includes(key)) named[key] = context[key];
  const key = `${rule}\u0000${JSON.stringify(named)}`;
  if (remembered.has(key)) {
    const value = remembered.get(key);
    remembered.delete(key); // most recently used last
    remembered.set(key, value);
    return value;
  }
  const value = evaluateFeel(rule, context);
  remembered.set(key, value);
  if (remembered.size > REMEMBERED_RESULTS) remembered.delete(remembered.keys().next().value!);
  return value;
}

const REMEMBERED_RESULTS = 5000;
const remembered = new Map<string, unknown>();
