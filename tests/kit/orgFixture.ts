import { TEST_PASSWORD } from './testApp.ts';
import { SYSTEM_ACTOR, hashPassword, createAdminAccount, type Runtime, type ImportRecord } from '@kunlun/core/testing';

/**
 * A small slice of the Qinghai organization for tests:
 *
 *   630000 青海省人民政府 ── 630000-001 省政府办公厅
 *   632200 海北州政府 ─┬─ 632200-001 海北州政府办公室 ── 632200-001-01 秘书科
 *                     ├─ 632200-003 海北州教育局
 *                     ├─ 632221 门源县政府 ── 632221-001 门源县政府办公室
 *                     └─ 632222 祁连县政府 ── 632222-001 祁连县政府办公室
 *
 * People (password TEST_PASSWORD): hb_clerk, hb_head (also 副秘书长 of 632200), hb_leader
 * (分管领导 of 632200-001), hb_edu_head, my_clerk, my_head, ql_clerk; administrators admin,
 * secadmin, auditor.
 */
export interface OrgFixture {
  units: Record<string, string>;
  users: Record<string, string>;
}

const UNITS: UnitRow[] = [
  ['630000', '青海省人民政府', '青海省政府', '', '青政'],
  ['630000-001', '青海省人民政府办公厅', '省政府办公厅', '630000', '青政办'],
  ['632200', '海北藏族自治州人民政府', '海北州政府', '630000', '北政'],
  ['632200-001', '海北藏族自治州人民政府办公室', '海北州政府办公室', '632200', '北政办'],
  ['632200-001-01', '海北藏族自治州人民政府办公室秘书科', '秘书科', '632200-001', ''],
  ['632200-003', '海北藏族自治州教育局', '海北州教育局', '632200', '北教'],
  ['632221', '门源回族自治县人民政府', '门源县政府', '632200', '门源政'],
  ['632221-001', '门源回族自治县人民政府办公室', '门源县政府办公室', '632221', '门源政办'],
  ['632222', '祁连县人民政府', '祁连县政府', '632200', '祁连政'],
  ['632222-001', '祁连县人民政府办公室', '祁连县政府办公室', '632222', '祁连政办'],
];

const PEOPLE: PersonRow[] = [
  ['hb_clerk', '李明', '632200-001', 'staff', '科员', true, ''],
  ['hb_head', '王建国', '632200-001', 'office_director', '主任', true, ''],
  ['hb_head', '王建国', '632200-001', 'dept_head', '主任', false, ''],
  ['hb_head', '王建国', '632200', 'staff', '副秘书长', false, ''],
  ['hb_leader', '才让多杰', '632200', 'leader_in_charge', '副州长', true, '632200-001;632200-003'],
  ['hb_edu_head', '马秀兰', '632200-003', 'dept_head', '局长', true, ''],
  ['my_clerk', '韩卫东', '632221-001', 'staff', '科员', true, ''],
  ['my_head', '祁玉梅', '632221-001', 'dept_head', '主任', true, ''],
  ['ql_clerk', '卓玛', '632222-001', 'staff', '科员', true, ''],
];

export async function seedOrg(rt: Runtime): Promise<OrgFixture> {
  await importUnits(rt, UNITS);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await importPeople(rt, PEOPLE, { mobilePrefix: '1390970', email: (username) => `${username}@haibei.gov.cn`, passwordHash });
  await rt.db.transaction(async (trx) => {
    for (const [kind, username] of [
      ['system_admin', 'admin'],
      ['security_admin', 'secadmin'],
      ['audit_admin', 'auditor'],
    ] as const) {
      await createAdminAccount(trx, { kind, username, passwordHash }, rt.audit, { actor: SYSTEM_ACTOR });
    }
  });
  return orgFixtureOf(rt);
}

/** A unit for a fixture: code, name, short name, parent code ('' for a root), 机关代字 ('' for none). */
export type UnitRow = [code: string, name: string, shortName: string, parentCode: string, docPrefix: string];
/** A post for a fixture: username, name, unit code, post type, title, whether primary, the units in charge (';'-separated). */
export type PersonRow = [username: string, name: string, unit: string, post: string, title: string, primary: boolean, charges: string];

/** Adds units through the organization import, as an administrator's file would. */
export async function importUnits(rt: Runtime, units: readonly UnitRow[]): Promise<void> {
  const records = units.map(([code, name, shortName, parentCode, docPrefix], i): ImportRecord => ({
    row: i + 2,
    values: { code, name, shortName, parentCode, docPrefix },
  }));
  await rt.services.orgImport.importRecords('units', records, { dryRun: false }, { all: true }, { actor: SYSTEM_ACTOR });
}

/**
 * Adds people and their posts through the organization import, each signing in with
 * TEST_PASSWORD (or the given hash); mobile numbers are `<mobilePrefix><1000 + row>`.
 */
export async function importPeople(
  rt: Runtime,
  people: readonly PersonRow[],
  opts: { mobilePrefix: string; email?: (username: string) => string; passwordHash?: string },
): Promise<void> {
  const records = people.map(([username, displayName, unitCode, postType, title, primary, chargeUnitCodes], i): ImportRecord => ({
    row: i + 2,
    values: {
      username,
      displayName,
      unitCode,
      postType,
      title,
      isPrimary: primary ? '是' : '否',
      chargeUnitCodes,
      mobile: `${opts.mobilePrefix}${String(1000 + i)}`,
      email: opts.email?.(username) ?? '',
    },
  }));
  await rt.services.orgImport.importRecords(
    'users',
    records,
    { dryRun: false, initialPasswordHash: opts.passwordHash ?? (await hashPassword(TEST_PASSWORD)), mustChangePassword: false },
    { all: true },
    { actor: SYSTEM_ACTOR },
  );
}

/** Every unit's id by code and every account's id by username, as a fixture answers them. */
export async function orgFixtureOf(rt: Runtime): Promise<OrgFixture> {
  const units = Object.fromEntries((await rt.db('core_org_units').select('code', 'id')).map((u) => [u.code, u.id]));
  const users = Object.fromEntries((await rt.db('core_users').select('username', 'id')).map((u) => [u.username, u.id]));
  return { units, users };
}
