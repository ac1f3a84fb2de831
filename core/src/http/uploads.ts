import busboy from 'busboy';
import type { Context } from 'koa';
import { ApiError } from './apiError.ts';
import { text } from '../i18n/text.ts';

export interface UploadedFile {
  fieldName: string;
  filename: string;
  mimeType: string;
  data: Buffer;
}

export interface Upload {
  files: UploadedFile[];
  fields: Record<string, string>;
}

/**
 * Reads a multipart/form-data body into memory, refusing it (413) as soon as a file passes
 * `limitBytes`, and (400) when there are more files than `maxFiles` or none at all.
 */
export function readUpload(ctx: Context, opts: { limitBytes: number; maxFiles?: number }): Promise<Upload> {
  const type = ctx.get('Content-Type');
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new ApiError(415, 'unsupported_media_type', text('请以 multipart/form-data 上传文件', 'Upload files as multipart/form-data'));
  }
  const maxFiles = opts.maxFiles ?? 1;
  return new Promise<Upload>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: ctx.req.headers,
        limits: { fileSize: opts.limitBytes, files: maxFiles, fields: 20, fieldSize: 64 * 1024 },
        defParamCharset: 'utf8',
      });
    } catch {
      reject(new ApiError(400, 'invalid_upload', text('上传内容格式不正确', 'The upload is malformed')));
      return;
    }
    const files: UploadedFile[] = [];
    const fields: Record<string, string> = {};
    let failed: ApiError | null = null;
    const fail = (err: ApiError) => {
      if (failed) return;
      failed = err;
      ctx.req.unpipe(parser);
      ctx.req.resume();
      reject(err);
    };
    parser.on('file', (fieldName, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () =>
        fail(new ApiError(413, 'payload_too_large', text('上传的文件过大', 'The uploaded file is too large'), { limitBytes: opts.limitBytes })),
      );
      stream.on('close', () => {
        if (!failed) files.push({ fieldName, filename: info.filename ?? 'upload', mimeType: info.mimeType, data: Buffer.concat(chunks) });
      });
    });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('filesLimit', () => fail(new ApiError(400, 'too_many_files', text(`最多上传 ${maxFiles} 个文件`, `At most ${maxFiles} files`))));
    parser.on('error', () => fail(new ApiError(400, 'invalid_upload', text('上传内容格式不正确', 'The upload is malformed'))));
    parser.on('close', () => {
      if (failed) return;
      if (files.length === 0) reject(new ApiError(400, 'no_file', text('没有收到文件', 'No file was uploaded')));
      else resolve({ files, fields });
    });
    ctx.req.pipe(parser);
  });
}
