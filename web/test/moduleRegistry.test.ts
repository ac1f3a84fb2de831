import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectWebModules, folderOf, loadWebModules, type WebModuleLoader } from '@/modules/moduleRegistry.ts';
import { defineWebModule, type WebModule } from '@/modules/webModule.ts';

const documents = defineWebModule({
  name: 'documents',
  menu: [{ id: 'documents.outgoing', title: { 'zh-CN': '发文', en: 'Outgoing' }, icon: 'Document', route: '/documents/outgoing' }],
});
const meetings = defineWebModule({ name: 'meetings' });

const file = (name: string) => `../../../modules/${name}/web/index.ts`;
const loader =
  (module: WebModule | undefined): WebModuleLoader =>
  async () => ({ default: module });

describe('the module registry', () => {
  afterEach(() => vi.restoreAllMocks());

  // Loading the real module web parts imports the module kit (Element Plus and the form renderer): slow in happy-dom.
  it('loads the web parts of the modules in the workspace through the module kit', { timeout: 30_000 }, async () => {
    // given the modules folder as it is now, when the desktop collects module web parts
    const modules = await loadWebModules();
    // then the modules that bring a web part are found by name
    expect(modules.map((m) => m.name)).toEqual(expect.arrayContaining(['documents', 'general']));
  });

  it('collects the web parts by name, whatever order the files came in', async () => {
    // given two module web parts
    const loaders = { [file('meetings')]: loader(meetings), [file('documents')]: loader(documents) };
    // when they are collected
    const modules = await collectWebModules(loaders);
    // then both are there, sorted by name
    expect(modules.map((m) => m.name)).toEqual(['documents', 'meetings']);
  });

  it('leaves out a web part that breaks the contract or fails to load, and says why', async () => {
    // given one good part, one named unlike its folder, one with a foreign menu id, one without export, one that throws, one taking another's tasks
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const loaders: Record<string, WebModuleLoader> = {
      [file('documents')]: loader(documents),
      [file('meetings')]: loader(defineWebModule({ name: 'meeting' })),
      [file('reporting')]: loader(defineWebModule({ name: 'reporting', menu: [{ id: 'documents.steal', title: 'x', route: '/' }] })),
      [file('emergency')]: loader(undefined),
      [file('supervision')]: () => Promise.reject(new Error('syntax error')),
      [file('meetings2')]: loader(defineWebModule({ name: 'meetings2', taskPages: [{ processKey: 'documents.outgoing', route: () => null }] })),
    };
    // when they are collected
    const modules = await collectWebModules(loaders);
    // then only the good one stays and each other one is reported
    expect(modules.map((m) => m.name)).toEqual(['documents']);
    const said = errors.mock.calls.map((call) => String(call[0])).join('\n');
    expect(said).toContain('differs from its folder "meetings"');
    expect(said).toContain('"documents.steal" is not namespaced "reporting.…"');
    expect(said).toContain('no default export');
    expect(said).toContain('supervision/web/index.ts failed to load');
    expect(said).toContain('task page "documents.outgoing" is not namespaced "meetings2.…"');
  });

  it('reads the module folder from the file path', () => {
    expect(folderOf('../../../modules/documents/web/index.ts')).toBe('documents');
    expect(folderOf('../../../modules/documents/src/index.ts')).toBeUndefined();
  });
});
