/**
 * Answers looked up in the organization, kept while its version (orgVersion.ts) stands still.
 * A lookup made under a newer version starts the cache afresh; one made under an older version
 * (a transaction that began before the change) reads through without touching the cache.
 */
export class OrgLookups {
  private version = -1;
  private readonly entries = new Map<string, Promise<unknown>>();

  get<T>(version: number, key: string, load: () => Promise<T>): Promise<T> {
    if (version < this.version) return load();
    if (version > this.version) {
      this.entries.clear();
      this.version = version;
    }
    const hit = this.entries.get(key) as Promise<T> | undefined;
    // Another transaction's lookup that failed (its transaction broke) is not this one's failure.
    if (hit) return hit.catch(load);
    const loading = load();
    this.entries.set(key, loading);
    loading.catch(() => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    });
    return loading;
  }
}
