import type { ModdleElement } from 'bpmn-moddle';
import { compileProcess, executableProcess as findExecutable, ProcessCompileError, type CompileProblem } from '../../compileProcess.ts';
import { is, type LintRuleFactory } from '../lintRule.ts';
import { durationProblems } from './durationChecks.ts';
import { feelProblems } from './feelChecks.ts';

/**
 * The engine can run the definition: every problem compileProcess finds is an error here.
 * Problems the FEEL and duration rules already report for the same element are left to them.
 */
export const executable: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) return;
    const parsed = { definitions: node, warnings: [], elementsById: {} };
    let problems: CompileProblem[] = [];
    try {
      compileProcess(parsed);
    } catch (err) {
      if (!(err instanceof ProcessCompileError)) throw err;
      problems = err.problems;
    }
    const process = findExecutable(parsed);
    const fallbackId = '$type' in process ? process.id : node.id;
    const elements = elementsById(node);
    for (const problem of problems) {
      const element = problem.elementId ? elements.get(problem.elementId) : undefined;
      if (element && /FEEL/.test(problem.message) && feelProblems(element).length) continue;
      if (element && /ISO-8601 时长/.test(problem.message) && durationProblems(element).length) continue;
      reporter.report(problem.elementId ?? fallbackId, bilingual(problem.message));
    }
  },
});

/** compileProcess writes "中文 / English" or only Chinese; lint messages always carry both. */
function bilingual(message: string): string {
  const split = /^(.*?)\s*\/ ([A-Za-z].*)$/.exec(message);
  return split ? `${split[1]} / ${split[2]}` : `${message} / the engine cannot run this element as it is`;
}

function elementsById(root: ModdleElement): Map<string, ModdleElement> {
  const found = new Map<string, ModdleElement>();
  const visit = (container: ModdleElement) => {
    if (typeof container.id === 'string') found.set(container.id, container);
    for (const child of [...((container.rootElements ?? []) as ModdleElement[]), ...((container.flowElements ?? []) as ModdleElement[])]) visit(child);
  };
  visit(root);
  return found;
}
