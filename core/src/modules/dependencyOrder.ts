/**
 * Orders modules so that every module comes after the modules it depends on. Ties keep
 * alphabetical order, so the result never depends on how the folders were listed.
 */
export class ModuleDependencyError extends Error {
  constructor(
    message: string,
    readonly kind: 'missing' | 'disabled' | 'cycle',
    readonly modules: string[],
  ) {
    super(message);
    this.name = 'ModuleDependencyError';
  }
}

export interface DependencyNode {
  name: string;
  dependsOn: string[];
}

export function orderByDependencies<T extends DependencyNode>(enabled: T[], known: string[] = enabled.map((m) => m.name)): T[] {
  const byName = new Map(enabled.map((m) => [m.name, m]));
  for (const m of [...enabled].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const dep of m.dependsOn) {
      if (byName.has(dep)) continue;
      if (known.includes(dep)) {
        throw new ModuleDependencyError(`module "${m.name}" depends on "${dep}", which is not enabled`, 'disabled', [m.name, dep]);
      }
      throw new ModuleDependencyError(`module "${m.name}" depends on "${dep}", which is not installed`, 'missing', [m.name, dep]);
    }
  }
  const ordered: T[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (m: T, trail: string[]) => {
    const s = state.get(m.name);
    if (s === 'done') return;
    if (s === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(m.name)), m.name];
      throw new ModuleDependencyError(`modules depend on each other in a cycle: ${cycle.join(' → ')}`, 'cycle', cycle.slice(0, -1));
    }
    state.set(m.name, 'visiting');
    for (const dep of [...m.dependsOn].sort()) visit(byName.get(dep)!, [...trail, m.name]);
    state.set(m.name, 'done');
    ordered.push(m);
  };
  for (const m of [...enabled].sort((a, b) => a.name.localeCompare(b.name))) visit(m, []);
  return ordered;
}
