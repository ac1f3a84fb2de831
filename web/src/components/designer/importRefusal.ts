import type { LintProblem } from '@kunlun/workflows';

/** Why a .bpmn file was not imported: the server's (or the size check's) message and the problems it named. */
export interface ImportRefusal {
  file: string;
  message: string;
  problems: LintProblem[];
}
