import { changeStream, DEFAULT_MAX_QUEUED_EVENTS, entityStream, type ChangeEventPayload } from './change-streams';
import type { CypherRunner } from './cypher-runner';
import { FeedFollower } from './feed-follower';
import type { FeedFilter } from './feed-window';

/** Options of a graph's subscriptions. */
export interface LiveFeedOptions {
  /** How often the feed is read for other instances' writes while anyone subscribes. Defaults to 1000 ms. */
  pollIntervalMs?: number;
  /** Events held for one subscription whose client is slow, before it is ended with SLOW_CONSUMER. Defaults to 1000. */
  maxQueuedEvents?: number;
}

/**
 * A graph's subscriptions: one follower of the feed for the process (one per knowledge graph), the
 * streams of `changes` and `entity` over it, and the wake-up its writes give it.
 */
export class LiveFeed {
  private readonly follower: FeedFollower;
  private readonly maxQueuedEvents: number;

  constructor(private readonly runner: CypherRunner, options: LiveFeedOptions = {}) {
    this.follower = new FeedFollower(runner, { pollIntervalMs: options.pollIntervalMs });
    this.maxQueuedEvents = options.maxQueuedEvents ?? DEFAULT_MAX_QUEUED_EVENTS;
    if (!Number.isInteger(this.maxQueuedEvents) || this.maxQueuedEvents < 1) throw new RangeError(`maxQueuedEvents must be a positive integer, got ${this.maxQueuedEvents}`);
  }

  /** Subscriptions following the feed now. */
  get subscribers(): number {
    return this.follower.size;
  }

  /** Revisions after `afterSeq` (null: from now) that pass `filter`, then each new one. */
  changes(afterSeq: number | null, filter: FeedFilter): AsyncIterableIterator<ChangeEventPayload> {
    return changeStream(this.follower, this.runner, afterSeq, filter, { maxQueuedEvents: this.maxQueuedEvents });
  }

  /** An event now and one after each change of entity `id` or its relationships. */
  entity(id: string): AsyncIterableIterator<{ readonly id: string }> {
    return entityStream(this.follower, id, { maxQueuedEvents: this.maxQueuedEvents });
  }

  /** A write of this process committed: followers read the feed now. */
  wake(): void {
    this.follower.wake();
  }

  /** Ends every subscription with `reason` (shutdown). */
  stop(reason: unknown): void {
    this.follower.stop(reason);
  }
}
