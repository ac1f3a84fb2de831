import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../log/logger.ts';
import { Registry } from '../modules/registry.ts';

export type JobProcessor = (data: Record<string, unknown>, job: Job) => Promise<unknown>;

/**
 * Background jobs on BullMQ: one queue per namespace (a module's name, or "core"), the job's
 * namespaced id as its BullMQ name. API processes only enqueue; worker processes run them.
 */
export class JobQueues {
  readonly processors = new Registry<JobProcessor>('job processor');
  /** Called once a job has failed its last attempt (dead letter: an incident for an operator). */
  private readonly exhausted = new Map<string, (data: Record<string, unknown>, err: Error, attempts: number) => Promise<void>>();
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly log: Logger,
    /** A job whose worker died is taken over by another worker after this long. */
    private readonly lockMs = 30_000,
  ) {}

  queueOf(namespace: string): Queue {
    let queue = this.queues.get(namespace);
    if (!queue) {
      queue = new Queue(namespace, { connection: this.redis, prefix: this.prefix });
      this.queues.set(namespace, queue);
    }
    return queue;
  }

  async enqueue(jobId: string, data: Record<string, unknown>, opts: JobsOptions = {}): Promise<void> {
    const namespace = jobId.split('.')[0]!;
    await this.queueOf(namespace).add(jobId, data, {
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
      ...opts,
    });
  }

  onExhausted(jobName: string, handler: (data: Record<string, unknown>, err: Error, attempts: number) => Promise<void>): void {
    this.exhausted.set(jobName, handler);
  }

  /** Starts one BullMQ worker per namespace that has processors. */
  startWorkers(concurrency = 8): void {
    const namespaces = new Set(this.processors.ids().map((id) => id.split('.')[0]!));
    for (const namespace of namespaces) {
      const worker = new Worker(
        namespace,
        async (job) => {
          const processor = this.processors.get(job.name);
          if (!processor) throw new Error(`no processor registered for job ${job.name}`);
          return processor(job.data as Record<string, unknown>, job);
        },
        { connection: this.redis, prefix: this.prefix, concurrency, lockDuration: this.lockMs, stalledInterval: this.lockMs },
      );
      worker.on('failed', (job, err) => {
        this.log.warn({ err, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade }, 'job failed');
        const onExhausted = job ? this.exhausted.get(job.name) : undefined;
        if (job && onExhausted && job.attemptsMade >= (job.opts.attempts ?? 1)) {
          onExhausted(job.data as Record<string, unknown>, err, job.attemptsMade).catch((e) => this.log.error({ err: e }, 'dead-letter handler failed'));
        }
      });
      worker.on('error', (err) => this.log.error({ err, queue: namespace }, 'worker error'));
      this.workers.push(worker);
    }
    this.log.info({ queues: [...namespaces], concurrency }, 'workers started');
  }

  get workerCount(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
