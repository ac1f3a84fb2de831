/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { createTestApp, Desk, seedOrg, waitFor, type ApiClient, type TestApp } from '@kunlun/test-kit';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { TIMEOUT, fontsUsedFor, shoot, signIn } from './desktopSteps.ts';
import { dragShape, editorReady, libraryAction, libraryStatus, openLibrary, pickOption, pickPerson, selectShape, shape } from './designerSteps.ts';
import { WEB_DIST } from './desktopSite.ts';

const SHIPPED = path.resolve(import.meta.dirname, '..', '..', 'workflows', 'base', 'general', 'general.approval.bpmn');
const KEY = 'general.approval';

/** Replaces one exact piece of a definition (failing loudly when it is not there). */
function edit(xml: string, from: string, to: string): string {
  expect(xml, `the definition should contain ${from}`).toContain(from);
  return xml.replace(from, to);
}

/** The next suite release of 签报: an 办公室备案 step after the leader's approval, nothing else changed. */
function nextRelease(shipped: string): string {
  let xml = edit(
    shipped,
    '<bpmn:endEvent id="approved" name="审批通过">',
    '<bpmn:userTask id="record" name="办公室备案" kunlun:assignee="post(&quot;office_director&quot;, initiator.unit)" kunlun:formKey="general.approval" kunlun:operations="complete">\n      <bpmn:incoming>approveAgreed</bpmn:incoming>\n      <bpmn:outgoing>toApproved</bpmn:outgoing>\n    </bpmn:userTask>\n    <bpmn:endEvent id="approved" name="审批通过">',
  );
  xml = edit(
    xml,
    '<bpmn:sequenceFlow id="approveAgreed" name="同意" sourceRef="approveDecision" targetRef="approved" />',
    '<bpmn:sequenceFlow id="approveAgreed" name="同意" sourceRef="approveDecision" targetRef="record" />\n    <bpmn:sequenceFlow id="toApproved" sourceRef="record" targetRef="approved" />',
  );
  xml = edit(xml, '<bpmn:incoming>approveAgreed</bpmn:incoming>\n    </bpmn:endEvent>', '<bpmn:incoming>toApproved</bpmn:incoming>\n    </bpmn:endEvent>');
  xml = edit(
    xml,
    '<di:waypoint x="865" y="200" />\n        <di:waypoint x="922" y="200" />',
    '<di:waypoint x="840" y="175" />\n        <di:waypoint x="840" y="80" />\n        <di:waypoint x="890" y="80" />',
  );
  xml = edit(xml, '<dc:Bounds x="883" y="182" width="22" height="14" />', '<dc:Bounds x="846" y="120" width="22" height="14" />');
  return edit(
    xml,
    '</bpmndi:BPMNPlane>',
    '<bpmndi:BPMNShape id="record_di" bpmnElement="record"><dc:Bounds x="890" y="40" width="100" height="80" /></bpmndi:BPMNShape>' +
      '<bpmndi:BPMNEdge id="toApproved_di" bpmnElement="toApproved"><di:waypoint x="940" y="120" /><di:waypoint x="940" y="182" /></bpmndi:BPMNEdge></bpmndi:BPMNPlane>',
  );
}

