import { reactive } from 'vue';
import { defineStore } from 'pinia';
import { orgApi } from '@/api/org.api.ts';

/**
 * Names of people and units by id, for screens that only hold ids (history details, form
 * values): filled from what pages already know, and looked up on the server for the rest.
 */
export const useOrgStore = defineStore('org', () => {
  const people = reactive(new Map<string, string>());
  const units = reactive(new Map<string, string>());
  const pending = new Set<string>();

  function rememberPerson(id: string, name: string | null | undefined): void {
    if (id && name) people.set(id, name);
  }

  function rememberUnit(id: string, name: string | null | undefined): void {
    if (id && name) units.set(id, name);
  }

  async function lookUp(ids: Iterable<string>, known: Map<string, string>, fetchName: (id: string) => Promise<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => id && !known.has(id) && !pending.has(id));
    await Promise.all(
      missing.map(async (id) => {
        pending.add(id);
        try {
          known.set(id, await fetchName(id));
        } catch {
          // Unknown or not visible to this person: the id stays unnamed.
        } finally {
          pending.delete(id);
        }
      }),
    );
  }

  const ensurePeople = (ids: Iterable<string>) => lookUp(ids, people, async (id) => (await orgApi.person(id)).displayName);
  const ensureUnits = (ids: Iterable<string>) => lookUp(ids, units, async (id) => (await orgApi.unit(id)).name);

  const personName = (id: string): string | undefined => people.get(id);
  const unitName = (id: string): string | undefined => units.get(id);

  return { rememberPerson, rememberUnit, ensurePeople, ensureUnits, personName, unitName };
});
