import { describe, expect, it } from 'vitest';
import { activeMenuPath, visibleMenu, visibleWidgets } from '@/shell/menuModel.ts';
import { defineWebModule } from '@/modules/webModule.ts';
import { meetsRequirement } from '@/access/permissionRequirement.ts';

const held = new Set(['org.directory.read', 'documents.outgoing.draft']);
const can = (requirement: string | readonly string[] | undefined) => meetsRequirement(held, requirement);

const documents = defineWebModule({
  name: 'documents',
  menu: [
    { id: 'documents.sign', title: 'documents.menu.sign', route: '/documents/sign', permission: 'documents.outgoing.sign', order: 20 },
    {
      id: 'documents.outgoing',
      title: 'documents.menu.outgoing',
      route: '/documents/outgoing',
      permission: ['documents.outgoing.draft', 'documents.outgoing.sign'],
      order: 10,
    },
  ],
  widgets: [
    { id: 'documents.pending', title: '待签收公文', load: async () => ({ render: () => null }), order: 2 },
    { id: 'documents.secret', title: '机要', load: async () => ({ render: () => null }), permission: 'documents.secret.read' },
  ],
});

describe('the desktop menu', () => {
  it("shows core's entries and a module's entries the person may use, in order", () => {
    // given core entries and an enabled module, when the menu is built for a drafter
    const entries = visibleMenu(
      [
        { id: 'core.home', title: 'menu.home', route: '/', order: 0 },
        { id: 'core.directory', title: 'menu.directory', route: '/directory', permission: 'org.directory.read', order: 900 },
      ],
      [documents],
      can,
    );
    // then the signing entry (no permission) is missing and the order holds
    expect(entries.map((e) => e.id)).toEqual(['core.home', 'documents.outgoing', 'core.directory']);
  });

  it("puts a module's administrators' entries in the administrators' group only", () => {
    // given a module with a setting kept by the system administrator
    const withSetting = defineWebModule({
      ...documents,
      adminMenu: [{ id: 'documents.receivingUnits', title: '代收单位设置', route: '/documents/receiving-units', permission: 'documents.receiving.manage' }],
    });
    const admin = (requirement: string | readonly string[] | undefined) => meetsRequirement(new Set(['documents.receiving.manage']), requirement);
    // then the administrator finds it among the core administration entries, and the staff menu does not show it
    const core = [{ id: 'core.admin.org', title: 'menu.adminOrg', route: '/admin/org', order: 10 }];
    expect(visibleMenu(core, [withSetting], admin, 'admin').map((e) => e.id)).toEqual(['core.admin.org', 'documents.receivingUnits']);
    expect(visibleMenu([], [withSetting], admin).map((e) => e.id)).toEqual([]);
  });

  it('shows only the widgets the person may see', () => {
    expect(visibleWidgets([documents], can).map((w) => w.id)).toEqual(['documents.pending']);
  });

  it('highlights the entry the current page lies under', () => {
    const paths = ['/', '/documents/outgoing', '/directory'];
    expect(activeMenuPath(paths, '/documents/outgoing/123')).toBe('/documents/outgoing');
    expect(activeMenuPath(paths, '/')).toBe('/');
    expect(activeMenuPath(paths, '/directoryx')).toBe('/directoryx');
  });
});
