import type { ModdleElement } from 'bpmn-moddle';

/**
 * The shape of a bpmnlint rule module, so Kunlun's rules can be handed to bpmnlint's Linter in
 * Node and to bpmn-js-bpmnlint in the browser alike: a factory taking the rule's configuration
 * and returning a check called for every element of the tree.
 */
export interface LintReporter {
  report(id: string | undefined, message: string, path?: string[]): void;
}

export interface LintRule {
  check: (node: ModdleElement, reporter: LintReporter) => boolean | void;
}

export type LintRuleFactory = (config?: unknown) => LintRule;

export type RuleSetting = 'off' | 'warn' | 'error' | 0 | 1 | 2 | ['off' | 'warn' | 'error' | 0 | 1 | 2, unknown?];

export interface LintConfig {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
}

/** What bpmnlint's Linter asks to turn rule and config names into modules. */
export interface LintResolver {
  resolveRule(pkg: string, ruleName: string): LintRuleFactory;
  resolveConfig(pkg: string, configName: string): LintConfig;
}

/** The forms and service-task handlers the enabled modules register (checked when given). */
export interface LintRegistry {
  forms?: string[];
  serviceTasks?: string[];
}

export const is = (node: ModdleElement, type: string): boolean => typeof node?.$instanceOf === 'function' && node.$instanceOf(type);

/** A Kunlun attribute, trimmed; undefined when unset or blank. */
export function kunlunAttribute(node: ModdleElement, name: string): string | undefined {
  const value = node.get?.(`kunlun:${name}`) as unknown;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
