import { text, type Text } from '@kunlun/core';
import type { Direction, DocumentType } from './documentVocabulary.ts';

/**
 * The rules of 《党政机关公文处理工作条例》 the module enforces or warns about:
 * - 请示: exactly one main recipient (主送), never copied (抄送) to a lower body; it goes up;
 * - an upward 请示 or 报告 names its 签发人 (enforced when the number is assigned, warned before);
 * - a 报告 carries no 请示 matters (warned).
 * A problem has a code, bilingual text and the field it is about.
 */
export interface RuleProblem {
  code: string;
  field: string;
  message: Text;
}

export interface RuleInput {
  docType: DocumentType;
  direction: Direction;
  mainRelations: readonly Direction[];
  copyRelations: readonly Direction[];
  signers: readonly string[];
  bodyText: string;
}

export interface RuleOutcome {
  errors: RuleProblem[];
  warnings: RuleProblem[];
}

const REQUEST_WORDING = /(请|恳请|报请)(予以)?(批示|审批|批准|批复|核准|审定)|妥否|当否|可否/u;

/** `draft`: while the document is written; `issue`: when it is numbered and goes out. */
export function checkDocumentRules(input: RuleInput, stage: 'draft' | 'issue'): RuleOutcome {
  const errors: RuleProblem[] = [];
  const warnings: RuleProblem[] = [];
  const isRequest = input.docType === '请示';
  if (isRequest && input.mainRelations.length > 1) {
    errors.push({
      code: 'documents.request_one_main_recipient',
      field: 'mainRecipients',
      message: text('请示只能主送一个机关', 'A 请示 has exactly one main recipient'),
    });
  }
  if (isRequest && input.mainRelations.length === 0 && stage === 'issue') {
    errors.push({
      code: 'documents.request_one_main_recipient',
      field: 'mainRecipients',
      message: text('请示须主送一个上级机关', 'A 请示 must name its one main recipient'),
    });
  }
  if (isRequest && input.copyRelations.includes('down')) {
    errors.push({
      code: 'documents.request_copied_down',
      field: 'copyRecipients',
      message: text('请示不得抄送下级机关', 'A 请示 must not be copied to lower bodies'),
    });
  }
  if (isRequest && input.mainRelations.length === 1 && input.direction !== 'up') {
    warnings.push({
      code: 'documents.request_not_upward',
      field: 'mainRecipients',
      message: text('请示一般应主送上级机关', 'A 请示 normally goes to a higher body'),
    });
  }
  if ((input.docType === '请示' || input.docType === '报告') && input.direction === 'up' && input.signers.length === 0) {
    const problem = {
      code: 'documents.signer_required',
      field: 'signers',
      message: text('上行文须标注签发人', 'An upward document must name its signer (签发人)'),
    };
    (stage === 'issue' ? errors : warnings).push(problem);
  }
  if (input.docType === '报告' && REQUEST_WORDING.test(input.bodyText)) {
    warnings.push({
      code: 'documents.report_with_request',
      field: 'body',
      message: text('报告中不得夹带请示事项', 'A 报告 must not carry matters for approval'),
    });
  }
  return { errors, warnings };
}
