import { http } from './client.ts';

/** A file uploaded to be attached to a form ("files" fields hold their ids). */
export interface StoredFile {
  id: string;
  name: string;
  mime: string;
  size: number;
}

const file = (id: string) => `/api/files/${encodeURIComponent(id)}`;

/** The file name from `Content-Disposition` (RFC 6266 `filename*` first). */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="([^"]*)"/i.exec(disposition);
  const raw = extended?.[1] ?? plain?.[1];
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export const filesApi = {
  upload: (upload: File) => {
    const form = new FormData();
    form.append('file', upload, upload.name);
    return http.upload<StoredFile & { sha256: string; createdAt: string }>('/api/files', form);
  },
  /** What a file is (name, type, size) without downloading it. */
  describe: async (id: string): Promise<StoredFile> => {
    const headers = await http.head(file(id));
    return { id, name: fileNameOf(headers.get('Content-Disposition')) ?? id, mime: headers.get('Content-Type') ?? '', size: Number(headers.get('Content-Length') ?? 0) };
  },
  /** Where the browser downloads a file (the session cookie authorizes it). */
  downloadUrl: (id: string) => file(id),
};
