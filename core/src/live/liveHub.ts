import type { Redis } from 'ioredis';
import type { Logger } from '../log/logger.ts';

/**
 * Live updates for the desktop (new todo items, notifications): events are published on a
 * Redis channel so every API process hears them, and each process pushes them to the
 * server-sent-event streams of the people concerned that it holds.
 */
export interface LiveEvent {
  userIds: string[];
  kind: string;
  [key: string]: unknown;
}

type Listener = (event: Omit<LiveEvent, 'userIds'>) => void;

export class LiveHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscriber: Redis | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly channel: string,
    private readonly log: Logger,
  ) {}

  async publish(event: LiveEvent): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify(event));
  }

  /** Starts listening on the channel (API processes); with Redis down, it subscribes once Redis is back. */
  async listen(): Promise<void> {
    if (this.subscriber) return;
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('error', (err) => this.log.warn({ err: err.message }, 'live channel problem'));
    this.subscriber.on('message', (_channel, message) => {
      try {
        const { userIds, ...event } = JSON.parse(message) as LiveEvent;
        for (const userId of userIds) for (const listener of this.listeners.get(userId) ?? []) listener(event);
      } catch (err) {
        this.log.warn({ err }, 'bad live event');
      }
    });
    this.subscriber.subscribe(this.channel).catch((err: Error) => this.log.warn({ err: err.message }, 'live channel not subscribed yet'));
  }

  /** Registers a stream of one person; returns the function that unregisters it. */
  attach(userId: string, listener: Listener): () => void {
    const set = this.listeners.get(userId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(userId, set);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(userId);
    };
  }

  get connections(): number {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0);
  }

  async close(): Promise<void> {
    if (this.subscriber) {
      this.subscriber.disconnect();
      this.subscriber = null;
    }
  }
}
