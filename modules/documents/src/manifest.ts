import { defineModule } from '@kunlun/core';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * 公文管理: official documents drafted, numbered, printed to GB/T 9704, distributed to thousands
 * of units, signed for, handled and filed. Data only.
 */
export default defineModule({
  name: 'documents',
  title: t('公文管理', 'Official documents'),
  description: t(
    '发文拟制与办理、发文字号、版式文件、分发与签收、收文办理、检索与归档',
    'Drafting, numbering, fixed layout, distribution and receipt, incoming handling, search and archive',
  ),
  version: '0.1.0',
  // 列入督办 at 批办 registers a supervision item where that module is enabled (supervision.items).
  optionalDependsOn: ['supervision'],
  permissions: [
    { id: 'documents.document.read', title: t('查阅本单位的公文', 'Read the documents of one’s units'), grantTo: ['staff'] },
    { id: 'documents.document.edit', title: t('在待办环节中填写公文', 'Fill in documents at one’s steps'), grantTo: ['staff'] },
    { id: 'documents.outgoing.draft', title: t('拟稿', 'Draft outgoing documents'), grantTo: ['staff'] },
    { id: 'documents.receipt.sign', title: t('签收和退文（收发员）', 'Sign for and return documents (registrars)'), grantTo: ['staff'] },
    { id: 'documents.receipt.track', title: t('查看签收情况、催办、撤回（发文单位）', 'Track receipts, urge and recall (senders)'), grantTo: ['staff'] },
    { id: 'documents.incoming.register', title: t('纸质来文登记（收发员）', 'Register paper documents (registrars)'), grantTo: ['staff'] },
    { id: 'documents.number.read', title: t('查阅发文字号登记簿', 'Read the number register'), grantTo: ['staff'] },
    {
      id: 'documents.receiving.manage',
      title: t('设置代收单位（无收发员的单位由谁签收）', 'Name who receives for units without a registrar'),
      duty: 'system',
      grantTo: [],
    },
    { id: 'documents.number.void', title: t('作废文号（办公室主任）', 'Void document numbers (office directors)'), grantTo: ['staff'] },
  ],
  // A document's process starts with the document (拟稿, 签收, 纸质来文登记), never from the process catalogue.
  processes: [
    { key: 'documents.outgoing', startableFromCatalogue: false },
    { key: 'documents.incoming', startableFromCatalogue: false },
  ],
  forms: ['documents.outgoing', 'documents.incoming'],
  jobs: [
    { id: 'documents.fanOut', title: t('公文分发：拆分收文单位', 'Distribution: split the recipients into batches') },
    { id: 'documents.deliver', title: t('公文分发：送达一批收文单位', 'Distribution: deliver to a batch of recipients') },
    { id: 'documents.render', title: t('印制版式文件（GB/T 9704 PDF）', 'Render the GB/T 9704 PDF') },
  ],
  // For other modules, typed in src/contract.ts (@kunlun/module-documents/contract).
  services: ['documents.drafting'],
  events: ['documents.distributed', 'documents.signed', 'documents.returned', 'documents.instructed', 'documents.archived'],
});
