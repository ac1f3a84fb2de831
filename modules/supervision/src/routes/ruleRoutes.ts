import { defineRoute, text, type ModuleContext } from '@kunlun/core';
import { z } from 'zod';
import { deadlineRules, saveDeadlineRules } from '../deadlineRules.ts';
import { deadlineRule, deadlineRulesBody } from './itemSchemas.ts';

/** 默认办理期限: the installation's deadlines by source and urgency, read by the registration form. */
export function ruleRoutes(ctx: ModuleContext<'supervision'>) {
  const answer = z.object({ items: z.array(deadlineRule) });
  return [
    defineRoute({
      method: 'GET',
      path: '/deadline-rules',
      summary: '默认办理期限（按来源和紧急程度）Default deadlines by source and urgency',
      access: { permission: 'supervision.item.read' },
      response: answer,
      handler: async () => ({ items: await deadlineRules(ctx.db) }),
    }),
    defineRoute({
      method: 'PUT',
      path: '/deadline-rules',
      audit: {
        action: 'supervision.deadlineRules.set',
        label: text('设置督办默认期限', 'Set default deadlines'),
        target: () => ({ type: 'supervision_rules', id: 'deadlines' }),
      },
      summary: '设置默认办理期限 Set default deadlines',
      access: { permission: 'supervision.rules.manage' },
      body: deadlineRulesBody,
      response: answer,
      async handler({ body, auth }) {
        await ctx.engine.transaction((trx) => saveDeadlineRules(trx, body.rules, auth.user.id));
        return { items: await deadlineRules(ctx.db) };
      },
    }),
  ];
}
