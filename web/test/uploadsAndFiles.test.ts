import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { http } from '@/api/client.ts';
import FieldValue from '@/components/form/FieldValue.vue';
import { applyLocale, i18n } from '@/i18n/i18n.ts';
import { jsonResponse } from './jsonResponse.ts';

describe('uploads and attachments', () => {
  beforeEach(() => {
    document.cookie = 'kunlun_csrf=csrf-token-123; path=/';
    applyLocale('zh-CN');
  });
  afterEach(() => {
    document.cookie = 'kunlun_csrf=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('uploads as multipart with the CSRF header and no JSON content type', async () => {
    // given a server that stores the file
    const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(201, { id: 'f1' }));
    vi.stubGlobal('fetch', fetchMock);
    const form = new FormData();
    form.append('file', new Blob(['x']), 'a.txt');
    // when it is uploaded
    await http.upload('/api/org/import', form, { kind: 'users', dryRun: true });
    // then the browser sets the multipart boundary itself and the query is kept
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/org/import?kind=users&dryRun=true');
    expect(init?.body).toBe(form);
    const headers = init?.headers as Record<string, string>;
    expect(headers['Content-Type']).toBeUndefined();
    expect(headers['X-CSRF-Token']).toBe('csrf-token-123');
  });

  it('shows the attachments of a read-only files field by name, as download links', async () => {
    // given a server that describes the file (GET /api/files/:id/info)
    const fetchMock = vi.fn<typeof fetch>(async (url, init) => {
      expect([String(url), init?.method]).toEqual(['/api/files/3f16b597-deef-47fd-baf6-dd66d0cf35b5/info', 'GET']);
      return jsonResponse(200, {
        id: '3f16b597-deef-47fd-baf6-dd66d0cf35b5',
        name: '报价单.pdf',
        type: 'application/pdf',
        size: 2048,
        sha256: 'a'.repeat(64),
        uploadedAt: '2026-11-28T10:00:00.000Z',
        uploader: { id: 'u1', name: '李明' },
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    const pinia = createPinia();
    setActivePinia(pinia);
    // when the field is shown
    const wrapper = mount(FieldValue, {
      props: { field: { key: 'attachments', type: 'files', label: { 'zh-CN': '附件', en: 'Attachments' } }, value: ['3f16b597-deef-47fd-baf6-dd66d0cf35b5'] },
      global: { plugins: [pinia, i18n] },
    });
    await vi.waitFor(() => expect(wrapper.text()).toContain('报价单.pdf'));
    await flushPromises();
    // then the name links to the download
    const link = wrapper.find('a');
    expect(link.attributes('href')).toBe('/api/files/3f16b597-deef-47fd-baf6-dd66d0cf35b5');
    expect(wrapper.text()).toContain('2.0 KB');
    wrapper.unmount();
  });
});
