import { createLogger, createRuntime, loadConfig } from '@kunlun/core/testing';
import { readBox } from '../../../core/src/engine/queries/taskBoxes.ts';
import { percentile, round } from '../measure.ts';
import { kunlunFiveStep } from './fiveStepProcess.ts';

/**
 * 待办 latency at scale: one person with 1,000,000 open tasks, and 5,000,000 history rows in the
 * database, loaded with set-based SQL; then the first page of their todo box, many times.
 */
export async function todoLatency(databaseUrl: string, redisUrl: string, prefix: string, opts: { tasks: number; history: number; runs: number }) {
  const config = loadConfig({ DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, KUNLUN_REDIS_PREFIX: prefix, LOG_LEVEL: 'silent', NODE_ENV: 'production' });
  config.modules.enabled = [];
  const rt = await createRuntime(config, { role: 'cli', redis: false, log: createLogger('silent') });
  try {
    const db = rt.db;
    const definition = await rt.engine.publish(kunlunFiveStep, { lineage: 'import' });
    const [unit] = await db('core_org_units')
      .insert({ code: '632200', kind: 'region', level: 'prefecture', name: '海北藏族自治州人民政府', short_name: '海北州政府', path: '/', depth: 0 })
      .returning('id');
    await db('core_org_units')
      .where({ id: unit.id })
      .update({ path: `/${unit.id}/` });
    const [userRow] = await db('core_users').insert({ username: 'busy_head', display_name: '王忙', password_hash: 'x' }).returning('id');
    const userId: string = userRow.id;
    const instances = Math.max(1, Math.round(opts.tasks / 50));
    const started = performance.now();
    await db.raw(
      `INSERT INTO engine_instances (definition_id, process_key, module, title, initiator_id, initiator_unit_id, started_at)
       SELECT ?, 'bench.fiveStep', 'bench', '关于第' || g || '号事项的请示', ?, ?, now() - (g || ' minutes')::interval FROM generate_series(1, ?) g`,
      [definition.id, userId, unit.id, instances],
    );
    await db.raw(
      `INSERT INTO engine_tasks (instance_id, token_id, element_id, name, process_key, module, title, urgency, initiator_id, assignee_id, state, due_at, created_at, move_seq)
       SELECT i.id, 't' || g, 'review', '部门审核', 'bench.fiveStep', 'bench', i.title || '（' || g || '）',
              CASE WHEN g % 50 = 0 THEN 'very_urgent' WHEN g % 10 = 0 THEN 'urgent' ELSE 'normal' END,
              ?, ?, 'open', i.started_at + interval '3 days', i.started_at + (g || ' seconds')::interval, 1
       FROM engine_instances i CROSS JOIN generate_series(1, ?) g`,
      [userId, userId, Math.round(opts.tasks / instances)],
    );
    const perInstance = Math.round(opts.history / instances);
    await db.raw(
      `INSERT INTO engine_history (instance_id, at, kind, element_id, element_name, actor_id, actor_name, outcome, opinion)
       SELECT i.id, i.started_at + (g || ' seconds')::interval, 'task.completed', 'review', '部门审核', ?, '王忙', 'agree', '同意'
       FROM engine_instances i CROSS JOIN generate_series(1, ?) g`,
      [userId, perInstance],
    );
    await db.raw('VACUUM ANALYZE engine_tasks');
    await db.raw('VACUUM ANALYZE engine_history');
    await db.raw('VACUUM ANALYZE engine_instances');
    const loadSeconds = (performance.now() - started) / 1000;
    const [counts] = (await db.raw('SELECT (SELECT count(*) FROM engine_tasks) AS tasks, (SELECT count(*) FROM engine_history) AS history')).rows;
    const filter = { box: 'todo' as const, page: 1, pageSize: 20 };
    for (let i = 0; i < 30; i++) await readBox(db, userId, filter);
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < opts.runs; i++) {
      const t = performance.now();
      const page = await readBox(db, userId, filter);
      samples.push(performance.now() - t);
      total = page.total;
      if (page.items.length !== 20) throw new Error('the todo page is not full');
    }
    samples.sort((a, b) => a - b);
    return {
      tasks: Number(counts.tasks),
      history: Number(counts.history),
      loadSeconds: round(loadSeconds),
      total,
      p50: round(percentile(samples, 50), 2),
      p95: round(percentile(samples, 95), 2),
    };
  } finally {
    await rt.close();
  }
}
