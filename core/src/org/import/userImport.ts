import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { insertInChunks } from '../../db/database.ts';
import { scopeCovers, type DataScope } from '../../access/dataScope.ts';
import { grantDefaultRoles } from '../../access/defaultRoles.ts';
import { headerOf, userColumns, type ImportProblem, type ImportRecord } from './importColumns.ts';

/**
 * Imports people and their posts. A row is one post; a person with posts in several units has
 * several rows with the same username (personal columns may be left empty after the first).
 * New accounts get the initial password and must change it at first sign-in; known accounts
 * get their personal details updated and any post they do not hold yet.
 */
interface PersonCandidate {
  row: number;
  username: string;
  displayName: string;
  gender: 'male' | 'female' | null;
  officePhone: string | null;
  mobile: string | null;
  email: string | null;
  posts: { row: number; unitCode: string; postType: string; title: string | null; isPrimary: boolean; chargeUnitCodes: string[] }[];
}

const genderWords: Record<string, 'male' | 'female'> = { 男: 'male', 女: 'female', male: 'male', female: 'female', m: 'male', f: 'female' };
const yesWords = ['是', 'y', 'yes', 'true', '1', '√'];
const noWords = ['否', 'n', 'no', 'false', '0', ''];

export interface UserImportResult {
  created: number;
  updated: number;
  postsAdded: number;
}

