import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Desk, seedOrg, type ApiClient, type TestApp } from '@kunlun/test-kit';
import { DefinitionLibrary } from '../../src/engine/definitions/definitionLibrary.ts';

const BASE = path.resolve(import.meta.dirname, '../../../workflows/base');
const shippedApproval = fs.readFileSync(path.join(BASE, 'general', 'general.approval.bpmn'), 'utf8');

/** A new suite release: the shipped 签报 with an extra 办公室备案 step after the leader's approval. */
function nextRelease(): string {
  return shippedApproval
    .replace(
      '<bpmn:endEvent id="approved" name="审批通过">',
      '<bpmn:userTask id="record" name="办公室备案" kunlun:assignee="post(&quot;office_director&quot;, initiator.unit)" kunlun:operations="complete">\n      <bpmn:incoming>approveAgreed</bpmn:incoming>\n      <bpmn:outgoing>toApproved</bpmn:outgoing>\n    </bpmn:userTask>\n    <bpmn:endEvent id="approved" name="审批通过">',
    )
    .replace(
      '<bpmn:sequenceFlow id="approveAgreed" name="同意" sourceRef="approveDecision" targetRef="approved" />',
      '<bpmn:sequenceFlow id="approveAgreed" name="同意" sourceRef="approveDecision" targetRef="record" />\n    <bpmn:sequenceFlow id="toApproved" sourceRef="record" targetRef="approved" />',
    )
    .replace('<bpmn:incoming>approveAgreed</bpmn:incoming>\n    </bpmn:endEvent>', '<bpmn:incoming>toApproved</bpmn:incoming>\n    </bpmn:endEvent>')
    .replace(
      '</bpmndi:BPMNPlane>',
      '<bpmndi:BPMNShape id="record_di" bpmnElement="record"><dc:Bounds x="900" y="60" width="100" height="80" /></bpmndi:BPMNShape>' +
        '<bpmndi:BPMNEdge id="toApproved_di" bpmnElement="toApproved"><di:waypoint x="950" y="140" /><di:waypoint x="940" y="182" /></bpmndi:BPMNEdge></bpmndi:BPMNPlane>',
    );
}

