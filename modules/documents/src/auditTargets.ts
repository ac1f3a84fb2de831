import { text, type ModuleContext } from '@kunlun/core';

const quoted = (row: { title?: string } | undefined) => (row?.title ? `《${row.title}》` : null);

/** How the audit trail names a document, a receipt and an incoming record: by the document's title. */
export function nameAuditTargets(ctx: ModuleContext): void {
  ctx.audit.targets.register('document', async (db, id) => quoted(await db('documents_documents').where({ id }).first('title')));
  ctx.audit.targets.register('receipt', async (db, id) =>
    quoted(await db('documents_receipts as r').join('documents_documents as d', 'd.id', 'r.document_id').where('r.id', id).first('d.title')),
  );
  ctx.audit.targets.register('incoming', async (db, id) =>
    quoted(await db('documents_incoming as i').join('documents_documents as d', 'd.id', 'i.document_id').where('i.id', id).first('d.title')),
  );
  ctx.audit.actions.registerKind('document', text('公文', 'Document'));
  ctx.audit.actions.registerKind('receipt', text('签收单', 'Receipt'));
  ctx.audit.actions.registerKind('incoming', text('来文', 'Incoming document'));
  ctx.audit.actions.register('documents.number.void', text('作废文号', 'Void number'));
}
