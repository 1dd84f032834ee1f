import { clientError, ErrorCode } from '../errors';
import type { CypherRunner } from './cypher-runner';
import type { FeedFollower } from './feed-follower';
import { matchesFilter, readFeedWindow, type FeedFilter, type FeedRevision } from './feed-window';
import { feedCursor } from './history.repository';

/*
 * The event streams of subscriptions, over the process's one FeedFollower. A stream attaches to the
 * follower BEFORE it reads the backlog, then drops by seq what both gave it (docs/live.md): the
 * backlog reads up to the committed counter, which is at least the follower's head when it
 * attached, and the follower delivers everything after its head, so nothing falls between them.
 * Every stream is bounded: a consumer that does not keep up is ended with SLOW_CONSUMER rather than
 * let its queue grow. (graphql-ws sends an event only when the socket took the one before, so a slow
 * client's backlog waits here, counted, and not in the socket's buffer.)
 */

/** One event of `subscription { changes }`: which revision, its cursor, and the seq before it in this stream. */
export interface ChangeEventPayload {
  readonly seq: number;
  readonly cursor: string;
  readonly previousSeq: number | null;
}

/** A stream's queued item: an event, or the error that ends it (the consumer's `next()` rejects with it). */
type StreamItem<T> = { readonly event: T } | { readonly failure: Error };

/** Events a stream may hold for a consumer that has not taken them. Defaults to 1000. */
export const DEFAULT_MAX_QUEUED_EVENTS = 1000;

/**
 * A bounded queue read as an async iterator. Its `return()` ends it at once, even while `next()`
 * waits (an async generator would wait for its pending await), so a completed subscription detaches
 * from the follower immediately. A failure rejects the consumer's `next()`: graphql-ws then sends
 * the protocol's `error` message, with the error's `extensions.code`.
 */
class EventChannel<T> implements AsyncIterableIterator<T> {
  private readonly queue: Array<StreamItem<T>> = [];
  private waiting: { resolve(result: IteratorResult<T>): void; reject(error: unknown): void } | null = null;
  private spaceWaiters: Array<() => void> = [];
  private done = false;

  constructor(private readonly capacity: number, private readonly onEnd: () => void) {}

  get ended(): boolean {
    return this.done;
  }

  /** Items queued and not yet handed to the consumer. */
  get queued(): number {
    return this.queue.length;
  }

  /** Queues an event; a full queue ends the stream with SLOW_CONSUMER. */
  push(event: T): void {
    if (this.done) return;
    if (this.queue.length >= this.capacity) {
      this.fail(clientError(ErrorCode.SLOW_CONSUMER, `More than ${this.capacity} events waited for this subscription: it was ended; resubscribe from the cursor of the last event received`));
      return;
    }
    this.queue.push({ event });
    this.flush();
  }

  /** Ends the stream with `error`, ahead of any events still queued. */
  fail(error: unknown): void {
    if (this.done) return;
    this.queue.length = 0;
    this.queue.push({ failure: error instanceof Error ? error : new Error(String(error)) });
    this.flush();
    this.finish();
  }

