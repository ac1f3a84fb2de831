import { expect } from 'vitest';
import { Desk, waitFor, type ApiClient, type TestApp } from '@kunlun/test-kit';

/**
 * The documents desk for tests: people sign in once, then draft, fill in and hand on documents
 * through the HTTP API as the web desktop does — documents' fields through /api/documents, the
 * steps through the engine's task API.
 */
export class DocumentsDesk extends Desk {
  constructor(app: TestApp) {
    super(app);
  }

  async draft(
    username: string,
    body: Record<string, unknown>,
  ): Promise<{ id: string; instanceId: string; taskId: string | null; warnings: { code: string; field: string; message: string }[] }> {
    const res = await (await this.as(username)).post('/api/documents/outgoing', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  async document(username: string, id: string) {
    const res = await (await this.as(username)).get(`/api/documents/${id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  async change(username: string, id: string, body: Record<string, unknown>) {
    const res = await (await this.as(username)).patch(`/api/documents/${id}`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  /** Completes the person's one open task in the instance (at the named step), waiting for it to arrive. */
  async handOn(username: string, instanceId: string, stepName: string, body: Record<string, unknown> = {}) {
    const task = await waitFor(async () => (await this.todo(username, instanceId)).find((t) => t.stepName === stepName), {
      what: `${username}'s "${stepName}"`,
      timeoutMs: 20_000,
    });
    const res = await this.act(username, task.id, 'complete', body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  /** Every step of 西宁市政府办公室's draft agrees, from 拟稿 up to 印制 (the PDF is then requested). */
  async throughPrint(instanceId: string): Promise<void> {
    for (const [who, step] of [
      ['xn_clerk', '拟稿'],
      ['xn_head', '部门审核'],
      ['xn_head', '办公室核稿'],
      ['xn_leader', '领导签发'],
      ['xn_secretary', '复核'],
      ['xn_registrar', '印制'],
    ] as const) {
      await this.handOn(who, instanceId, step);
    }
  }

  /** 西宁市政府办公室 issues a document: every step agrees; waits until every recipient has it. */
  async issue(body: Record<string, unknown>): Promise<{ id: string; instanceId: string; docNumber: string }> {
    const drafted = await this.draft('xn_clerk', body);
    await this.throughPrint(drafted.instanceId);
    await this.handOn('xn_registrar', drafted.instanceId, '核发');
    const doc = await waitFor(
      async () => {
        const d = await this.document('xn_clerk', drafted.id);
        return d.distribution?.state === 'done' ? d : null;
      },
      { what: 'the distribution', timeoutMs: 20_000 },
    );
    return { id: drafted.id, instanceId: drafted.instanceId, docNumber: doc.docNumber };
  }

  /** The inbox entry (receipt) of a document for a registrar. */
  async receiptFor(username: string, documentId: string): Promise<string> {
    const inbox = await this.list(username, 'box=toSign&pageSize=200');
    const entry = inbox.items.find((i) => i.documentId === documentId);
    expect(entry, `${username} should have the document to sign for`).toBeDefined();
    return entry!.id;
  }

  async client(username: string): Promise<ApiClient> {
    return this.as(username);
  }

  async list(username: string, query: string) {
    const res = await (await this.as(username)).get(`/api/documents?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as {
      items: {
        kind: string;
        id: string;
        documentId: string;
        title: string;
        docType: string;
        docNumber: string | null;
        urgency: string;
        state: string;
        urgeCount: number;
        incomingNumber: string | null;
        unit: { id: string; name: string } | null;
      }[];
      total: number;
    };
  }
}

/** Uploads a file as a signed-in person (multipart, as the browser does); answers its id. */
export async function upload(client: ApiClient, name: string, data: Uint8Array | string, type = 'application/octet-stream'): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([typeof data === 'string' ? data : Buffer.from(data)], { type }), name);
  const res = await client.request('POST', '/api/files', undefined, { raw: form });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}
