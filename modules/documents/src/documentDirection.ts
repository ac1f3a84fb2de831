import type { Direction } from './documentVocabulary.ts';
import type { UnitInfo } from './orgDirectory.ts';

/**
 * Where a recipient stands relative to the issuing body: 上级 (up), 下级 (down) or 平级/不相隶属
 * (parallel). A unit's own ancestors are above it and its descendants below; otherwise the
 * regions compare: the province above a prefecture above its counties. Departments of one
 * government are parallel to each other.
 */
export function relationOf(issuer: UnitInfo, recipient: UnitInfo, regionPath: (u: UnitInfo) => string): Direction {
  if (issuer.id === recipient.id) return 'parallel';
  if (issuer.path.startsWith(recipient.path)) return 'up';
  if (recipient.path.startsWith(issuer.path)) return 'down';
  const a = regionPath(issuer);
  const b = regionPath(recipient);
  if (a !== b && a.startsWith(b)) return 'up';
  if (a !== b && b.startsWith(a)) return 'down';
  return 'parallel';
}

/** A document is 上行文 when it goes to a higher body, 下行文 when every main recipient is lower, else 平行文. */
export function directionOf(mainRelations: readonly Direction[]): Direction {
  if (mainRelations.includes('up')) return 'up';
  if (mainRelations.length && mainRelations.every((r) => r === 'down')) return 'down';
  return mainRelations.length ? 'parallel' : 'down';
}
