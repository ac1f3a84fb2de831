import { importPeople, importUnits, orgFixtureOf, seedOrg, type OrgFixture } from '@kunlun/test-kit';
import type { Runtime } from '@kunlun/core/testing';

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
  await importUnits(rt, [
    ['632200-001-02', '海北藏族自治州人民政府办公室督查室', '督查室', '632200-001', ''],
    ['632200-004', '海北藏族自治州财政局', '海北州财政局', '632200', '北财'],
    ['632200-005', '海北藏族自治州卫生健康委员会', '海北州卫健委', '632200', '北卫健'],
    ['632200-006', '海北藏族自治州民政局', '海北州民政局', '632200', '北民'],
  ]);
  await importPeople(
    rt,
    [
      ['hb_sup_head', '李文斌', '632200-001-02', 'dept_head', '科长', true, ''],
      ['hb_sup_clerk', '张桂芳', '632200-001-02', 'staff', '科员', true, ''],
      ['hb_edu_registrar', '冶成林', '632200-003', 'registrar', '科员', true, ''],
      ['hb_fin_registrar', '马骏', '632200-004', 'registrar', '科员', true, ''],
      ['hb_health_registrar', '拉毛措', '632200-005', 'registrar', '科员', true, ''],
      ['hb_civil_registrar', '韩思远', '632200-006', 'registrar', '科员', true, ''],
      ['hb_leader', '才让多杰', '632200', 'leader_in_charge', '副州长', true, '632200-001;632200-003;632200-004'],
      ['hb_governor', '旦正', '632200', 'principal_leader', '州长', true, ''],
    ],
    { mobilePrefix: '1399701' },
  );
  return orgFixtureOf(rt);
}
