import { describe, expect, it } from 'vitest';
import { checkDocumentRules, type RuleInput } from '../../src/documentRules.ts';
import { directionOf, relationOf } from '../../src/documentDirection.ts';
import type { UnitInfo } from '../../src/orgDirectory.ts';

const unit = (id: string, path: string, kind: 'region' | 'department'): UnitInfo => ({
  id,
  code: id,
  name: id,
  shortName: id,
  kind,
  level: 'prefecture',
  path,
  parentId: null,
  docPrefix: null,
  status: 'active',
});
// 省政府 /p/ ─ 省办公厅 /p/po/ ; 州政府 /p/z/ ─ 州办 /p/z/zo/, 州教育局 /p/z/ze/ ; 县政府 /p/z/x/ ─ 县办 /p/z/x/xo/
const units = {
  province: unit('province', '/p/', 'region'),
  provinceOffice: unit('provinceOffice', '/p/po/', 'department'),
  prefecture: unit('prefecture', '/p/z/', 'region'),
  prefectureOffice: unit('prefectureOffice', '/p/z/zo/', 'department'),
  education: unit('education', '/p/z/ze/', 'department'),
  county: unit('county', '/p/z/x/', 'region'),
  countyOffice: unit('countyOffice', '/p/z/x/xo/', 'department'),
};
const regionPath = (u: UnitInfo) => (u.kind === 'region' ? u.path : u.path.split('/').slice(0, -2).join('/') + '/');

describe('relationOf: where a recipient stands relative to the issuing body', () => {
  it.each([
    ['prefectureOffice', 'provinceOffice', 'up'],
    ['prefectureOffice', 'province', 'up'],
    ['education', 'prefecture', 'up'],
    ['prefectureOffice', 'countyOffice', 'down'],
    ['prefecture', 'education', 'down'],
    ['prefectureOffice', 'education', 'parallel'],
    ['countyOffice', 'county', 'up'],
  ] as const)('%s → %s is %s', (from, to, expected) => {
    expect(relationOf(units[from], units[to], regionPath)).toBe(expected);
  });

  it('makes a document upward when any main recipient is higher, downward when all are lower, else parallel', () => {
    expect(directionOf(['parallel', 'up'])).toBe('up');
    expect(directionOf(['down', 'down'])).toBe('down');
    expect(directionOf(['down', 'parallel'])).toBe('parallel');
  });
});

describe('checkDocumentRules: the 2012 regulations', () => {
  const request = (over: Partial<RuleInput> = {}): RuleInput => ({
    docType: '请示',
    direction: 'up',
    mainRelations: ['up'],
    copyRelations: [],
    signers: ['王建国'],
    bodyText: '妥否，请批示。',
    ...over,
  });

  it('given a proper 请示, then nothing is wrong', () => {
    expect(checkDocumentRules(request(), 'issue')).toEqual({ errors: [], warnings: [] });
  });

  it('given a 请示 to two bodies, then it is an error', () => {
    expect(checkDocumentRules(request({ mainRelations: ['up', 'up'] }), 'draft').errors.map((e) => e.code)).toEqual(['documents.request_one_main_recipient']);
  });

  it('given a 请示 copied to a lower body, then it is an error', () => {
    expect(checkDocumentRules(request({ copyRelations: ['parallel', 'down'] }), 'draft').errors.map((e) => e.message['zh-CN'])).toEqual([
      '请示不得抄送下级机关',
    ]);
  });

  it('given an upward 请示 or 报告 without 签发人, then it is a warning while drafting and an error when issued', () => {
    expect(checkDocumentRules(request({ signers: [] }), 'draft')).toMatchObject({ errors: [], warnings: [{ code: 'documents.signer_required' }] });
    expect(checkDocumentRules(request({ docType: '报告', signers: [], bodyText: '特此报告。' }), 'issue')).toMatchObject({
      errors: [{ code: 'documents.signer_required' }],
      warnings: [],
    });
    expect(checkDocumentRules(request({ docType: '通知', direction: 'down', mainRelations: ['down'], signers: [] }), 'issue')).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('given a 报告 asking for approval, then it warns that a 报告 carries no 请示 matters', () => {
    expect(checkDocumentRules(request({ docType: '报告', bodyText: '以上报告，妥否，请批示。' }), 'draft').warnings.map((w) => w.code)).toEqual([
      'documents.report_with_request',
    ]);
  });

  it('given a 请示 to a lower body, then it warns', () => {
    expect(checkDocumentRules(request({ direction: 'down', mainRelations: ['down'] }), 'draft').warnings.map((w) => w.code)).toEqual([
      'documents.request_not_upward',
    ]);
  });
});
