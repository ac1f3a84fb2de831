import { z } from 'zod';
import { defineRoute, RESPONSE_SENT } from '../http/route.ts';
import { text } from '../i18n/text.ts';
import { readUpload } from '../http/uploads.ts';
import type { Files } from './files.ts';

const infoSchema = z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number().int(), sha256: z.string(), createdAt: z.string() });
const describedSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploader: z.object({ id: z.string(), name: z.string() }).nullable(),
});

/** Uploading a file (to attach it to a form or document next), and describing or downloading one you may read. */
export function fileRoutes(files: Files) {
  return [
    defineRoute({
      method: 'POST',
      path: '/api/files',
      audit: {
        action: 'files.upload',
        label: text('上传附件', 'Upload a file'),
        targetOfAnswer: (result) => ({ type: 'file', id: result.id, name: result.name }),
      },
      summary: '上传附件 Upload a file (multipart field "file")',
      tags: ['files'],
      access: 'authenticated',
      bodyKind: 'upload',
      response: infoSchema,
      status: 201,
      async handler({ ctx, auth }) {
        const upload = await readUpload(ctx, { limitBytes: files.maxBytes });
        const file = upload.files[0]!;
        return files.save({ name: file.filename, data: file.data, uploadedBy: auth.user.id });
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/files/:id/info',
      summary: '附件信息 What a file is (name, type, size, SHA-256) and who uploaded it when, for one who may read it',
      tags: ['files'],
      access: 'authenticated',
      params: z.strictObject({ id: z.uuid() }),
      response: describedSchema,
      async handler({ params, auth }) {
        const file = await files.describeFor(auth, params.id);
        return { id: file.id, name: file.name, type: file.mime, size: file.size, sha256: file.sha256, uploadedAt: file.createdAt, uploader: file.uploader };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/files/:id',
      summary: '下载附件 Download a file one may read',
      tags: ['files'],
      access: 'authenticated',
      params: z.strictObject({ id: z.uuid() }),
      async handler({ params, auth, ctx }) {
        const { info, stream } = await files.openFor(auth, params.id);
        ctx.type = info.mime;
        ctx.length = info.size;
        ctx.set('Content-Disposition', `attachment; filename="${encodeURIComponent(info.name)}"; filename*=UTF-8''${encodeURIComponent(info.name)}`);
        ctx.set('X-Content-SHA256', info.sha256);
        ctx.set('Cache-Control', 'private, no-store');
        ctx.body = stream;
        return RESPONSE_SENT;
      },
    }),
  ];
}
