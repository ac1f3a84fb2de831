import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, type ApiClient, type TestApp } from '@kunlun/test-kit';

function upload(client: ApiClient, path: string, filename: string, content: Buffer | string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([typeof content === 'string' ? Buffer.from(content) : new Uint8Array(content)]), filename);
  return client.request('POST', path, undefined, { raw: form });
}

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('importing units and people from CSV and XLSX', () => {
  let app: TestApp;
  let admin: ApiClient;
  const counts = async () => ({
    units: Number((await app.runtime.db('core_org_units').count('* as n'))[0]!.n),
    users: Number((await app.runtime.db('core_users').count('* as n'))[0]!.n),
    posts: Number((await app.runtime.db('core_posts').count('* as n'))[0]!.n),
  });

  beforeAll(async () => {
    app = await createTestApp();
    await seedOrg(app.runtime);
    admin = await app.signedIn('admin');
  });
  afterAll(() => app.close());

  it('imports a unit tree from a CSV with Chinese headers, children listed before their parents', async () => {
    const csv = [
      '机构编码,机构名称,简称,上级编码,机关代字,排序',
      '632223-001,海晏县人民政府办公室,海晏县政府办公室,632223,海晏政办,1',
      '632223,海晏县人民政府,海晏县政府,632200,海晏政,3',
      '632223100,三角城镇人民政府,三角城镇,632223,,1',
    ].join('\n');
    const res = await upload(admin, '/api/org/import?kind=units', 'units.csv', csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'units', rowsRead: 3, dryRun: false, result: { created: 3, updated: 0 } });
    const town = await app.runtime.db('core_org_units').where({ code: '632223100' }).first();
    expect(town).toMatchObject({ kind: 'region', level: 'township', name: '三角城镇人民政府' });
  });

  it('reads a CSV saved by Excel on Chinese Windows (GB18030)', async () => {
    const csv = '机构编码,机构名称,上级编码\n632224,刚察县人民政府,632200\n';
    const encoded = Buffer.from(iconvGb18030(csv));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encoded)).toThrow();
    const res = await upload(admin, '/api/org/import?kind=units', 'gangcha.csv', encoded);
    expect(res.status).toBe(200);
    expect((await app.runtime.db('core_org_units').where({ code: '632224' }).first()).name).toBe('刚察县人民政府');
  });

  it('a file with one bad row among good ones is rejected whole, with every problem by row, and changes nothing', async () => {
    const before = await counts();
    const csv = ['code,name,parentCode', '632225,好的县人民政府,632200', '63222X,坏编码,632200', '632226,找不到上级,639999', '632225,重复编码,632200'].join(
      '\n',
    );
    const res = await upload(admin, '/api/org/import?kind=units', 'bad.csv', csv);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('org.import_rejected');
    expect(res.body.error.message).toBe('导入文件有 3 处错误，未导入任何数据');
    expect(res.body.error.details.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [3, '机构编码'],
      [4, '上级编码'],
      [5, '机构编码'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('an unknown column or a missing required column rejects the file before any row is read', async () => {
    const res = await upload(admin, '/api/org/import?kind=units', 'cols.csv', '编码,单位名称\n632227,某县\n');
    expect(res.status).toBe(422);
    const messages = res.body.error.details.problems.map((p: { message: string }) => p.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('未知的列“单位名称”'), '缺少必填列“机构名称”']));
  });

  it('imports people from XLSX: several rows make several posts of one person; new accounts must change the initial password', async () => {
    const file = await xlsx([
      ['用户名', '姓名', '性别', '机构编码', '岗位', '职务', '主岗', '分管单位', '手机'],
      ['hy_leader', '更登', '男', '632223', '分管领导', '副县长', '是', '632223-001', '13909709999'],
      ['hy_leader', '', '', '632223-001', '工作人员', '兼', '否', '', ''],
      ['hy_clerk', '周措', '女', '632223-001', 'staff', '科员', '是', '', ''],
    ]);
    const res = await upload(admin, '/api/org/import?kind=users', 'people.xlsx', file, { initialPassword: 'Haiyan#2026' });
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ created: 2, updated: 0, postsAdded: 3 });
    const leader = await app.signedIn('hy_leader', 'Haiyan#2026');
    const me = (await leader.get('/api/me')).body;
    expect(me.user.mustChangePassword).toBe(true);
    expect(me.posts.map((p: { unit: { code: string }; postType: string }) => `${p.unit.code}/${p.postType}`)).toEqual([
      '632223/leader_in_charge',
      '632223-001/staff',
    ]);
    expect(me.posts[0].chargeUnits.map((u: { code: string }) => u.code)).toEqual(['632223-001']);
  });

  it('importing the same people again adds nothing and updates their details', async () => {
    const before = await counts();
    const file = await xlsx([
      ['用户名', '姓名', '机构编码', '岗位', '手机'],
      ['hy_clerk', '周措', '632223-001', '工作人员', '13909700000'],
    ]);
    const res = await upload(admin, '/api/org/import?kind=users', 'again.xlsx', file);
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ created: 0, updated: 1, postsAdded: 0 });
    expect(await counts()).toEqual(before);
    expect((await app.runtime.db('core_users').where({ username: 'hy_clerk' }).first()).mobile).toBe('13909700000');
  });

  it('a people file naming an unknown unit or post, or an administrator, is rejected and changes nothing', async () => {
    const before = await counts();
    const file = await xlsx([
      ['用户名', '姓名', '机构编码', '岗位'],
      ['new_one', '新人', '639999-001', '工作人员'],
      ['new_two', '新人二', '632223-001', '处长'],
      ['admin', '冒充', '632223-001', '工作人员'],
    ]);
    const res = await upload(admin, '/api/org/import?kind=users', 'bad.xlsx', file, { initialPassword: 'Haiyan#2026' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems.map((p: { row: number }) => p.row)).toEqual([2, 3, 4]);
    expect(await counts()).toEqual(before);
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const before = await counts();
    const res = await upload(admin, '/api/org/import?kind=units&dryRun=true', 'dry.csv', '机构编码,机构名称,上级编码\n632222-009,祁连县试运行办公室,632222\n');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, result: { created: 1 } });
    expect(await counts()).toEqual(before);
  });

  it('refuses what is not a sheet, a file over the size limit, and callers without the import permission', async () => {
    const junk = await upload(admin, '/api/org/import?kind=units', 'junk.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(junk.status).toBe(422);
    expect(junk.body.error.code).toBe('org.import_unreadable');
    const clerk = await app.signedIn('hb_clerk');
    expect((await upload(clerk, '/api/org/import?kind=units', 'a.csv', '机构编码,机构名称\n')).status).toBe(403);
    const small = await createTestApp({ env: { KUNLUN_UPLOAD_LIMIT_MB: '1' } });
    try {
      await seedOrg(small.runtime);
      const smallAdmin = await small.signedIn('admin');
      const big = await upload(smallAdmin, '/api/org/import?kind=units', 'big.csv', Buffer.alloc(2 * 1024 * 1024, 'a'));
      expect(big.status).toBe(413);
      expect(big.body.error.code).toBe('payload_too_large');
    } finally {
      await small.close();
    }
  });
});

/** Encodes text as GB18030 the way Excel does, for the characters this test uses. */
function iconvGb18030(text: string): Uint8Array {
  // Node has a GB18030 decoder but no encoder: build the bytes by searching the decoder's table.
  const decoder = new TextDecoder('gb18030');
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      bytes.push(ch.charCodeAt(0));
      continue;
    }
    let found = false;
    for (let hi = 0x81; hi <= 0xfe && !found; hi++) {
      for (let lo = 0x40; lo <= 0xfe && !found; lo++) {
        if (lo === 0x7f) continue;
        if (decoder.decode(new Uint8Array([hi, lo])) === ch) {
          bytes.push(hi, lo);
          found = true;
        }
      }
    }
    if (!found) throw new Error(`no GB18030 two-byte code for ${ch}`);
  }
  return new Uint8Array(bytes);
}
