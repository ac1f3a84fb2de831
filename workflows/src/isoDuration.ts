/**
 * ISO-8601 durations (P3D, PT4H30M, P1W, -PT2H), dates and repeating intervals (R3/PT1H), as
 * BPMN timers and Kunlun due periods use them. Calendar parts (years, months, days) move the
 * date by the calendar; time parts by exact milliseconds.
 */
export interface Duration {
  negative: boolean;
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseDuration(text: string): Duration | null {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim().endsWith('T')) return null;
  if (!m.slice(2).some((g) => g !== undefined)) return null;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { negative: m[1] === '-', years: n(2), months: n(3), weeks: n(4), days: n(5), hours: n(6), minutes: n(7), seconds: n(8) };
}

/** The date `duration` after (or, when negative, before) `from`. */
export function addDuration(from: Date, duration: Duration): Date {
  const sign = duration.negative ? -1 : 1;
  const d = new Date(from.getTime());
  if (duration.years) d.setUTCFullYear(d.getUTCFullYear() + sign * duration.years);
  if (duration.months) d.setUTCMonth(d.getUTCMonth() + sign * duration.months);
  if (duration.weeks || duration.days) d.setUTCDate(d.getUTCDate() + sign * (duration.weeks * 7 + duration.days));
  const ms = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  return new Date(d.getTime() + sign * ms);
}

export function durationMs(duration: Duration): number {
  const approxDays = duration.years * 365 + duration.months * 30 + duration.weeks * 7 + duration.days;
  const ms = (((approxDays * 24 + duration.hours) * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  return duration.negative ? -ms : ms;
}

/** An ISO date-time with a zone (2026-12-01T09:00:00+08:00), or a date (taken at 00:00 Beijing time). */
export function parseDateTime(text: string): Date | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return new Date(`${t}T00:00:00+08:00`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(t)) return null;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d;
}

export interface Cycle {
  /** null: repeats without end. */
  repetitions: number | null;
  interval: Duration;
  start: Date | null;
}

/** R3/PT1H, R/P1D, R5/2026-12-01T09:00:00+08:00/PT1H */
export function parseCycle(text: string): Cycle | null {
  const parts = text.trim().split('/');
  const r = /^R(\d*)$/.exec(parts[0] ?? '');
  if (!r) return null;
  const repetitions = r[1] === '' ? null : Number(r[1]);
  if (parts.length === 2) {
    const interval = parseDuration(parts[1]!);
    return interval && !interval.negative ? { repetitions, interval, start: null } : null;
  }
  if (parts.length === 3) {
    const start = parseDateTime(parts[1]!);
    const interval = parseDuration(parts[2]!);
    return start && interval && !interval.negative ? { repetitions, interval, start } : null;
  }
  return null;
}
