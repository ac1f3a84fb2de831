import type { CanonicalValue } from '@kunlun/workflows';

/**
 * Attribute values of the diff and the merge (canonical JSON-shaped values) as short text for a
 * person: expressions by their body, bounds as position and size, waypoints as points, snapshots
 * of whole elements by their name. Long values are cut with an ellipsis.
 */
const MAX_LENGTH = 160;

const cut = (text: string) => (text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text);

function describe(value: CanonicalValue): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(describe).join('；');
  if (typeof value.body === 'string') return value.body;
  if (typeof value.sourceRef === 'string' && typeof value.targetRef === 'string') return `${value.sourceRef} → ${value.targetRef}`;
  if (typeof value.text === 'string' && Object.keys(value).length <= 2) return value.text;
  if (['x', 'y', 'width', 'height'].every((k) => typeof value[k] === 'number')) return `(${value.x}, ${value.y}) ${value.width}×${value.height}`;
  if (typeof value.x === 'number' && typeof value.y === 'number' && Object.keys(value).length <= 3) return `(${value.x}, ${value.y})`;
  if (value.bounds !== undefined && typeof value.bounds === 'object') return describe(value.bounds);
  if (value.waypoint !== undefined) return describe(value.waypoint);
  if (typeof value.name === 'string') return value.name;
  return JSON.stringify(value);
}

/** The text of a value; null (absent on that side) gives null so the caller can say "none". */
export function valueText(value: CanonicalValue | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return cut(describe(value));
}
