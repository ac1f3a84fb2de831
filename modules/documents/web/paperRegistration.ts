import type { FieldAccessMap, FormDefinition, FormField, FormValues } from '@/moduleKit';
import incomingFormJson from '../src/forms/documents.incoming.json';

/**
 * 纸质来文登记: a document received on paper, outside the system, registered by the unit's 收发员.
 * The form is the 收文处理笺's registration fields plus what only a paper document brings (密级,
 * 收到日期, 内容摘要); the answer is the body of POST /api/documents/incoming/paper.
 */
const incoming = incomingFormJson as unknown as FormDefinition;
const REGISTERED = ['issuerName', 'docNumber', 'title', 'docType', 'urgency', 'copies', 'pages', 'attachments'];

const paperOnly: FormField[] = [
  {
    key: 'secrecy',
    type: 'select',
    label: { 'zh-CN': '密级', en: 'Classification' },
    help: { 'zh-CN': '涉密公文不在本系统登记', en: 'Classified documents are not registered in this system' },
    default: '',
    options: [
      { value: '', label: { 'zh-CN': '非密', en: 'Unclassified' } },
      { value: '秘密', label: { 'zh-CN': '秘密', en: 'Secret' } },
      { value: '机密', label: { 'zh-CN': '机密', en: 'Confidential' } },
      { value: '绝密', label: { 'zh-CN': '绝密', en: 'Top secret' } },
    ],
  },
  { key: 'receivedOn', type: 'date', label: { 'zh-CN': '收到日期', en: 'Received on' } },
  { key: 'summary', type: 'textarea', label: { 'zh-CN': '内容摘要', en: 'Summary' }, maxLength: 20_000 },
];

const fields = [...incoming.fields.filter((f) => REGISTERED.includes(f.key)), ...paperOnly];
const attachmentsLast = [...fields.filter((f) => f.key !== 'attachments'), ...fields.filter((f) => f.key === 'attachments')];

export const paperForm: FormDefinition = {
  id: 'documents.incoming.paper',
  title: { 'zh-CN': '纸质来文登记', en: 'Register a paper document' },
  fields: attachmentsLast,
  steps: { '*': { editable: attachmentsLast.map((f) => f.key) } },
};

export const paperAccess: FieldAccessMap = Object.fromEntries(paperForm.fields.map((f) => [f.key, 'editable'] as const));

/** Today in the registrar's calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function blankPaper(): FormValues {
  return { docType: '通知', urgency: 'normal', secrecy: '', receivedOn: today(), copies: 1, attachments: [] };
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

/** The registration as the API takes it; attachments are named after their files (without the extension). */
export function paperBody(values: FormValues, nameOf: (fileId: string) => string | undefined): Record<string, unknown> {
  const fileIds = Array.isArray(values.attachments) ? values.attachments.filter((x): x is string => typeof x === 'string') : [];
  const body: Record<string, unknown> = {
    issuerName: text(values.issuerName),
    docType: values.docType,
    title: text(values.title),
    urgency: values.urgency ?? 'normal',
    attachments: fileIds.map((fileId) => ({ fileId, name: (nameOf(fileId) ?? '附件').replace(/\.[A-Za-z0-9]{1,5}$/u, '') })),
  };
  if (text(values.docNumber)) body.docNumber = text(values.docNumber);
  if (text(values.secrecy)) body.secrecy = text(values.secrecy);
  if (text(values.summary)) body.summary = text(values.summary);
  if (text(values.receivedOn)) body.receivedOn = text(values.receivedOn);
  const copies = count(values.copies);
  const pages = count(values.pages);
  if (copies) body.copies = copies;
  if (pages) body.pages = pages;
  return body;
}
