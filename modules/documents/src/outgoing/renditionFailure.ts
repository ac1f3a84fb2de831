import type { Knex } from 'knex';
import { text, type Text, type ModuleContext } from '@kunlun/core';
import { DocumentLayoutError, FontsMissingError, SealImageError } from '../rendition/index.ts';
import type { DocumentRow } from '../documentContent.ts';

/**
 * A rendition (印制) that failed, as the issuing office sees it. The process waits for the PDF
 * (the message documents.rendered), so a failure leaves no task anywhere: it is kept on the
 * document (rendition_state 'failed', its kind and time), shown on the document's page with a
 * reason the office can act on, and rung on the bells of the print room — the issuing body's
 * 收发员 (registrar, who does 印制 and 核发) and 办公室主任 (office director, their stand-in),
 * who may 重新生成 — and of whoever asked for it.
 */
export const RENDITION_FAILURE_KINDS = ['fonts_missing', 'layout', 'seal', 'error'] as const;
export type RenditionFailureKind = (typeof RENDITION_FAILURE_KINDS)[number];

/** Who may make a document's PDF again: the issuing body's print room. */
export const PRINT_ROOM_POSTS = ['registrar', 'office_director'] as const;

export const RENDITION_FAILED_NOTICE = 'documents.renditionFailed';

export function failureKindOf(err: unknown): RenditionFailureKind {
  if (err instanceof FontsMissingError) return 'fonts_missing';
  if (err instanceof DocumentLayoutError) return 'layout';
  if (err instanceof SealImageError) return 'seal';
  return 'error';
}

/** Failures no retry of the same job mends: the fonts are the installation's, layout and seal the document's. */
export function isLastingFailure(err: unknown): boolean {
  return failureKindOf(err) !== 'error';
}

const REASONS: Record<RenditionFailureKind, Text> = {
  fonts_missing: text(
    '服务器缺少公文字体（方正/Fandol），请管理员运行 deploy/scripts/fetch-fonts.sh 后重新生成',
    'The server lacks the document fonts (Fandol): an administrator runs deploy/scripts/fetch-fonts.sh, then the PDF is made again',
  ),
  layout: text(
    '公文内容无法排版，请检查标题、主送机关和正文后重新生成',
    'The document cannot be laid out: check its title, recipients and body, then make the PDF again',
  ),
  seal: text('印章图片无法使用，请更换印章图片后重新生成', 'The seal image cannot be used: replace it, then make the PDF again'),
  error: text('生成版式文件时出错，请稍后重新生成；仍然失败请联系管理员', 'The PDF could not be made: try again later, or ask an administrator'),
};

export function failureReason(kind: RenditionFailureKind): Text {
  return REASONS[kind];
}

export async function mayMakeAgain(ctx: Pick<ModuleContext, 'org'>, userId: string, doc: DocumentRow, db?: Knex | Knex.Transaction): Promise<boolean> {
  if (!doc.issuing_unit_id) return false;
  return ctx.org.holdsPost(userId, doc.issuing_unit_id, PRINT_ROOM_POSTS, db ? { db } : undefined);
}

/** Records the failure and rings the print room's bells, in one transaction. */
export async function recordRenditionFailure(
  ctx: Pick<ModuleContext, 'engine' | 'notify' | 'org' | 'log'>,
  doc: DocumentRow,
  err: unknown,
  requestedBy: string | null,
): Promise<RenditionFailureKind> {
  const kind = failureKindOf(err);
  const message = err instanceof Error ? err.message : String(err);
  await ctx.engine.transaction(async (trx) => {
    const updated = await trx('documents_documents')
      .where({ id: doc.id, rendition_state: 'pending' })
      .update({
        rendition_state: 'failed',
        rendition_error: message.slice(0, 1000),
        rendition_failure: kind,
        rendition_failed_at: trx.fn.now(),
        updated_at: trx.fn.now(),
      });
    if (!updated) return;
    const unitId = doc.issuing_unit_id;
    const holders = unitId ? (await Promise.all(PRINT_ROOM_POSTS.map((post) => ctx.org.postHolders([unitId], post, { db: trx })))).flat() : [];
    const reason = failureReason(kind)['zh-CN'];
    await ctx.notify(trx, {
      userIds: [...holders.map((h) => h.person.id), ...(requestedBy ? [requestedBy] : [])],
      kind: RENDITION_FAILED_NOTICE,
      title: `版式文件生成失败：${doc.title}`,
      body: reason,
      link: `/documents/${doc.id}`,
      instanceId: doc.instance_id,
    });
  });
  ctx.log.warn({ err, documentId: doc.id, kind }, 'rendition failed');
  return kind;
}