describe('the process library: fork, publish, upgrade with a three-way merge, migrate', () => {
  let app: TestApp;
  let desk: Desk;
  let admin: ApiClient;
  const releaseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-release-'));

  beforeAll(async () => {
    app = await createTestApp({ modules: ['general'] });
    await seedOrg(app.runtime);
    desk = new Desk(app);
    admin = await app.signedIn('admin');
    fs.mkdirSync(path.join(releaseDir, 'general'));
    fs.writeFileSync(path.join(releaseDir, 'general', 'general.approval.bpmn'), nextRelease());
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(releaseDir, { recursive: true, force: true });
  });

  const releasedLibrary = () =>
    new DefinitionLibrary(
      app.runtime.db,
      app.runtime.engine.deps.definitions,
      releaseDir,
      () => ({ forms: app.runtime.forms.ids(), serviceTasks: app.runtime.serviceTasks.ids() }),
      () => ['general.approval'],
    );

  it('an installation starts with the shipped base published as is', async () => {
    const res = await admin.get('/api/definitions');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([expect.objectContaining({ key: 'general.approval', status: 'base', conflicts: 0 })]);
    expect((await (await desk.as('hb_clerk')).get('/api/definitions')).status).toBe(403);
  });

  it('IT staff fork it, change an assignee, cannot publish while lint finds errors, then publish; old instances keep their version', async () => {
    const before = await desk.start('hb_clerk', 'general.approval', { variables: { title: '旧版本中的签报', content: '…', urgency: 'normal' }, submit: true });
    const draft = (await admin.post('/api/definitions/general.approval/fork')).body;
    expect(draft).toMatchObject({ state: 'draft', lineage: 'fork', version: 2 });
    const xml = (await admin.get(`/api/definitions/versions/${draft.id}`)).body.xml as string;
    const broken = xml.replace(/ kunlun:assignee="leaderInCharge\(initiator\.unit\)"/, '');
    expect((await admin.put(`/api/definitions/versions/${draft.id}`, { xml: broken })).status).toBe(200);
    const refused = await admin.post(`/api/definitions/versions/${draft.id}/publish`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.problems.map((p: { elementId: string }) => p.elementId)).toContain('leaderApprove');
    const edited = xml.replace('kunlun:assignee="leaderInCharge(initiator.unit)"', 'kunlun:assignee="&quot;hb_edu_head&quot;"');
    await admin.put(`/api/definitions/versions/${draft.id}`, { xml: edited });
    expect((await admin.post(`/api/definitions/versions/${draft.id}/publish`)).body).toMatchObject({ state: 'published', version: 2 });
    expect((await admin.get('/api/definitions')).body[0]).toMatchObject({ status: 'forked' });
    const after = await desk.start('hb_clerk', 'general.approval', { variables: { title: '新版本中的签报', content: '…', urgency: 'normal' }, submit: true });
    await desk.complete('hb_head', before);
    await desk.complete('hb_head', after);
    expect(await desk.standing(before)).toEqual(['leaderApprove:hb_leader']);
    expect(await desk.standing(after)).toEqual(['leaderApprove:hb_edu_head']);
  });

  it('a new release that adds a step elsewhere merges cleanly with the fork; the merged version publishes and runs the new step', async () => {
    const library = releasedLibrary();
    expect((await library.key('general.approval')).status).toBe('merge-clean');
    const proposal = await library.mergeProposal('general.approval');
    expect(proposal.conflicts).toEqual([]);
    expect(proposal.mergedXml).toContain('id="record"');
    expect(proposal.mergedXml).toContain('&#34;hb_edu_head&#34;');
    const draft = await library.acceptMerge('general.approval', proposal.mergedXml, null);
    await library.publish(draft.id, null);
    expect((await library.key('general.approval')).status).toBe('forked');
    const id = await desk.start('hb_clerk', 'general.approval', { variables: { title: '合并后的签报', content: '…', urgency: 'normal' }, submit: true });
    await desk.complete('hb_head', id);
    await desk.complete('hb_edu_head', id);
    expect(await desk.standing(id)).toEqual(['record:hb_head']);
  });

  it('when the release changes what the fork changed too, the conflict is listed with both values', async () => {
    const conflicting = nextRelease().replace('kunlun:assignee="leaderInCharge(initiator.unit)"', 'kunlun:assignee="principalLeader(initiator.unit)"');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-release-'));
    fs.mkdirSync(path.join(dir, 'general'));
    fs.writeFileSync(path.join(dir, 'general', 'general.approval.bpmn'), conflicting);
    const library = new DefinitionLibrary(
      app.runtime.db,
      app.runtime.engine.deps.definitions,
      dir,
      () => ({ forms: [], serviceTasks: [] }),
      () => ['general.approval'],
    );
    const info = await library.key('general.approval');
    expect(info.status).toBe('conflicts');
    const proposal = await library.mergeProposal('general.approval');
    expect(proposal.conflicts).toEqual([expect.objectContaining({ kind: 'changed-both', elementId: 'leaderApprove' })]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an untouched process with a new shipped base is offered for adoption', async () => {
    const fresh = await createTestApp({ modules: ['general'] });
    try {
      const library = new DefinitionLibrary(
        fresh.runtime.db,
        fresh.runtime.engine.deps.definitions,
        releaseDir,
        () => ({ forms: [], serviceTasks: [] }),
        () => ['general.approval'],
      );
      expect((await library.key('general.approval')).status).toBe('upstream-changed');
      const adopted = await library.adopt('general.approval', null);
      expect(adopted).toMatchObject({ lineage: 'base', state: 'published', version: 2 });
      expect((await library.key('general.approval')).status).toBe('base');
    } finally {
      await fresh.close();
    }
  });

  it('a malformed or hostile upload is refused with a clear error and leaves the store unchanged', async () => {
    const count = async () => Number((await app.runtime.db('engine_definitions').count<{ n: number }[]>('* as n'))[0]!.n);
    const before = await count();
    const send = (name: string, data: string | Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name);
      return admin.request('POST', '/api/definitions/import', undefined, { raw: form });
    };
    const notXml = await send('x.bpmn', 'this is not xml');
    expect(notXml.status).toBe(422);
    expect(notXml.body.error.code).toBe('definitions.not_xml');
    const xxe = await send(
      'xxe.bpmn',
      `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${shippedApproval.slice(shippedApproval.indexOf('<bpmn:definitions'))}`,
    );
    expect(xxe.body.error.code).toBe('definitions.doctype');
    const huge = await send('huge.bpmn', Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(huge.status).toBe(413);
    const unknown = await send(
      'odd.bpmn',
      shippedApproval.replace('<bpmn:exclusiveGateway id="reviewDecision"', '<bpmn:complexGateway id="odd" /><bpmn:exclusiveGateway id="reviewDecision"'),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.problems).toEqual(expect.arrayContaining([expect.objectContaining({ elementId: 'odd' })]));
    expect(await count()).toBe(before);
  });

  it('running instances move to a new version only with a mapping that covers where they stand', async () => {
    const id = await desk.start('hb_clerk', 'general.approval', { variables: { title: '待迁移的签报', content: '…', urgency: 'normal' }, submit: true });
    const fromId = (await app.runtime.db('engine_instances').where({ id }).first('definition_id')).definition_id;
    const draft = (await admin.post('/api/definitions/general.approval/fork')).body;
    const xml = (await admin.get(`/api/definitions/versions/${draft.id}`)).body.xml as string;
    await admin.put(`/api/definitions/versions/${draft.id}`, { xml: xml.replaceAll('deptReview', 'headReview') });
    const published = (await admin.post(`/api/definitions/versions/${draft.id}/publish`)).body;
    const refused = await admin.post('/api/definitions/migrate', { fromDefinitionId: fromId, toDefinitionId: published.id, instanceIds: [id] });
    expect(refused.body.refused).toEqual([{ instanceId: id, reasons: [expect.stringContaining('deptReview')] }]);
    const moved = await admin.post('/api/definitions/migrate', {
      fromDefinitionId: fromId,
      toDefinitionId: published.id,
      mapping: { deptReview: 'headReview' },
      instanceIds: [id],
    });
    expect(moved.body).toEqual({ migrated: [id], refused: [] });
    expect(await desk.standing(id)).toEqual(['headReview:hb_head']);
    await desk.complete('hb_head', id);
    expect((await desk.standing(id)).length).toBe(1);
  });
});