export async function importUsers(
  trx: Knex.Transaction,
  records: ImportRecord[],
  scope: DataScope,
  opts: { initialPasswordHash: string | null; mustChangePassword: boolean },
): Promise<UserImportResult | ImportProblem[]> {
  const { initialPasswordHash } = opts;
  const problems: ImportProblem[] = [];
  const problem = (row: number, field: string | null, message: string, value?: string) =>
    problems.push({ row, column: field ? headerOf(userColumns, field) : null, message, ...(value !== undefined ? { value } : {}) });

  const postTypes: { code: string; name_zh: string }[] = await trx('core_post_types').select('code', 'name_zh');
  const postTypeOf = (text: string) => postTypes.find((t) => t.code === text || t.name_zh === text)?.code;

  const people = new Map<string, PersonCandidate>();
  for (const { row, values } of records) {
    const username = (values.username ?? '').toLowerCase();
    if (!/^[a-z0-9][a-z0-9_.-]{1,63}$/.test(username)) {
      problem(row, 'username', '用户名由 2–64 位小写字母、数字和 _ . - 组成', values.username);
      continue;
    }
    const genderText = (values.gender ?? '').toLowerCase();
    const gender = genderText ? genderWords[genderText] : null;
    if (genderText && !gender) problem(row, 'gender', '性别应为“男”或“女”', values.gender);
    const phoneProblem = (field: 'officePhone' | 'mobile') => {
      const v = values[field];
      if (v && !/^[0-9+\-() ]{3,30}$/.test(v)) problem(row, field, '电话号码格式不正确', v);
    };
    phoneProblem('officePhone');
    phoneProblem('mobile');
    if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) problem(row, 'email', '邮箱格式不正确', values.email);
    const postType = postTypeOf(values.postType ?? '');
    if (!postType) problem(row, 'postType', `岗位应为：${postTypes.map((t) => t.name_zh).join('、')}`, values.postType);
    const primaryText = (values.isPrimary ?? '').toLowerCase();
    if (!yesWords.includes(primaryText) && !noWords.includes(primaryText)) problem(row, 'isPrimary', '主岗应为“是”或“否”', values.isPrimary);
    const title = values.title || null;
    if (title && title.length > 60) problem(row, 'title', '职务不超过 60 字', title);
    const post = {
      row,
      unitCode: values.unitCode ?? '',
      postType: postType ?? '',
      title,
      isPrimary: yesWords.includes(primaryText),
      chargeUnitCodes: (values.chargeUnitCodes ?? '').split(/[;；,，、\s]+/).filter(Boolean),
    };
    if (post.chargeUnitCodes.length && postType !== 'leader_in_charge' && postType !== 'principal_leader') {
      problem(row, 'chargeUnitCodes', '只有领导岗位可以填写分管单位');
    }
    const person = people.get(username);
    if (!person) {
      const displayName = values.displayName ?? '';
      if (!displayName || displayName.length > 100) problem(row, 'displayName', '姓名不能为空，且不超过 100 字', displayName);
      people.set(username, {
        row,
        username,
        displayName,
        gender: gender ?? null,
        officePhone: values.officePhone || null,
        mobile: values.mobile || null,
        email: values.email || null,
        posts: [post],
      });
      continue;
    }
    if (values.displayName && values.displayName !== person.displayName) {
      problem(row, 'displayName', `同一用户名在第 ${person.row} 行的姓名是“${person.displayName}”`, values.displayName);
    }
    if (person.posts.some((p) => p.unitCode === post.unitCode && p.postType === post.postType)) {
      problem(row, 'postType', '同一人在同一机构的同一岗位重复出现');
    }
    person.posts.push(post);
  }

  const unitCodes = [...new Set([...people.values()].flatMap((p) => p.posts.flatMap((x) => [x.unitCode, ...x.chargeUnitCodes])))];
  const units = new Map<string, { id: string; path: string }>();
  for (let i = 0; i < unitCodes.length; i += 1000) {
    for (const u of await trx('core_org_units')
      .whereIn('code', unitCodes.slice(i, i + 1000))
      .select('id', 'code', 'path'))
      units.set(u.code, u);
  }
  const usernames = [...people.keys()];
  const known = new Map<
    string,
    { id: string; account_kind: string; display_name: string; gender: string | null; office_phone: string | null; mobile: string | null; email: string | null }
  >();
  for (let i = 0; i < usernames.length; i += 1000) {
    const rows = await trx('core_users')
      .whereIn('username', usernames.slice(i, i + 1000))
      .select('id', 'username', 'account_kind', 'display_name', 'gender', 'office_phone', 'mobile', 'email');
    for (const u of rows) known.set(u.username, u);
  }
  const heldPosts = new Set<string>();
  const knownIds = [...known.values()].map((u) => u.id);
  for (let i = 0; i < knownIds.length; i += 1000) {
    for (const p of await trx('core_posts')
      .whereIn('user_id', knownIds.slice(i, i + 1000))
      .select('user_id', 'unit_id', 'post_type')) {
      heldPosts.add(`${p.user_id}/${p.unit_id}/${p.post_type}`);
    }
  }

  for (const person of people.values()) {
    const account = known.get(person.username);
    if (account && account.account_kind !== 'regular') problem(person.row, 'username', '该用户名属于管理员账号，不能作为普通人员导入', person.username);
    if (!account && !initialPasswordHash) problem(person.row, 'username', '导入新账号需要提供初始密码');
    if (person.posts.filter((p) => p.isPrimary).length > 1) problem(person.row, 'isPrimary', '一个人只能有一个主岗');
    for (const post of person.posts) {
      const unit = units.get(post.unitCode);
      if (!unit) problem(post.row, 'unitCode', `机构编码 ${post.unitCode} 不存在`, post.unitCode);
      else if (!scopeCovers(scope, unit)) problem(post.row, 'unitCode', '超出您的管理范围', post.unitCode);
      for (const code of post.chargeUnitCodes) if (!units.has(code)) problem(post.row, 'chargeUnitCodes', `分管单位编码 ${code} 不存在`, code);
    }
  }
  if (problems.length) return problems;

  const result: UserImportResult = { created: 0, updated: 0, postsAdded: 0 };
  const newUsers: Record<string, unknown>[] = [];
  const newPosts: Record<string, unknown>[] = [];
  const newCharges: Record<string, unknown>[] = [];
  for (const person of people.values()) {
    const existing = known.get(person.username);
    let userId = existing?.id;
    if (existing) {
      // Empty cells keep what is there; only what differs is written.
      const wanted: Record<string, string | null> = {
        display_name: person.displayName,
        gender: person.gender ?? existing.gender,
        office_phone: person.officePhone ?? existing.office_phone,
        mobile: person.mobile ?? existing.mobile,
        email: person.email ?? existing.email,
      };
      const changes = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => existing[k as keyof typeof existing] !== v));
      if (Object.keys(changes).length) {
        await trx('core_users')
          .where({ id: existing.id })
          .update({ ...changes, updated_at: trx.fn.now() });
        result.updated++;
      }
    } else {
      userId = randomUUID();
      newUsers.push({
        id: userId,
        username: person.username,
        display_name: person.displayName,
        password_hash: initialPasswordHash,
        gender: person.gender,
        office_phone: person.officePhone,
        mobile: person.mobile,
        email: person.email,
        must_change_password: opts.mustChangePassword,
      });
      result.created++;
    }
    for (const post of person.posts) {
      const unitId = units.get(post.unitCode)!.id;
      if (heldPosts.has(`${userId}/${unitId}/${post.postType}`)) continue;
      const postId = randomUUID();
      newPosts.push({ id: postId, user_id: userId, unit_id: unitId, post_type: post.postType, title: post.title, is_primary: post.isPrimary });
      for (const code of new Set(post.chargeUnitCodes)) newCharges.push({ post_id: postId, unit_id: units.get(code)!.id });
      result.postsAdded++;
    }
  }
  await insertInChunks(trx, 'core_users', newUsers);
  await insertInChunks(trx, 'core_posts', newPosts);
  await insertInChunks(trx, 'core_post_charges', newCharges);
  await grantDefaultRoles(
    trx,
    newUsers.map((u) => u.id as string),
  );
  return result;
}
