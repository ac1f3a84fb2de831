import type { Knex } from 'knex';
import type { ModuleContext } from '@kunlun/core';
import { unitListeners } from './handlingUnits.ts';

/** The bells of an item's handling units (their contacts and 收发员), for what happens to the item. */
export async function noticeUnits(
  ctx: Pick<ModuleContext, 'org' | 'notify'>,
  trx: Knex.Transaction,
  item: { id: string; number: string; title: string },
  assignments: readonly { unit_id: string; contact_id: string | null }[],
  notice: { kind: string; title: string; body?: string | null },
): Promise<number> {
  if (!assignments.length) return 0;
  const userIds = await unitListeners(
    ctx.org,
    trx,
    assignments.map((a) => a.unit_id),
    assignments.map((a) => a.contact_id),
  );
  return ctx.notify(trx, {
    userIds,
    kind: notice.kind,
    title: `${notice.title}：${item.number} ${item.title}`,
    body: notice.body ?? null,
    link: `/supervision/${item.id}`,
  });
}
