import type { Knex } from 'knex';
import type { ModuleContext } from '@kunlun/core';
import { noticeDelivered } from './receiptNotices.ts';
import { recordReceivingUnits } from './receivingUnits.ts';

/**
 * 核发: a document goes to every main and copy recipient unit — hundreds or thousands — through
 * BullMQ. 核发 records a distribution in the process's own transaction and queues the fan-out
 * job with it (sent once that commits, again by the outbox sweeper if the process dies first); the
 * fan-out splits the recipient list into batches, and each batch job creates the recipient units'
 * inbox entries (receipts) in one statement, records who receives for each (receivingUnits.ts) and
 * rings those registrars' bells. A batch is recorded
 * when done, so a retried job never delivers or counts twice; the last batch closes the
 * distribution and announces it.
 */
export const FANOUT_JOB = 'documents.fanOut';
export const DELIVER_JOB = 'documents.deliver';
export const DISTRIBUTED_EVENT = 'documents.distributed';
export const BATCH_SIZE = 250;

type Jobs = Pick<ModuleContext, 'jobs' | 'events' | 'log'>;
type Delivery = Jobs & Pick<ModuleContext, 'db' | 'engine' | 'notify' | 'org'>;

/** Records the distribution of a document (once) and, after commit, starts its fan-out. */
export async function startDistribution(
  ctx: Jobs,
  trx: Knex.Transaction,
  documentId: string,
  requestedBy: string | null,
): Promise<{ distributionId: string; total: number; fresh: boolean }> {
  const existing = await trx('documents_distributions').where({ document_id: documentId }).first('id', 'total');
  if (existing) return { distributionId: existing.id, total: existing.total, fresh: false };
  const [count] = await trx('documents_recipients').where({ document_id: documentId }).count<{ n: number | string }[]>('* as n');
  const total = Number(count?.n ?? 0);
  const [row] = await trx('documents_distributions')
    .insert({ document_id: documentId, total, requested_by: requestedBy, state: total ? 'queued' : 'done', finished_at: total ? null : trx.fn.now() })
    .returning('id');
  const distributionId = (row as { id: string }).id;
  await trx('documents_documents').where({ id: documentId }).update({ state: 'distributed', distributed_at: trx.fn.now(), updated_at: trx.fn.now() });
  if (total) await ctx.jobs.enqueueAfterCommit(trx, FANOUT_JOB, { distributionId }, { jobId: fanOutJobId(distributionId, 'first'), attempts: 10 });
  return { distributionId, total, fresh: true };
}

const fanOutJobId = (distributionId: string, attempt: string) => `fanout-${distributionId}-${attempt}`;

/** Starts a distribution's fan-out again by hand (重新分发), when its jobs gave up. */
export function enqueueFanOut(ctx: Pick<ModuleContext, 'jobs'>, distributionId: string, attempt: string): Promise<void> {
  return ctx.jobs.enqueue(FANOUT_JOB, { distributionId }, { jobId: fanOutJobId(distributionId, attempt), attempts: 10 });
}

/** The fan-out job: one delivery job per batch of recipients. */
export async function fanOut(ctx: Jobs & Pick<ModuleContext, 'db'>, distributionId: string): Promise<{ batches: number }> {
  const dist = await ctx.db('documents_distributions').where({ id: distributionId }).first('id', 'total', 'state');
  if (!dist || dist.state === 'done') return { batches: 0 };
  await ctx.db('documents_distributions').where({ id: distributionId, state: 'queued' }).update({ state: 'delivering' });
  let batches = 0;
  for (let from = 0; from < dist.total; from += BATCH_SIZE) {
    await ctx.jobs.enqueue(
      DELIVER_JOB,
      { distributionId, from, to: Math.min(from + BATCH_SIZE, dist.total) },
      { jobId: `deliver-${distributionId}-${from}`, attempts: 10 },
    );
    batches++;
  }
  return { batches };
}

/** A delivery job: the inbox entries of one batch of recipient units. */
export async function deliverBatch(ctx: Delivery, input: { distributionId: string; from: number; to: number }): Promise<{ delivered: number; done: boolean }> {
  const outcome = await ctx.engine.transaction(async (trx) => {
    const claimed = await trx('documents_distribution_batches')
      .insert({ distribution_id: input.distributionId, from_sort: input.from })
      .onConflict(['distribution_id', 'from_sort'])
      .ignore()
      .returning('from_sort');
    if (!claimed.length) return null;
    const dist = await trx('documents_distributions').where({ id: input.distributionId }).first('document_id');
    const inserted = await trx.raw(
      `INSERT INTO documents_receipts (document_id, distribution_id, unit_id, role)
       SELECT r.document_id, ?, r.unit_id, r.role FROM documents_recipients r
        WHERE r.document_id = ? AND r.sort_order >= ? AND r.sort_order < ?
       ON CONFLICT (document_id, unit_id) DO NOTHING
       RETURNING unit_id`,
      [input.distributionId, dist.document_id, input.from, input.to],
    );
    const delivered = (inserted.rows as { unit_id: string }[]).map((r) => r.unit_id);
    await recordReceivingUnits(ctx.org, trx, dist.document_id, delivered);
    await noticeDelivered(ctx, trx, dist.document_id, delivered);
    const [after] = await trx('documents_distributions')
      .where({ id: input.distributionId })
      .update({ delivered: trx.raw('delivered + ?', [input.to - input.from]) })
      .returning(['document_id', 'delivered', 'total', 'state']);
    const row = after as { document_id: string; delivered: number; total: number; state: string };
    const done = row.delivered >= row.total && row.state !== 'done';
    if (done) {
      await trx('documents_distributions').where({ id: input.distributionId }).update({ state: 'done', finished_at: trx.fn.now() });
      await ctx.events.emitAfterCommit(trx, DISTRIBUTED_EVENT, { documentId: row.document_id, distributionId: input.distributionId, recipients: row.total });
    }
    return { done };
  });
  if (!outcome) return { delivered: 0, done: false };
  return { delivered: input.to - input.from, done: outcome.done };
}

export interface DistributionState {
  id: string;
  state: 'queued' | 'delivering' | 'done';
  total: number;
  delivered: number;
  createdAt: string;
  finishedAt: string | null;
}

export async function distributionOf(db: Knex, documentId: string): Promise<DistributionState | null> {
  const row = await db('documents_distributions').where({ document_id: documentId }).orderBy('created_at', 'desc').first();
  return row
    ? {
        id: row.id,
        state: row.state,
        total: row.total,
        delivered: Math.min(row.delivered, row.total),
        createdAt: new Date(row.created_at).toISOString(),
        finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
      }
    : null;
}
