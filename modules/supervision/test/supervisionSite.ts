import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { seedSupervisionOrg } from './supervisionOrg.ts';
import { SupervisionDesk } from './supervisionDesk.ts';

export interface SupervisionSite {
  app: TestApp;
  org: OrgFixture;
  desk: SupervisionDesk;
}

/** The site a supervision test file works on: the server with the module and its workers, the 海北 organization, the desk. */
export function supervisionSite(modules: string[] = ['supervision']): SupervisionSite {
  const site = {} as SupervisionSite;
  beforeAll(async () => {
    site.app = await createTestApp({ modules, workers: true });
    site.org = await seedSupervisionOrg(site.app.runtime);
    site.desk = new SupervisionDesk(site.app);
  });
  afterAll(() => site.app?.close());
  return site;
}
