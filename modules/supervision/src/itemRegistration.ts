import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { z } from 'zod';
import { conflict, unprocessable, text, type ModuleContext } from '@kunlun/core';
import { chinaDay, chinaYearOf, daysBetween } from './chinaDays.ts';
import type { ItemRequest, ItemSource } from './contract.ts';
import { defaultDueOn } from './deadlineRules.ts';
import { resolveHandlingUnits } from './handlingUnits.ts';
import { formatItemNumber, nextItemSeq } from './itemNumbering.ts';
import { cadenceSchema, HANDLING_MODES, SOURCE_KINDS, URGENCIES, type Cadence } from './itemVocabulary.ts';
import { supervisionOfficeOf } from './supervisionOffice.ts';

/**
 * 登记: an item is numbered, its handling units and contacts recorded, its deadline set (given,
 * or the installation's default for its source and urgency), and its process started — at 登记
 * for the registrar to complete, or straight to 审核 when what the leader or the meeting decided
 * is registered as it stands. All of one request's items commit together or not at all.
 */
const day = z.iso.date();
const handlingUnit = z.strictObject({ unitId: z.uuid(), contactId: z.uuid().optional(), contactPhone: z.string().trim().max(40).optional() });
export const itemRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  content: z.string().trim().min(1).max(8000),
  sourceKind: z.enum(SOURCE_KINDS),
  source: z
    .strictObject({ module: z.string().min(1).max(40), kind: z.string().min(1).max(80), id: z.string().min(1).max(80), title: z.string().max(400) })
    .optional(),
  instructedBy: z.uuid().nullable().optional(),
  instruction: z.string().trim().max(4000).nullable().optional(),
  officeUnitId: z.uuid().optional(),
  registeredBy: z.uuid(),
  requiredAnswer: z.string().trim().max(4000).optional(),
  urgency: z.enum(URGENCIES).optional(),
  handlingMode: z.enum(HANDLING_MODES).optional(),
  lead: handlingUnit,
  coUnits: z.array(handlingUnit).max(50).optional(),
  dueOn: day.optional(),
  cadence: cadenceSchema.optional(),
  submit: z.boolean().optional(),
});

type Ctx = Pick<ModuleContext, 'db' | 'org' | 'engine' | 'calendar' | 'settings' | 'events'>;

export async function registerItems(
  ctx: Ctx,
  trx: Knex.Transaction,
  requests: readonly ItemRequest[],
  at: Date = new Date(),
): Promise<{ id: string; number: string }[]> {
  const registered: { id: string; number: string }[] = [];
  for (const [index, raw] of requests.entries()) {
    const parsed = itemRequestSchema.safeParse(raw);
    if (!parsed.success)
      throw unprocessable('supervision.invalid_item', text('督办事项填写不完整或有误', 'The item is incomplete or invalid'), {
        index,
        issues: parsed.error.issues,
      });
    registered.push(await registerItem(ctx, trx, parsed.data, at));
  }
  return registered;
}

