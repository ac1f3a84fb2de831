import { http } from './client.ts';

/** A file uploaded to be attached to a form ("files" fields hold their ids). */
export interface StoredFile {
  id: string;
  name: string;
  mime: string;
  size: number;
}

/** What the server tells a reader about a file. */
export interface FileDescription {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploader: { id: string; name: string } | null;
}

const file = (id: string) => `/api/files/${encodeURIComponent(id)}`;

export const filesApi = {
  upload: (upload: File) => {
    const form = new FormData();
    form.append('file', upload, upload.name);
    return http.upload<StoredFile & { sha256: string; createdAt: string }>('/api/files', form);
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
