import type { ModdleElement } from 'bpmn-moddle';
import { feelSource } from '../feelExpressions.ts';
import type { GraphElement } from '../processGraph.ts';
import type { CompileContext } from './elementCompiler.ts';

/** A script task: a FEEL script (the only script format the engine runs) and the variable its result goes to. */
export function compileScriptTask(element: ModdleElement, node: GraphElement, { problem, checkFeel }: CompileContext): void {
  const id = node.id;
  if (element.scriptFormat && !/^feel$/i.test(element.scriptFormat))
    problem(id, `脚本只能是 FEEL（scriptFormat="${element.scriptFormat}"）/ scripts must be FEEL`);
  node.script = feelSource((element.script as string | undefined) ?? '');
  // An absent script is checked as a blank one: it is reported, not let through.
  checkFeel(id, '脚本', element.script || ' ');
  const resultVariable = element.get('kunlun:resultVariable') as string | undefined;
  if (resultVariable) node.resultVariable = resultVariable;
}
