import { accessAtStep, submissionOf } from '@/moduleKit';
import type { FieldAccessMap, FormDefinition, FormValues } from '@/moduleKit';

/**
 * The step forms (src/forms/*.json) are views of the documents' records; the server gives their
 * values. Handing a step on sends the step's fields with the task (the server puts them into the
 * record); 保存 without handing on sends the changed fields as the documents API's change.
 */
const list = (text: unknown) =>
  String(text ?? '')
    .split(/[，,、;；\n]/u)
    .map((s) => s.trim())
    .filter(Boolean);
const fileIds = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** The change for PATCH /api/documents/:id: the editable fields whose value differs. */
export function outgoingChange(
  before: FormValues,
  after: FormValues,
  editable: (key: string) => boolean,
  nameOf: (fileId: string) => string | undefined,
): Record<string, unknown> {
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
  put(
    'issuers',
    'jointUnitIds',
    fileIds(after.issuers).filter((id) => id !== fileIds(before.issuers)[0]),
  );
  put('mainRecipients', 'mainRecipientIds', fileIds(after.mainRecipients));
  put('copyRecipients', 'copyRecipientIds', fileIds(after.copyRecipients));
  put('mainTo', 'mainTo', list(after.mainTo));
  put('copyTo', 'copyTo', list(after.copyTo));
  put('body', 'bodyHtml', after.body ?? '');
  put('bodyFile', 'bodyFileId', fileIds(after.bodyFile)[0] ?? null);
  put(
    'attachments',
    'attachments',
    fileIds(after.attachments).map((fileId) => ({ fileId, name: (nameOf(fileId) ?? '附件').replace(/\.[A-Za-z0-9]{1,5}$/u, '') })),
  );
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

/** The fields sent with a step's 办理: those editable at that step and for this reader (never an electronic document's own elements). */
export function stepSubmission(form: FormDefinition, step: string, readerAccess: FieldAccessMap, values: FormValues): Record<string, unknown> {
  const atStep = accessAtStep(form, step);
  const access: FieldAccessMap = Object.fromEntries(
    form.fields.map((f) => [f.key, atStep[f.key] === 'editable' && readerAccess[f.key] === 'editable' ? 'editable' : 'readonly'] as const),
  );
  return submissionOf(form, access, values);
}
