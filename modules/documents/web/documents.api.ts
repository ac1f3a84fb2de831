import { http, type QueryValue } from '@/api/client.ts';
import type { Page } from '@/api/page.ts';

/** The documents module's API (/api/documents), over the desktop's one request client. */
export const BOXES = ['toSign', 'received', 'sent', 'drafts', 'archived'] as const;
export type DocumentBox = (typeof BOXES)[number];
export const DOCUMENT_TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;
export type Urgency = 'normal' | 'urgent' | 'very_urgent';

export interface Ref {
  id: string;
  name: string;
}

export interface ListItem {
  kind: 'document' | 'receipt' | 'incoming';
  id: string;
  documentId: string;
  title: string;
  docType: string;
  docNumber: string | null;
  urgency: Urgency;
  issuerName: string;
  state: string;
  at: string;
  unit: Ref | null;
  incomingNumber: string | null;
  urgeCount: number;
}

export interface ListQuery {
  box: DocumentBox;
  keyword?: string;
  docType?: string;
  urgency?: Urgency | '';
  year?: number | null;
  page: number;
  pageSize: number;
}

export interface StepRef {
  taskId: string;
  elementId: string;
  name: string;
}

export interface DocumentDetail {
  id: string;
  origin: 'system' | 'paper';
  docType: string;
  title: string;
  urgency: Urgency;
  copyNumber: string | null;
  docNumber: string | null;
  direction: string;
  state: string;
  issuerName: string;
  issuer: Ref | null;
  jointIssuers: Ref[];
  draftingUnit: Ref | null;
  draftedBy: Ref | null;
  mainRecipients: Ref[];
  copyRecipients: Ref[];
  mainTo: string[];
  copyTo: string[];
  bodyHtml: string;
  bodyText: string;
  bodyFile: { id: string; name: string } | null;
  attachments: { fileId: string; name: string }[];
  signers: string[];
  signature: string | null;
  writtenDate: string | null;
  note: string | null;
  printedBy: string | null;
  printedOn: string | null;
  countersignUnits: Ref[];
  sealed: boolean;
  sealFileId: string | null;
  retention: string | null;
  rendition: { state: string; fileId: string | null; error: string | null };
  instanceId: string | null;
  process: { openSteps: (StepRef & { assigneeName: string | null; dueAt: string | null })[]; myTasks: (StepRef & { version: number })[] };
  /** The 发文稿纸's values, field by field (the form documents.outgoing). */
  formValues: Record<string, unknown>;
  fieldAccess: Record<string, 'editable' | 'readonly' | 'hidden'>;
  viewer: { sender: boolean; participant: boolean; recipientUnitIds: string[] };
  distribution: { state: string; total: number; delivered: number } | null;
  receipts: { id: string; unitId: string; unitName: string; state: string; deliveredAt: string; urgeCount: number }[];
  incoming: { id: string; unitId: string; incomingNumber: string | null; state: string }[];
}

export interface ReceiptRow {
  unit: { id: string; code: string; name: string };
  role: 'main' | 'copy';
  state: 'pending' | 'delivered' | 'signed' | 'returned' | 'recalled';
  deliveredAt: string | null;
  signedBy: Ref | null;
  signedAt: string | null;
  returnedBy: Ref | null;
  returnedAt: string | null;
  returnReason: string | null;
  urgeCount: number;
  incomingNumber: string | null;
}

export interface IncomingDetail {
  id: string;
  unit: Ref;
  origin: 'system' | 'paper';
  incomingNumber: string | null;
  state: string;
  receivedAt: string;
  copies: number | null;
  pages: number | null;
  document: { id: string; docType: string; title: string; urgency: Urgency; issuerName: string; docNumber: string | null; renditionFileId: string | null };
  returnReason: string | null;
  proposal: string | null;
  instruction: string | null;
  leadUnit: Ref | null;
  assistUnits: Ref[];
  dueOn: string | null;
  readers: Ref[];
  handlingResult: string | null;
  conclusion: string | null;
  retention: string | null;
  handling: { user: Ref; state: string; completedAt: string | null; opinion: string | null; dueAt: string | null; overdue: boolean }[];
  readRecords: { reader: Ref; sentAt: string; readAt: string | null; comment: string | null }[];
  process: { openSteps: (StepRef & { assigneeName: string | null; dueAt: string | null; overdue: boolean })[]; myTasks: (StepRef & { version: number })[] };
  /** The 收文处理笺's values, field by field (the form documents.incoming). */
  formValues: Record<string, unknown>;
  fieldAccess: Record<string, 'editable' | 'readonly' | 'hidden'>;
}

const base = '/api/documents';

export const documentsApi = {
  list: (q: ListQuery, signal?: AbortSignal) => http.get<Page<ListItem>>(base, { ...q } as Record<string, QueryValue>, signal),
  get: (id: string) => http.get<DocumentDetail>(`${base}/${id}`),
  draft: (body: Record<string, unknown>) => http.post<{ id: string; instanceId: string; warnings: { message: string }[] }>(`${base}/outgoing`, body),
  change: (id: string, body: Record<string, unknown>) => http.patch<{ changed: string[]; warnings?: { message: string }[] }>(`${base}/${id}`, body),
  receipts: (id: string, query: { state?: string; page: number; pageSize: number }) => http.get<Page<ReceiptRow> & { summary: Record<string, number> }>(`${base}/${id}/receipts`, query),
  urge: (id: string, unitIds?: string[]) => http.post<{ urged: number }>(`${base}/${id}/urge`, unitIds ? { unitIds } : {}),
  recall: (id: string, unitIds: string[]) => http.post<{ recalled: number; refused: string[] }>(`${base}/${id}/recall`, { unitIds }),
  sign: (receiptId: string) => http.post<{ incomingId: string; instanceId: string }>(`${base}/receipts/${receiptId}/sign`),
  returnReceipt: (receiptId: string, reason: string) => http.post<{ state: string }>(`${base}/receipts/${receiptId}/return`, { reason }),
  incoming: (id: string) => http.get<IncomingDetail>(`${base}/incoming/${id}`),
  changeIncoming: (id: string, body: Record<string, unknown>) => http.patch<{ changed: string[] }>(`${base}/incoming/${id}`, body),
  previewUrl: (id: string) => `${base}/${id}/preview`,
  fileUrl: (fileId: string) => `/api/files/${fileId}`,
};
