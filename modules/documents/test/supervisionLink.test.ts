import { describe, expect, it } from 'vitest';
import { documentsSite } from './documentsSite.ts';

/**
 * 列入督办 where the supervision module is not enabled: the sheet does not offer it, and a 批办
 * sent with it ticked is handled as any other — no item, nothing refused. (With supervision
 * enabled: modules/supervision/test/fromDocument.test.ts.)
 */
describe('列入督办 without the supervision module', () => {
  const site = documentsSite();

  it('given documents alone, when the leader completes 批办 with 列入督办 ticked, then handling goes on and no item is linked', async () => {
    const registrar = await site.desk.client('hb_registrar');
    const res = await registrar.post('/api/documents/incoming/paper', {
      issuerName: '青海省教育厅',
      docNumber: '青教〔2026〕52号',
      docType: '通知',
      title: '关于开展校园食品安全专项检查的通知',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { incomingId, instanceId } = res.body;
    await site.desk.handOn('hb_registrar', instanceId, '登记');
    await site.desk.handOn('hb_head', instanceId, '初审');
    await site.desk.handOn('hb_secretary', instanceId, '拟办', { variables: { proposal: '拟请州教育局办理', supervise: true } });
    const atInstruction = (await (await site.desk.client('hb_leader')).get(`/api/documents/incoming/${incomingId}`)).body;
    expect(atInstruction.fieldAccess).toMatchObject({ instruction: 'editable', supervise: 'hidden' });
    await site.desk.handOn('hb_leader', instanceId, '批办', {
      variables: { instruction: '请州教育局认真开展检查。', supervise: true, leadUnit: site.org.units['632200-003'] },
    });
    const sheet = (await registrar.get(`/api/documents/incoming/${incomingId}`)).body;
    expect(sheet).toMatchObject({ instruction: '请州教育局认真开展检查。', supervise: true, supervisionItems: [], leadUnit: { name: '海北藏族自治州教育局' } });
    expect(await site.desk.task('hb_edu_head', instanceId, '主办')).toBeDefined();
  });
});
