import { http } from './client.ts';
import type { ResponseOf } from './routeTypes.ts';

/** A file just uploaded to be attached to a form ("files" fields hold their ids). */
export type UploadedFile = ResponseOf<'post', '/api/files'>;
/** A file as attachment lists show it. */
export type StoredFile = Pick<UploadedFile, 'id' | 'name' | 'mime' | 'size'>;

/** What the server tells a reader about a file. */
export type FileDescription = ResponseOf<'get', '/api/files/{id}/info'>;

const file = (id: string) => `/api/files/${encodeURIComponent(id)}`;

export const filesApi = {
  upload: (upload: File) => {
    const form = new FormData();
    form.append('file', upload, upload.name);
    return http.upload<UploadedFile>('/api/files', form);
  },
  /** What a file is (name, type, size, hash, who uploaded it when) without downloading it. */
  info: (id: string) => http.get<FileDescription>(`${file(id)}/info`),
  /** A file as attachment lists show it. */
  describe: async (id: string): Promise<StoredFile> => {
    const info = await filesApi.info(id);
    return { id: info.id, name: info.name, mime: info.type, size: info.size };
  },
  /** Where the browser downloads a file (the session cookie authorizes it). */
  downloadUrl: (id: string) => file(id),
};
