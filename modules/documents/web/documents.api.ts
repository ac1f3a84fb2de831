import { ApiError, http } from '@/moduleKit';
import type { BodyOf, QueryOf, QueryValue, ResponseOf } from '@/moduleKit';

/** The documents module's API (/api/documents), over the desktop's one request client. */
export const BOXES = ['toSign', 'received', 'sent', 'drafts', 'archived'] as const;
export type DocumentBox = (typeof BOXES)[number];
export const DOCUMENT_TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;
export type Urgency = 'normal' | 'urgent' | 'very_urgent';

export type ListItem = ResponseOf<'get', '/api/documents'>['items'][number];
/** The list's filters as the page keeps them ('' and null: no filter). */
export type ListQuery = Omit<QueryOf<'get', '/api/documents'>, 'docType' | 'urgency' | 'year'> & {
  docType?: ListItem['docType'] | '';
  box: DocumentBox;
  urgency?: Urgency | '';
  year?: number | null;
  page: number;
  pageSize: number;
};
export type DocumentDetail = ResponseOf<'get', '/api/documents/{id}'>;
export type ReceiptPage = ResponseOf<'get', '/api/documents/{id}/receipts'>;
export type ReceiptRow = ReceiptPage['items'][number];
export type IncomingDetail = ResponseOf<'get', '/api/documents/incoming/{id}'>;
export type ReceivingUnit = ResponseOf<'put', '/api/documents/receiving-units/{unitId}'>;
export type ProcessDetail = ResponseOf<'get', '/api/instances/{id}'>;

const base = '/api/documents';

export const documentsApi = {
  list: (q: ListQuery, signal?: AbortSignal) => http.get<ResponseOf<'get', '/api/documents'>>(base, { ...q } as Record<string, QueryValue>, signal),
  get: (id: string) => http.get<DocumentDetail>(`${base}/${id}`),
  draft: (body: Record<string, unknown>) => http.post<ResponseOf<'post', '/api/documents/outgoing'>>(`${base}/outgoing`, body),
  change: (id: string, body: Record<string, unknown>) => http.patch<ResponseOf<'patch', '/api/documents/{id}'>>(`${base}/${id}`, body),
  receipts: (id: string, query: QueryOf<'get', '/api/documents/{id}/receipts'>) => http.get<ReceiptPage>(`${base}/${id}/receipts`, query),
  urge: (id: string, unitIds?: string[]) =>
    http.post<ResponseOf<'post', '/api/documents/{id}/urge'>>(
      `${base}/${id}/urge`,
      (unitIds ? { unitIds } : {}) satisfies BodyOf<'post', '/api/documents/{id}/urge'>,
    ),
  recall: (id: string, unitIds: string[], reason?: string) =>
    http.post<ResponseOf<'post', '/api/documents/{id}/recall'>>(`${base}/${id}/recall`, {
      unitIds,
      ...(reason ? { reason } : {}),
    } satisfies BodyOf<'post', '/api/documents/{id}/recall'>),
  sign: (receiptId: string) => http.post<ResponseOf<'post', '/api/documents/receipts/{id}/sign'>>(`${base}/receipts/${receiptId}/sign`),
  returnReceipt: (receiptId: string, reason: string) =>
    http.post<ResponseOf<'post', '/api/documents/receipts/{id}/return'>>(`${base}/receipts/${receiptId}/return`, { reason } satisfies BodyOf<
      'post',
      '/api/documents/receipts/{id}/return'
    >),
  incoming: (id: string) => http.get<IncomingDetail>(`${base}/incoming/${id}`),
  receivingUnits: () => http.get<ResponseOf<'get', '/api/documents/receiving-units'>>(`${base}/receiving-units`),
  setReceivingUnit: (unitId: string, receivingUnitId: string | null) =>
    http.put<ReceivingUnit>(`${base}/receiving-units/${unitId}`, { receivingUnitId } satisfies BodyOf<'put', '/api/documents/receiving-units/{unitId}'>),
  registerPaper: (body: BodyOf<'post', '/api/documents/incoming/paper'>) =>
    http.post<ResponseOf<'post', '/api/documents/incoming/paper'>>(`${base}/incoming/paper`, body),
  changeIncoming: (id: string, body: Record<string, unknown>) =>
    http.patch<ResponseOf<'patch', '/api/documents/incoming/{id}'>>(`${base}/incoming/${id}`, body),
  /** The document's process as its participants see it (流转记录); refused to readers who took no part. */
  process: (instanceId: string) => http.get<ProcessDetail>(`/api/instances/${encodeURIComponent(instanceId)}`),
  previewUrl: (id: string) => `${base}/${id}/preview`,
  /** The preview PDF; a preview that cannot be made throws ApiError with the server's reason. */
  previewPdf: async (id: string, acceptLanguage: string): Promise<Blob> => {
    const res = await fetch(`${base}/${id}/preview`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/pdf, application/json', 'Accept-Language': acceptLanguage },
    });
    if (res.ok) return res.blob();
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? `http_${res.status}`, body?.error?.message ?? res.statusText);
  },
  retryRendition: (id: string) => http.post<ResponseOf<'post', '/api/documents/{id}/rendition/retry'>>(`${base}/${id}/rendition/retry`, {}),
  fileUrl: (fileId: string) => `/api/files/${fileId}`,
};
