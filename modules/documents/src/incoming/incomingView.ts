import type { AuthContext, ModuleContext } from '@kunlun/core';
import { dayOf } from '../documentContent.ts';
import { openStepsOf, stepRecordsOf, tookPart } from '../processRecords.ts';
import { fieldAccessAtSteps, loadStepForm, type FieldAccess } from '../stepPermissions.ts';
import { incomingNotFound } from './incomingRecord.ts';
import { incomingFormValues } from './incomingForm.ts';
import { supervisionItemsOf } from './incomingSupervision.ts';

/**
 * A unit's incoming record (收文处理笺) as its reader sees it — people of the receiving unit and
 * everyone who took part in its process: registration, the document's elements, 拟办 and 批办,
 * the lead and assisting departments with the due date and each handler's state (overdue ones
 * flagged for 催办), the 传阅 reading records, the supervision items registered from it (列入督办),
 * and the fields the reader's open step may change.
 */
const incomingForm = loadStepForm('documents.incoming');
const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

/** An electronic document's own elements are as its sender issued them: never editable here. */
const DOCUMENT_ELEMENTS = ['issuerName', 'docNumber', 'title', 'docType', 'urgency', 'attachments'];
function electronicFixed(access: Record<string, FieldAccess>, origin: string): Record<string, FieldAccess> {
  if (origin === 'paper') return access;
  return Object.fromEntries(Object.entries(access).map(([k, v]) => [k, DOCUMENT_ELEMENTS.includes(k) && v === 'editable' ? 'readonly' : v]));
}

type Reads = Pick<ModuleContext, 'db' | 'engine' | 'org' | 'services'>;

/** 列入督办 means nothing where the supervision module is not enabled: the sheet does not offer it. */
function withoutSupervision(ctx: Pick<Reads, 'services'>, access: Record<string, FieldAccess>): Record<string, FieldAccess> {
  return ctx.services.useIfEnabled('supervision.items') ? access : { ...access, supervise: 'hidden' };
}

export async function readableIncoming(ctx: Reads, auth: AuthContext, incomingId: string) {
  const record = await ctx.db('documents_incoming').where({ id: incomingId }).first();
  if (!record) throw incomingNotFound();
  const units = await ctx.org.unitsOf(auth.user.id);
  const member = units.some((u) => u.id === record.unit_id || u.id === record.receiving_unit_id);
  if (!member && !(await tookPart(ctx.engine, [record.instance_id], auth.user.id))) throw incomingNotFound();
  return record;
}

export async function incomingDetail(ctx: Reads, auth: AuthContext, incomingId: string) {
  const { db } = ctx;
  const record = await readableIncoming(ctx, auth, incomingId);
  const doc = await db('documents_documents')
    .where({ id: record.document_id })
    .first('id', 'origin', 'doc_type', 'title', 'urgency', 'issuer_name', 'doc_number', 'external_number', 'body_text', 'rendition_file_id');
  const readerIds: string[] = record.reader_ids ?? [];
  const [units, names, steps, reading, handling, formValues, supervisionItems] = await Promise.all([
    ctx.org.units([
      record.unit_id,
      ...(record.receiving_unit_id ? [record.receiving_unit_id] : []),
      ...(record.lead_unit_id ? [record.lead_unit_id] : []),
      ...(record.assist_unit_ids ?? []),
    ]),
    ctx.org.displayNames([record.registered_by, ...readerIds]),
    openStepsOf(ctx.engine, record.instance_id, auth.user.id),
    stepRecordsOf(ctx.engine, record.instance_id, ['circulate']),
    stepRecordsOf(ctx.engine, record.instance_id, ['handleLead', 'handleAssist']),
    incomingFormValues(db, record.id),
    supervisionItemsOf(ctx, record.id),
  ]);
  const unit = (id: string) => ({ id, name: units.get(id)?.name ?? '' });
  const dueAtOf = (userId: string) => steps.steps.find((s) => s.assigneeId === userId && (s.elementId === 'handleLead' || s.elementId === 'handleAssist'));
  return {
    id: record.id as string,
    unit: unit(record.unit_id),
    receivedBy: record.receiving_unit_id && record.receiving_unit_id !== record.unit_id ? unit(record.receiving_unit_id) : null,
    origin: record.origin as 'system' | 'paper',
    incomingNumber: (record.incoming_number as string | null) ?? null,
    state: record.state as string,
    receivedAt: iso(record.received_at)!,
    registeredBy: record.registered_by ? { id: record.registered_by as string, name: names.get(record.registered_by) ?? '' } : null,
    copies: (record.copies as number | null) ?? null,
    pages: (record.pages as number | null) ?? null,
    document: {
      id: doc.id as string,
      docType: doc.doc_type as string,
      title: doc.title as string,
      urgency: doc.urgency as string,
      issuerName: doc.issuer_name as string,
      docNumber: (doc.doc_number ?? doc.external_number ?? null) as string | null,
      renditionFileId: (doc.rendition_file_id as string | null) ?? null,
    },
    returnReason: (record.return_reason as string | null) ?? null,
    proposal: (record.proposal as string | null) ?? null,
    instruction: (record.instruction as string | null) ?? null,
    supervise: Boolean(record.supervise),
    supervisionItems,
    leadUnit: record.lead_unit_id ? unit(record.lead_unit_id) : null,
    assistUnits: ((record.assist_unit_ids as string[]) ?? []).map(unit),
    dueOn: dayOf(record.due_on),
    readers: readerIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    handlingResult: (record.handling_result as string | null) ?? null,
    conclusion: (record.conclusion as string | null) ?? null,
    retention: (record.retention as string | null) ?? null,
    archivedAt: iso(record.archived_at),
    instanceId: (record.instance_id as string | null) ?? null,
    handling: handling.map((h) => {
      const open = dueAtOf(h.user.id);
      return { ...h, dueAt: open?.dueAt ?? null, overdue: open?.overdue ?? false, taskId: open?.taskId ?? null, urgeCount: open?.urgeCount ?? 0 };
    }),
    readRecords: reading.map((r) => ({ reader: r.user, sentAt: r.createdAt, readAt: r.completedAt, comment: r.opinion })),
    process: {
      openSteps: steps.steps.map((s) => ({
        taskId: s.taskId,
        elementId: s.elementId,
        name: s.name,
        assigneeName: s.assigneeName,
        dueAt: s.dueAt,
        overdue: s.overdue,
      })),
      myTasks: steps.mine.map((s) => ({ taskId: s.taskId, elementId: s.elementId, name: s.name, version: s.version })),
    },
    /** The 收文处理笺's values (the form documents.incoming), as the task pages show them. */
    formValues: formValues ?? {},
    fieldAccess: withoutSupervision(
      ctx,
      electronicFixed(
        fieldAccessAtSteps(
          incomingForm,
          steps.mine.map((s) => s.elementId),
        ),
        record.origin,
      ),
    ),
  };
}
