import type { AuthContext, FileInfo, ModuleContext } from '@kunlun/core';
import { readableDocument } from './documentAccess.ts';
import { readContent } from './documentContent.ts';
import { distributionOf } from './distribution.ts';
import { openStepsOf } from './processRecords.ts';
import { outgoingFormValues } from './outgoing/outgoingForm.ts';
import { fieldAccessAtSteps, loadStepForm } from './stepPermissions.ts';
import { renditionStatusOf } from './outgoing/renditionStatus.ts';
import { approvalRecords, opinionValues, sentBackOf } from './stepOpinions.ts';

/**
 * A document as its reader sees it: every element, its files, where its process stands and
 * which fields the reader's open step lets them change, the opinions of the steps done and whether
 * it was sent back to its drafter (by whom, why); for a recipient, the unit's inbox entry
 * and incoming record; for the sender, the distribution's progress.
 */
const outgoingForm = loadStepForm('documents.outgoing');
const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

export async function documentDetail(ctx: Pick<ModuleContext, 'db' | 'engine' | 'files' | 'org'>, auth: AuthContext, documentId: string) {
  const { db, files } = ctx;
  const { doc, viewer } = await readableDocument(ctx, auth, documentId);
  const c = doc.origin === 'system' ? await readContent(db, doc) : null;
  const attachments = await db('documents_attachments').where({ document_id: doc.id }).orderBy('sort_order').select('file_id', 'name');
  const unitIds = c
    ? [c.issuingUnitId, ...c.jointUnitIds, ...c.mainRecipientIds, ...c.copyRecipientIds, ...c.countersignUnitIds, doc.drafting_unit_id ?? '']
    : [];
  const [units, names, infos, steps, distribution, receipts, incoming, records] = await Promise.all([
    ctx.org.units([...unitIds.filter(Boolean), ...viewer.recipientUnitIds]),
    ctx.org.displayNames([doc.drafted_by]),
    files.info([...attachments.map((a) => a.file_id as string), ...(c?.bodyFileId ? [c.bodyFileId] : [])]),
    openStepsOf(ctx.engine, doc.instance_id, auth.user.id),
    viewer.sender ? distributionOf(db, doc.id) : Promise.resolve(null),
    viewer.recipientUnitIds.length
      ? db('documents_receipts')
          .where('document_id', doc.id)
          .whereIn('unit_id', viewer.recipientUnitIds)
          .select('id', 'unit_id', 'state', 'delivered_at', 'urge_count', 'last_urged_at')
      : Promise.resolve([]),
    viewer.recipientUnitIds.length
      ? db('documents_incoming').where('document_id', doc.id).whereIn('unit_id', viewer.recipientUnitIds).select('id', 'unit_id', 'incoming_number', 'state')
      : Promise.resolve([]),
    doc.origin === 'system' ? approvalRecords(ctx.engine, doc.instance_id) : Promise.resolve([]),
  ]);
  const unit = (id: string) => ({ id, name: units.get(id)?.name ?? '' });
  const info = (id: string | null): FileInfo | null => (id ? (infos.find((f) => f.id === id) ?? null) : null);
  return {
    id: doc.id,
    origin: doc.origin,
    docType: doc.doc_type,
    title: doc.title,
    urgency: doc.urgency,
    copyNumber: c?.copyNumber ?? null,
    docNumber: doc.doc_number ?? doc.external_number ?? null,
    direction: doc.direction,
    state: doc.state,
    issuerName: doc.issuer_name,
    issuer: c ? unit(c.issuingUnitId) : null,
    jointIssuers: (c?.jointUnitIds ?? []).map(unit),
    draftingUnit: doc.drafting_unit_id ? unit(doc.drafting_unit_id) : null,
    draftedBy: doc.drafted_by ? { id: doc.drafted_by, name: names.get(doc.drafted_by) ?? '' } : null,
    mainRecipients: (c?.mainRecipientIds ?? []).map(unit),
    copyRecipients: (c?.copyRecipientIds ?? []).map(unit),
    mainTo: c?.mainTo ?? [],
    copyTo: c?.copyTo ?? [],
    bodyHtml: (doc.body_html as string) ?? '',
    bodyText: doc.body_text,
    bodyFile: info(c?.bodyFileId ?? null),
    attachments: attachments.map((a) => ({ fileId: a.file_id as string, name: a.name as string, file: info(a.file_id) })),
    signers: c?.signers ?? [],
    signature: c?.signature ?? null,
    writtenDate: c?.writtenDate ?? null,
    note: c?.note ?? null,
    printedBy: c?.printedBy ?? null,
    printedOn: c?.printedOn ?? null,
    countersignUnits: (c?.countersignUnitIds ?? []).map(unit),
    sealed: c?.sealed ?? false,
    sealFileId: c?.sealFileId ?? null,
    retention: (doc.retention as string | null) ?? null,
    rendition: await renditionStatusOf(ctx, auth.user.id, doc),
    instanceId: doc.instance_id,
    createdAt: iso(doc.created_at)!,
    numberedAt: iso(doc.numbered_at),
    signedOffAt: iso(doc.signed_off_at),
    distributedAt: iso(doc.distributed_at),
    archivedAt: iso(doc.archived_at),
    process: {
      openSteps: steps.steps.map((s) => ({ taskId: s.taskId, elementId: s.elementId, name: s.name, assigneeName: s.assigneeName, dueAt: s.dueAt })),
      myTasks: steps.mine.map((s) => ({ taskId: s.taskId, elementId: s.elementId, name: s.name, version: s.version })),
      /** Sent back to the drafter by the last step done (退回, or 不同意 leading back): by whom and why. */
      sentBack: doc.state === 'drafting' ? sentBackOf(records) : null,
    },
    /** The 发文稿纸's values (the form documents.outgoing), as the task pages show them. */
    formValues: c
      ? { ...outgoingFormValues(doc, c), ...opinionValues(records) }
      : {
          docType: doc.doc_type,
          title: doc.title,
          urgency: doc.urgency,
          docNumber: doc.external_number ?? '',
          attachments: attachments.map((a) => a.file_id as string),
        },
    fieldAccess:
      doc.origin === 'system'
        ? fieldAccessAtSteps(
            outgoingForm,
            steps.mine.map((s) => s.elementId),
          )
        : {},
    viewer,
    distribution,
    receipts: receipts.map((r) => ({
      id: r.id as string,
      unitId: r.unit_id as string,
      unitName: units.get(r.unit_id as string)?.name ?? '',
      state: r.state as string,
      deliveredAt: iso(r.delivered_at)!,
      urgeCount: Number(r.urge_count),
      lastUrgedAt: iso(r.last_urged_at),
    })),
    incoming: incoming.map((i) => ({
      id: i.id as string,
      unitId: i.unit_id as string,
      incomingNumber: (i.incoming_number as string | null) ?? null,
      state: i.state as string,
    })),
  };
}
