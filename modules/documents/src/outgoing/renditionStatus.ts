import { z } from 'zod';
import type { ModuleContext } from '@kunlun/core';
import type { DocumentRow } from '../documentContent.ts';
import { RENDITION_FAILURE_KINDS, failureReason, mayMakeAgain, type RenditionFailureKind } from './renditionFailure.ts';

/**
 * A document's rendition as its page shows it: none, being made, ready (its PDF), or failed —
 * with the kind of failure, its reason in both languages and whether the reader may 重新生成.
 */
export const renditionStatusSchema = z.object({
  state: z.enum(['none', 'pending', 'ready', 'failed']),
  fileId: z.string().nullable(),
  /** The technical message of a failure (for an administrator). */
  error: z.string().nullable(),
  failure: z
    .object({
      kind: z.enum(RENDITION_FAILURE_KINDS),
      reason: z.object({ 'zh-CN': z.string(), en: z.string() }),
      failedAt: z.string(),
    })
    .nullable(),
  /** The reader may 重新生成 (a failed rendition, and they are the issuing body's print room). */
  canRetry: z.boolean(),
});
export type RenditionStatus = z.infer<typeof renditionStatusSchema>;

export async function renditionStatusOf(ctx: Pick<ModuleContext, 'org'>, userId: string, doc: DocumentRow): Promise<RenditionStatus> {
  const state = doc.rendition_state as RenditionStatus['state'];
  const kind = (doc.rendition_failure as RenditionFailureKind | null | undefined) ?? null;
  const failure =
    state === 'failed'
      ? {
          kind: kind ?? 'error',
          reason: failureReason(kind ?? 'error'),
          failedAt: new Date((doc.rendition_failed_at ?? doc.updated_at) as string).toISOString(),
        }
      : null;
  return {
    state,
    fileId: doc.rendition_file_id,
    error: (doc.rendition_error as string | null) ?? null,
    failure,
    canRetry: failure !== null && (await mayMakeAgain(ctx, userId, doc)),
  };
}
