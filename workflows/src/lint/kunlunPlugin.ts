import { exclusiveGatewayConditions } from './kunlunRules/exclusiveGatewayConditions.ts';
import { executable } from './kunlunRules/executableProcess.ts';
import { feelExpressions } from './kunlunRules/feelExpressions.ts';
import { isoDurations } from './kunlunRules/isoDurations.ts';
import { noDeadEnd } from './kunlunRules/noDeadEnd.ts';
import { noUnreachable } from './kunlunRules/noUnreachable.ts';
import { registeredForms } from './kunlunRules/registeredForms.ts';
import { registeredHandlers } from './kunlunRules/registeredHandlers.ts';
import { userTaskAssignee } from './kunlunRules/userTaskAssignee.ts';
import type { LintConfig, LintRuleFactory } from './lintRule.ts';

/**
 * Kunlun's rules as a bpmnlint plugin ("bpmnlint-plugin-kunlun": rules are named
 * kunlun/<rule>, the config plugin:kunlun/recommended). The registry rules are off unless a
 * registry is configured (kunlunLintConfig does that).
 */
export const KUNLUN_PLUGIN = 'bpmnlint-plugin-kunlun';

export const kunlunRules = {
  'user-task-assignee': userTaskAssignee,
  'registered-form': registeredForms,
  'registered-handler': registeredHandlers,
  'iso-durations': isoDurations,
  'no-unreachable': noUnreachable,
  'no-dead-end': noDeadEnd,
  'exclusive-gateway-conditions': exclusiveGatewayConditions,
  'feel-expressions': feelExpressions,
  executable,
} satisfies Record<string, LintRuleFactory>;

export type KunlunRuleName = keyof typeof kunlunRules;

export const kunlunRecommended = {
  rules: {
    'kunlun/user-task-assignee': 'error',
    'kunlun/registered-form': 'off',
    'kunlun/registered-handler': 'off',
    'kunlun/iso-durations': 'error',
    'kunlun/no-unreachable': 'error',
    'kunlun/no-dead-end': 'error',
    'kunlun/exclusive-gateway-conditions': 'error',
    'kunlun/feel-expressions': 'error',
    'kunlun/executable': 'error',
  } satisfies Record<`kunlun/${KunlunRuleName}`, 'error' | 'warn' | 'off'>,
} satisfies LintConfig;
