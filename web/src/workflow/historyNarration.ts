import type { HistoryEntry } from '@/api/instances.api.ts';

/**
 * The history of an instance told as sentences: each entry becomes an i18n key under `history.`
 * with its parameters (names, steps), a tone for its dot on the timeline, and the opinion it carries.
 */
export type NarrationTone = 'agree' | 'disagree' | 'return' | 'start' | 'end' | 'info' | 'system';

export interface Narration {
  key: string;
  params: Record<string, string>;
  tone: NarrationTone;
  opinion: string | null;
  /** Book-keeping of the engine (task created, timers) that the timeline folds away by default. */
  system: boolean;
}

/** Entries that record the engine's own book-keeping rather than someone's decision. */
export const SYSTEM_KINDS: ReadonlySet<string> = new Set([
  'task.created',
  'task.cancelled',
  'task.reminded',
  'timer.fired',
  'script.evaluated',
  'serviceTask.completed',
  'boundary.timer',
  'boundary.error',
  'message.received',
  'callActivity.started',
]);

const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];

/** The people an entry names by id, as the server named them in the entry: 马秀兰（海北州教育局）. */
function names(entry: HistoryEntry, ids: string[], unknown: string): string {
  return ids
    .map((id) => {
      const person = entry.people[id];
      if (!person) return unknown;
      return person.unit ? `${person.name}（${person.unit}）` : person.name;
    })
    .join('、');
}

export interface NarrationContext {
  /** Shown for people no longer known (an account since deleted). */
  unknownPerson: string;
  /** Shown as the actor of what the engine did by itself. */
  system: string;
  initiatorId: string | null;
}

export function narrate(entry: HistoryEntry, ctx: NarrationContext): Narration {
  const d = entry.details;
  const actor = entry.actor?.name ?? (entry.actor ? ctx.unknownPerson : ctx.system);
  const step = entry.elementName ?? entry.elementId ?? '';
  const params: Record<string, string> = { actor, step };
  if (entry.onBehalfOf) params.behalf = entry.onBehalfOf.name ?? ctx.unknownPerson;
  const system = SYSTEM_KINDS.has(entry.kind);
  const say = (key: string, tone: NarrationTone, extra: Record<string, string> = {}, opinion: string | null = entry.opinion): Narration => ({
    key:
      entry.onBehalfOf && !key.endsWith('Behalf') && (key === 'completed.agree' || key === 'completed.disagree' || key === 'completed.submit')
        ? `${key}Behalf`
        : key,
    params: { ...params, ...extra },
    tone,
    opinion: opinion && opinion.trim() ? opinion : null,
    system,
  });
  switch (entry.kind) {
    case 'instance.started':
      return say('started', 'start');
    case 'task.created':
      return say('created', 'system', { people: names(entry, idsIn(d.assigneeId).length ? idsIn(d.assigneeId) : idsIn(d.candidates), ctx.unknownPerson) });
    case 'task.completed': {
      const filled = Array.isArray(d.fields) && d.fields.length > 0;
      const own = ctx.initiatorId !== null && entry.actor?.id === ctx.initiatorId;
      if (entry.outcome === 'disagree') return say('completed.disagree', 'disagree');
      return say(filled || own ? 'completed.submit' : 'completed.agree', 'agree');
    }
    case 'task.delegateResolved':
      return say(entry.outcome === 'disagree' ? 'delegateResolved.disagree' : 'delegateResolved.agree', entry.outcome === 'disagree' ? 'disagree' : 'agree');
    case 'task.returned':
      return say(d.comeBack ? 'returned.comeBack' : 'returned.plain', 'return', { to: typeof d.toName === 'string' ? d.toName : String(d.to ?? '') });
    case 'task.transferred':
      return say('transferred', 'info', { to: names(entry, idsIn(d.toId), ctx.unknownPerson) });
    case 'task.delegated':
      return say('delegated', 'info', { to: names(entry, idsIn(d.toId), ctx.unknownPerson) });
    case 'task.signersAdded': {
      const mode = d.mode === 'before' || d.mode === 'after' || d.mode === 'parallel' ? d.mode : 'parallel';
      return say(`signersAdded.${mode}`, 'info', { people: names(entry, idsIn(d.userIds), ctx.unknownPerson) });
    }
    case 'task.signerRemoved':
      return say('signerRemoved', 'info', { people: names(entry, idsIn(d.assigneeId), ctx.unknownPerson) });
    case 'task.withdrawn':
      return say('withdrawn', 'return');
    case 'task.cancelled':
      return say('cancelled', 'system');
    case 'task.urged':
      return say('urged', 'info');
    case 'task.claimed':
      return say('claimed', 'info');
    case 'task.reminded':
      return say('reminded', 'system');
    case 'task.escalated':
      return say('escalated', 'disagree', { people: names(entry, idsIn(d.to), ctx.unknownPerson) });
    case 'instance.circulated':
      return say('circulated', 'info', { people: names(entry, idsIn(d.userIds), ctx.unknownPerson) });
    case 'circulation.read':
      return say('circulationRead', 'info');
    case 'instance.completed':
      return typeof d.endEventName === 'string' ? say('instanceCompletedAt', 'end', { ending: d.endEventName }) : say('instanceCompleted', 'end');
    case 'instance.retitled':
      return say('retitled', 'info', { to: typeof d.to === 'string' ? d.to : '' });
    case 'instance.terminated':
      return say('instanceTerminated', 'disagree', {}, entry.opinion ?? (typeof d.reason === 'string' ? d.reason : null));
    case 'instance.suspended':
      return say('suspended', 'info');
    case 'instance.resumed':
      return say('resumed', 'info');
    case 'timer.fired':
    case 'boundary.timer':
      return say('timerFired', 'system');
    case 'serviceTask.completed':
      return say('serviceTaskCompleted', 'system');
    case 'script.evaluated':
      return say('scriptEvaluated', 'system');
    case 'message.received':
      return say('messageReceived', 'system', { message: typeof d.message === 'string' ? d.message : '' });
    case 'callActivity.started':
      return say('callActivityStarted', 'system');
    case 'boundary.error':
      return say('boundaryError', 'system');
    case 'instance.migrated':
      return say('migrated', 'info');
    case 'serviceTask.failed':
    case 'serviceTask.error':
    case 'instance.errorUncaught':
      return say('failed', 'disagree', { message: typeof d.message === 'string' ? d.message : String(d.errorCode ?? '') });
    default:
      return say('other', 'system', { kind: entry.kind });
  }
}
