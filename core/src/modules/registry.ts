/**
 * A registry of things modules contribute (service-task handlers, job processors, …), looked up
 * by namespaced id. An id can be registered once, only by the module whose namespace it carries.
 */
export class Registry<T> {
  private readonly items = new Map<string, { owner: string; item: T }>();

  constructor(readonly kind: string) {}

  register(owner: string, id: string, item: T): void {
    if (!/^[a-z][a-z0-9]*(\.[A-Za-z][A-Za-z0-9_-]*)+$/.test(id)) {
      throw new Error(`${this.kind} id "${id}" must be namespaced as <module>.<name>`);
    }
    if (owner !== 'core' && id.split('.')[0] !== owner) {
      throw new Error(`module ${owner} cannot register ${this.kind} "${id}" outside its namespace`);
    }
    const existing = this.items.get(id);
    if (existing) throw new Error(`${this.kind} "${id}" is registered twice (by ${existing.owner} and ${owner})`);
    this.items.set(id, { owner, item });
  }

  get(id: string): T | undefined {
    return this.items.get(id)?.item;
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  ids(): string[] {
    return [...this.items.keys()].sort();
  }

  entries(): [string, T][] {
    return [...this.items.entries()].map(([id, v]) => [id, v.item]);
  }
}
