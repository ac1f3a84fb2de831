import type { Knex } from 'knex';

/**
 * The supervision benchmark's data, written in SQL with generate_series over the demo
 * organization's units (deterministic by each item's sequence number g): `items` items led by
 * the first 2,770 units that are not internal sections (by code), registered by the office of
 * the lead's prefecture (the province's office for provincial departments); original deadlines
 * over the 700 days before today and the 60 after, old ones mostly closed (one in five late),
 * one in ten extended by an approved request, a third with co-units, ten progress reports each.
 */
export const LEAD_UNITS = 2770;
export const REPORTS_PER_ITEM = 10;

/** Items, assignments, extensions and reports, in SQL: deterministic by the item's sequence number g. */
export async function loadSupervisionItems(db: Knex, items: number, today: string, clerkId: string): Promise<void> {
  await db.raw(
    `CREATE TABLE bench_units AS
       SELECT (row_number() OVER (ORDER BY u.code))::int - 1 AS n, u.id AS unit_id, coalesce(o.id, p.id) AS office_id
         FROM core_org_units u
         LEFT JOIN core_org_units o ON substr(u.code, 1, 4) <> '6300' AND o.code = substr(u.code, 1, 4) || '00-001'
         CROSS JOIN (SELECT id FROM core_org_units WHERE code = '630000-001') p
        WHERE u.code !~ '-[0-9]{3}-[0-9]{2}$'
        ORDER BY u.code
        LIMIT ?`,
    [LEAD_UNITS],
  );
  await db.raw('CREATE UNIQUE INDEX ON bench_units (n)');
  // original deadlines spread over the 700 days before today and the 60 after; old items mostly closed.
  await db.raw(
    `INSERT INTO supervision_items (id, number, year, seq, title, content, source_kind, office_unit_id, registered_by, urgency, handling_mode,
                                    received_on, original_due_on, due_on, cadence, next_report_due, progress, state, closed_at, closed_on_time)
     SELECT gen_random_uuid(), '督〔' || extract(year FROM s.original - 30)::int || '〕' || s.g || '号', extract(year FROM s.original - 30)::int, s.g,
            '关于落实第' || s.g || '项督办事项的通知', '按照领导批示要求，抓好落实并按期报送办理情况。',
            (ARRAY['instruction','meeting','document','superior','deputy','proposal','other'])[1 + s.g % 7], b.office_id, ?::uuid,
            (ARRAY['urgent','normal','difficult'])[1 + s.g % 3], 'forward',
            s.original - 30, s.original, s.original + CASE WHEN s.g % 10 = 3 THEN 15 ELSE 0 END, '{"kind":"monthly","day":5}'::jsonb,
            CASE WHEN s.state IN ('signing','handling') THEN ?::date - 5 + s.g % 20 END, (s.g * 31) % 101, s.state,
            CASE WHEN s.state = 'closed' THEN s.original::timestamptz END, CASE WHEN s.state = 'closed' THEN s.g % 5 <> 0 END
       FROM (SELECT g, d.original,
                    CASE WHEN g % 100 = 0 THEN 'cancelled'
                         WHEN d.original < ?::date - 20 AND g % 10 <> 1 THEN 'closed'
                         WHEN g % 97 = 5 THEN 'reviewing'
                         WHEN g % 50 = 2 THEN 'signing'
                         WHEN g % 50 = 3 THEN 'completionReview'
                         WHEN g % 50 = 4 THEN 'leaderReview'
                         ELSE 'handling' END AS state
               FROM generate_series(1, ?::int) g, LATERAL (SELECT ?::date - 700 + (g * 7919) % 760 AS original) d) s
       JOIN bench_units b ON b.n = s.g % ?::int`,
    [clerkId, today, today, items, today, LEAD_UNITS],
  );
  await db.raw(
    `INSERT INTO supervision_assignments (id, item_id, unit_id, role, position, contact_id, state, signed_at, next_report_due)
     SELECT gen_random_uuid(), i.id, b.unit_id, 'lead', 0, ?::uuid, CASE WHEN i.state IN ('reviewing','signing') THEN 'pending' ELSE 'signed' END,
            i.received_on::timestamptz, i.next_report_due
       FROM supervision_items i JOIN bench_units b ON b.n = i.seq % ?::int`,
    [clerkId, LEAD_UNITS],
  );
  await db.raw(`UPDATE supervision_items i SET lead_unit_id = a.unit_id FROM supervision_assignments a WHERE a.item_id = i.id AND a.role = 'lead'`);
  await db.raw(
    `INSERT INTO supervision_assignments (id, item_id, unit_id, role, position, state)
     SELECT DISTINCT ON (c.item_id, c.unit_id) gen_random_uuid(), c.item_id, c.unit_id, 'co', 1, 'signed'
       FROM (SELECT i.id AS item_id, b.unit_id FROM supervision_items i JOIN bench_units b ON b.n = (i.seq * 13 + 7) % ?::int WHERE i.seq % 3 = 0
             UNION ALL
             SELECT i.id, b.unit_id FROM supervision_items i JOIN bench_units b ON b.n = (i.seq * 29 + 11) % ?::int WHERE i.seq % 6 = 0) c
      WHERE NOT EXISTS (SELECT 1 FROM supervision_assignments l WHERE l.item_id = c.item_id AND l.unit_id = c.unit_id)`,
    [LEAD_UNITS, LEAD_UNITS],
  );
  await db.raw(
    `INSERT INTO supervision_extensions (id, item_id, unit_id, requested_by, reason, requested_due_on, previous_due_on, state, decided_by, decided_at)
     SELECT gen_random_uuid(), i.id, a.unit_id, ?::uuid, '涉及多个部门协调，申请延期办理', i.due_on, i.original_due_on, 'approved', ?::uuid, i.original_due_on::timestamptz
       FROM supervision_items i JOIN supervision_assignments a ON a.item_id = i.id AND a.role = 'lead'
      WHERE i.due_on > i.original_due_on`,
    [clerkId, clerkId],
  );
  await db.raw(
    `INSERT INTO supervision_reports (id, item_id, assignment_id, unit_id, kind, addressed_to, content, progress, cycle_due, reported_by, reported_at)
     SELECT gen_random_uuid(), i.id, a.id, a.unit_id, 'progress', 'office', '已召开专题会议研究部署，正在按计划推进。', LEAST(100, k * 10),
            i.received_on + k * 7, ?::uuid, (i.received_on + k * 7)::timestamptz
       FROM generate_series(1, ?::int) k
       CROSS JOIN supervision_items i
       JOIN supervision_assignments a ON a.item_id = i.id AND a.role = 'lead'`,
    [clerkId, REPORTS_PER_ITEM],
  );
  await db.raw('ANALYZE');
}
