import { z } from 'zod';
import { renditionStatusSchema } from '../outgoing/renditionStatus.ts';
import { DOCUMENT_TYPES, RETENTIONS, URGENCIES } from '../documentVocabulary.ts';
import { RECEIPT_STATES } from '../receiptTracking.ts';
import { BOXES } from '../documentLists.ts';

/** The documents API's request and response shapes (validated at the edge, described in OpenAPI). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), '日期无效');

const names = z.array(z.string().trim().min(1).max(200)).max(100);
const attachment = z.strictObject({ fileId: z.uuid(), name: z.string().trim().min(1).max(200) });
/** 密级: accepted only to be refused with a clear message when it names one (see secrecyRefusal.ts). */
const secrecy = z.string().trim().max(20).nullish();

const content = {
  docType: z.enum(DOCUMENT_TYPES),
  title: z.string().trim().min(1).max(200),
  urgency: z.enum(URGENCIES),
  copyNumber: z
    .string()
    .regex(/^\d{1,6}$/, '份号为 1 至 6 位数字')
    .nullable(),
  jointUnitIds: z.array(z.uuid()).max(20),
  mainRecipientIds: z.array(z.uuid()).max(5000),
  copyRecipientIds: z.array(z.uuid()).max(5000),
  mainTo: names,
  copyTo: names,
  bodyHtml: z.string().max(300_000),
  bodyFileId: z.uuid().nullable(),
  attachments: z.array(attachment).max(50),
  signers: z.array(z.string().trim().min(1).max(30)).max(10),
  signature: z.string().trim().max(400).nullable(),
  writtenDate: isoDate.nullable(),
  note: z.string().trim().max(500).nullable(),
  printedBy: z.string().trim().max(100).nullable(),
  printedOn: isoDate.nullable(),
  countersignUnitIds: z.array(z.uuid()).max(50),
  sealed: z.boolean(),
  sealFileId: z.uuid().nullable(),
  retention: z.enum(RETENTIONS).nullable(),
};

export const draftBody = z.strictObject({
  ...z.object(content).partial().shape,
  docType: content.docType,
  title: content.title,
  issuingUnitId: z.uuid().optional(),
  secrecy,
});

export const changeBody = z.strictObject({ ...z.object(content).partial().shape, secrecy });

export const idParams = z.strictObject({ id: z.uuid() });

export const listQuery = z.strictObject({
  box: z.enum(BOXES).default('sent'),
  keyword: z.string().trim().min(1).max(100).optional(),
  docType: z.enum(DOCUMENT_TYPES).optional(),
  year: z.coerce.number().int().min(1949).max(2999).optional(),
  unitId: z.uuid().optional(),
  urgency: z.enum(URGENCIES).optional(),
});

const ref = z.object({ id: z.string(), name: z.string() });
const fileInfo = z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number(), sha256: z.string(), createdAt: z.string() });
const step = z.object({ taskId: z.string(), elementId: z.string(), name: z.string() });
const problem = z.object({ code: z.string(), field: z.string(), message: z.string() });

const sentBack = z.object({ byName: z.string(), stepName: z.string(), opinion: z.string().nullable(), at: z.string() });

export const listItem = z.object({
  kind: z.enum(['document', 'receipt', 'incoming']),
  id: z.string(),
  documentId: z.string(),
  title: z.string(),
  docType: z.string(),
  docNumber: z.string().nullable(),
  urgency: z.string(),
  issuerName: z.string(),
  state: z.string(),
  at: z.string(),
  unit: ref.nullable(),
  incomingNumber: z.string().nullable(),
  urgeCount: z.number().int(),
  /** In 草稿: sent back to the drafter (已退回), with the reason. */
  sentBack: sentBack.nullable(),
});

export const draftResult = z.object({ id: z.string(), instanceId: z.string(), taskId: z.string().nullable(), warnings: z.array(problem) });
export const changeResult = z.object({ changed: z.array(z.string()), warnings: z.array(problem).optional() });

