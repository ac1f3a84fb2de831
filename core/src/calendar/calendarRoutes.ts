import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { queryInt } from '../http/validation.ts';
import { text } from '../i18n/text.ts';
import { CALENDAR_YEARS, type CalendarYears } from './calendarYears.ts';

const calendarDaySchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().min(1).max(40),
});

const yearSchema = queryInt(CALENDAR_YEARS.min, CALENDAR_YEARS.max);

const calendarYearSchema = z.object({ year: z.number().int(), items: z.array(calendarDaySchema) });

export function calendarRoutes(years: CalendarYears) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/calendar/days',
      summary: '工作日历 The listed days of a year: holidays (放假) and weekend days worked (调休上班)',
      tags: ['calendar'],
      access: 'authenticated',
      query: z.object({ year: yearSchema }),
      response: calendarYearSchema,
      handler: async ({ query }) => ({ year: query.year, items: await years.list(query.year) }),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/calendar/years/:year',
      summary: '保存工作日历 Replace the listed days of a year',
      tags: ['calendar'],
      access: { permission: 'org.calendar.manage' },
      audit: {
        action: 'org.calendar.save',
        label: text('保存工作日历', 'Save the working calendar'),
        target: ({ params }) => ({ type: 'calendar_year', id: String(params.year), name: `${params.year}年工作日历` }),
      },
      params: z.object({ year: yearSchema }),
      body: z.strictObject({ days: z.array(calendarDaySchema).max(366) }),
      response: calendarYearSchema,
      handler: async ({ params, body, auth }) => ({ year: params.year, items: await years.replace(params.year, body.days, auth.user.id) }),
    }),
  ];
}
