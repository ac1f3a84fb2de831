/** The architecture rules the boundary check enforces (DESIGN.md "The house", "Module contract"). */
export type BoundaryRule = 'module-internals' | 'module-web-kit' | 'module-core-table' | 'layer-direction' | 'import-cycle';

/** One place in the workspace that breaks a rule; `file` is relative to the workspace root, `line` is 1-based. */
export interface Violation {
  rule: BoundaryRule;
  file: string;
  line: number;
  message: string;
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line} [${v.rule}] ${v.message}`;
}
