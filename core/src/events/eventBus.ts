import type { Logger } from '../log/logger.ts';

export type EventHandler = (payload: Record<string, unknown>) => Promise<void> | void;

/**
 * Domain events between modules (`documents.distributed`, …). A module emits only the events
 * its manifest declares; any module may listen. Handlers run one after another; a failing
 * handler is logged and does not stop the others.
 */
export class EventBus {
  private readonly handlers = new Map<string, { owner: string; handler: EventHandler }[]>();

  constructor(private readonly log: Logger) {}

  on(owner: string, event: string, handler: EventHandler): void {
    const list = this.handlers.get(event) ?? [];
    list.push({ owner, handler });
    this.handlers.set(event, list);
  }

  async emit(event: string, payload: Record<string, unknown>): Promise<void> {
    for (const { owner, handler } of this.handlers.get(event) ?? []) {
      try {
        await handler(payload);
      } catch (err) {
        this.log.error({ err, event, listener: owner }, 'event listener failed');
      }
    }
  }

  listeners(event: string): string[] {
    return (this.handlers.get(event) ?? []).map((h) => h.owner);
  }
}
