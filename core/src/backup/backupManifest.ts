import { z } from 'zod';

/**
 * The first entry of every backup archive: what it holds and how to check it — every table with
 * its columns, row count and SHA-256, every attachment with its size and SHA-256, and the
 * migrations that shaped the schema. A restore reads it before anything else.
 */
export const BACKUP_FORMAT = 'kunlun-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const tableEntry = (name: string) => `database/${name}.ndjson`;
export const fileEntry = (key: string) => `files/${key}`;

const digest = { rows: z.number().int().min(0), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) };

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  kunlunVersion: z.string(),
  createdAt: z.string(),
  source: z.object({ database: z.string(), kind: z.enum(['postgres', 'pglite']), serverVersion: z.string() }),
  migrations: z.array(z.object({ source: z.string(), name: z.string() })),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()), ...digest })),
  files: z.array(
    z.object({
      id: z.string(),
      key: z.string().regex(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/),
      size: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  missingFiles: z.array(z.object({ id: z.string(), key: z.string() })),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
