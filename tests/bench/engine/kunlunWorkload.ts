import { loadConfig, createRuntime, createLogger, type Runtime } from '@kunlun/core/testing';
import { loadDemo } from '../../../core/src/demo/loadDemo.ts';
import { resolveAuthContext } from '../../../core/src/access/grantResolver.ts';
import type { Actor } from '../../../core/src/engine/runtime/move.ts';
import { COMPLETIONS_PER_INSTANCE, kunlunFiveStep } from './fiveStepProcess.ts';

/** Kunlun's side of the benchmark: a runtime on its own database with the demo organization. */
export async function kunlunRuntime(databaseUrl: string, redisUrl: string, prefix: string): Promise<Runtime> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '40',
    REDIS_URL: redisUrl,
    KUNLUN_REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  });
  config.modules.enabled = [];
  const rt = await createRuntime(config, { role: 'serve', log: createLogger('silent') });
  await loadDemo(rt.db, 'Kunlun@2026');
  await rt.engine.publish(kunlunFiveStep, { lineage: 'import' });
  return rt;
}

export interface InstanceWork {
  open: { id: string; assigneeId: string | null }[];
}

export class KunlunDesk {
  private readonly actors = new Map<string, Actor>();

  constructor(private readonly rt: Runtime) {}

  async actor(userId: string): Promise<Actor> {
    let actor = this.actors.get(userId);
    if (!actor) {
      const post = await this.rt
        .db('core_posts as p')
        .join('core_users as u', 'u.id', 'p.user_id')
        .where('p.user_id', userId)
        .orderBy('p.is_primary', 'desc')
        .first('u.display_name', 'p.unit_id');
      actor = { id: userId, name: post.display_name, unitId: post.unit_id };
      this.actors.set(userId, actor);
    }
    return actor;
  }

  /** Starts instances as hb_clerk; their first task (拟稿) waits, nothing is completed yet. */
  async startInstances(count: number): Promise<InstanceWork[]> {
    const clerk = await this.rt.db('core_users').where({ username: 'hb_clerk' }).first('id', 'username', 'display_name');
    const unit = await this.rt.db('core_posts').where({ user_id: clerk.id, is_primary: true }).first('unit_id');
    const auth = await resolveAuthContext(
      this.rt.db,
      this.rt.catalog,
      'bench',
      { id: clerk.id, username: clerk.username, displayName: clerk.display_name, accountKind: 'regular' },
      unit.unit_id,
    );
    const work: InstanceWork[] = [];
    for (let i = 0; i < count; i++) {
      const result = await this.rt.engine.start('bench.fiveStep', { title: `关于第${i + 1}号事项的请示` }, auth, false);
      work.push({ open: result.tasks.map((t) => ({ id: t.id, assigneeId: t.assigneeId })) });
    }
    for (const w of work.slice(0, 1)) await this.warmActors(w);
    return work;
  }

  private async warmActors(w: InstanceWork): Promise<void> {
    for (const t of w.open) if (t.assigneeId) await this.actor(t.assigneeId);
  }

  /** Completes every task of the given instances, one after another; returns how many. */
  async completeAll(work: InstanceWork[]): Promise<number> {
    let done = 0;
    for (const w of work) {
      while (w.open.length) {
        const task = w.open.shift()!;
        const result = await this.rt.engine.complete(task.id, { outcome: 'agree', opinion: '同意' }, await this.actor(task.assigneeId!));
        w.open.push(...result.tasks.map((t) => ({ id: t.id, assigneeId: t.assigneeId })));
        done++;
      }
    }
    if (done !== work.length * COMPLETIONS_PER_INSTANCE) throw new Error(`expected ${work.length * COMPLETIONS_PER_INSTANCE} completions, made ${done}`);
    return done;
  }
}