  /** Resolves when the queue holds at most half its capacity (or the stream ended). */
  async hasRoom(): Promise<void> {
    while (!this.done && this.queue.length > this.capacity / 2) await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.queue.shift();
    if (item !== undefined) {
      this.releaseSpace();
      return 'failure' in item ? Promise.reject(item.failure) : Promise.resolve({ value: item.event, done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(): Promise<IteratorResult<T>> {
    return this.return();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private flush(): void {
    const waiting = this.waiting;
    const item = waiting === null ? undefined : this.queue.shift();
    if (waiting === null || item === undefined) return;
    this.waiting = null;
    if ('failure' in item) waiting.reject(item.failure);
    else waiting.resolve({ value: item.event, done: false });
    this.releaseSpace();
  }

  private releaseSpace(): void {
    if (!this.done && this.queue.length > this.capacity / 2) return;
    const waiters = this.spaceWaiters;
    this.spaceWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    // A consumer still waiting has nothing more coming (a failure was handed to it by flush).
    if (this.queue.length === 0 && this.waiting !== null) {
      const waiting = this.waiting;
      this.waiting = null;
      waiting.resolve({ value: undefined, done: true });
    }
    this.releaseSpace();
    this.onEnd();
  }
}

export interface StreamOptions {
  /** Events held for a slow consumer before its stream is ended. Defaults to {@link DEFAULT_MAX_QUEUED_EVENTS}. */
  maxQueuedEvents?: number;
}

/**
 * `subscription { changes(after, ...) }`: every revision after seq `afterSeq` (null: after the
 * follower's head, at most the committed counter: "from now") that passes `filter`, in seq order, then each new one as the
 * follower reads it.
 */
export function changeStream(follower: FeedFollower, runner: CypherRunner, afterSeq: number | null, filter: FeedFilter, options: StreamOptions = {}): AsyncIterableIterator<ChangeEventPayload> {
  let detach: () => void = () => undefined;
  const channel = new EventChannel<ChangeEventPayload>(options.maxQueuedEvents ?? DEFAULT_MAX_QUEUED_EVENTS, () => detach());
  let position = afterSeq ?? 0;
  let previousSeq: number | null = null;
  let replaying = true;
  let pending: FeedRevision[] = [];
  /** Pending deliveries were dropped (too many while replaying): the replay must read past them. */
  let dropped = false;

  const emit = (revisions: readonly FeedRevision[]): void => {
    for (const revision of revisions) {
      if (revision.seq <= position) continue;
      position = revision.seq;
      if (!matchesFilter(filter, revision)) continue;
      channel.push({ seq: revision.seq, cursor: feedCursor(revision.seq), previousSeq });
      previousSeq = revision.seq;
    }
  };

  const run = async (): Promise<void> => {
    const attached = await follower.attach({
      watched: filter.entity ?? null,
      deliver: (revisions) => {
        if (!replaying) return emit(revisions);
        pending.push(...revisions);
        // While the backlog is read, live revisions are only a shortcut: the replay reads them too.
        if (pending.length > FEED_PENDING_MAX) {
          pending = [];
          dropped = true;
        }
      },
      fail: (error) => channel.fail(error),
    });
    detach = attached.detach;
    if (channel.ended) return detach();
    // From now: the follower delivers everything after its head, so there is no backlog to read, and
    // a storm of such subscribers (every client of a restarted instance) costs the database nothing.
    if (afterSeq === null) position = attached.head;
    while (afterSeq !== null) {
      await channel.hasRoom();
      if (channel.ended) return;
      dropped = false;
      const window = await readFeedWindow(runner, position, filter.entity === null || filter.entity === undefined ? [] : [filter.entity]);
      if (channel.ended) return;
      emit(window.revisions);
      position = Math.max(position, window.upto);
      if (window.caughtUp && !dropped) break;
    }
    replaying = false;
    const live = pending;
    pending = [];
    emit(live);
  };
  run().catch((error: unknown) => channel.fail(error));
  return channel;
}

/** Live revisions a replaying stream keeps aside; past it they are dropped and read from the database instead. */
const FEED_PENDING_MAX = 1000;

/**
 * `subscription { entity(id) }`: an event at once (the entity as it is), then one each time the
 * follower reads revisions that change the entity or its relationships. Events only say "read it
 * again", so several waiting ones are one.
 */
export function entityStream(follower: FeedFollower, id: string, options: StreamOptions = {}): AsyncIterableIterator<{ readonly id: string }> {
  let detach: () => void = () => undefined;
  const channel = new EventChannel<{ readonly id: string }>(options.maxQueuedEvents ?? DEFAULT_MAX_QUEUED_EVENTS, () => detach());
  // An event not yet taken already means "read it again"; one taken is being read (or sent), and a
  // change after that read began needs an event of its own.
  const refresh = (): void => {
    if (channel.queued === 0) channel.push({ id });
  };
  follower
    .attach({
      watched: id,
      deliver: (revisions) => {
        if (revisions.some((revision) => matchesFilter({ entity: id }, revision))) refresh();
      },
      fail: (error) => channel.fail(error),
    })
    .then((attached) => {
      detach = attached.detach;
      if (channel.ended) attached.detach();
      else refresh();
    })
    .catch((error: unknown) => channel.fail(error));
  return channel;
}
