import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, type ApiClient, type TestApp } from '@kunlun/test-kit';

describe('the HTTP edge: bad input, errors, headers, health, OpenAPI', () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await createTestApp({ env: { KUNLUN_BODY_LIMIT_KB: '16' } });
    await seedOrg(app.runtime);
    admin = await app.signedIn('admin');
  });
  afterAll(() => app.close());

  const unitCount = async () => Number((await app.runtime.db('core_org_units').count('* as n'))[0]!.n);

  it('malformed JSON answers 400 invalid_json and changes nothing', async () => {
    const before = await unitCount();
    const res = await admin.request('POST', '/api/org/units', undefined, { raw: '{"code": "632299", ', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_json', message: '请求体不是有效的 JSON' });
    expect(await unitCount()).toBe(before);
  });

  it('a body over the limit answers 413 before it is read', async () => {
    const res = await admin.post('/api/org/units', { name: '长'.repeat(20_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('unknown fields answer 400 naming them; nothing is stored', async () => {
    const before = await unitCount();
    const res = await admin.post('/api/org/units', {
      parentId: null,
      code: '640000',
      kind: 'region',
      level: 'province',
      name: '宁夏回族自治区人民政府',
      shortName: '宁夏政府',
      secretLevel: '机密',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ location: 'body', code: 'unrecognized_keys', keys: ['secretLevel'] })]);
    expect(await unitCount()).toBe(before);
  });

  it('missing and wrongly typed fields are listed in the caller’s language', async () => {
    const zh = await admin.post('/api/org/units', { code: 6322, kind: 'planet' });
    expect(zh.status).toBe(400);
    const paths = zh.body.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'kind', 'level', 'name', 'shortName']));
    expect(zh.body.error.message).toBe('提交的数据不符合要求');
    admin.locale = 'en-US,en;q=0.9';
    const en = await admin.post('/api/org/units', { code: 6322 });
    admin.locale = 'zh-CN';
    expect(en.body.error.message).toBe('The request data is not valid');
    expect(en.body.error.details.issues[0].message).toMatch(/expected/i);
  });

  it('a body that is not JSON answers 415; a body where none is expected answers 400', async () => {
    const text = await admin.request('POST', '/api/org/units', undefined, {
      raw: 'code=632299',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBe(415);
    const extra = await admin.post('/api/auth/logout', { everything: true });
    expect(extra.status).toBe(400);
    expect(extra.body.error.code).toBe('body_not_allowed');
  });

  it('bad query parameters and ids answer 400 and 404 in the error format', async () => {
    const query = await admin.get('/api/org/units?pageSize=100000');
    expect(query.status).toBe(400);
    const unknownParam = await admin.get('/api/org/units?colour=red');
    expect(unknownParam.status).toBe(400);
    const id = await admin.get('/api/org/units/not-a-uuid');
    expect(id.status).toBe(404);
    const missing = await admin.get('/api/org/units/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'org.unit_not_found', message: '组织机构不存在' });
    const route = await admin.get('/api/nothing-here');
    expect(route.status).toBe(404);
    expect(route.body.error.code).toBe('route_not_found');
  });

  it('every answer carries a request id and security headers; errors never carry a stack', async () => {
    const res = await app.client().request('GET', '/api/me', undefined, { headers: { 'X-Request-Id': 'trace-12345678' } });
    expect(res.headers.get('x-request-id')).toBe('trace-12345678');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    const generated = await app.client().get('/healthz');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/healthz answers 200 with the database and Redis up', async () => {
    const res = await app.client().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { ok: true }, redis: { ok: true } });
  });

  it('/healthz answers 503 when Redis is down', async () => {
    const broken = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const res = await broken.client().get('/healthz');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'unavailable', database: { ok: true }, redis: { ok: false } });
    } finally {
      await broken.close();
    }
  });

  it('/api/openapi.json describes every route with the schemas that validate it', async () => {
    const res = await app.client().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const createUnit = res.body.paths['/api/org/units'].post;
    expect(createUnit.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(createUnit.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['code', 'name', 'kind', 'level']));
    expect(createUnit['x-kunlun-access']).toEqual({
      anyOf: [{ permission: 'org.unit.manage', title: { 'zh-CN': '管理组织机构', en: 'Manage organization units' } }],
    });
    expect(res.body.paths['/api/org/units/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/api/auth/login', '/api/me', '/api/org/users', '/api/modules', '/api/openapi.json']),
    );
  });
});
