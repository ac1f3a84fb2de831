import { KUNLUN_PLUGIN, kunlunRecommended, kunlunRules } from './kunlunPlugin.ts';
import type { LintConfig, LintRegistry, LintResolver, LintRuleFactory } from './lintRule.ts';
import { recommendedConfig, recommendedRules } from './recommendedRules.ts';

/**
 * The lint configuration of Kunlun: bpmnlint's recommended rules at their default levels,
 * except the purely stylistic ones that must not block publishing (warnings), plus Kunlun's
 * rules as errors; the registry rules only when the server passes the registry.
 *
 * The returned { config, resolver } is exactly what bpmnlint's Linter takes, and what
 * bpmn-js-bpmnlint takes as a "packed" configuration, so the designer shows the same markers:
 *
 *   import lintModule from 'bpmn-js-bpmnlint';
 *   const modeler = new Modeler({ linting: { bpmnlint: kunlunLintConfig({ registry }), active: true }, additionalModules: [lintModule] });
 *   modeler.get('linting').setLinterConfig(kunlunLintConfig({ registry: newRegistry }));  // when the registry changes
 *
 * The resolver is static (rules imported as modules), so no NodeResolver and no bundler plugin
 * (bpmnlint-loader, rollup-plugin-bpmnlint) is needed.
 */
export const STYLE_WARNINGS = {
  // A missing name is a readability problem, not a wrong process.
  'label-required': 'warn',
  // A gateway that joins and forks runs correctly; splitting it is a modelling convention.
  'no-gateway-join-fork': 'warn',
} as const;

export function kunlunLintConfig(opts: { registry?: LintRegistry } = {}): { config: LintConfig; resolver: LintResolver } {
  const { registry } = opts;
  return {
    config: {
      extends: ['bpmnlint:recommended', 'plugin:kunlun/recommended'],
      rules: {
        ...STYLE_WARNINGS,
        ...(registry?.forms ? { 'kunlun/registered-form': ['error', { forms: registry.forms }] } : {}),
        ...(registry?.serviceTasks ? { 'kunlun/registered-handler': ['error', { serviceTasks: registry.serviceTasks }] } : {}),
      },
    },
    resolver: kunlunLintResolver,
  };
}

export const kunlunLintResolver: LintResolver = {
  resolveRule(pkg, ruleName) {
    const rules: Record<string, LintRuleFactory> = pkg === 'bpmnlint' ? recommendedRules : pkg === KUNLUN_PLUGIN ? kunlunRules : {};
    const rule = rules[ruleName];
    if (!rule) throw new Error(`unknown lint rule <${pkg}/${ruleName}>`);
    return rule;
  },
  resolveConfig(pkg, configName) {
    if (pkg === 'bpmnlint' && configName === 'recommended') return recommendedConfig;
    if (pkg === KUNLUN_PLUGIN && configName === 'recommended') return kunlunRecommended;
    throw new Error(`unknown lint config <${pkg}/${configName}>`);
  },
};
