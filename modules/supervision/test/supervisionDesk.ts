import { expect } from 'vitest';
import { Desk, waitFor, type TestApp } from '@kunlun/test-kit';

/**
 * The supervision desk for tests: people sign in once and work items through the HTTP API as
 * the web desktop does — the item through /api/supervision, its steps through the task API.
 */
export class SupervisionDesk extends Desk {
  constructor(app: TestApp) {
    super(app);
  }

  async register(username: string, body: Record<string, unknown>): Promise<{ id: string; number: string }> {
    const res = await (await this.as(username)).post('/api/supervision/items', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  async item(username: string, id: string) {
    const res = await (await this.as(username)).get(`/api/supervision/items/${id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  /** Completes the person's open task at the named step of the item (or of its extension request), waiting for it. */
  async step(username: string, itemId: string, stepName: string, body: Record<string, unknown> = {}) {
    const task = await waitFor(
      async () => {
        const item = await this.item(username, itemId);
        return (item.myTasks as { taskId: string; name: string; version: number }[]).find((t) => t.name === stepName);
      },
      { what: `${username}'s "${stepName}"`, timeoutMs: 20_000 },
    );
    const res = await this.act(username, task.taskId, 'complete', { version: task.version, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  async report(username: string, itemId: string, body: Record<string, unknown>) {
    const res = await (await this.as(username)).post(`/api/supervision/items/${itemId}/reports`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }
}
