import type { Knex } from 'knex';
import type { JobQueues } from '../../jobs/jobQueues.ts';

/**
 * Timer rows in PostgreSQL are the truth; BullMQ only wakes a worker at the right time. The
 * reconciler puts back what Redis lost: at start-up every scheduled timer whose job is missing
 * is scheduled again, and every half minute overdue timers without a pending job are fired.
 * Firing is idempotent, so scheduling one timer twice is harmless.
 */
export async function reconcileTimers(db: Knex, jobs: JobQueues, opts: { overdueOnly: boolean }): Promise<{ checked: number; scheduled: number }> {
  const q = db('engine_timers').where({ state: 'scheduled' }).orderBy('due_at').limit(20_000).select('id', 'due_at');
  if (opts.overdueOnly) q.where('due_at', '<', db.raw("now() - interval '5 seconds'"));
  const rows: { id: string; due_at: Date }[] = await q;
  const queue = jobs.queueOf('engine');
  let scheduled = 0;
  for (const row of rows) {
    const job = await queue.getJob(row.id);
    const state = job ? await job.getState() : 'missing';
    if (state === 'waiting' || state === 'delayed' || state === 'active' || state === 'prioritized' || state === 'waiting-children') continue;
    const delay = Math.max(0, new Date(row.due_at).getTime() - Date.now());
    await jobs.enqueue('engine.timer', { timerId: row.id }, { jobId: state === 'missing' ? row.id : `${row.id}-again-${Date.now()}`, delay, attempts: 10 });
    scheduled++;
  }
  return { checked: rows.length, scheduled };
}
