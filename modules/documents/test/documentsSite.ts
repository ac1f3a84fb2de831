import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { seedDocumentsOrg } from './documentsOrg.ts';
import { DocumentsDesk } from './documentsDesk.ts';

export interface DocumentsSite {
  app: TestApp;
  org: OrgFixture;
  desk: DocumentsDesk;
}

/**
 * The site a documents test file works on, set up before its tests and closed after them: the
 * server with the documents module and its workers, the 西宁/海北 organization, and the desk.
 */
export function documentsSite(): DocumentsSite {
  const site = {} as DocumentsSite;
  beforeAll(async () => {
    site.app = await createTestApp({ modules: ['documents'], workers: true });
    site.org = await seedDocumentsOrg(site.app.runtime);
    site.desk = new DocumentsDesk(site.app);
  });
  afterAll(() => site.app?.close());
  return site;
}