export const documentDetailSchema = z.object({
  id: z.string(),
  origin: z.enum(['system', 'paper']),
  docType: z.string(),
  title: z.string(),
  urgency: z.string(),
  copyNumber: z.string().nullable(),
  docNumber: z.string().nullable(),
  direction: z.string(),
  state: z.string(),
  issuerName: z.string(),
  issuer: ref.nullable(),
  jointIssuers: z.array(ref),
  draftingUnit: ref.nullable(),
  draftedBy: ref.nullable(),
  mainRecipients: z.array(ref),
  copyRecipients: z.array(ref),
  mainTo: z.array(z.string()),
  copyTo: z.array(z.string()),
  bodyHtml: z.string(),
  bodyText: z.string(),
  bodyFile: fileInfo.nullable(),
  attachments: z.array(z.object({ fileId: z.string(), name: z.string(), file: fileInfo.nullable() })),
  signers: z.array(z.string()),
  signature: z.string().nullable(),
  writtenDate: z.string().nullable(),
  note: z.string().nullable(),
  printedBy: z.string().nullable(),
  printedOn: z.string().nullable(),
  countersignUnits: z.array(ref),
  sealed: z.boolean(),
  sealFileId: z.string().nullable(),
  retention: z.string().nullable(),
  rendition: renditionStatusSchema,
  instanceId: z.string().nullable(),
  createdAt: z.string(),
  numberedAt: z.string().nullable(),
  signedOffAt: z.string().nullable(),
  distributedAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
  process: z.object({
    openSteps: z.array(step.extend({ assigneeName: z.string().nullable(), dueAt: z.string().nullable() })),
    myTasks: z.array(step.extend({ version: z.number().int() })),
    /** 已退回: the draft was sent back to its drafter, by whom, at which step, why. */
    sentBack: sentBack.nullable(),
  }),
  /** The values of the step form (documents.outgoing / documents.incoming), field by field. */
  formValues: z.record(z.string(), z.unknown()),
  fieldAccess: z.record(z.string(), z.enum(['editable', 'readonly', 'hidden'])),
  viewer: z.object({ sender: z.boolean(), participant: z.boolean(), recipientUnitIds: z.array(z.string()) }),
  distribution: z
    .object({
      id: z.string(),
      state: z.string(),
      total: z.number().int(),
      delivered: z.number().int(),
      createdAt: z.string(),
      finishedAt: z.string().nullable(),
    })
    .nullable(),
  receipts: z.array(
    z.object({
      id: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      state: z.string(),
      deliveredAt: z.string(),
      urgeCount: z.number().int(),
      lastUrgedAt: z.string().nullable(),
    }),
  ),
  incoming: z.array(z.object({ id: z.string(), unitId: z.string(), incomingNumber: z.string().nullable(), state: z.string() })),
});

export const receiptQuery = z.strictObject({ state: z.enum(RECEIPT_STATES).optional() });

export const receiptRow = z.object({
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  role: z.enum(['main', 'copy']),
  state: z.enum(RECEIPT_STATES),
  receiptId: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  signedBy: ref.nullable(),
  signedAt: z.string().nullable(),
  returnedBy: ref.nullable(),
  returnedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  recalledAt: z.string().nullable(),
  urgeCount: z.number().int(),
  lastUrgedAt: z.string().nullable(),
  incomingNumber: z.string().nullable(),
});

export const unitsBody = z.strictObject({ unitIds: z.array(z.uuid()).max(5000).optional() });
export const reasonBody = z.strictObject({ reason: z.string().trim().min(2, '请填写理由').max(1000) });

export const paperBody = z.strictObject({
  unitId: z.uuid().optional(),
  secrecy,
  issuerName: z.string().trim().min(1).max(400),
  docNumber: z.string().trim().max(60).nullish(),
  docType: z.enum(DOCUMENT_TYPES),
  title: z.string().trim().min(1).max(200),
  urgency: z.enum(URGENCIES).default('normal'),
  summary: z.string().trim().max(20_000).optional(),
  receivedOn: isoDate.optional(),
  copies: z.number().int().min(1).max(9999).optional(),
  pages: z.number().int().min(1).max(99_999).optional(),
  attachments: z.array(attachment).max(50).default([]),
});

