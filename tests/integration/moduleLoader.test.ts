import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, waitFor, type TestApp } from '@kunlun/test-kit';

const fixtures = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name);

describe('the module loader', () => {
  describe('with two modules, beta depending on alpha', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await createTestApp({ modulesDir: fixtures('modules-good'), modules: 'all' });
      await seedOrg(app.runtime);
    });
    afterAll(() => app.close());

    it('loads them in dependency order and lists them at /api/modules', async () => {
      const clerk = await app.signedIn('hb_clerk');
      const res = await clerk.get('/api/modules');
      expect(res.status).toBe(200);
      expect(res.body.map((m: { name: string }) => m.name)).toEqual(['alpha', 'beta']);
      expect(res.body[1]).toMatchObject({ dependsOn: ['alpha'], title: { 'zh-CN': '测试模块乙' } });
    });

    it("runs each module's migrations and mounts its routes under /api/<module>, behind its permissions", async () => {
      expect(await app.runtime.db.schema.hasTable('alpha_notes')).toBe(true);
      const clerk = await app.signedIn('hb_clerk');
      expect((await clerk.get('/api/alpha/notes')).status).toBe(200); // granted to staff on first enable
      const write = await clerk.post('/api/alpha/notes', { body: '请于周五前报送' });
      expect(write.status).toBe(403); // alpha.note.write is granted to nobody yet
      expect(write.body.error.details.permission).toBe('alpha.note.write');
    });

    it('modules call each other through declared services and events, and jobs run on the workers', async () => {
      const sec = await app.signedIn('secadmin');
      const writers = await sec.post('/api/security/roles', {
        code: 'note_writer',
        name: '便笺撰写',
        dataScope: 'own_unit',
        permissions: ['alpha.note.write'],
      });
      const roles = (await sec.get('/api/security/roles')).body as { id: string; code: string }[];
      const userId = (await app.runtime.db('core_users').where({ username: 'hb_clerk' }).first('id')).id;
      await sec.put(`/api/security/users/${userId}/roles`, { grants: [{ roleId: roles.find((r) => r.code === 'staff')!.id }, { roleId: writers.body.id }] });
      const clerk = await app.signedIn('hb_clerk');
      const created = await clerk.post('/api/alpha/notes', { body: '明日值班安排' });
      expect(created.status).toBe(201);
      expect((await clerk.get('/api/beta/summary')).body).toEqual({ notes: 1, heard: 1 });
      app.runtime.jobs!.startWorkers(1);
      await waitFor(async () => (await clerk.get('/api/alpha/notes')).body[0]?.archived, { what: 'the archive job' });
    });

    it('the permissions of modules appear in the catalog with their module as source', async () => {
      const sec = await app.signedIn('secadmin');
      const catalog = (await sec.get('/api/security/permissions')).body as { id: string; source: string }[];
      expect(catalog.filter((p) => p.source !== 'core').map((p) => p.id)).toEqual(['alpha.note.read', 'alpha.note.write', 'beta.summary.read']);
    });

    it('the system administrator disables a module for the next start, but not one another module needs', async () => {
      const admin = await app.signedIn('admin');
      const refused = await admin.put('/api/system/modules/alpha', { enabled: false });
      expect(refused.status).toBe(409);
      expect(refused.body.error.details.dependents).toEqual(['beta']);
      const disabled = await admin.put('/api/system/modules/beta', { enabled: false });
      expect(disabled.body).toEqual({ name: 'beta', enabledAfterRestart: false });
      const list = (await admin.get('/api/system/modules')).body as { name: string; running: boolean; enabledAfterRestart: boolean }[];
      expect(list.find((m) => m.name === 'beta')).toMatchObject({ running: true, enabledAfterRestart: false });
      expect(await app.runtime.db.schema.hasTable('alpha_notes')).toBe(true);
    });
  });

  it('a dependency cycle stops start-up with a message naming the modules', async () => {
    await expect(createTestApp({ modulesDir: fixtures('modules-cycle'), modules: ['one', 'two'] })).rejects.toThrow(
      'modules depend on each other in a cycle: one → two → one',
    );
  });

  it('a missing dependency stops start-up naming both modules', async () => {
    await expect(createTestApp({ modulesDir: fixtures('modules-missing'), modules: ['lonely'] })).rejects.toThrow(
      'module "lonely" depends on "ghost", which is not installed',
    );
  });

  it('a dependency that is installed but not enabled is reported as such', async () => {
    await expect(createTestApp({ modulesDir: fixtures('modules-good'), modules: ['beta'] })).rejects.toThrow(
      'module "beta" depends on "alpha", which is not enabled',
    );
  });

  it('an invalid manifest stops start-up listing each problem', async () => {
    const attempt = createTestApp({ modulesDir: fixtures('modules-invalid'), modules: ['broken'] });
    await expect(attempt).rejects.toThrow(/version: a semantic version/);
    await expect(createTestApp({ modulesDir: fixtures('modules-invalid'), modules: ['broken'] })).rejects.toThrow(
      /"documents.outgoing.sign" must start with "broken."/,
    );
  });
});
