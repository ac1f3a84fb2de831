import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Knex } from 'knex';
import { ApiError, notFound, unprocessable } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import type { AuthContext } from '../access/authContext.ts';
import type { FileStore } from './fileStore.ts';

/**
 * Uploaded files. An upload is checked (size, an allow-list of office document and image types
 * whose content must match the extension), hashed and stored; the row keeps its name, type,
 * size and SHA-256. A file is readable by its uploader and by whoever may read something it is
 * linked to — each owner kind (a process instance, a document …) registers who that is.
 */
export interface FileInfo {
  id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
}

/** A file as its reader is told about it: what it is, and who uploaded it when. */
export interface FileDescription extends FileInfo {
  uploader: { id: string; name: string } | null;
}

export type FileAccessCheck = (auth: AuthContext, ownerId: string) => Promise<boolean>;

/** Extension → MIME type, and (for binary formats) the bytes a real file of that type starts with. */
const ALLOWED: Record<string, { mime: string; magic?: number[][] }> = {
  pdf: { mime: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46]] },
  ofd: { mime: 'application/ofd', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  doc: { mime: 'application/msword', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  xls: { mime: 'application/vnd.ms-excel', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  ppt: { mime: 'application/vnd.ms-powerpoint', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  wps: { mime: 'application/vnd.ms-works', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  txt: { mime: 'text/plain' },
  csv: { mime: 'text/csv' },
  jpg: { mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  jpeg: { mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  png: { mime: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47]] },
  gif: { mime: 'image/gif', magic: [[0x47, 0x49, 0x46, 0x38]] },
  zip: { mime: 'application/zip', magic: [[0x50, 0x4b, 0x03, 0x04]] },
};

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED);

const fileNotFound = () => notFound('files.not_found', text('文件不存在', 'No such file'));

export class Files {
  private readonly checks = new Map<string, FileAccessCheck>();

  constructor(
    private readonly db: Knex,
    readonly store: FileStore,
    readonly maxBytes: number,
  ) {}

  /** Who may read files linked to an owner of this kind (owner kinds are namespaced: documents.document). */
  registerAccess(ownerKind: string, check: FileAccessCheck): void {
    this.checks.set(ownerKind, check);
  }

  /**
   * Checks and stores a file. Inside a transaction (`trx`), its row commits with it and its bytes
   * are removed again if the transaction rolls back — so a module can save a file and link it to
   * its record in one transaction (on PGlite, which has one connection, it must).
   */
  async save(input: { name: string; data: Buffer; uploadedBy: string | null }, trx?: Knex.Transaction): Promise<FileInfo> {
    const name = path.basename(input.name).trim().slice(0, 255);
    const extension = path.extname(name).slice(1).toLowerCase();
    const type = ALLOWED[extension];
    if (!name || !type) {
      throw new ApiError(
        415,
        'files.type_not_allowed',
        text(`不允许上传此类型的文件；可上传：${ALLOWED_EXTENSIONS.join('、')}`, `This file type is not allowed; allowed: ${ALLOWED_EXTENSIONS.join(', ')}`),
        {
          extension,
        },
      );
    }
    if (input.data.length > this.maxBytes)
      throw new ApiError(413, 'payload_too_large', text('上传的文件过大', 'The uploaded file is too large'), { limitBytes: this.maxBytes });
    if (type.magic && !type.magic.some((m) => m.every((b, i) => input.data[i] === b))) {
      throw new ApiError(415, 'files.content_mismatch', text('文件内容与扩展名不符', 'The file content does not match its extension'), { extension });
    }
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
    const sha256 = createHash('sha256').update(input.data).digest('hex');
    await this.store.put(key, input.data);
    try {
      const [row] = await (trx ?? this.db)('core_files')
        .insert({ id, name, mime: type.mime, size: input.data.length, sha256, storage_key: key, uploaded_by: input.uploadedBy })
        .returning('*');
      trx?.executionPromise.catch(() => this.store.remove(key).catch(() => undefined));
      return toInfo(row);
    } catch (err) {
      await this.store.remove(key);
      throw err;
    }
  }

  /** A file's bytes by id, for a module's own use (no reader's access is checked here); 404 when there is no such file. */
  async read(fileId: string, trx?: Knex.Transaction): Promise<Buffer> {
    const row = await (trx ?? this.db)('core_files').where({ id: fileId }).first('storage_key');
    if (!row) throw fileNotFound();
    const chunks: Buffer[] = [];
    for await (const chunk of await this.store.read(row.storage_key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Links files to an owner; each must be the actor's own upload or already linked to that owner. */
  async link(trx: Knex | Knex.Transaction, fileIds: string[], ownerKind: string, ownerId: string, actorId: string): Promise<void> {
    const ids = [...new Set(fileIds)];
    if (!ids.length) return;
    const rows: { id: string; uploaded_by: string | null; linked: boolean }[] = await trx('core_files as f')
      .whereIn('f.id', ids)
      .select(
        'f.id',
        'f.uploaded_by',
        trx.raw('exists (select 1 from core_file_links l where l.file_id = f.id and l.owner_kind = ? and l.owner_id = ?) as linked', [ownerKind, ownerId]),
      );
    const refused = ids.filter((id) => {
      const row = rows.find((r) => r.id === id);
      return !row || (!row.linked && row.uploaded_by !== actorId);
    });
    if (refused.length)
      throw unprocessable('files.not_yours', text('附件不存在或不是您上传的', 'An attachment does not exist or was not uploaded by you'), { fileIds: refused });
    await trx('core_file_links')
      .insert(ids.map((id) => ({ file_id: id, owner_kind: ownerKind, owner_id: ownerId })))
      .onConflict(['file_id', 'owner_kind', 'owner_id'])
      .ignore();
  }

  /** What files are (name, type, size, hash), in the order asked; unknown ids are left out. */
  async info(ids: string[], trx?: Knex.Transaction): Promise<FileInfo[]> {
    if (!ids.length) return [];
    const rows = await (trx ?? this.db)('core_files').whereIn('id', ids);
    return ids
      .map((id) => rows.find((r) => r.id === id))
      .filter(Boolean)
      .map(toInfo);
  }

  /** What a file is and who uploaded it, for a reader: 404 when it does not exist or the reader may not see it. */
  async describeFor(auth: AuthContext, fileId: string): Promise<FileDescription> {
    if (!(await this.canRead(auth, fileId))) throw fileNotFound();
    const row = await this.db('core_files as f')
      .leftJoin('core_users as u', 'u.id', 'f.uploaded_by')
      .where('f.id', fileId)
      .first('f.*', 'u.display_name as uploader_name');
    if (!row) throw fileNotFound();
    return { ...toInfo(row), uploader: row.uploaded_by ? { id: row.uploaded_by, name: row.uploader_name ?? '' } : null };
  }

  async canRead(auth: AuthContext, fileId: string): Promise<boolean> {
    const file = await this.db('core_files').where({ id: fileId }).first('uploaded_by');
    if (!file) return false;
    if (file.uploaded_by === auth.user.id) return true;
    const links: { owner_kind: string; owner_id: string }[] = await this.db('core_file_links').where({ file_id: fileId }).select('owner_kind', 'owner_id');
    for (const link of links) {
      const check = this.checks.get(link.owner_kind);
      if (check && (await check(auth, link.owner_id).catch(() => false))) return true;
    }
    return false;
  }

  /** The file for a reader: 404 when it does not exist or the reader may not see it. */
  async openFor(auth: AuthContext, fileId: string): Promise<{ info: FileInfo; stream: Readable }> {
    if (!(await this.canRead(auth, fileId))) throw fileNotFound();
    const row = await this.db('core_files').where({ id: fileId }).first();
    return { info: toInfo(row), stream: await this.store.read(row.storage_key) };
  }
}

function toInfo(row: { id: string; name: string; mime: string; size: number | string; sha256: string; created_at: Date | string }): FileInfo {
  return { id: row.id, name: row.name, mime: row.mime, size: Number(row.size), sha256: row.sha256, createdAt: new Date(row.created_at).toISOString() };
}
