import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrgSheet } from '../../../core/src/install/orgSheets.ts';
import { readSheet } from '../../../core/src/org/import/tableReader.ts';
import { unitColumns, userColumns } from '../../../core/src/org/import/importColumns.ts';
import { readAnswersFile } from '../../../core/src/install/answersFile.ts';
import { draftFromAnswers, planFromDraft } from '../../../core/src/install/installAnswers.ts';
import fs from 'node:fs';
import { repo } from './kunlunProcesses.ts';

/**
 * The files administrators start from (deploy/templates/): the import templates carry exactly
 * the importer's columns, the XLSX and CSV templates read the same, and the 海北 example answers
 * make a complete plan once the passwords are in the environment.
 */
const templates = path.join(repo, 'deploy', 'templates');

describe('the import templates and the 海北 example', () => {
  it('the templates have the importer’s columns, in its order, in CSV and XLSX alike', async () => {
    for (const [kind, columns] of [
      ['units', unitColumns],
      ['users', userColumns],
    ] as const) {
      for (const ext of ['csv', 'xlsx']) {
        const file = path.join(templates, `${kind}-template.${ext}`);
        const sheet = await readSheet(file, fs.readFileSync(file));
        expect(sheet.headers, file).toEqual(columns.map((c) => c.header));
      }
      const fromCsv = await readOrgSheet(path.join(templates, `${kind}-template.csv`), kind);
      const fromXlsx = await readOrgSheet(path.join(templates, `${kind}-template.xlsx`), kind);
      expect(fromXlsx).toEqual(fromCsv);
    }
  });

  it('the 海北 units hang below 632200: its departments, the four counties and their townships', async () => {
    const units = await readOrgSheet(path.join(templates, 'haibei', 'units.csv'), 'units');
    const codes = new Set(units.map((u) => u.values.code));
    expect(codes.has('632200')).toBe(false);
    for (const u of units) expect(u.values.parentCode === '632200' || codes.has(u.values.parentCode!), `${u.values.code} → ${u.values.parentCode}`).toBe(true);
    expect(units.filter((u) => u.values.parentCode === '632200' && u.values.kind === '行政区').map((u) => u.values.code)).toEqual([
      '632221',
      '632222',
      '632223',
      '632224',
    ]);
    expect(units.filter((u) => u.values.parentCode === '632200' && u.values.kind === '部门')).toHaveLength(32);
  });

  it('the example answers, with the passwords in the environment, make a complete plan for 632200', () => {
    const env = {
      KUNLUN_SYSTEM_ADMIN_PASSWORD: 'Xitong#2026a',
      KUNLUN_SECURITY_ADMIN_PASSWORD: 'Baomi#2026b',
      KUNLUN_AUDIT_ADMIN_PASSWORD: 'Shenji#2026c',
      KUNLUN_INITIAL_PASSWORD: 'Haibei@2026',
    };
    const file = readAnswersFile(path.join(templates, 'example.yaml'), env);
    const plan = planFromDraft(draftFromAnswers(file), { modules: ['general', 'documents'], unset: file.unsetVariables });
    expect(plan.installation).toEqual({ code: '632200', name: '海北藏族自治州人民政府', shortName: '海北州政府', docPrefix: '北政', parent: null });
    expect(plan.database).toEqual({ kind: 'postgres', url: 'postgres://kunlun@127.0.0.1:5432/kunlun_haibei' });
    expect(plan.organization.units).toBe(path.join(templates, 'haibei', 'units.csv'));
    expect(plan.administrators.map((a) => [a.kind, a.username])).toEqual([
      ['system_admin', 'admin'],
      ['security_admin', 'secadmin'],
      ['audit_admin', 'auditor'],
    ]);
    expect(plan.settings).toMatchObject({ PORT: '3000', KUNLUN_TRUST_PROXY: '1', KUNLUN_COOKIE_SECURE: '0' });
    expect(() => planFromDraft(draftFromAnswers(readAnswersFile(path.join(templates, 'example.yaml'), {})), { modules: [] })).toThrow(/incomplete or wrong/);
  });
});
