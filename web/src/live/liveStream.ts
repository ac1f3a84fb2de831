/** The live events the desktop listens to on GET /api/events/stream. */
export const LIVE_EVENTS = ['task.created', 'task.cancelled', 'task.urged', 'task.reminder', 'task.overdue', 'circulation.created'] as const;
export type LiveEventKind = (typeof LIVE_EVENTS)[number];

export interface LiveStreamHandlers {
  onEvent(kind: LiveEventKind, data: Record<string, unknown>): void;
  /** The stream is (again) connected; events may have been missed while it was not. */
  onOpen(): void;
  /** The stream dropped (the browser reconnects), or the server refused it (e.g. the session ended; retried here). */
  onLost(): void;
}

const FIRST_RETRY_MS = 3_000;
const LAST_RETRY_MS = 60_000;

function parse(data: unknown): Record<string, unknown> {
  if (typeof data !== 'string' || !data) return {};
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * A server-sent-event stream of the signed-in person's live events (same origin, the session
 * cookie authenticates it). The browser reconnects by itself after a dropped connection; when
 * the server refuses the stream, it is retried here with a growing pause.
 */
export class LiveStream {
  private source: EventSource | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryMs = FIRST_RETRY_MS;
  private stopped = true;

  constructor(
    private readonly url: string,
    private readonly handlers: LiveStreamHandlers,
  ) {}

  get connected(): boolean {
    return this.source?.readyState === 1;
  }

  start(): void {
    if (typeof EventSource === 'undefined') return;
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.source?.close();
    this.source = null;
  }

  private open(): void {
    this.source?.close();
    const source = new EventSource(this.url, { withCredentials: true });
    this.source = source;
    source.addEventListener('ready', () => {
      this.retryMs = FIRST_RETRY_MS;
      this.handlers.onOpen();
    });
    for (const kind of LIVE_EVENTS) {
      source.addEventListener(kind, (event) => this.handlers.onEvent(kind, parse((event as MessageEvent).data)));
    }
    source.onerror = () => {
      if (this.stopped || this.source !== source) return;
      this.handlers.onLost();
      if (source.readyState !== 2) return;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (!this.stopped) this.open();
      }, this.retryMs);
      this.retryMs = Math.min(LAST_RETRY_MS, this.retryMs * 2);
    };
  }
}
