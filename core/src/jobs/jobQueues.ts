import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../log/logger.ts';
import { Registry } from '../modules/registry.ts';

export type JobProcessor = (data: Record<string, unknown>, job: Job) => Promise<unknown>;

/** When a repeatable job runs: a cron pattern (5 fields, or 6 with seconds first) in a time zone. */
export interface JobSchedule {
  pattern: string;
  /** IANA time zone of the pattern; Asia/Shanghai when omitted. */
  tz?: string;
}

export const DEFAULT_SCHEDULE_TZ = 'Asia/Shanghai';

/** Checks a schedule's shape and fills in its time zone (BullMQ checks the pattern itself when it is set up). */
export function normalizedSchedule(id: string, schedule: JobSchedule): Required<JobSchedule> {
  const pattern = schedule.pattern.trim();
  const fields = pattern.split(/\s+/).length;
  if (fields !== 5 && fields !== 6) throw new Error(`job ${id}: schedule pattern "${schedule.pattern}" must be a cron pattern of 5 or 6 fields`);
  const tz = schedule.tz ?? DEFAULT_SCHEDULE_TZ;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    throw new Error(`job ${id}: "${tz}" is not a time zone`);
  }
  return { pattern, tz };
}

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
  /** Repeatable jobs by their namespaced id, set up by worker processes. */
  private readonly schedules = new Map<string, Required<JobSchedule>>();

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

  /** Declares a repeatable job; worker processes set it up (see startWorkers). */
  schedule(jobId: string, schedule: JobSchedule): void {
    if (this.schedules.has(jobId)) throw new Error(`job ${jobId} is scheduled twice`);
    this.schedules.set(jobId, normalizedSchedule(jobId, schedule));
  }

  get scheduledJobs(): ReadonlyMap<string, Required<JobSchedule>> {
    return this.schedules;
  }

  /**
   * Starts one BullMQ worker per namespace that has processors, then sets up the repeatable jobs:
   * each one's job scheduler (its id the job's id) is upserted, so any number of workers starting
   * leave one scheduler per job, and a scheduler of a namespace run here that no longer names a
   * scheduled job is removed.
   */
  async startWorkers(concurrency = 8): Promise<void> {
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
    await this.upsertSchedules(namespaces);
  }

  private async upsertSchedules(namespaces: ReadonlySet<string>): Promise<void> {
    for (const [jobId, { pattern, tz }] of this.schedules) {
      await this.queueOf(jobId.split('.')[0]!).upsertJobScheduler(jobId, { pattern, tz }, { name: jobId, data: {} });
    }
    for (const namespace of namespaces) {
      for (const scheduler of await this.queueOf(namespace).getJobSchedulers()) {
        if (this.schedules.has(scheduler.key)) continue;
        await this.queueOf(namespace).removeJobScheduler(scheduler.key);
        this.log.info({ job: scheduler.key }, 'job schedule removed: no longer declared');
      }
    }
    if (this.schedules.size) this.log.info({ jobs: [...this.schedules.keys()] }, 'job schedules set up');
  }

  get workerCount(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
