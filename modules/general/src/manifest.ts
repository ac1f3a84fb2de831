import { defineModule } from '@kunlun/core';

export default defineModule({
  name: 'general',
  title: { 'zh-CN': '签报', en: 'Requests for approval' },
  description: {
    'zh-CN': '机关内部请示审批：申请人填写签报，部门负责人审核，分管领导审批',
    en: 'Internal requests for approval: applicant, department head, leader in charge',
  },
  version: '0.1.0',
  // 据此拟文 drafts an outgoing document through documents.drafting, where documents is enabled; 签报 works without it.
  optionalDependsOn: ['documents'],
  permissions: [{ id: 'general.approval.start', title: { 'zh-CN': '发起签报', en: 'Start a request for approval' }, grantTo: ['staff'] }],
  processes: ['general.approval'],
  forms: ['general.approval'],
});
