import { describe, expect, it } from 'vitest';
import { unfinished } from '../../src/itemUrges.ts';
import { reminderTitle } from '../../src/reminderDigest.ts';
import type { AssignmentRow } from '../../src/itemRecord.ts';

const none = { pending: 0, dueSoon: 0, dueToday: 0, overdue: 0, reportOverdue: 0 };

describe('the daily reminder of a handling unit', () => {
  it('names each kind of reminder the unit has, in one line', () => {
    // given a unit with items due soon, due today, overdue and a report missing
    const title = reminderTitle({ ...none, dueSoon: 3, dueToday: 1, overdue: 2, reportOverdue: 1 });
    // then its one notification says all of it
    expect(title).toBe('督办提醒：3项即将到期，1项今日到期，2项已超期，1项待反馈进展');
  });

  it('leaves out what the unit does not have, and says items not yet signed for first', () => {
    expect(reminderTitle({ ...none, pending: 2, overdue: 1 })).toBe('督办提醒：2项待签收，1项已超期');
  });

  it('has nothing to say for a unit with nothing due', () => {
    expect(reminderTitle(none)).toBeNull();
  });
});

describe('the units a manual 催办 presses by default', () => {
  const assignment = (role: 'lead' | 'co', state: AssignmentRow['state']): AssignmentRow => ({
    id: `${role}-${state}`,
    item_id: 'i',
    unit_id: `${role}-${state}`,
    role,
    contact_id: null,
    state,
    sign_by: null,
    declined_at: null,
  });

  it('are the lead and the co-units not done, never a unit that declined', () => {
    const all = [assignment('lead', 'signed'), assignment('co', 'pending'), assignment('co', 'signed'), assignment('co', 'done'), assignment('co', 'declined')];
    expect(all.filter(unfinished).map((a) => a.id)).toEqual(['lead-signed', 'co-pending', 'co-signed']);
  });
});
