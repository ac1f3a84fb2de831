import type { AuthContext, ModuleContext } from '@kunlun/core';
import { chinaDay, dayOf } from './chinaDays.ts';
import { colourThresholds, itemColour } from './itemColour.ts';
import { reachOf, standingTo } from './itemReach.ts';

/**
 * 督办事项详情: the item with its handling units, reports, extensions and 催办 notices, its
 * colour today, what the caller may do, and the caller's open tasks on it (签收, 办理, 审核 …,
 * and the office's decision on an extension request). Out of reach: 404.
 */
type Ctx = Pick<ModuleContext, 'db' | 'org' | 'engine' | 'settings'>;

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

export async function itemDetail(ctx: Ctx, auth: AuthContext, itemId: string) {
  const { db, org } = ctx;
  const reach = await reachOf(org, auth);
  const standing = await standingTo(db, reach, itemId, ctx.engine);
  const item = await db('supervision_items').where({ id: itemId }).first();
  const [assignments, reports, extensions, urges] = await Promise.all([
    db('supervision_assignments').where({ item_id: itemId }).orderByRaw(`CASE role WHEN 'lead' THEN 0 ELSE 1 END, position`),
    db('supervision_reports').where({ item_id: itemId }).orderBy('reported_at', 'desc'),
    db('supervision_extensions').where({ item_id: itemId }).orderBy('created_at'),
    db('supervision_urges').where({ item_id: itemId }).orderBy('created_at', 'desc').limit(50),
  ]);
  const unitIds = [
    item.office_unit_id,
    ...assignments.map((a) => a.unit_id),
    ...reports.map((r) => r.unit_id),
    ...extensions.map((e) => e.unit_id),
    ...urges.map((u) => u.unit_id),
  ];
  const people = [
    item.instructed_by,
    item.registered_by,
    ...assignments.map((a) => a.contact_id),
    ...reports.map((r) => r.reported_by),
    ...extensions.flatMap((e) => [e.requested_by, e.decided_by]),
    ...urges.map((u) => u.sent_by),
  ];
  const [units, names] = await Promise.all([org.units([...new Set(unitIds)]), org.displayNames(people)]);
  const unitRef = (id: string) => ({ id, name: units.get(id)?.name ?? '' });
  const personRef = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  const state = item.state;
  const dueOn = dayOf(item.due_on);
  const colour = itemColour(
    { state, receivedOn: dayOf(item.received_on), dueOn, nextReportDue: item.next_report_due ? dayOf(item.next_report_due) : null, progress: item.progress },
    chinaDay(),
    colourThresholds(ctx.settings),
  );
  const inHand = state === 'handling' || state === 'signing';
  const reportable = assignments.filter((a) => standing.handlingUnitIds.includes(a.unit_id) && (a.state === 'signed' || a.state === 'done'));
  const leadOfMine = assignments.find((a) => a.role === 'lead' && a.state !== 'declined' && standing.handlingUnitIds.includes(a.unit_id));
  return {
    id: item.id,
    number: item.number,
    title: item.title,
    content: item.content,
    sourceKind: item.source_kind,
    source: item.source_id ? { module: item.source_module, kind: item.source_type, id: item.source_id, title: item.source_title ?? '' } : null,
    instructedBy: personRef(item.instructed_by),
    instruction: item.instruction,
    office: unitRef(item.office_unit_id),
    registeredBy: personRef(item.registered_by)!,
    requiredAnswer: item.required_answer,
    urgency: item.urgency,
    handlingMode: item.handling_mode,
    receivedOn: dayOf(item.received_on),
    originalDueOn: dayOf(item.original_due_on),
    dueOn,
    cadence: typeof item.cadence === 'string' ? JSON.parse(item.cadence) : item.cadence,
    nextReportDue: item.next_report_due ? dayOf(item.next_report_due) : null,
    progress: item.progress,
    round: item.round,
    state,
    colour,
    closedAt: iso(item.closed_at),
    closedOnTime: item.closed_on_time,
    instanceId: item.instance_id,
    assignments: assignments.map((a) => ({
      id: a.id,
      unit: unitRef(a.unit_id),
      role: a.role,
      contact: a.contact_id ? { id: a.contact_id, name: names.get(a.contact_id) || a.contact_name } : null,
      contactPhone: a.contact_phone,
      state: a.state,
      signBy: a.sign_by ? dayOf(a.sign_by) : null,
      signedAt: iso(a.signed_at),
      declinedReason: a.declined_reason,
      nextReportDue: a.next_report_due ? dayOf(a.next_report_due) : null,
      lastReportAt: iso(a.last_report_at),
    })),
    reports: reports.map((r) => ({
      id: r.id,
      unit: unitRef(r.unit_id),
      kind: r.kind,
      addressedTo: r.addressed_to,
      content: r.content,
      progress: r.progress,
      round: r.round,
      reportedBy: personRef(r.reported_by)!,
      reportedAt: iso(r.reported_at)!,
      reviewState: r.review_state,
      reviewNote: r.review_note,
    })),
    extensions: extensions.map((e) => ({
      id: e.id,
      unit: unitRef(e.unit_id),
      requestedBy: personRef(e.requested_by)!,
      reason: e.reason,
      previousDueOn: dayOf(e.previous_due_on),
      requestedDueOn: dayOf(e.requested_due_on),
      state: e.state,
      decidedBy: personRef(e.decided_by),
      decidedAt: iso(e.decided_at),
      decisionNote: e.decision_note,
      createdAt: iso(e.created_at)!,
    })),
    urges: urges.map((u) => ({ id: u.id, unit: unitRef(u.unit_id), kind: u.kind, note: u.note, sentBy: personRef(u.sent_by), createdAt: iso(u.created_at)! })),
    can: {
      manage: standing.manages,
      reportFor: inHand ? reportable.map((a) => unitRef(a.unit_id)) : [],
      requestExtension: inHand && Boolean(leadOfMine) && chinaDay() <= dueOn && !extensions.some((e) => e.state === 'pending'),
      urge: standing.manages && inHand,
    },
    myTasks: await myTasks(ctx, auth.user.id, [
      { instanceId: item.instance_id, processKey: 'supervision.item' },
      ...extensions.filter((e) => e.state === 'pending' && e.instance_id).map((e) => ({ instanceId: e.instance_id, processKey: 'supervision.extension' })),
    ]),
  };
}

async function myTasks(ctx: Ctx, userId: string, instances: { instanceId: string | null; processKey: string }[]) {
  const tasks = [];
  for (const { instanceId, processKey } of instances) {
    if (!instanceId) continue;
    for (const t of await ctx.engine.openTasks(instanceId)) {
      if (t.state !== 'open') continue;
      const mine = t.assignee ? t.assignee.id === userId : t.candidates.some((c) => c.id === userId);
      if (mine) tasks.push({ taskId: t.id, elementId: t.elementId, name: t.name, version: t.version, processKey });
    }
  }
  return tasks;
}
