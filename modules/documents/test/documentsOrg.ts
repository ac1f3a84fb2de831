import { importPeople, importUnits, orgFixtureOf, seedOrg, type OrgFixture, type PersonRow, type UnitRow } from '@kunlun/test-kit';
import type { Runtime } from '@kunlun/core/testing';

/**
 * The test kit's organization plus what documents need: the eight prefecture governments and
 * their offices (each office with a 收发员), a full office in 西宁 (drafter, office director,
 * secretary, registrar, the leader in charge and the mayor), two 西宁 departments, and the
 * 海北 office's secretary and registrar. Usernames follow the demo organization's.
 *
 *   630100 西宁市政府 ─┬─ 630100-001 西宁市政府办公室 (宁政办): xn_clerk, xn_head, xn_secretary, xn_registrar
 *                     ├─ 630100-002 西宁市发展和改革委员会 (宁发改): xn_fgw_head
 *                     └─ 630100-003 西宁市教育局 (宁教): xn_edu_head, xn_edu_registrar
 *   xn_leader: 副市长 in charge of 630100-001..003;  xn_mayor: 市长
 *   632200-001 海北州政府办公室: + hb_secretary, hb_registrar;  632200-003 海北州教育局: + hb_edu_registrar
 *   630200-001 … 632800-001: the other prefecture offices, each with `<code>.registrar1`
 */
export const PREFECTURES: [code: string, name: string, short: string, prefix: string][] = [
  ['630100', '西宁市人民政府', '西宁市政府', '宁政'],
  ['630200', '海东市人民政府', '海东市政府', '东政'],
  ['632200', '海北藏族自治州人民政府', '海北州政府', '北政'],
  ['632300', '黄南藏族自治州人民政府', '黄南州政府', '黄政'],
  ['632500', '海南藏族自治州人民政府', '海南州政府', '南政'],
  ['632600', '果洛藏族自治州人民政府', '果洛州政府', '果政'],
  ['632700', '玉树藏族自治州人民政府', '玉树州政府', '玉政'],
  ['632800', '海西蒙古族藏族自治州人民政府', '海西州政府', '西政'],
];

export const OFFICES = PREFECTURES.map(([code]) => `${code}-001`);

const registrarOf = (code: string) =>
  ({ '630100-001': 'xn_registrar', '630200-001': 'hd_registrar', '632200-001': 'hb_registrar' })[code] ?? `${code}.registrar1`;
export const REGISTRARS: Record<string, string> = Object.fromEntries(OFFICES.map((c) => [c, registrarOf(c)]));

export async function seedDocumentsOrg(rt: Runtime): Promise<OrgFixture> {
  await seedOrg(rt);
  const units: UnitRow[] = [];
  for (const [code, name, short, prefix] of PREFECTURES) {
    if (code !== '632200') units.push([code, name, short, '630000', prefix]);
    if (code !== '632200') units.push([`${code}-001`, `${name}办公室`, `${short}办公室`, code, `${prefix}办`]);
  }
  units.push(['630100-002', '西宁市发展和改革委员会', '西宁市发改委', '630100', '宁发改'], ['630100-003', '西宁市教育局', '西宁市教育局', '630100', '宁教']);
  await importUnits(rt, units);
  const people: PersonRow[] = [
    ['xn_clerk', '张秀英', '630100-001', 'staff', '科员', true, ''],
    ['xn_head', '刘志强', '630100-001', 'office_director', '主任', true, ''],
    ['xn_head', '刘志强', '630100-001', 'dept_head', '主任', false, ''],
    ['xn_secretary', '杨帆', '630100-001', 'secretary', '秘书', true, ''],
    ['xn_leader', '马明德', '630100', 'leader_in_charge', '副市长', true, '630100-001;630100-002;630100-003'],
    ['xn_mayor', '索南达杰', '630100', 'principal_leader', '市长', true, ''],
    ['xn_fgw_head', '陈光辉', '630100-002', 'dept_head', '主任', true, ''],
    ['xn_edu_head', '赵丽华', '630100-003', 'dept_head', '局长', true, ''],
    ['xn_edu_registrar', '何静', '630100-003', 'registrar', '科员', true, ''],
    ['hb_secretary', '周海燕', '632200-001', 'secretary', '秘书', true, ''],
    ['hb_edu_registrar', '冶成林', '632200-003', 'registrar', '科员', true, ''],
    ['hb_governor', '旦正', '632200', 'principal_leader', '州长', true, ''],
    ...OFFICES.map((code, i): PersonRow => [registrarOf(code), `收发员${i + 1}`, code, 'registrar', '科员', true, '']),
  ];
  await importPeople(rt, people, { mobilePrefix: '1390971' });
  return orgFixtureOf(rt);
}
