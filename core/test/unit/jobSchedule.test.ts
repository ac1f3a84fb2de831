import { describe, expect, it } from 'vitest';
import { normalizedSchedule } from '../../src/jobs/jobQueues.ts';

describe('the schedule of a repeatable job', () => {
  it('runs in China time unless it names another time zone', () => {
    expect(normalizedSchedule('supervision.digest', { pattern: ' 0 8 * * 1-5 ' })).toEqual({ pattern: '0 8 * * 1-5', tz: 'Asia/Shanghai' });
    expect(normalizedSchedule('supervision.digest', { pattern: '0 0 8 * * *', tz: 'UTC' })).toEqual({ pattern: '0 0 8 * * *', tz: 'UTC' });
  });

  it('refuses what is not a cron pattern, or a time zone that does not exist, naming the job', () => {
    expect(() => normalizedSchedule('supervision.digest', { pattern: 'every morning' })).toThrow('job supervision.digest: schedule pattern "every morning"');
    expect(() => normalizedSchedule('supervision.digest', { pattern: '0 8 * * *', tz: 'Asia/Beijing' })).toThrow('"Asia/Beijing" is not a time zone');
  });
});
