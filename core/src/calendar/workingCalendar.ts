import type { Knex } from 'knex';
import { addDays, dayNumber, requireCalendarDate, yearOf } from './calendarDates.ts';
import { addWorkingDaysIn, isWorkingDayIn, requireDayCount, workingDaysBetweenIn, type CalendarDay, type ListedDays } from './workingDays.ts';

export interface CalendarReadOptions {
  /** Read on this connection (a transaction of the caller's). */
  db?: Knex;
}

/**
 * The working-day calendar of the installation (ctx.calendar). Days are `YYYY-MM-DD` in China
 * time. Monday to Friday are working days unless listed as a holiday; Saturday and Sunday are
 * not, unless listed as a workday (调休).
 */
export interface WorkingCalendar {
  isWorkingDay(day: string, opts?: CalendarReadOptions): Promise<boolean>;
  /** The day n (≥ 0) working days after `day`; n = 0 → `day` if working, else the next working day. */
  addWorkingDays(day: string, n: number, opts?: CalendarReadOptions): Promise<string>;
  /** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
  workingDaysBetween(from: string, to: string, opts?: CalendarReadOptions): Promise<number>;
  /** The listed days (holidays, 调休 workdays) between two days inclusive, in day order. */
  specialDays(from: string, to: string, opts?: CalendarReadOptions): Promise<CalendarDay[]>;
}

/** Beyond an estimate of where a walk of working days ends: room for the longest run of holidays. */
const SLACK_DAYS = 40;

/**
 * The calendar on core_calendar_days. The listed days are kept in memory per year, as long as
 * core_calendar_version stands still: each call reads that one row, and loads the years it needs
 * and does not hold in one query. A year saved by any process moves the version (a trigger), so
 * an API and a worker process never answer from a calendar the other has replaced. A call on a
 * transaction that changed the calendar sees its own version, which nobody else sees.
 */
export class DbWorkingCalendar implements WorkingCalendar {
  private version: string | null = null;
  private readonly years = new Map<number, CalendarDay[]>();

  constructor(private readonly db: Knex) {}

  /** Forgets what is held (the service calls it after a save; the version would tell the next read anyway). */
  forget(): void {
    this.version = null;
    this.years.clear();
  }

  async isWorkingDay(day: string, opts: CalendarReadOptions = {}): Promise<boolean> {
    requireCalendarDate(day);
    const listed = await this.listedIn(yearOf(day), yearOf(day), opts);
    return isWorkingDayIn(listed, day);
  }

  async addWorkingDays(day: string, n: number, opts: CalendarReadOptions = {}): Promise<string> {
    requireCalendarDate(day);
    requireDayCount(n);
    // n working days span about 7/5 n calendar days; load the years up to a generous estimate at once.
    let last = addDays(day, Math.ceil((n * 7) / 5) + SLACK_DAYS);
    for (;;) {
      const lastYear = yearOf(last);
      const listed = await this.listedIn(yearOf(day), lastYear, opts);
      const found = addWorkingDaysIn(listed, day, n, `${lastYear}-12-31`);
      if (found) return found;
      last = addDays(`${lastYear}-12-31`, 366);
    }
  }

  async workingDaysBetween(from: string, to: string, opts: CalendarReadOptions = {}): Promise<number> {
    requireCalendarDate(from, 'from');
    requireCalendarDate(to, 'to');
    const [a, b] = dayNumber(from) <= dayNumber(to) ? [from, to] : [to, from];
    const listed = await this.listedIn(yearOf(a), yearOf(b), opts);
    return workingDaysBetweenIn(listed, from, to);
  }

  async specialDays(from: string, to: string, opts: CalendarReadOptions = {}): Promise<CalendarDay[]> {
    requireCalendarDate(from, 'from');
    requireCalendarDate(to, 'to');
    if (dayNumber(to) < dayNumber(from)) return [];
    const listed = await this.listedIn(yearOf(from), yearOf(to), opts);
    return [...listed.values()].filter((d) => d.day >= from && d.day <= to).sort((x, y) => (x.day < y.day ? -1 : 1));
  }

  /** The listed days of the years from `first` to `last`, loading those not held in one query. */
  private async listedIn(first: number, last: number, opts: CalendarReadOptions): Promise<ListedDays> {
    const db = opts.db ?? this.db;
    // The version with the transaction that wrote it (xmin): a rolled-back save gives its number
    // back to the next one, but the pair never repeats (as for the organization, orgGeneration.ts).
    const row = (await db('core_calendar_version').first('version', db.raw('xmin::text AS writer'))) as
      { version: string | number; writer: string } | undefined;
    const version = `${row?.version ?? 0}@${row?.writer ?? ''}`;
    if (version !== this.version) {
      this.years.clear();
      this.version = version;
    }
    // What is held now is used even when another call replaces it while this one waits for a load.
    const held = new Map<number, CalendarDay[]>();
    const missing: number[] = [];
    for (let y = first; y <= last; y++) {
      const days = this.years.get(y);
      if (days) held.set(y, days);
      else missing.push(y);
    }
    if (missing.length) {
      const from = String(missing[0]!).padStart(4, '0');
      const to = String(missing[missing.length - 1]!).padStart(4, '0');
      const loaded = new Map<number, CalendarDay[]>(missing.map((y) => [y, []]));
      for (const d of await readListedDays(db, `${from}-01-01`, `${to}-12-31`)) loaded.get(yearOf(d.day))?.push(d);
      for (const [y, days] of loaded) {
        held.set(y, days);
        // Another call may have seen a newer version meanwhile: then what was read here is not kept.
        if (this.version === version) this.years.set(y, days);
      }
    }
    const listed = new Map<string, CalendarDay>();
    for (const days of held.values()) for (const d of days) listed.set(d.day, d);
    return listed;
  }
}

/** The listed days between two days inclusive, in day order, straight from the table. */
export async function readListedDays(db: Knex, from: string, to: string): Promise<CalendarDay[]> {
  const rows: { day: string; kind: CalendarDay['kind']; name: string }[] = await db('core_calendar_days')
    .whereBetween('day', [from, to])
    .orderBy('day')
    .select(db.raw(`to_char(day, 'YYYY-MM-DD') as day`), 'kind', 'name');
  return rows.map((r) => ({ day: r.day, kind: r.kind, name: r.name }));
}
