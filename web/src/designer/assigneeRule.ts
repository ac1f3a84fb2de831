/**
 * The assignee rule builder's model. A rule (kunlun:assignee, kunlun:candidates) is a FEEL
 * expression over the engine's organization vocabulary (core/src/engine/assignment/orgRules.ts):
 *
 *   initiator · previousActor · chosen
 *   post("dept_head", initiator.unit)        holders of a post type in a unit
 *   leaderInCharge(initiator.unit)            the 分管领导 of a unit
 *   principalLeader(initiator.unit)           the 主要领导 of the unit's region
 *   "hb_head"  or  user("hb_head")            a person by username
 *   unit("632200-001")                        a fixed unit by code
 *
 * Several of them form a FEEL list `[a, b]`. An expression the builder cannot show as such items
 * (any other FEEL, e.g. a condition over variables) stays as written, in the "FEEL" mode.
 */
export type UnitScope =
  | { kind: 'initiatorUnit' }
  | { kind: 'initiatorParent' }
  | { kind: 'initiatorRegion' }
  | { kind: 'previousActorUnit' }
  | { kind: 'previousActorParent' }
  | { kind: 'fixedUnit'; code: string };

export type RuleItem =
  | { kind: 'initiator' }
  | { kind: 'previousActor' }
  | { kind: 'chosen' }
  | { kind: 'post'; postType: string; unit: UnitScope }
  | { kind: 'leaderInCharge'; unit: UnitScope }
  | { kind: 'principalLeader'; unit: UnitScope }
  | { kind: 'user'; username: string };

export type RuleItemKind = RuleItem['kind'];
export type UnitScopeKind = UnitScope['kind'];

export type AssigneeRule = { mode: 'none' } | { mode: 'items'; items: RuleItem[] } | { mode: 'feel'; expression: string };

export const RULE_ITEM_KINDS: readonly RuleItemKind[] = ['initiator', 'post', 'leaderInCharge', 'principalLeader', 'user', 'previousActor', 'chosen'];
export const UNIT_SCOPE_KINDS: readonly UnitScopeKind[] = [
  'initiatorUnit',
  'initiatorParent',
  'initiatorRegion',
  'previousActorUnit',
  'previousActorParent',
  'fixedUnit',
];

const SCOPE_PATHS: Record<Exclude<UnitScopeKind, 'fixedUnit'>, string> = {
  initiatorUnit: 'initiator.unit',
  initiatorParent: 'initiator.unit.parent',
  initiatorRegion: 'initiator.unit.region',
  previousActorUnit: 'previousActor.unit',
  previousActorParent: 'previousActor.unit.parent',
};

/** A FEEL string literal (usernames, codes and post types have no quotes or backslashes). */
const literal = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const STRING = String.raw`"((?:[^"\\]|\\.)*)"`;
const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

export function formatUnitScope(scope: UnitScope): string {
  return scope.kind === 'fixedUnit' ? `unit(${literal(scope.code)})` : SCOPE_PATHS[scope.kind];
}

export function parseUnitScope(text: string): UnitScope | null {
  const source = text.trim();
  for (const [kind, path] of Object.entries(SCOPE_PATHS) as [Exclude<UnitScopeKind, 'fixedUnit'>, string][]) {
    if (source === path) return { kind };
  }
  const fixed = new RegExp(String.raw`^unit\(\s*${STRING}\s*\)$`).exec(source);
  return fixed && fixed[1] ? { kind: 'fixedUnit', code: unescape(fixed[1]) } : null;
}

export function formatRuleItem(item: RuleItem): string {
  switch (item.kind) {
    case 'initiator':
    case 'previousActor':
    case 'chosen':
      return item.kind;
    case 'post':
      return `post(${literal(item.postType)}, ${formatUnitScope(item.unit)})`;
    case 'leaderInCharge':
    case 'principalLeader':
      return `${item.kind}(${formatUnitScope(item.unit)})`;
    case 'user':
      return literal(item.username);
  }
}

export function parseRuleItem(text: string): RuleItem | null {
  const source = text.trim();
  if (source === 'initiator' || source === 'previousActor' || source === 'chosen') return { kind: source };
  const user = new RegExp(String.raw`^(?:user\(\s*${STRING}\s*\)|${STRING})$`).exec(source);
  if (user) {
    const username = unescape(user[1] ?? user[2] ?? '');
    return username ? { kind: 'user', username } : null;
  }
  const post = new RegExp(String.raw`^post\(\s*${STRING}\s*,(.*)\)$`).exec(source);
  if (post) {
    const unit = parseUnitScope(post[2] ?? '');
    const postType = unescape(post[1] ?? '');
    return unit && postType ? { kind: 'post', postType, unit } : null;
  }
  const leader = /^(leaderInCharge|principalLeader)\((.*)\)$/.exec(source);
  if (leader) {
    const unit = parseUnitScope(leader[2] ?? '');
    return unit ? { kind: leader[1] as 'leaderInCharge' | 'principalLeader', unit } : null;
  }
  return null;
}

/** Splits a FEEL list's content at its top-level commas (not inside strings, calls or lists). */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

/** Whether `[` at 0 closes at the very end (a list literal, not `[a][0]`-like expressions). */
function isWholeList(source: string): boolean {
  if (!source.startsWith('[') || !source.endsWith(']')) return false;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0 && i < source.length - 1) return false;
    }
  }
  return depth === 0;
}

export function parseAssigneeRule(expression: string | null | undefined): AssigneeRule {
  const raw = (expression ?? '').trim();
  if (raw === '') return { mode: 'none' };
  const source = raw.startsWith('=') ? raw.slice(1).trim() : raw;
  const parts = isWholeList(source) ? splitTopLevel(source.slice(1, -1)) : [source];
  const items = parts.map(parseRuleItem);
  if (parts.length && items.every((item): item is RuleItem => item !== null)) return { mode: 'items', items };
  return { mode: 'feel', expression: raw };
}

/** The attribute value of a rule; undefined when it names nobody (the attribute is removed). */
export function formatAssigneeRule(rule: AssigneeRule): string | undefined {
  if (rule.mode === 'none') return undefined;
  if (rule.mode === 'feel') return rule.expression.trim() || undefined;
  if (!rule.items.length) return undefined;
  const items = rule.items.map(formatRuleItem);
  return items.length === 1 ? items[0] : `[${items.join(', ')}]`;
}

/** Whether an item is complete enough to write (a post type chosen, a unit picked, a person picked). */
export function isCompleteItem(item: RuleItem): boolean {
  const unitComplete = (unit: UnitScope) => unit.kind !== 'fixedUnit' || unit.code.trim() !== '';
  switch (item.kind) {
    case 'post':
      return item.postType.trim() !== '' && unitComplete(item.unit);
    case 'leaderInCharge':
    case 'principalLeader':
      return unitComplete(item.unit);
    case 'user':
      return item.username.trim() !== '';
    default:
      return true;
  }
}

/** A new item of a kind, with sensible defaults (the initiator's unit). */
export function newRuleItem(kind: RuleItemKind): RuleItem {
  switch (kind) {
    case 'post':
      return { kind, postType: '', unit: { kind: 'initiatorUnit' } };
    case 'leaderInCharge':
    case 'principalLeader':
      return { kind, unit: { kind: 'initiatorUnit' } };
    case 'user':
      return { kind, username: '' };
    default:
      return { kind };
  }
}

export function newUnitScope(kind: UnitScopeKind): UnitScope {
  return kind === 'fixedUnit' ? { kind, code: '' } : { kind };
}
