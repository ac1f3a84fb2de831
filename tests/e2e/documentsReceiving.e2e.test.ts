/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, waitFor, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { SYSTEM_ACTOR, hashPassword } from '@kunlun/core/testing';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { seedDocumentsOrg } from '../../modules/documents/test/documentsOrg.ts';
import { DocumentsDesk } from '../../modules/documents/test/documentsDesk.ts';
import { WEB_DIST } from './desktopSite.ts';
import { signInAt } from './desktopSteps.ts';

/**
 * Receiving in Chromium: a county government's copy is signed for by the county office's 收发员
 * (代收); a recipient registrar, after 签收, sees its own copy only and no 催办/撤回; the sender's
 * 撤回 asks first, and the withdrawn unit's registrar is told.
 */
describe('receiving documents on the web desktop (Chromium)', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: DocumentsDesk;
  let browser: Browser;
  let documentId = '';
  const title = '关于做好2026年春耕备耕工作的通知';

  beforeAll(async () => {
    app = await createTestApp({ modules: ['documents'], workers: true, env: { KUNLUN_WEB_DIR: WEB_DIST } });
    org = await seedDocumentsOrg(app.runtime);
    // 门源县政府办公室 gets its 收发员; 门源县人民政府 itself has only its leaders.
    await app.runtime.services.orgImport.importRecords(
      'users',
      [
        {
          row: 2,
          values: {
            username: 'my_registrar',
            displayName: '马成祥',
            unitCode: '632221-001',
            postType: 'registrar',
            title: '科员',
            isPrimary: '是',
            chargeUnitCodes: '',
            mobile: '13909719999',
            email: '',
          },
        },
      ],
      { dryRun: false, initialPasswordHash: await hashPassword(TEST_PASSWORD), mustChangePassword: false },
      { all: true },
      { actor: SYSTEM_ACTOR },
    );
    desk = new DocumentsDesk(app);
    browser = await openBrowser();
    documentId = (
      await desk.issue({
        docType: '通知',
        title,
        mainRecipientIds: [org.units['632221'], org.units['632200-003'], org.units['632200-001']],
        bodyHtml: '<p>请各地抓紧做好春耕备耕各项准备工作。</p>',
      })
    ).id;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const signInAs = (username: string, to: string) => signInAt(browser, app.url, username, to, TEST_PASSWORD);

  it('the county office’s registrar finds 门源县人民政府’s copy under 待签收 and signs for it; the sheet says for whom and by whom', async () => {
    const { page } = browser;
    await signInAs('my_registrar', '/documents');
    const row = page.locator('[data-test="documents-table"] .el-table__row', { hasText: title });
    await row.waitFor();
    await row.locator('[data-test="documents-sign"]').click();
    await page.waitForURL(/\/documents\/incoming\//);
    expect(await page.locator('[data-test="incoming-unit"]').textContent()).toBe('门源回族自治县人民政府');
    await page.locator('[data-test="incoming-received-by"]').getByText('门源回族自治县人民政府办公室').waitFor();
    await browser.screenshot('documents-received-for-county');
  });

  it('a recipient registrar, after 签收, sees no 催办 or 撤回 and no other unit’s copy', async () => {
    const receipt = await desk.receiptFor('hb_edu_registrar', documentId);
    expect((await (await desk.client('hb_edu_registrar')).post(`/api/documents/receipts/${receipt}/sign`)).status).toBe(201);
    const { page } = browser;
    await signInAs('hb_edu_registrar', `/documents/${documentId}`);
    await page.getByText(title).first().waitFor();
    await page.locator('[data-test="document-number"]').waitFor();
    expect(await page.locator('[data-test="document-receipts"]').count()).toBe(0);
    expect(await page.locator('[data-test="document-urge"]').count()).toBe(0);
    expect(await page.locator('[data-test="document-recall"]').count()).toBe(0);
    expect(await page.locator('[data-test="receipt-unit"]').count()).toBe(0);
    await browser.screenshot('documents-recipient-view');
  });

  it('the sender’s 撤回 asks for confirmation and a reason; the withdrawn unit’s registrar is told', async () => {
    const { page } = browser;
    await signInAs('xn_clerk', `/documents/${documentId}`);
    const receipts = page.locator('[data-test="document-receipts"]');
    await receipts.locator('th', { hasText: '收文单位' }).waitFor();
    const office = receipts.locator('.el-table__row', { hasText: '海北藏族自治州人民政府办公室' });
    await office.locator('.el-checkbox').click();
    await receipts.locator('[data-test="document-recall"]').click();
    const dialog = page.locator('.el-message-box');
    await dialog.getByText('海北藏族自治州人民政府办公室').waitFor();
    // Nothing is withdrawn until the sender confirms.
    expect(await office.locator('[data-receipt-state="delivered"]').count()).toBe(1);
    await browser.screenshot('documents-recall-confirm');
    await dialog.locator('input').fill('主送单位有误');
    await dialog.locator('.el-message-box__btns .el-button--primary').click();
    await office.locator('[data-receipt-state="recalled"]').waitFor();
    const bell = await waitFor(
      async () => {
        const items = (await (await desk.client('hb_registrar')).get('/api/notifications?pageSize=50')).body.items as { kind: string; body: string }[];
        return items.find((n) => n.kind === 'documents.recalled') ?? null;
      },
      { what: 'the recall notice', timeoutMs: 10_000 },
    );
    expect(bell.body).toContain('张秀英');
    expect(bell.body).toContain('主送单位有误');
    expect(browser.problems).toEqual([]);
  });

  it('the system administrator names 海北州教育局 to receive for 门源县人民政府 on 代收单位设置, and its registrar then has the copy to sign', async () => {
    const { page } = browser;
    await signInAs('admin', '/');
    await page.locator('[data-test="admin-menu"] [data-menu-id="documents.receivingUnits"]').click();
    await page.waitForURL(/\/documents\/receiving-units$/);
    const settings = page.locator('[data-test="receiving-units"]');
    const pickUnit = async (button: string, code: string) => {
      await settings.locator(`[data-test="${button}"]`).click();
      const dialog = page.locator('.el-dialog:visible');
      await dialog.locator('input[data-test="unit-search"]').fill(code);
      await dialog.locator(`[data-test="unit-search-result"][data-code="${code}"] button`).click();
      await dialog.locator('.el-dialog__footer .el-button--primary').click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await pickUnit('receiving-pick-unit', '632221');
    await pickUnit('receiving-pick-receiver', '632200-003');
    await settings.locator('[data-test="receiving-save"]').click();
    // the setting is listed with the registrar who now signs for the county government
    const row = settings.locator('.el-table__row', { hasText: '海北藏族自治州教育局' });
    await row.waitFor();
    const registrar = (await (await desk.client('hb_edu_registrar')).get('/api/me')).body.user.displayName as string;
    expect(await row.textContent()).toContain(registrar);
    await browser.screenshot('documents-receiving-units');
    // and a document sent to the county government from then on waits in 海北州教育局's 待签收
    const next = await desk.issue({
      docType: '通知',
      title: '关于做好春季森林防火工作的通知',
      mainRecipientIds: [org.units['632221']],
      bodyHtml: '<p>请切实做好春季森林防火工作。</p>',
    });
    const toSign = await (await desk.client('hb_edu_registrar')).get('/api/documents?box=toSign&pageSize=50');
    const items = toSign.body.items as { documentId: string; unit: { id: string } | null }[];
    expect(items.some((i) => i.documentId === next.id && i.unit?.id === org.units['632221'])).toBe(true);
    expect(browser.problems).toEqual([]);
  });
});
