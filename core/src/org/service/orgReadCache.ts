import type { OrgGeneration } from './orgGeneration.ts';

/**
 * Answers read from the organization, kept per generation (orgGeneration.ts) — the rule of the
 * engine's OrgLookups, extended to a few generations at once: a connection that still sees an
 * older state (a transaction begun before a change) gets answers of that state, never of
 * another. The newest generations are kept, the least recently read dropped; within one, the
 * least recently used answers go first past a bound, so a long quiet spell cannot grow it
 * without end. A failed load is forgotten, and another caller's failure is not this caller's.
 */
const GENERATIONS = 3;
const ANSWERS_PER_GENERATION = 20_000;

export class OrgReadCache {
  private readonly generations = new Map<string, Map<string, Promise<unknown>>>();

  get<T>(generation: OrgGeneration, key: string, load: () => Promise<T>): Promise<T> {
    const answers = this.answersOf(generation);
    const hit = answers.get(key) as Promise<T> | undefined;
    if (hit) {
      answers.delete(key);
      answers.set(key, hit);
      return hit.catch(load);
    }
    return this.remember(answers, key, load());
  }

  /**
   * Answers for many ids at once (`prefix` names what is asked: "unit:", "person:" …): those
   * not kept are loaded together by `loadMissing`; an id it leaves out answers `absent`.
   */
  async getMany<T>(
    generation: OrgGeneration,
    prefix: string,
    ids: readonly string[],
    loadMissing: (missing: string[]) => Promise<Map<string, T>>,
    absent: T,
  ): Promise<Map<string, T>> {
    const answers = this.answersOf(generation);
    const pending = new Map<string, Promise<T>>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const hit = answers.get(prefix + id) as Promise<T> | undefined;
      if (hit) {
        pending.set(
          id,
          hit.catch(() => this.get(generation, prefix + id, () => loadMissing([id]).then((found) => (found.has(id) ? found.get(id)! : absent)))),
        );
      } else {
        missing.push(id);
      }
    }
    if (missing.length) {
      const batch = loadMissing(missing);
      for (const id of missing)
        pending.set(
          id,
          this.remember(
            answers,
            prefix + id,
            batch.then((found) => (found.has(id) ? found.get(id)! : absent)),
          ),
        );
    }
    const settled = await Promise.all([...pending].map(async ([id, answer]) => [id, await answer] as const));
    return new Map(settled);
  }

  private answersOf(generation: OrgGeneration): Map<string, Promise<unknown>> {
    let answers = this.generations.get(generation.key);
    if (answers) {
      this.generations.delete(generation.key);
    } else {
      answers = new Map();
      if (this.generations.size >= GENERATIONS) this.generations.delete(this.generations.keys().next().value!);
    }
    this.generations.set(generation.key, answers);
    return answers;
  }

  private remember<T>(answers: Map<string, Promise<unknown>>, key: string, loading: Promise<T>): Promise<T> {
    answers.set(key, loading);
    if (answers.size > ANSWERS_PER_GENERATION) answers.delete(answers.keys().next().value!);
    loading.catch(() => {
      if (answers.get(key) === loading) answers.delete(key);
    });
    return loading;
  }
}
