import type { CypherRunner } from './cypher-runner';
import { committedSeq, readFeedWindow, type FeedRevision } from './feed-window';

/*
 * The one reader of the committed feed in a process, fanned out to its subscriptions. It reads the
 * database, not an in-memory publisher, so a revision written through any API instance on the same
 * Neo4j reaches every instance's subscribers; the process's own writes wake it at once, others are
 * seen within one poll interval. It polls only while someone listens, one window of seqs per query.
 */

/** A subscription as the follower sees it. */
export interface FeedListener {
  /** An entity id whose presence in seed loads must be checked (see readFeedWindow), or null. */
  readonly watched: string | null;
  /** Each new window's revisions, in seq order, contiguous with the previous ones. */
  deliver(revisions: readonly FeedRevision[]): void;
  /** The follower could not read the feed: the listener is already removed. */
  fail(error: unknown): void;
}

export interface FeedFollowerOptions {
  /** How often the feed is read while anyone listens, for writes of other instances. Defaults to 1000 ms. */
  pollIntervalMs?: number;
}

export class FeedFollower {
  private readonly listeners = new Set<FeedListener>();
  /** The last seq delivered (or read past); null while no one listens. */
  private head: number | null = null;
  private starting: Promise<void> | null = null;
  private running = false;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private stopped = false;
  private readonly pollIntervalMs: number;

  constructor(private readonly runner: CypherRunner, options: FeedFollowerOptions = {}) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    if (!Number.isInteger(this.pollIntervalMs) || this.pollIntervalMs < 10) throw new RangeError(`pollIntervalMs must be an integer of at least 10, got ${this.pollIntervalMs}`);
  }

  /** Subscribers now. */
  get size(): number {
    return this.listeners.size;
  }

  /**
   * Adds `listener`: it is delivered every revision after `head`, the follower's head when it was
   * added, which is at most the committed counter (so a reader that reads the feed from its own
   * position up to the counter after this resolves, then takes the deliveries, misses nothing; and
   * one that starts "from now" starts at `head`, with no query of its own). Returns the detach too.
   */
  async attach(listener: FeedListener): Promise<{ readonly head: number; readonly detach: () => void }> {
    if (this.stopped) throw new Error('the feed follower is stopped');
    while (this.head === null) {
      this.starting ??= committedSeq(this.runner).then(
        (seq) => {
          this.head ??= seq;
        },
        (error: unknown) => {
          this.starting = null;
          throw error;
        },
      );
      await this.starting;
    }
    this.listeners.add(listener);
    const head = this.head;
    if (!this.running) void this.loop();
    return {
      head,
      detach: () => {
        this.listeners.delete(listener);
      },
    };
  }

  /** A write of this process committed: read the feed now rather than at the next interval. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Ends following: every listener is failed with `reason` and no more queries run. */
  stop(reason: unknown): void {
    this.stopped = true;
    this.failAll(reason);
    this.wakeUp?.();
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      while (this.listeners.size > 0 && !this.stopped && this.head !== null) {
        this.woken = false;
        let caughtUp = true;
        try {
          const watched = [...new Set([...this.listeners].map((l) => l.watched).filter((w): w is string => w !== null))];
          const window = await readFeedWindow(this.runner, this.head, watched);
          // Delivery and the head move in one synchronous step: a listener attached meanwhile is
          // either given this window or attached after the head passed it, never neither.
          if (window.revisions.length > 0) for (const listener of [...this.listeners]) listener.deliver(window.revisions);
          this.head = window.upto;
          caughtUp = window.caughtUp;
        } catch (error) {
          this.failAll(error);
          break;
        }
        if (!caughtUp || this.woken) continue;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.pollIntervalMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = null;
      }
    } finally {
      this.running = false;
      // Idle: the next listener starts again from the committed counter, and nothing is kept.
      if (this.listeners.size === 0) {
        this.head = null;
        this.starting = null;
      }
    }
  }

  private failAll(error: unknown): void {
    const failed = [...this.listeners];
    this.listeners.clear();
    this.head = null;
    this.starting = null;
    for (const listener of failed) listener.fail(error);
  }
}