export const incomingChangeBody = z.strictObject({
  secrecy,
  issuerName: z.string().trim().min(1).max(400).optional(),
  docNumber: z.string().trim().max(60).nullish(),
  title: content.title.optional(),
  docType: content.docType.optional(),
  urgency: content.urgency.optional(),
  attachments: content.attachments.optional(),
  copies: z.number().int().min(1).max(9999).nullish(),
  pages: z.number().int().min(1).max(99_999).nullish(),
  returnReason: z.string().trim().max(1000).nullish(),
  proposal: z.string().trim().max(2000).nullish(),
  instruction: z.string().trim().max(2000).nullish(),
  /** 列入督办 (at 拟办 or 批办). */
  supervise: z.boolean().optional(),
  leadUnitId: z.uuid().nullish(),
  assistUnitIds: z.array(z.uuid()).max(50).optional(),
  dueOn: isoDate.nullish(),
  readerIds: z.array(z.uuid()).max(100).optional(),
  handlingResult: z.string().trim().max(5000).nullish(),
  conclusion: z.string().trim().max(2000).nullish(),
  retention: z.enum(RETENTIONS).nullish(),
});

const record = z.object({
  user: ref,
  state: z.string(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  opinion: z.string().nullable(),
  outcome: z.string().nullable(),
});

export const incomingDetailSchema = z.object({
  id: z.string(),
  unit: ref,
  /** 代收: the unit whose registrar signed for the addressed unit (e.g. a government's office); null when the unit signed itself. */
  receivedBy: ref.nullable(),
  origin: z.enum(['system', 'paper']),
  incomingNumber: z.string().nullable(),
  state: z.string(),
  receivedAt: z.string(),
  registeredBy: ref.nullable(),
  copies: z.number().nullable(),
  pages: z.number().nullable(),
  document: z.object({
    id: z.string(),
    docType: z.string(),
    title: z.string(),
    urgency: z.string(),
    issuerName: z.string(),
    docNumber: z.string().nullable(),
    renditionFileId: z.string().nullable(),
  }),
  returnReason: z.string().nullable(),
  proposal: z.string().nullable(),
  instruction: z.string().nullable(),
  /** 列入督办: ticked at 拟办 or 批办. */
  supervise: z.boolean(),
  /** The supervision items registered from this record (督〔2026〕N号); empty where supervision is not enabled. */
  supervisionItems: z.array(z.object({ id: z.string(), number: z.string(), state: z.string() })),
  leadUnit: ref.nullable(),
  assistUnits: z.array(ref),
  dueOn: z.string().nullable(),
  readers: z.array(ref),
  handlingResult: z.string().nullable(),
  conclusion: z.string().nullable(),
  retention: z.string().nullable(),
  archivedAt: z.string().nullable(),
  instanceId: z.string().nullable(),
  handling: z.array(record.extend({ dueAt: z.string().nullable(), overdue: z.boolean(), taskId: z.string().nullable(), urgeCount: z.number().int() })),
  readRecords: z.array(z.object({ reader: ref, sentAt: z.string(), readAt: z.string().nullable(), comment: z.string().nullable() })),
  process: z.object({
    openSteps: z.array(step.extend({ assigneeName: z.string().nullable(), dueAt: z.string().nullable(), overdue: z.boolean() })),
    myTasks: z.array(step.extend({ version: z.number().int() })),
  }),
  /** The values of the step form (documents.outgoing / documents.incoming), field by field. */
  formValues: z.record(z.string(), z.unknown()),
  fieldAccess: z.record(z.string(), z.enum(['editable', 'readonly', 'hidden'])),
});

export const numberRegisterSchema = z.object({
  prefix: z.string(),
  year: z.number().int(),
  gaps: z.array(z.number().int()),
  entries: z.array(
    z.object({
      seq: z.number().int(),
      docNumber: z.string(),
      documentId: z.string().nullable(),
      state: z.enum(['assigned', 'void']),
      assignedAt: z.string(),
      voidReason: z.string().nullable(),
      voidedAt: z.string().nullable(),
    }),
  ),
});

export const voidedSchema = z.object({
  prefix: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  docNumber: z.string(),
  documentId: z.string().nullable(),
});
