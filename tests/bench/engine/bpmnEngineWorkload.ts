import knexPkg, { type Knex } from 'knex';
import { Engine } from 'bpmn-engine';
import { COMPLETIONS_PER_INSTANCE, plainFiveStep } from './fiveStepProcess.ts';

/**
 * The same process run with the npm package bpmn-engine, its state saved to PostgreSQL after
 * every step as one would to survive restarts: each completion loads the state under a row
 * lock, recovers the engine, signals the waiting task, and saves the new state.
 */
export async function bpmnEngineDatabase(url: string, clients: number): Promise<Knex> {
  const db = knexPkg.knex({ client: 'pg', connection: url, pool: { min: 0, max: Math.max(40, clients + 2) } });
  await db.raw('CREATE TABLE IF NOT EXISTS bpmn_engine_states (id integer PRIMARY KEY, state jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())');
  return db;
}

export async function startBpmnEngineInstances(db: Knex, firstId: number, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const engine = new Engine({ name: 'fiveStep', source: plainFiveStep });
    await engine.execute();
    const state = await engine.getState();
    await db('bpmn_engine_states').insert({ id: firstId + i, state: JSON.stringify(state) });
    ids.push(firstId + i);
  }
  return ids;
}

export async function completeBpmnEngineInstances(db: Knex, ids: number[]): Promise<number> {
  let done = 0;
  for (const id of ids) {
    for (let step = 0; step < COMPLETIONS_PER_INSTANCE; step++) {
      await db.transaction(async (trx) => {
        const row = await trx('bpmn_engine_states').where({ id }).forUpdate().first('state');
        const engine = new Engine({ name: 'fiveStep' }).recover(typeof row.state === 'string' ? JSON.parse(row.state) : row.state);
        const execution = await engine.resume();
        const waiting = execution.getPostponed()[0];
        if (!waiting) throw new Error(`bpmn-engine instance ${id} has nothing to complete at step ${step}`);
        const executing = waiting.getExecuting();
        const target = executing.length ? executing[0]! : waiting;
        execution.signal({ id: target.id, executionId: target.executionId });
        const state = await engine.getState();
        await trx('bpmn_engine_states')
          .where({ id })
          .update({ state: JSON.stringify(state), updated_at: trx.fn.now() });
      });
      done++;
    }
  }
  return done;
}
