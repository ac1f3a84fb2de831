import { expect } from 'vitest';
import type { ApiClient } from './apiClient.ts';
import type { TestApp } from './testApp.ts';

/**
 * People at their desks, for engine tests: each signs in once and then starts processes, reads
 * their boxes and acts on tasks through the HTTP API, as the web desktop does.
 */
export interface TodoItem {
  id: string;
  instanceId: string;
  title: string;
  stepName: string;
  state: string;
  version: number;
  dueAt: string | null;
}

export class Desk {
  private readonly clients = new Map<string, ApiClient>();

  constructor(readonly app: TestApp) {}

  async as(username: string): Promise<ApiClient> {
    let client = this.clients.get(username);
    if (!client) {
      client = await this.app.signedIn(username);
      this.clients.set(username, client);
    }
    return client;
  }

  async start(username: string, key: string, body: Record<string, unknown> = {}): Promise<string> {
    const res = await (await this.as(username)).post(`/api/processes/${key}/start`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.instanceId as string;
  }

  async todo(username: string, instanceId?: string): Promise<TodoItem[]> {
    const res = await (await this.as(username)).get('/api/tasks?box=todo&pageSize=200');
    expect(res.status).toBe(200);
    const items = res.body.items as TodoItem[];
    return instanceId ? items.filter((t) => t.instanceId === instanceId) : items;
  }

  /** The one open task of a person in an instance (fails when there is none or several). */
  async task(username: string, instanceId: string, stepName?: string): Promise<TodoItem> {
    const items = (await this.todo(username, instanceId)).filter((t) => !stepName || t.stepName === stepName);
    expect(items, `${username} should hold one task${stepName ? ` "${stepName}"` : ''} in ${instanceId}`).toHaveLength(1);
    return items[0]!;
  }

  async act(username: string, taskId: string, operation: string, body: Record<string, unknown> = {}) {
    return (await this.as(username)).post(`/api/tasks/${taskId}/${operation}`, body);
  }

  async complete(username: string, instanceId: string, body: Record<string, unknown> = {}, stepName?: string) {
    const task = await this.task(username, instanceId, stepName);
    const res = await this.act(username, task.id, 'complete', body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res;
  }

  async instance(username: string, instanceId: string) {
    const res = await (await this.as(username)).get(`/api/instances/${instanceId}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  /** Open tasks of an instance as "step:holder" (sorted), to assert where a process stands. */
  async standing(instanceId: string): Promise<string[]> {
    const rows = await this.app.runtime
      .db('engine_tasks as t')
      .leftJoin('core_users as u', 'u.id', 't.assignee_id')
      .where('t.instance_id', instanceId)
      .whereIn('t.state', ['open', 'blocked'])
      .select('t.element_id', 'u.username', 't.state');
    return rows.map((r) => `${r.element_id}:${r.username ?? '-'}${r.state === 'blocked' ? '(blocked)' : ''}`).sort();
  }

  async state(instanceId: string): Promise<string> {
    return (await this.app.runtime.db('engine_instances').where({ id: instanceId }).first('state')).state;
  }
}
