import type { Knex } from 'knex';
import { dayNumber } from './chinaDays.ts';
import type { Colour } from './itemVocabulary.ts';

/**
 * 预警颜色 of an open item, on the day asked (China time): red when past its deadline; yellow
 * when the lead's progress report is overdue or its progress lags the time elapsed by more than
 * `yellowLag` points; blue when the deadline is at most `blueDays` away; green otherwise. Red
 * outranks yellow, yellow blue. Closed and not yet issued items have no colour. The same rule
 * is written once here in TypeScript (an item on screen) and once in SQL (lists filtered and
 * counted by colour), and a test holds the two together.
 */
export interface ColourThresholds {
  blueDays: number;
  yellowLag: number;
}

export interface ColourInput {
  state: string;
  receivedOn: string;
  dueOn: string;
  nextReportDue: string | null;
  progress: number;
}

const COLOURED_STATES = ['signing', 'handling', 'completionReview', 'leaderReview'];

export function itemColour(item: ColourInput, today: string, t: ColourThresholds): Colour | null {
  if (!COLOURED_STATES.includes(item.state)) return null;
  const now = dayNumber(today);
  const due = dayNumber(item.dueOn);
  if (due < now) return 'red';
  if (item.nextReportDue && dayNumber(item.nextReportDue) < now) return 'yellow';
  if (item.state === 'handling' && item.progress < elapsedShare(dayNumber(item.receivedOn), due, now) - t.yellowLag) return 'yellow';
  if (due - now <= t.blueDays) return 'blue';
  return 'green';
}

/** The share of the time from receipt to deadline already gone, in percent. */
function elapsedShare(received: number, due: number, now: number): number {
  if (due <= received) return 100;
  return Math.min(100, Math.max(0, ((now - received) / (due - received)) * 100));
}

/**
 * The same rule as SQL over `supervision_items` aliased as `alias`: a text expression giving
 * 'red' | 'yellow' | 'blue' | 'green', or null for items without a colour. `today` is bound.
 */
export function colourSql(knex: Knex, today: string, t: ColourThresholds, alias = 'i'): Knex.Raw {
  const d = `?::date`;
  return knex.raw(
    `CASE
       WHEN ${alias}.state NOT IN ('signing','handling','completionReview','leaderReview') THEN NULL
       WHEN ${alias}.due_on < ${d} THEN 'red'
       WHEN ${alias}.next_report_due < ${d} THEN 'yellow'
       WHEN ${alias}.state = 'handling' AND ${alias}.progress <
         (CASE WHEN ${alias}.due_on <= ${alias}.received_on THEN 100
               ELSE LEAST(100, GREATEST(0, (${d} - ${alias}.received_on) * 100.0 / (${alias}.due_on - ${alias}.received_on))) END) - ?
         THEN 'yellow'
       WHEN ${alias}.due_on - ${d} <= ? THEN 'blue'
       ELSE 'green'
     END`,
    [today, today, today, t.yellowLag, today, t.blueDays],
  );
}

/** The thresholds from the module's settings. */
export function colourThresholds(settings: Readonly<Record<string, string | number | boolean>>): ColourThresholds {
  return { blueDays: Number(settings.blueDays ?? 3), yellowLag: Number(settings.yellowLag ?? 30) };
}
