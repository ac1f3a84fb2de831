import { text, type ModuleContext } from '@kunlun/core';

/** How the audit trail names an item: by its number and title. */
export function nameAuditTargets(ctx: ModuleContext): void {
  ctx.audit.targets.register('supervision_item', async (db, id) => {
    const row = await db('supervision_items').where({ id }).first('number', 'title');
    return row ? `${row.number}《${row.title}》` : null;
  });
  ctx.audit.actions.registerKind('supervision_item', text('督办事项', 'Supervision item'));
  ctx.audit.actions.registerKind('supervision_rules', text('督办设置', 'Supervision settings'));
}