/** Sets the leader step's assignee rule, whatever it is now. */
const withLeaderRule = (xml: string, rule: string) => xml.replace(/(<bpmn:userTask id="leaderApprove"[^>]*? kunlun:assignee=")[^"]*(")/, `$1${rule}$2`);

interface KeyInfo {
  key: string;
  status: string;
  published: { id: string; version: number; lineage: string } | null;
  draft: { id: string } | null;
}

/**
 * The process designer in Chromium: the installation's IT staff (the system administrator, who
 * holds engine.definition.manage) fork the generic 签报, move a step and give the leader's step
 * to a named person in the designer, publish; a new suite release then adds a step elsewhere,
 * the merge view applies it cleanly and the merged version is published — new instances run
 * through the added step while instances started earlier stay on their versions.
 */
describe('the process designer (Chromium)', () => {
  let app: TestApp;
  let desk: Desk;
  let admin: ApiClient;
  let browser: Browser;
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-base-'));
  const shipped = fs.readFileSync(SHIPPED, 'utf8');

  const keyInfo = async (): Promise<KeyInfo> => ((await admin.get('/api/definitions')).body as KeyInfo[]).find((k) => k.key === KEY)!;
  const definitionOf = async (instanceId: string): Promise<string> =>
    (await app.runtime.db('engine_instances').where({ id: instanceId }).first('definition_id')).definition_id;
  const approval = (title: string) => ({ variables: { title, content: '请审批。', urgency: 'normal' }, submit: true });

  beforeAll(async () => {
    fs.mkdirSync(path.join(baseDir, 'general'));
    fs.writeFileSync(path.join(baseDir, 'general', `${KEY}.bpmn`), shipped);
    app = await createTestApp({ modules: ['general'], env: { KUNLUN_WEB_DIR: WEB_DIST, KUNLUN_BASE_DEFINITIONS_DIR: baseDir } });
    await seedOrg(app.runtime);
    desk = new Desk(app);
    admin = await app.signedIn('admin');
    browser = await openBrowser({ width: 1440, height: 900 });
    await signIn(browser, app.url, 'admin');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fs.rmSync(baseDir, { recursive: true, force: true });
  });

  it('IT staff fork 签报, move a step and reassign a step in the designer, publish, then merge a new base release that adds a step', async () => {
    const { page } = browser;
    onTestFailed(async () => {
      await browser.screenshot('designer-failure');
    });
    // given an instance started on the shipped version
    const shippedId = (await keyInfo()).published!.id;
    const early = await desk.start('hb_clerk', KEY, approval('升级前发起的签报'));

    // when the system administrator opens 流程库 from the menu
    await page.locator('[data-menu-id="core.admin.processes"]').first().click();
    await page.locator('[data-test="process-library"] .el-table__row').first().waitFor({ timeout: TIMEOUT });
    expect(await libraryStatus(page, KEY)).toBe('base');
    const fonts = await fontsUsedFor(page, '.process-library__title');
    expect(
      fonts.filter((f) => /CJK|Han|WenKai|Hei|Song|Kai|Fang|Ming/i.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0),
      JSON.stringify(fonts),
    ).toBeGreaterThan(0);
    await shoot(browser, 'designer-library');

    // and forks it into a draft
    await libraryAction(page, KEY, 'fork');
    await editorReady(page, 'draft');
    await page.locator('[data-test="lint-problems"]').waitFor({ state: 'attached', timeout: TIMEOUT });

    // and moves 填写签报 down on the canvas
    const before = await shape(page, 'apply').boundingBox();
    await dragShape(page, 'apply', 0, 110);
    await waitFor(async () => ((await shape(page, 'apply').boundingBox())?.y ?? 0) > (before?.y ?? 0) + 60, { what: 'the step to move', timeoutMs: TIMEOUT });
    await page.locator('[data-action="save-draft"]').filter({ hasText: '保存草稿' }).waitFor({ timeout: TIMEOUT });

    // and removes the leader step's rule: lint marks it at once, and the server refuses to publish
    await selectShape(page, 'leaderApprove');
    const assignee = page.locator('[data-test="properties-panel"] [data-test="assignee-rule"][data-field="assignee"]');
    await assignee.locator('[data-test="rule-item"][data-kind="leaderInCharge"]').waitFor({ timeout: TIMEOUT });
    await assignee.locator('[data-action="remove-rule-item"]').click();
    await page.locator('.kl-lint-badge--error[data-lint-element="leaderApprove"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-action="publish"]').click();
    const refused = page.locator('[data-test="publish-refused"]');
    await refused.waitFor({ timeout: TIMEOUT });
    expect(await refused.innerText()).toContain('不能发布');
    await page.locator('[data-test="lint-problems"] [data-element="leaderApprove"][data-category="error"]').first().waitFor({ timeout: TIMEOUT });
    await shoot(browser, 'designer-publish-refused');

    // and undoes that, then gives the step to 马秀兰 with the rule builder
    await page.locator('[data-action="undo"]').click();
    await page.locator('.kl-lint-badge--error[data-lint-element="leaderApprove"]').waitFor({ state: 'detached', timeout: TIMEOUT });
    await page.locator('.process-editor__tabs .el-tabs__item', { hasText: '属性' }).click();
    await selectShape(page, 'leaderApprove');
    await pickOption(page, '[data-test="properties-panel"] [data-field="assignee"] [data-test="rule-item"] [data-field="ruleKind"]', '指定人员');
    await pickPerson(page, '马秀兰', 'hb_edu_head');
    await assignee.locator('[data-test="rule-preview"]', { hasText: '"hb_edu_head"' }).waitFor({ timeout: TIMEOUT });
    await page.locator('.kl-lint-badge--error').first().waitFor({ state: 'detached', timeout: TIMEOUT });
    await shoot(browser, 'designer-editor');

    // and saves the draft
    await page.locator('[data-action="save-draft"]').click();
    await page.locator('[data-action="save-draft"]', { hasText: '已保存' }).waitFor({ timeout: TIMEOUT });
    const draft = (await keyInfo()).draft!;
    const draftXml = (await admin.get(`/api/definitions/versions/${draft.id}`)).body.xml as string;
    expect(draftXml).toMatch(/kunlun:assignee="(&#34;|&quot;|")hb_edu_head(&#34;|&quot;|")"/);

    // then the library compares the draft with what is published: the step changed and the step moved
    await openLibrary(page, app.url);
    await libraryAction(page, KEY, 'compare');
    await page.locator('[data-test="diff-before"][data-ready="true"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-test="diff-after"][data-ready="true"]').waitFor({ timeout: TIMEOUT });
    const changes = page.locator('[data-test="change-list"]');
    await changes.locator('[data-change="changed"][data-element="leaderApprove"]').waitFor({ timeout: TIMEOUT });
    await changes.locator('[data-change="moved"][data-element="apply"]').waitFor({ timeout: TIMEOUT });
    expect(await page.locator('[data-test="diff-after"] .djs-element.kl-diff-changed[data-element-id="leaderApprove"]').count()).toBe(1);
    await page.locator('[data-test="process-diff"] .el-loading-mask').first().waitFor({ state: 'detached', timeout: TIMEOUT });
    await shoot(browser, 'designer-diff');

    // when the draft is published from the library
    await openLibrary(page, app.url);
    await libraryAction(page, KEY, 'publish');
    await waitFor(async () => (await keyInfo()).status === 'forked', { what: 'the fork to be published', timeoutMs: TIMEOUT });
    const forked = (await keyInfo()).published!;
    expect(forked).toMatchObject({ version: 2, lineage: 'fork' });
    const middle = await desk.start('hb_clerk', KEY, approval('本地修改后发起的签报'));

    // and a new suite release arrives that adds 办公室备案 after the leader's approval
    fs.writeFileSync(path.join(baseDir, 'general', `${KEY}.bpmn`), nextRelease(shipped));
    await openLibrary(page, app.url);
    expect(await libraryStatus(page, KEY)).toBe('merge-clean');

    // then the merge view applies it without conflicts
    await libraryAction(page, KEY, 'merge');
    const merge = page.locator('[data-test="process-merge"][data-ready="true"]');
    await merge.waitFor({ timeout: TIMEOUT });
    expect(await merge.getAttribute('data-open')).toBe('0');
    await page.locator('[data-test="merge-result"][data-ready="true"]').waitFor({ timeout: TIMEOUT });
    expect(await page.locator('[data-test="merge-result"] .djs-element.kl-merge-upstream[data-element-id="record"]').count()).toBe(1);
    expect(await page.locator('[data-test="merge-summary"]').innerText()).toContain('没有冲突');
    await page.locator('[data-test="process-merge"] .el-loading-mask').first().waitFor({ state: 'detached', timeout: TIMEOUT });
    await shoot(browser, 'designer-merge');

    // and the merged definition publishes
    await page.locator('[data-action="merge-publish"]').click();
    await page.locator('[data-test="process-library"]').waitFor({ timeout: TIMEOUT });
    await waitFor(async () => (await keyInfo()).status === 'forked' && (await keyInfo()).published!.id !== forked.id, {
      what: 'the merge to be published',
      timeoutMs: TIMEOUT,
    });
    const merged = (await keyInfo()).published!;
    const mergedXml = (await admin.get(`/api/definitions/versions/${merged.id}`)).body.xml as string;
    expect(mergedXml).toContain('id="record"');
    expect(mergedXml).toMatch(/hb_edu_head/);
    expect(await libraryStatus(page, KEY)).toBe('forked');

    // and the published version opens read-only in the designer, offering to start a new draft
    await libraryAction(page, KEY, 'view');
    await editorReady(page, 'published');
    await selectShape(page, 'record');
    await page
      .locator('[data-test="properties-panel"] [data-field="assignee"] [data-test="rule-preview"]', { hasText: 'office_director' })
      .waitFor({ timeout: TIMEOUT });
    expect(await page.locator('[data-test="properties-panel"] [data-field="assignee"] [data-action="add-rule-item"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-action="publish"]').count()).toBe(0);
    await page.locator('[data-action="start-draft"]').waitFor({ timeout: TIMEOUT });
    await shoot(browser, 'designer-readonly');

    // and a new instance runs through the added step, with the fork's assignee kept
    const late = await desk.start('hb_clerk', KEY, approval('合并后发起的签报'));
    expect(await definitionOf(late)).toBe(merged.id);
    await desk.complete('hb_head', late);
    expect(await desk.standing(late)).toEqual(['leaderApprove:hb_edu_head']);
    await desk.complete('hb_edu_head', late);
    expect(await desk.standing(late)).toEqual(['record:hb_head']);

    // while instances started earlier stay on their versions
    expect(await definitionOf(early)).toBe(shippedId);
    await desk.complete('hb_head', early);
    expect(await desk.standing(early)).toEqual(['leaderApprove:hb_leader']);
    expect(await definitionOf(middle)).toBe(forked.id);
    await desk.complete('hb_head', middle);
    await desk.complete('hb_edu_head', middle);
    expect(await desk.standing(middle)).toEqual([]);
    expect(await desk.state(middle)).toBe('completed');

    expect(browser.problems.filter((p) => !/\b4(0[19]|22)\b/.test(p))).toEqual([]);
  });

  it('a release that changes what the installation changed too is settled in the merge view by choosing a side', async () => {
    const { page } = browser;
    // given the installation gave the leader step to a named person and published that
    const draft = (await admin.post(`/api/definitions/${KEY}/fork`)).body as { id: string };
    const xml = (await admin.get(`/api/definitions/versions/${draft.id}`)).body.xml as string;
    expect((await admin.put(`/api/definitions/versions/${draft.id}`, { xml: withLeaderRule(xml, '&quot;hb_edu_head&quot;') })).status).toBe(200);
    expect((await admin.post(`/api/definitions/versions/${draft.id}/publish`)).status).toBe(200);
    // and a release that gives the step to the principal leader instead
    const current = fs.readFileSync(path.join(baseDir, 'general', `${KEY}.bpmn`), 'utf8');
    fs.writeFileSync(path.join(baseDir, 'general', `${KEY}.bpmn`), withLeaderRule(current, 'principalLeader(initiator.unit)'));
    await openLibrary(page, app.url);
    expect(await libraryStatus(page, KEY)).toBe('conflicts');

    // when the merge view shows the conflict with its three values
    await libraryAction(page, KEY, 'merge');
    await page.locator('[data-test="process-merge"][data-ready="true"][data-open="1"]').waitFor({ timeout: TIMEOUT });
    const conflict = page.locator('[data-test="conflict"][data-state="open"]');
    expect(await conflict.innerText()).toMatch(
      /分管领导审批[\s\S]*处理人规则[\s\S]*leaderInCharge\(initiator\.unit\)[\s\S]*principalLeader\(initiator\.unit\)[\s\S]*hb_edu_head/,
    );
    await page.locator('[data-test="merge-result"] .djs-element.kl-merge-conflict[data-element-id="leaderApprove"]').waitFor({ timeout: TIMEOUT });
    expect(await page.locator('[data-action="merge-save"]').isDisabled()).toBe(true);
    await page.locator('[data-test="process-merge"] .el-loading-mask').first().waitFor({ state: 'detached', timeout: TIMEOUT });
    await shoot(browser, 'designer-merge-conflict');

    // and the designer takes the new release's side
    await page.locator('[data-test="conflict"] [data-side="upstream"]').click();
    await page.locator('[data-test="process-merge"][data-ready="true"][data-open="0"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-test="conflict"][data-state="resolved"]').waitFor({ timeout: TIMEOUT });

    // then the merge is saved as the draft, which opens in the designer with the release's rule
    await page.locator('[data-action="merge-save"]').click();
    await editorReady(page, 'draft');
    const merged = (await keyInfo()).draft!;
    const mergedXml = (await admin.get(`/api/definitions/versions/${merged.id}`)).body.xml as string;
    expect(mergedXml).toContain('kunlun:assignee="principalLeader(initiator.unit)"');
    expect(browser.problems.filter((p) => !/\b4(0[19]|22)\b/.test(p))).toEqual([]);
  });

  it('a malformed or hostile upload in the import shows a clear error and leaves the library unchanged', async () => {
    const { page } = browser;
    const count = async () => Number((await app.runtime.db('engine_definitions').count<{ n: number }[]>('* as n'))[0]!.n);
    const before = await count();
    await openLibrary(page, app.url);
    const refusal = page.locator('[data-test="import-error"]');
    const upload = async (name: string, content: string | Buffer) => {
      await page.setInputFiles('[data-test="import-file"]', {
        name,
        mimeType: 'application/xml',
        buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
      });
      await refusal.filter({ hasText: name }).waitFor({ timeout: TIMEOUT });
      return refusal.innerText();
    };

    // not XML at all
    expect(await upload('notes.bpmn', '这不是流程文件')).toContain('文件不是 XML');
    // an XML external entity (XXE)
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${shipped.slice(shipped.indexOf('<bpmn:definitions'))}`;
    expect(await upload('xxe.bpmn', xxe)).toContain('DOCTYPE');
    await shoot(browser, 'designer-import-refused');
    // a file far over the limit is refused before it is sent
    expect(await upload('huge.bpmn', Buffer.alloc(6 * 1024 * 1024, 0x20))).toMatch(/超过 5 MB/);
    // elements the engine cannot run are named
    const odd = edit(shipped, '<bpmn:exclusiveGateway id="reviewDecision"', '<bpmn:complexGateway id="odd" /><bpmn:exclusiveGateway id="reviewDecision"');
    const named = await upload('odd.bpmn', odd);
    expect(named).toContain('odd');
    expect(named).toContain('引擎不能执行');

    expect(await count()).toBe(before);
    expect(browser.problems.filter((p) => !/\b4(0[19]|13|22)\b/.test(p))).toEqual([]);
  });
});