async function registerItem(ctx: Ctx, trx: Knex.Transaction, request: z.output<typeof itemRequestSchema>, at: Date): Promise<{ id: string; number: string }> {
  const { org } = ctx;
  const registrar = (await org.people([request.registeredBy], { db: trx })).get(request.registeredBy);
  if (!registrar) throw unprocessable('supervision.unknown_person', text('登记人不存在', 'The registrar does not exist'), { personId: request.registeredBy });
  if (request.instructedBy && !(await org.people([request.instructedBy], { db: trx })).has(request.instructedBy))
    throw unprocessable('supervision.unknown_leader', text('交办领导不存在', 'The instructing leader does not exist'), { personId: request.instructedBy });
  const office = await supervisionOfficeOf(org, trx, request.registeredBy, request.officeUnitId);
  if (request.source) await refuseSecondFromSource(trx, request.source);
  const units = await resolveHandlingUnits(org, trx, request.lead, request.coUnits ?? []);
  const receivedOn = chinaDay(at);
  const urgency = request.urgency ?? 'normal';
  const dueOn = request.dueOn ?? (await defaultDueOn(trx, ctx.calendar, request.sourceKind, urgency, receivedOn));
  if (dueOn < receivedOn) throw unprocessable('supervision.due_in_past', text('办理期限不能早于登记日期', 'The deadline cannot be before today'), { dueOn });
  const cadence: Cadence = request.cadence ?? (daysBetween(receivedOn, dueOn) > 31 ? { kind: 'monthly', day: 5 } : { kind: 'once' });
  const year = chinaYearOf(at);
  const seq = await nextItemSeq(trx, year);
  const number = formatItemNumber(String(ctx.settings.numberPrefix ?? '督'), year, seq);
  const id = randomUUID();
  const submitted = request.submit ?? true;
  const source: ItemSource | null = request.source ?? null;
  await insertItem(
    trx,
    {
      id,
      number,
      year,
      seq,
      title: request.title,
      content: request.content,
      source_kind: request.sourceKind,
      source_module: source?.module ?? null,
      source_type: source?.kind ?? null,
      source_id: source?.id ?? null,
      source_title: source?.title ?? null,
      instructed_by: request.instructedBy ?? null,
      instruction: request.instruction ?? null,
      office_unit_id: office.id,
      lead_unit_id: units[0]!.unitId,
      registered_by: request.registeredBy,
      required_answer: request.requiredAnswer ?? '',
      urgency,
      handling_mode: request.handlingMode ?? (units.length > 1 ? 'assist' : 'forward'),
      received_on: receivedOn,
      original_due_on: dueOn,
      due_on: dueOn,
      cadence: JSON.stringify(cadence),
      state: submitted ? 'reviewing' : 'registering',
    },
    source,
  );
  await trx('supervision_assignments').insert(
    units.map((u, position) => ({
      id: randomUUID(),
      item_id: id,
      unit_id: u.unitId,
      role: u.role,
      position,
      contact_id: u.contactId,
      contact_name: u.contactName,
      contact_phone: u.contactPhone,
      state: 'pending',
    })),
  );
  const { instanceId } = await ctx.engine.start(trx, 'supervision.item', {
    variables: { itemId: id, title: request.title, officeUnit: office.id, officeParent: office.parentId, leader: request.instructedBy ?? null, submitted },
    title: `${number} ${request.title}`,
    businessKey: id,
    urgency: urgency === 'urgent' ? 'urgent' : 'normal',
    initiatorId: request.registeredBy,
    initiatorUnitId: office.id,
  });
  await trx('supervision_items').where({ id }).update({ instance_id: instanceId });
  await ctx.events.emitAfterCommit(trx, 'supervision.itemRegistered', { itemId: id, number, source });
  return { id, number };
}

/** Two registrations from one source at once: the unique index lets one through, the other hears 409 as if it came second. */
async function insertItem(trx: Knex.Transaction, row: Record<string, unknown>, source: ItemSource | null): Promise<void> {
  try {
    await trx('supervision_items').insert(row);
  } catch (err) {
    if (source && (err as { code?: string; constraint?: string }).code === '23505') {
      throw conflict('supervision.source_registered', text('该事项已登记为督办事项', 'Already registered as an item'), { source });
    }
    throw err;
  }
}

async function refuseSecondFromSource(trx: Knex.Transaction, source: ItemSource): Promise<void> {
  const existing = await trx('supervision_items')
    .where({ source_module: source.module, source_type: source.kind, source_id: source.id })
    .whereNot('state', 'cancelled')
    .first('id', 'number');
  if (existing)
    throw conflict('supervision.source_registered', text(`该事项已登记为督办事项 ${existing.number}`, `Already registered as ${existing.number}`), {
      itemId: existing.id,
      number: existing.number,
    });
}
