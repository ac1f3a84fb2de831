import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, importPeople, orgFixtureOf, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import type { Runtime } from '@kunlun/core/testing';
import { seedDocumentsOrg } from '../../../modules/documents/test/documentsOrg.ts';
import { DocumentsDesk } from '../../../modules/documents/test/documentsDesk.ts';
import { addSupervisionOrg } from '../../../modules/supervision/test/supervisionOrg.ts';
import { SupervisionDesk } from '../../../modules/supervision/test/supervisionDesk.ts';

/**
 * The site where an incoming document's 批办 becomes a supervision item: documents and
 * supervision enabled with their workers, on the documents tests' organization (西宁 and 海北
 * offices, the 海北 office's registrar 收发员 hb_registrar, its director hb_head, secretary
 * hb_secretary, the leader hb_leader) with the supervision tests' 督查室 and departments added,
 * and a head for each of the departments (documents hands an incoming document only to units
 * with one):
 *
 *   632200-004 财政局: hb_fin_head   632200-005 卫健委: hb_health_head   632200-006 民政局: hb_civil_head
 *
 * Sessions last a week so a test may move the clock forward by days (vi.setSystemTime).
 */
export interface DocumentsSupervisionSite {
  app: TestApp;
  org: OrgFixture;
  documents: DocumentsDesk;
  desk: SupervisionDesk;
}

const HEADS: [username: string, name: string, unit: string][] = [
  ['hb_fin_head', '祁建华', '632200-004'],
  ['hb_health_head', '索南卓玛', '632200-005'],
  ['hb_civil_head', '李永福', '632200-006'],
];

async function seedDocumentsSupervisionOrg(rt: Runtime): Promise<OrgFixture> {
  await seedDocumentsOrg(rt);
  await addSupervisionOrg(rt);
  await importPeople(
    rt,
    HEADS.map(([username, name, unit]) => [username, name, unit, 'dept_head', '局长', true, '']),
    { mobilePrefix: '1399702' },
  );
  return orgFixtureOf(rt);
}

export function documentsSupervisionSite(): DocumentsSupervisionSite {
  const site = {} as DocumentsSupervisionSite;
  beforeAll(async () => {
    site.app = await createTestApp({
      modules: ['documents', 'supervision'],
      workers: true,
      env: { KUNLUN_SESSION_IDLE_MINUTES: String(7 * 24 * 60), KUNLUN_SESSION_MAX_HOURS: String(30 * 24) },
    });
    site.org = await seedDocumentsSupervisionOrg(site.app.runtime);
    site.documents = new DocumentsDesk(site.app);
    site.desk = new SupervisionDesk(site.app);
  });
  afterAll(() => site.app?.close());
  return site;
}

export interface Instruction {
  title: string;
  /** 列入督办 ticked at 批办. */
  supervise: boolean;
  instruction: string;
  leadUnit: string;
  assistUnits: string[];
  dueOn?: string;
}

/**
 * A paper document received by the 海北 office, taken through 登记, 初审 and 拟办 to the leader's
 * 批办 as the web desktop does; answers the incoming record and its process.
 */
export async function instructIncoming(site: DocumentsSupervisionSite, i: Instruction): Promise<{ incomingId: string; instanceId: string }> {
  const registrar = await site.documents.client('hb_registrar');
  const res = await registrar.post('/api/documents/incoming/paper', {
    issuerName: '青海省人民政府办公厅',
    docNumber: '青政办〔2026〕141号',
    docType: '通知',
    title: i.title,
    copies: 1,
    pages: 6,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const { incomingId, instanceId } = res.body as { incomingId: string; instanceId: string };
  await site.documents.handOn('hb_registrar', instanceId, '登记');
  await site.documents.handOn('hb_head', instanceId, '初审');
  await site.documents.handOn('hb_secretary', instanceId, '拟办', { opinion: '拟请分管领导批示', variables: { proposal: '拟请州教育局牵头办理' } });
  await site.documents.handOn('hb_leader', instanceId, '批办', {
    opinion: i.instruction,
    variables: { instruction: i.instruction, supervise: i.supervise, leadUnit: i.leadUnit, assistUnits: i.assistUnits, ...(i.dueOn ? { dueOn: i.dueOn } : {}) },
  });
  return { incomingId, instanceId };
}
