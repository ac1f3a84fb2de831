// bpmnlint ships CommonJS without types for these entry points: the part of its API Kunlun uses.
declare module 'bpmnlint' {
  export interface BpmnlintReport {
    id?: string;
    message: string;
    category: 'error' | 'warn' | 'info' | 'rule-error';
    path?: string[];
  }
  export class Linter {
    constructor(options: { config?: unknown; resolver: unknown });
    lint(moddleRoot: unknown, config?: unknown): Promise<Record<string, BpmnlintReport[]>>;
  }
}

declare module 'bpmnlint/rules/*' {
  const ruleFactory: (config?: unknown) => { check: unknown; meta?: unknown };
  export default ruleFactory;
}

declare module 'bpmnlint/config/*' {
  const config: { rules: Record<string, string | number | [string | number, unknown?]> };
  export default config;
}
