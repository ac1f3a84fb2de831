import type { ModdleElement } from 'bpmn-moddle';
import { feelSource } from '../feelExpressions.ts';
import { parseCycle, parseDateTime, parseDuration } from '../isoDuration.ts';
import type { EventTrigger, GraphElement, TimerSpec } from '../processGraph.ts';
import type { CompileContext } from './elementCompiler.ts';

/** Every event: what starts, ends, is caught or thrown, from its (single) event definition. */
export function compileEventTrigger(element: ModdleElement, node: GraphElement, context: CompileContext): void {
  node.trigger = eventTrigger(element, node, context);
}

function eventTrigger(element: ModdleElement, node: GraphElement, { problem, checkFeel }: CompileContext): EventTrigger {
  const { id, kind } = node;
  const definitions = (element.eventDefinitions ?? []) as ModdleElement[];
  if (definitions.length > 1) problem(id, '暂不支持多个事件定义 / multiple event definitions are not supported');
  const definition = definitions[0];
  if (!definition) return { type: 'none' };
  switch (definition.$type) {
    case 'bpmn:TimerEventDefinition': {
      const timer = timerSpec(definition);
      if (!timer) {
        problem(id, '定时器需要 timeDuration、timeDate 或 timeCycle / a timer needs a duration, date or cycle');
        return { type: 'none' };
      }
      const valid = timer.value.startsWith('=')
        ? null
        : timer.kind === 'duration'
          ? parseDuration(timer.value)
          : timer.kind === 'date'
            ? parseDateTime(timer.value)
            : parseCycle(timer.value);
      if (timer.value.startsWith('=')) checkFeel(id, '定时器', timer.value);
      else if (!valid) problem(id, `定时器的值 ${timer.value} 不是有效的 ISO-8601 ${timer.kind}`);
      if (kind === 'endEvent' || kind === 'intermediateThrowEvent') problem(id, '结束事件和抛出事件不能是定时器');
      return { type: 'timer', timer };
    }
    case 'bpmn:MessageEventDefinition': {
      const message = definition.messageRef?.name as string | undefined;
      if (!message) problem(id, '消息事件没有指定消息 / the message event names no message');
      const correlationKey = definition.get('kunlun:correlationKey') as string | undefined;
      checkFeel(id, '关联键', correlationKey);
      if (kind === 'endEvent' || kind === 'intermediateThrowEvent')
        problem(id, '暂不支持发送消息的事件；请用服务任务 / message throw events are not supported; use a service task');
      return { type: 'message', message: message ?? '', ...(correlationKey ? { correlationKey: feelSource(correlationKey) } : {}) };
    }
    case 'bpmn:ErrorEventDefinition': {
      if (kind !== 'endEvent' && kind !== 'boundaryEvent') problem(id, '错误事件只能是结束事件或边界事件');
      const error = definition.errorRef;
      return { type: 'error', ...(error?.errorCode ? { errorCode: error.errorCode } : {}), ...(error?.name ? { errorName: error.name } : {}) };
    }
    case 'bpmn:TerminateEventDefinition':
      if (kind !== 'endEvent') problem(id, '终止事件只能是结束事件');
      return { type: 'terminate' };
    default:
      problem(id, `引擎不能执行 ${definition.$type.replace('bpmn:', '')} 事件 / the engine cannot run ${definition.$type}`);
      return { type: 'none' };
  }
}

function timerSpec(definition: ModdleElement): TimerSpec | null {
  if (definition.timeDuration?.body) return { kind: 'duration', value: String(definition.timeDuration.body).trim() };
  if (definition.timeDate?.body) return { kind: 'date', value: String(definition.timeDate.body).trim() };
  if (definition.timeCycle?.body) return { kind: 'cycle', value: String(definition.timeCycle.body).trim() };
  return null;
}
