/** A permission id, or several of which any one suffices (e.g. `['org.unit.manage', 'org.user.manage']`). */
export type PermissionRequirement = string | readonly string[];

/** Whether the held permissions satisfy a requirement; no requirement is always satisfied. */
export function meetsRequirement(held: ReadonlySet<string>, requirement: PermissionRequirement | undefined): boolean {
  if (requirement === undefined) return true;
  if (typeof requirement === 'string') return held.has(requirement);
  return requirement.length === 0 || requirement.some((p) => held.has(p));
}
