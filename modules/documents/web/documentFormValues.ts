import type { FormValues } from '@/forms/formSchema.ts';
import type { DocumentDetail, IncomingDetail } from './documents.api.ts';

/**
 * The documents' records as the step forms (src/forms/*.json) show them, and a form's changed
 * fields back as the API's change: the record stays the one source; the form is its view.
 */
const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
const list = (text: unknown) =>
  String(text ?? '')
    .split(/[，,、;；\n]/u)
    .map((s) => s.trim())
    .filter(Boolean);
const fileIds = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);

export function outgoingValues(d: DocumentDetail): FormValues {
  return {
    docType: d.docType,
    title: d.title,
    urgency: d.urgency,
    copyNumber: d.copyNumber ?? '',
    issuers: [...(d.issuer ? [d.issuer.id] : []), ...ids(d.jointIssuers)],
    docNumber: d.docNumber ?? '',
    mainRecipients: ids(d.mainRecipients),
    copyRecipients: ids(d.copyRecipients),
    mainTo: d.mainTo.join('，'),
    copyTo: d.copyTo.join('、'),
    body: d.bodyHtml,
    bodyFile: d.bodyFile ? [d.bodyFile.id] : [],
    attachments: d.attachments.map((a) => a.fileId),
    signers: d.signers.join('、'),
    signature: d.signature ?? '',
    writtenDate: d.writtenDate ?? '',
    note: d.note ?? '',
    printedBy: d.printedBy ?? '',
    printedOn: d.printedOn ?? '',
    countersignUnits: ids(d.countersignUnits),
    sealed: d.sealed,
    seal: d.sealFileId ? [d.sealFileId] : [],
    retention: d.retention ?? '',
  };
}

/** The change for PATCH /api/documents/:id: the editable fields whose value differs. */
export function outgoingChange(before: FormValues, after: FormValues, editable: (key: string) => boolean, nameOf: (fileId: string) => string | undefined): Record<string, unknown> {
  const change: Record<string, unknown> = {};
  const changed = (key: string) => editable(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]);
  const put = (key: string, apiKey: string, value: unknown) => {
    if (changed(key)) change[apiKey] = value;
  };
  put('docType', 'docType', after.docType);
  put('title', 'title', after.title);
  put('urgency', 'urgency', after.urgency);
  put('copyNumber', 'copyNumber', orNull(after.copyNumber));
  // The lead issuer is fixed once drafted: the others are the joint issuers.
  put('issuers', 'jointUnitIds', fileIds(after.issuers).filter((id) => id !== fileIds(before.issuers)[0]));
  put('mainRecipients', 'mainRecipientIds', fileIds(after.mainRecipients));
  put('copyRecipients', 'copyRecipientIds', fileIds(after.copyRecipients));
  put('mainTo', 'mainTo', list(after.mainTo));
  put('copyTo', 'copyTo', list(after.copyTo));
  put('body', 'bodyHtml', after.body ?? '');
  put('bodyFile', 'bodyFileId', fileIds(after.bodyFile)[0] ?? null);
  put('attachments', 'attachments', fileIds(after.attachments).map((fileId) => ({ fileId, name: (nameOf(fileId) ?? '附件').replace(/\.[A-Za-z0-9]{1,5}$/u, '') })));
  put('signers', 'signers', list(after.signers));
  put('signature', 'signature', orNull(after.signature));
  put('writtenDate', 'writtenDate', orNull(after.writtenDate));
  put('note', 'note', orNull(after.note));
  put('printedBy', 'printedBy', orNull(after.printedBy));
  put('printedOn', 'printedOn', orNull(after.printedOn));
  put('countersignUnits', 'countersignUnitIds', fileIds(after.countersignUnits));
  put('sealed', 'sealed', Boolean(after.sealed));
  put('seal', 'sealFileId', fileIds(after.seal)[0] ?? null);
  put('retention', 'retention', orNull(after.retention));
  return change;
}

export function incomingValues(d: IncomingDetail): FormValues {
  return {
    incomingNumber: d.incomingNumber ?? '',
    issuerName: d.document.issuerName,
    docNumber: d.document.docNumber ?? '',
    title: d.document.title,
    docType: d.document.docType,
    urgency: d.document.urgency,
    copies: d.copies,
    pages: d.pages,
    attachments: [],
    returnReason: d.returnReason ?? '',
    proposal: d.proposal ?? '',
    instruction: d.instruction ?? '',
    leadUnit: d.leadUnit?.id ?? null,
    assistUnits: ids(d.assistUnits),
    dueOn: d.dueOn ?? '',
    readers: ids(d.readers),
    handlingResult: d.handlingResult ?? '',
    conclusion: d.conclusion ?? '',
    retention: d.retention ?? '',
  };
}

export function incomingChange(before: FormValues, after: FormValues, editable: (key: string) => boolean): Record<string, unknown> {
  const change: Record<string, unknown> = {};
  const apiKey: Record<string, string> = { leadUnit: 'leadUnitId', assistUnits: 'assistUnitIds', readers: 'readerIds' };
  for (const key of Object.keys(after)) {
    if (key === 'incomingNumber' || key === 'attachments' || !editable(key) || JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    const value = after[key];
    change[apiKey[key] ?? key] = Array.isArray(value) ? value : orNull(value);
  }
  return change;
}
