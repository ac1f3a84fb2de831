import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, TEST_PASSWORD, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { sessionIdOf } from '../../src/auth/sessionStore.ts';

describe('sign-in, sessions and lock-out', () => {
  let app: TestApp;
  let org: OrgFixture;

  beforeAll(async () => {
    app = await createTestApp();
    org = await seedOrg(app.runtime);
  });
  afterAll(() => app.close());

  it('given the right password, sign-in sets an httpOnly session cookie and a readable CSRF cookie and answers /api/me', async () => {
    const client = app.client();
    const res = await client.login('hb_clerk', TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'hb_clerk', displayName: '李明', accountKind: 'regular' });
    expect(res.body.actingUnit).toMatchObject({ code: '632200-001', shortName: '海北州政府办公室' });
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('kunlun_session='))).toMatch(/httponly/i);
    expect(cookies.find((c) => c.startsWith('kunlun_session='))).toMatch(/samesite=lax/i);
    expect(cookies.find((c) => c.startsWith('kunlun_csrf='))).not.toMatch(/httponly/i);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.permissions).toContain('org.directory.read');
  });

  it('the username is case-insensitive and the session table never stores the cookie token itself', async () => {
    const client = app.client();
    expect((await client.login('HB_Clerk', TEST_PASSWORD)).status).toBe(200);
    const token = client.cookie('kunlun_session')!;
    expect(await app.runtime.db('core_sessions').where({ id: token }).first()).toBeUndefined();
    expect(
      await app.runtime
        .db('core_sessions')
        .where({ id: sessionIdOf(token) })
        .first(),
    ).toBeDefined();
  });

  it('given a wrong password or an unknown user, sign-in answers 401 with the same message and no cookie', async () => {
    const wrong = await app.client().login('hb_clerk', 'wrong-password');
    const unknown = await app.client().login('nobody', 'wrong-password');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ code: 'invalid_credentials', message: '用户名或密码错误' });
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('after five wrong passwords the account is locked for 15 minutes, even for the right password', async () => {
    const client = app.client();
    for (let i = 1; i <= 4; i++) expect((await client.login('my_clerk', `wrong-${i}`)).body.error.code).toBe('invalid_credentials');
    const fifth = await client.login('my_clerk', 'wrong-5');
    expect(fifth.status).toBe(401);
    expect(fifth.body.error.code).toBe('account_locked');
    const lockedUntil = new Date(fifth.body.error.details.lockedUntil).getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000 + 5_000);
    const right = await client.login('my_clerk', TEST_PASSWORD);
    expect(right.status).toBe(401);
    expect(right.body.error.code).toBe('account_locked');
    expect(right.body.error.message).toContain('账号已锁定');
    const audit = await app.runtime.db('core_audit_log').where({ action: 'auth.lockout', target_id: org.users.my_clerk }).first();
    expect(audit).toBeDefined();
  });

  it('parallel wrong passwords cannot slip past the limit', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => app.client().login('ql_clerk', `wrong-${i}`)));
    const row = await app.runtime.db('core_users').where({ username: 'ql_clerk' }).first('failed_attempts', 'locked_until');
    expect(row.locked_until).not.toBeNull();
    expect(results.some((r) => r.body.error.code === 'account_locked')).toBe(true);
  });

  it('once the lock-out has passed, the right password signs in and the counter starts again', async () => {
    await app.runtime
      .db('core_users')
      .where({ username: 'my_clerk' })
      .update({ locked_until: new Date(Date.now() - 1000) });
    const res = await app.client().login('my_clerk', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const row = await app.runtime.db('core_users').where({ username: 'my_clerk' }).first('failed_attempts', 'locked_until');
    expect(row).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it('a session idle longer than the idle timeout ends: the next request answers 401 session_expired', async () => {
    const client = await app.signedIn('hb_head');
    const token = client.cookie('kunlun_session')!;
    await app.runtime
      .db('core_sessions')
      .where({ id: sessionIdOf(token) })
      .update({ last_seen_at: new Date(Date.now() - 31 * 60_000) });
    const res = await client.get('/api/me');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'session_expired', message: '会话已超时，请重新登录' });
    const row = await app.runtime
      .db('core_sessions')
      .where({ id: sessionIdOf(token) })
      .first();
    expect(row.end_reason).toBe('idle');
  });

  it('a session past its maximum lifetime ends even when used constantly', async () => {
    const client = await app.signedIn('hb_head');
    const token = client.cookie('kunlun_session')!;
    await app.runtime
      .db('core_sessions')
      .where({ id: sessionIdOf(token) })
      .update({ expires_at: new Date(Date.now() - 1000) });
    expect((await client.get('/api/me')).body.error.code).toBe('session_expired');
  });

  it('sign-out ends the session and clears the cookies; the old cookie no longer works', async () => {
    const client = await app.signedIn('hb_leader');
    const token = client.cookie('kunlun_session')!;
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(200);
    expect(client.cookie('kunlun_session')).toBeUndefined();
    client.setCookie('kunlun_session', token);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('a person with posts in two units can switch the unit they act for, but not to a unit without a post', async () => {
    const client = await app.signedIn('hb_head');
    expect((await client.get('/api/me')).body.actingUnit.code).toBe('632200-001');
    const switched = await client.put('/api/me/acting-unit', { unitId: org.units['632200'] });
    expect(switched.status).toBe(200);
    expect(switched.body.actingUnit.code).toBe('632200');
    expect((await client.get('/api/me')).body.actingUnit.code).toBe('632200');
    const refused = await client.put('/api/me/acting-unit', { unitId: org.units['632221-001'] });
    expect(refused.status).toBe(422);
    expect((await client.get('/api/me')).body.actingUnit.code).toBe('632200');
  });

  it('changing one’s password needs the current one, a strong new one, and ends the other sessions', async () => {
    const first = await app.signedIn('hb_edu_head');
    const second = await app.signedIn('hb_edu_head');
    expect((await first.post('/api/me/password', { currentPassword: 'nope', newPassword: 'Qinghai#2027' })).status).toBe(422);
    const weak = await first.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'abc' });
    expect(weak.status).toBe(422);
    expect(weak.body.error.code).toBe('weak_password');
    expect((await first.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'Qinghai#2027' })).status).toBe(200);
    expect((await first.get('/api/me')).status).toBe(200);
    expect((await second.get('/api/me')).status).toBe(401);
    expect((await app.client().login('hb_edu_head', 'Qinghai#2027')).status).toBe(200);
  });

  it('an unsafe request without the CSRF header, or with a wrong one, is refused and changes nothing', async () => {
    const client = await app.signedIn('hb_head');
    const missing = await client.request('PUT', '/api/me/acting-unit', { unitId: org.units['632200'] }, { csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_failed');
    const forged = await client.request('PUT', '/api/me/acting-unit', { unitId: org.units['632200'] }, { csrf: false, headers: { 'X-CSRF-Token': 'forged' } });
    expect(forged.status).toBe(403);
    expect((await client.get('/api/me')).body.actingUnit.code).toBe('632200-001');
  });
});

describe('sign-in with Secure cookies, behind a TLS proxy', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ env: { KUNLUN_COOKIE_SECURE: '1', KUNLUN_TRUST_PROXY: '1' } });
    await seedOrg(app.runtime);
  });
  afterAll(() => app.close());

  it('over plain HTTP sign-in is refused with a clear reason and starts no session; through the proxy it sets Secure cookies', async () => {
    const plain = await app.client().login('hb_clerk', TEST_PASSWORD);
    expect(plain.status).toBe(400);
    expect(plain.body.error.code).toBe('auth.https_required');
    expect(plain.body.error.message).toContain('HTTPS');
    expect(await app.runtime.db('core_sessions').count('* as n').first()).toEqual({ n: 0 });

    const proxied = await app
      .client()
      .request('POST', '/api/auth/login', { username: 'hb_clerk', password: TEST_PASSWORD }, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(proxied.status).toBe(200);
    expect(proxied.headers.getSetCookie().find((c) => c.startsWith('kunlun_session='))).toMatch(/;\s*secure/i);
  });
});
