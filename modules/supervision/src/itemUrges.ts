import { randomUUID } from 'node:crypto';
import { conflict, unprocessable, text, type ModuleContext } from '@kunlun/core';
import { chinaDay } from './chinaDays.ts';
import { noticeUnits } from './itemNotices.ts';
import { assignmentsOf, lockedItem, type AssignmentRow } from './itemRecord.ts';

/**
 * 催办: the supervision office presses an item's handling units — the ones it names, or every
 * unit that has not finished (the lead always, co-units until their 协办 is done). Each unit's
 * contact and 收发员 hear of it on their bell, and each unit's 催办 is kept on the item's record.
 * Only an item still being signed for or in hand can be urged.
 */
export interface UrgeRequest {
  unitIds?: readonly string[] | undefined;
  note?: string | undefined;
}

export interface UrgeResult {
  /** The units urged. */
  units: number;
  /** The people notified. */
  notified: number;
}

const URGEABLE_STATES = ['signing', 'handling'];

/** The units still working on an item: not declined, and (for co-units) not done with their part. */
export const unfinished = (a: AssignmentRow) => a.state !== 'declined' && (a.role === 'lead' || a.state !== 'done');

export async function urgeItem(
  ctx: Pick<ModuleContext, 'engine' | 'org' | 'notify'>,
  itemId: string,
  request: UrgeRequest,
  sentBy: string,
): Promise<UrgeResult> {
  return ctx.engine.transaction(async (trx) => {
    const item = await lockedItem(trx, itemId);
    if (!URGEABLE_STATES.includes(item.state))
      throw conflict('supervision.not_in_hand', text('事项不在签收或办理中，不能催办', 'Only an item being signed for or in hand can be urged'), {
        state: item.state,
      });
    const assignments = await assignmentsOf(trx, item.id);
    const urged = request.unitIds?.length ? named(assignments, request.unitIds) : assignments.filter(unfinished);
    if (!urged.length) throw conflict('supervision.nothing_to_urge', text('没有尚未办完的承办单位', 'Every handling unit has finished'));
    const note = request.note?.trim() || null;
    await trx('supervision_urges').insert(
      urged.map((a) => ({ id: randomUUID(), item_id: item.id, unit_id: a.unit_id, kind: 'manual', day: chinaDay(), note, items: 1, sent_by: sentBy })),
    );
    const notified = await noticeUnits(ctx, trx, item, urged, {
      kind: 'supervision.urged',
      title: '督办催办',
      body: note ?? `请抓紧办理，按要求反馈进展，确保${item.due_on}前办结。`,
    });
    return { units: urged.length, notified };
  });
}

/** The item's active assignments of the named units; 422 naming a unit that does not handle it. */
function named(assignments: readonly AssignmentRow[], unitIds: readonly string[]): AssignmentRow[] {
  const chosen: AssignmentRow[] = [];
  for (const unitId of new Set(unitIds)) {
    const assignment = assignments.find((a) => a.unit_id === unitId && a.state !== 'declined');
    if (!assignment)
      throw unprocessable('supervision.not_a_handling_unit', text('所选单位不是该事项的承办单位', 'That unit does not handle this item'), { unitId });
    chosen.push(assignment);
  }
  return chosen;
}
