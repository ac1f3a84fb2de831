import { describe, expect, it } from 'vitest';
import { remindOnWorkingDays } from '../../src/reminderDigest.ts';

/** The scheduled reminder keeps quiet on days off: nothing is read, nothing is sent. */
describe('the scheduled reminder', () => {
  it('sends nothing on a day the calendar says is not a working day', async () => {
    const untouchable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('the database was read on a day off');
        },
      },
    );
    const ctx = {
      db: untouchable,
      org: untouchable,
      engine: untouchable,
      notify: untouchable,
      settings: {},
      calendar: { isWorkingDay: async () => false },
    } as never;
    expect(await remindOnWorkingDays(ctx)).toMatchObject({ skipped: 'not a working day' });
  });
});
