import { http } from './client.ts';
import type { BodyOf, ResponseOf } from './routeTypes.ts';

/** A listed day of the working calendar: a holiday on a weekday, or a weekend day worked (调休). */
export type CalendarDay = ResponseOf<'get', '/api/calendar/days'>['items'][number];
export type CalendarDayKind = CalendarDay['kind'];
export type CalendarYear = ResponseOf<'get', '/api/calendar/days'>;

export const calendarApi = {
  /** The listed days of a year, in day order. */
  year: (year: number) => http.get<CalendarYear>('/api/calendar/days', { year }),
  /** Replaces the listed days of a year (system administrator). */
  saveYear: (year: number, days: CalendarDay[]) =>
    http.put<CalendarYear>(`/api/calendar/years/${year}`, { days } satisfies BodyOf<'put', '/api/calendar/years/{year}'>),
};
