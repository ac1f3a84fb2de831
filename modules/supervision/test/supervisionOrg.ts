import { seedOrg, type OrgFixture, TEST_PASSWORD } from '@kunlun/test-kit';
import { SYSTEM_ACTOR, hashPassword, type ImportRecord, type Runtime } from '@kunlun/core/testing';

/**
 * The test kit's 海北 organization plus what supervision needs: the office's 督查室 (its head
 * reviews, its clerk registers), four prefecture departments each with a 收发员 who signs for
 * items, and the leaders who instruct. Usernames follow the demo organization's.
 *
 *   632200-001-02 海北州政府办公室督查室: hb_sup_head (科长), hb_sup_clerk
 *   632200-003 教育局: hb_edu_head, hb_edu_registrar      632200-004 财政局: hb_fin_registrar
 *   632200-005 卫生健康委员会: hb_health_registrar       632200-006 民政局: hb_civil_registrar
 *   hb_leader (副州长, in charge of 001, 003, 004);  hb_governor (州长)
 */
export async function seedSupervisionOrg(rt: Runtime): Promise<OrgFixture> {
  await seedOrg(rt);
  return addSupervisionOrg(rt);
}

/** The supervision office, departments and people above, added to an organization already seeded (the test kit's, or the documents tests'). */
export async function addSupervisionOrg(rt: Runtime): Promise<OrgFixture> {
  const source = { actor: SYSTEM_ACTOR };
  const units: [code: string, name: string, shortName: string, parentCode: string, docPrefix: string][] = [
    ['632200-001-02', '海北藏族自治州人民政府办公室督查室', '督查室', '632200-001', ''],
    ['632200-004', '海北藏族自治州财政局', '海北州财政局', '632200', '北财'],
    ['632200-005', '海北藏族自治州卫生健康委员会', '海北州卫健委', '632200', '北卫健'],
    ['632200-006', '海北藏族自治州民政局', '海北州民政局', '632200', '北民'],
  ];
  await rt.services.orgImport.importRecords(
    'units',
    units.map(([code, name, shortName, parentCode, docPrefix], i): ImportRecord => ({ row: i + 2, values: { code, name, shortName, parentCode, docPrefix } })),
    { dryRun: false },
    { all: true },
    source,
  );
  const people: [username: string, name: string, unit: string, post: string, title: string, primary: boolean, charges: string][] = [
    ['hb_sup_head', '李文斌', '632200-001-02', 'dept_head', '科长', true, ''],
    ['hb_sup_clerk', '张桂芳', '632200-001-02', 'staff', '科员', true, ''],
    ['hb_edu_registrar', '冶成林', '632200-003', 'registrar', '科员', true, ''],
    ['hb_fin_registrar', '马骏', '632200-004', 'registrar', '科员', true, ''],
    ['hb_health_registrar', '拉毛措', '632200-005', 'registrar', '科员', true, ''],
    ['hb_civil_registrar', '韩思远', '632200-006', 'registrar', '科员', true, ''],
    ['hb_leader', '才让多杰', '632200', 'leader_in_charge', '副州长', true, '632200-001;632200-003;632200-004'],
    ['hb_governor', '旦正', '632200', 'principal_leader', '州长', true, ''],
  ];
  await rt.services.orgImport.importRecords(
    'users',
    people.map(([username, displayName, unitCode, postType, title, primary, chargeUnitCodes], i): ImportRecord => ({
      row: i + 2,
      values: {
        username,
        displayName,
        unitCode,
        postType,
        title,
        isPrimary: primary ? '是' : '否',
        chargeUnitCodes,
        mobile: `1399701${String(1000 + i)}`,
        email: '',
      },
    })),
    { dryRun: false, initialPasswordHash: await hashPassword(TEST_PASSWORD), mustChangePassword: false },
    { all: true },
    source,
  );
  const unitIds = Object.fromEntries((await rt.db('core_org_units').select('code', 'id')).map((u) => [u.code, u.id]));
  const userIds = Object.fromEntries((await rt.db('core_users').select('username', 'id')).map((u) => [u.username, u.id]));
  return { units: unitIds, users: userIds };
}
