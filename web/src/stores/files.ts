import { reactive } from 'vue';
import { defineStore } from 'pinia';
import { filesApi, type StoredFile } from '@/api/files.api.ts';

/** Attachments by id: what was uploaded in this session, and what forms name (looked up once). */
export const useFilesStore = defineStore('files', () => {
  const known = reactive(new Map<string, StoredFile>());
  const pending = new Set<string>();

  function remember(file: StoredFile): void {
    known.set(file.id, file);
  }

  async function ensure(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !known.has(id) && !pending.has(id));
    await Promise.all(
      missing.map(async (id) => {
        pending.add(id);
        try {
          known.set(id, await filesApi.describe(id));
        } catch {
          // Not readable (any more): shown without a name.
        } finally {
          pending.delete(id);
        }
      }),
    );
  }

  async function upload(file: File): Promise<StoredFile> {
    const stored = await filesApi.upload(file);
    const info = { id: stored.id, name: stored.name, mime: stored.mime, size: stored.size };
    remember(info);
    return info;
  }

  const get = (id: string): StoredFile | undefined => known.get(id);

  return { remember, ensure, upload, get };
});
