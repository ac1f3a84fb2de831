import type { Knex } from 'knex';
import type { OrgService } from '@kunlun/core';
import type { OfficialDocumentLayout } from '../rendition/index.ts';
import { readContent, type DocumentRow } from '../documentContent.ts';
import { URGENCY_MARKS } from '../documentVocabulary.ts';
import { chinaDate, chinaYear } from '../documentNumbering.ts';

/**
 * A stored document as the fixed-layout rendition takes it: issuers and their marks, the number
 * (or, before registration, the prefix and year with the number left blank for a preview), the
 * printed recipients (the units' names unless the drafter wrote them), 成文日期 (the sign-off
 * day unless written), 印发机关 (the issuing body's office unless written) and 印发日期.
 */
export async function renditionInputOf(
  db: Knex | Knex.Transaction,
  org: OrgService,
  doc: DocumentRow,
  opts: { seal?: Uint8Array | undefined; at?: Date } = {},
): Promise<OfficialDocumentLayout> {
  const at = opts.at ?? new Date();
  const c = await readContent(db, doc);
  const units = await org.units([c.issuingUnitId, ...c.jointUnitIds, ...c.mainRecipientIds, ...c.copyRecipientIds], { db });
  const issuing = units.get(c.issuingUnitId);
  const issuerUnits = [c.issuingUnitId, ...c.jointUnitIds].map((id) => units.get(id)).filter((u) => u !== undefined);
  const names = (ids: string[]) => ids.map((id) => units.get(id)?.name).filter((n): n is string => Boolean(n));
  // A government's own office (办公厅/办公室) carries its code plus -001.
  const office = issuing?.kind === 'region' ? await org.unitByCode(`${issuing.code}-001`, { db }) : null;
  const urgency = URGENCY_MARKS[c.urgency];
  const signedOff = doc.signed_off_at ? new Date(doc.signed_off_at as string) : null;
  return {
    ...(c.copyNumber ? { copyNumber: c.copyNumber } : {}),
    ...(urgency ? { urgency } : {}),
    issuers: issuerUnits.map((u) => ({ name: u.name, mark: `${u.name}文件` })),
    docNumber: doc.doc_number ?? `${issuing?.docPrefix ?? ''}〔${chinaYear(at)}〕　号`,
    direction: doc.direction,
    signers: c.signers,
    title: c.title,
    mainRecipients: c.mainTo.length ? c.mainTo : names(c.mainRecipientIds),
    body: doc.body_text || '（正文见正文文件）',
    attachments: c.attachments.map((a) => a.name.replace(/\.[A-Za-z0-9]{1,5}$/u, '')),
    signature: c.signature || issuerUnits.map((u) => u.name).join('\n'),
    date: c.writtenDate ?? chinaDate(signedOff ?? at),
    ...(opts.seal ? { seal: opts.seal } : {}),
    ...(c.note ? { note: c.note } : {}),
    copyTo: c.copyTo.length ? c.copyTo : names(c.copyRecipientIds),
    printedBy: c.printedBy || office?.name || issuing?.name || doc.issuer_name,
    printedOn: c.printedOn ?? chinaDate(at),
  };
}
