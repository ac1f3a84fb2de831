import type { ImportRecord } from '../org/import/importColumns.ts';
import { personName } from './chineseNames.ts';
import type { DemoUnit } from './demoOrganization.ts';

/**
 * The demo people: in every government its head and deputies (each deputy in charge of a share
 * of the departments, the first one of the government office); in every department its head,
 * a 收发员 who signs for incoming documents and staff; in government offices also secretaries.
 * A few people get memorable usernames (listed in the README); the rest are named
 * `<unit code>.<post><n>`, e.g. 632200-003.registrar1.
 */
export interface DemoPost {
  username: string;
  displayName?: string;
  unitCode: string;
  postType: 'principal_leader' | 'leader_in_charge' | 'dept_head' | 'office_director' | 'secretary' | 'registrar' | 'staff';
  title: string;
  isPrimary: boolean;
  chargeUnitCodes?: string[];
}

/** Memorable accounts, keyed by `<unit code>/<slot>`. */
export const NAMED_ACCOUNTS: Record<string, string> = {
  '630000/leader1': 'qh_governor',
  '630000/deputy1': 'qh_leader',
  '630000-001/head1': 'qh_head',
  '630000-001/secretary1': 'qh_secretary',
  '630000-001/registrar1': 'qh_registrar',
  '630000-001/staff1': 'qh_clerk',
  '632200/leader1': 'hb_governor',
  '632200/deputy1': 'hb_leader',
  '632200-001/head1': 'hb_head',
  '632200-001/secretary1': 'hb_secretary',
  '632200-001/registrar1': 'hb_registrar',
  '632200-001/staff1': 'hb_clerk',
  '632200-001-04/head1': 'hb_sup_head',
  '632200-001-04/staff1': 'hb_sup_clerk',
  '632200-003/head1': 'hb_edu_head',
  '632200-003/registrar1': 'hb_edu_registrar',
  '632200-022/head1': 'hb_emergency_head',
  '632221/deputy1': 'my_leader',
  '632221-001/head1': 'my_head',
  '632221-001/registrar1': 'my_registrar',
  '632221-001/staff1': 'my_clerk',
  '630100-001/registrar1': 'xn_registrar',
  '630200-001/registrar1': 'hd_registrar',
};

const DEPUTIES = { province: 4, prefecture: 3, county: 3, township: 1 } as const;

export function demoPosts(units: DemoUnit[]): DemoPost[] {
  const posts: DemoPost[] = [];
  const childrenOf = new Map<string, DemoUnit[]>();
  for (const u of units) if (u.parentCode) childrenOf.set(u.parentCode, [...(childrenOf.get(u.parentCode) ?? []), u]);
  const add = (unit: DemoUnit, slot: string, postType: DemoPost['postType'], title: string, extra: Partial<DemoPost> = {}) => {
    const username = NAMED_ACCOUNTS[`${unit.code}/${slot}`] ?? `${unit.code}.${slot}`;
    posts.push({ username, unitCode: unit.code, postType, title, isPrimary: true, ...extra });
  };
  for (const unit of units) {
    switch (unit.role) {
      case 'government':
      case 'township': {
        add(unit, 'leader1', 'principal_leader', unit.headTitle);
        const departments = (childrenOf.get(unit.code) ?? []).filter((c) => c.kind === 'department');
        const deputies = DEPUTIES[unit.level];
        for (let i = 0; i < deputies; i++) {
          // Departments dealt round-robin; the first deputy (常务) takes the government office.
          const share = departments.filter((_, k) => k % deputies === i).map((d) => d.code);
          add(unit, `deputy${i + 1}`, 'leader_in_charge', `副${unit.headTitle}`, { chargeUnitCodes: share });
        }
        break;
      }
      case 'office':
        add(unit, 'head1', 'office_director', '主任');
        add(unit, 'head1', 'dept_head', '主任', { isPrimary: false });
        add(unit, 'deputy1', 'staff', '副主任');
        add(unit, 'secretary1', 'secretary', '秘书');
        add(unit, 'secretary2', 'secretary', '秘书');
        add(unit, 'registrar1', 'registrar', '科员');
        add(unit, 'staff1', 'staff', '科员');
        add(unit, 'staff2', 'staff', '科员');
        break;
      case 'department':
        add(unit, 'head1', 'dept_head', unit.headTitle);
        add(unit, 'registrar1', 'registrar', '科员');
        add(unit, 'staff1', 'staff', '科员');
        break;
      case 'section':
        add(unit, 'head1', 'dept_head', unit.headTitle);
        add(unit, 'staff1', 'staff', '科员');
        break;
      case 'townshipOffice':
        add(unit, 'head1', 'dept_head', unit.headTitle);
        if (unit.code.endsWith('-001')) add(unit, 'registrar1', 'registrar', '工作人员');
        break;
    }
  }
  // A person with posts in two units: the head of the Haibei government office is also the
  // prefecture government's deputy secretary-general (副秘书长).
  posts.push({ username: 'hb_head', unitCode: '632200', postType: 'staff', title: '副秘书长', isPrimary: false });
  return posts;
}

export function userRecords(posts: DemoPost[]): ImportRecord[] {
  const names = new Map<string, { name: string; gender: 'male' | 'female' }>();
  return posts.map((p, i) => {
    let person = names.get(p.username);
    if (!person) {
      person = personName(p.username);
      names.set(p.username, person);
    }
    return {
      row: i + 2,
      values: {
        username: p.username,
        displayName: person.name,
        gender: person.gender === 'male' ? '男' : '女',
        unitCode: p.unitCode,
        postType: p.postType,
        title: p.title,
        isPrimary: p.isPrimary ? '是' : '否',
        chargeUnitCodes: (p.chargeUnitCodes ?? []).join(';'),
        officePhone: `0970-${String(8_000_000 + (i % 1_000_000)).slice(0, 7)}`,
        mobile: `139${String(70_000_000 + i).padStart(8, '0')}`,
        email: '',
      },
    };
  });
}
