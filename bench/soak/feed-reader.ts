import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Journal } from './journal';
import { sleep } from './readers';

const CHANGES = `subscription Changes($after: String) { changes(after: $after) { cursor previousSeq revision { seq } } }`;

interface ChangeEvent {
  cursor: string;
  previousSeq: number | null;
  revision: { seq: number };
}

/** What one feed reader saw: every seq received (repeats kept, to be counted), and how often it resubscribed. */
export interface FeedReader {
  readonly name: string;
  readonly seqs: number[];
  /** The cursor of the last event received: where a resubscription starts. */
  cursor: string;
  resubscriptions: number;
  /** Events whose previousSeq was not the seq received just before on the same stream. */
  brokenChains: number;
}

/**
 * A feed reader: `subscription { changes(after) }` over graphql-ws, from `startCursor`. When the stream
 * ends (the database went away, the API restarted, or the reader itself hung up, which it does
 * every `hangUpEveryMs` to be sure resuming works at any moment) it subscribes again from the cursor
 * of the last event it received, until `stop` says so and it has reached `until()` (the last seq).
 */
export async function runFeedReader(
  url: string,
  reader: FeedReader,
  journal: Journal,
  stop: () => boolean,
  until: () => number | undefined,
  hangUpEveryMs: number,
): Promise<void> {
  const caughtUp = (): boolean => {
    const last = until();
    return last !== undefined && (reader.seqs.at(-1) ?? 0) >= last;
  };
  while (!(stop() && caughtUp())) {
    const client = connect(url);
    let lastOnStream: number | null = null;
    let failed = false;
    await new Promise<void>((resolve) => {
      let ended = false;
      const done = (): void => {
        ended = true;
        clearTimeout(hangUp);
        clearInterval(check);
        resolve();
      };
      const check = setInterval(() => {
        if (stop() && caughtUp()) done();
      }, 200);
      const hangUp = setTimeout(done, hangUpEveryMs * (0.5 + Math.random()));
      client.subscribe<{ changes: ChangeEvent }>(
        { query: CHANGES, variables: { after: reader.cursor } },
        {
          next: (result) => {
            // An event the old stream delivers after the reader hung up (before the socket closed) is
            // not taken: the next subscription starts from the cursor of the last event taken and
            // sends it again. Taking it counted it twice (seen in the 30-minute run).
            if (ended) return;
            if (result.errors !== undefined) {
              for (const error of result.errors) journal.failed('feed', codeOf(error.extensions), error.message);
              return;
            }
            const event = result.data?.changes;
            if (event === undefined) return;
            if (lastOnStream !== null && event.previousSeq !== lastOnStream) reader.brokenChains += 1;
            lastOnStream = event.revision.seq;
            reader.seqs.push(event.revision.seq);
            reader.cursor = event.cursor;
            journal.succeeded('feed');
          },
          error: (error) => {
            if (Array.isArray(error)) {
              failed = true;
              for (const e of error as Array<{ message: string; extensions?: { code?: unknown } }>) journal.failed('feed', codeOf(e.extensions), e.message);
            } else {
              // A CloseEvent has a numeric code; a socket that never opened (the API restarting) gives an Event.
              const { code, reason, message } = error as { code?: unknown; reason?: unknown; message?: unknown };
              failed = true;
              if (typeof code === 'number') journal.failed('feed', `closed-${code}`, String(reason));
              else journal.failed('feed', 'network:ws', typeof message === 'string' ? message : 'the socket failed');
            }
            done();
          },
          complete: done,
        },
      );
    });
    await client.dispose();
    if (!(stop() && caughtUp())) {
      reader.resubscriptions += 1;
      await sleep(failed ? 1_000 : 100);
    }
  }
}

/** A client that never reconnects on its own: the reader resubscribes itself, from its cursor. */
function connect(url: string): Client {
  return createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

function codeOf(extensions: { code?: unknown } | undefined): string {
  return typeof extensions?.code === 'string' ? extensions.code : 'uncoded';
}
