import type { Knex } from 'knex';
import { text, unprocessable, type OrgService } from '@kunlun/core';
import { refuseClassified } from './secrecyRefusal.ts';
import { checkDocumentRules, type RuleProblem } from './documentRules.ts';
import { directionOf, relationOf } from './documentDirection.ts';
import type { Direction } from './documentVocabulary.ts';
import { pathIdsOf, regionPathOf, type UnitInfo } from './orgDirectory.ts';
import type { DocumentContent } from './documentContent.ts';
import { bodyPlainText } from './richTextBody.ts';

/**
 * Checks a document's content against the organization and the regulations before it is
 * stored: nothing classified; the issuing body has a 机关代字 and is the drafter's unit or above
 * it; recipients and countersigning departments exist (each of those with a department head);
 * no unit both main and copy recipient; then the rules of documentRules.ts. Errors are thrown
 * (422, nothing stored); warnings are returned.
 */
export interface ValidatedContent {
  direction: Direction;
  issuerName: string;
  units: ReadonlyMap<string, UnitInfo>;
  warnings: RuleProblem[];
}

const invalid = (code: string, zh: string, en: string, details: Record<string, unknown> = {}) => unprocessable(code, text(zh, en), details);

/** The issuing unit for a drafter: the given one (the drafter's unit or an ancestor with a 机关代字), else the nearest such. */
export async function issuingUnitFor(org: OrgService, trx: Knex.Transaction, draftingUnitId: string, requested: string | undefined): Promise<UnitInfo> {
  const chain = await org.ancestors(draftingUnitId, { includeSelf: true, db: trx });
  const pick = requested ? chain.find((u) => u.id === requested) : chain.find((u) => u.docPrefix);
  if (requested && !pick)
    throw invalid('documents.bad_issuer', '只能以本单位或上级机关名义发文', 'You may issue only in the name of your unit or a body above it');
  if (!pick?.docPrefix)
    throw invalid('documents.no_doc_prefix', '发文机关没有设置机关代字，不能编号发文，请联系管理员', 'The issuing body has no document prefix (机关代字)');
  return pick;
}

export async function validateContent(org: OrgService, trx: Knex.Transaction, c: DocumentContent, stage: 'draft' | 'issue'): Promise<ValidatedContent> {
  const bodyText = bodyPlainText(c.bodyHtml);
  refuseClassified({ title: c.title, bodyText, note: c.note, attachmentNames: c.attachments.map((a) => a.name) });

  const overlap = c.mainRecipientIds.filter((id) => c.copyRecipientIds.includes(id));
  if (overlap.length)
    throw invalid('documents.recipient_twice', '同一机关不能既是主送又是抄送', 'A unit cannot be both a main and a copy recipient', { unitIds: overlap });
  if (c.jointUnitIds.includes(c.issuingUnitId))
    throw invalid('documents.joint_is_lead', '联合发文机关不能与主办机关相同', 'A joint issuer cannot be the lead issuer');
  if (c.countersignUnitIds.includes(c.issuingUnitId))
    throw invalid('documents.countersign_self', '会签单位不能是发文机关本身', 'The issuing body does not countersign its own document');

  const ids = [c.issuingUnitId, ...c.jointUnitIds, ...c.mainRecipientIds, ...c.copyRecipientIds, ...c.countersignUnitIds];
  const units = await org.units(ids, { db: trx });
  const missing = [...new Set(ids)].filter((id) => units.get(id)?.status !== 'active');
  if (missing.length) throw invalid('documents.unknown_unit', '所选机关不存在或已停用', 'A chosen unit does not exist or is disabled', { unitIds: missing });
  const issuer = units.get(c.issuingUnitId)!;
  const joint = c.jointUnitIds.map((id) => units.get(id)!);
  const noPrefix = joint.filter((u) => !u.docPrefix);
  if (noPrefix.length)
    throw invalid(
      'documents.joint_no_prefix',
      `联合发文机关须为有机关代字的机关：${noPrefix.map((u) => u.name).join('、')}`,
      'Joint issuers must have a document prefix',
    );
  const headless = await org.unitsLackingPost(c.countersignUnitIds, 'dept_head', { db: trx });
  if (headless.length) {
    const names = headless.map((id) => units.get(id)!.name).join('、');
    throw invalid('documents.countersign_no_head', `会签单位没有部门负责人，无法会签：${names}`, 'A countersigning department has no head', {
      unitIds: headless,
    });
  }

  // Regions of every unit involved, for 上行/下行.
  const ancestorIds = [...units.values()].flatMap(pathIdsOf);
  const ancestors = await org.units(ancestorIds, { db: trx });
  const region = (u: UnitInfo) => regionPathOf(u, ancestors);
  const mainRelations = c.mainRecipientIds.map((id) => relationOf(issuer, units.get(id)!, region));
  const copyRelations = c.copyRecipientIds.map((id) => relationOf(issuer, units.get(id)!, region));
  const direction = directionOf(mainRelations);
  const outcome = checkDocumentRules({ docType: c.docType, direction, mainRelations, copyRelations, signers: c.signers, bodyText }, stage);
  const [first] = outcome.errors;
  if (first)
    throw unprocessable(first.code, first.message, { problems: outcome.errors.map((p) => ({ code: p.code, field: p.field, message: p.message['zh-CN'] })) });
  if (stage === 'issue' && c.mainRecipientIds.length + c.copyRecipientIds.length === 0) {
    throw invalid('documents.no_recipients', '尚未选择主送或抄送机关，不能登记发文', 'Choose main or copy recipients before the document is registered');
  }
  return { direction, issuerName: [issuer, ...joint].map((u) => u.name).join('、'), units, warnings: outcome.warnings };
}
