/**
 * Messages between the bench (parent) and the servers it forks. Each server runs in its own process so
 * its memory can be read from /proc apart from the load generator's, and so a crash stays contained.
 */

/** Parent -> child at start. */
export interface StartMessage {
  kind: 'start';
  neo4jUri: string;
}

/** Child -> parent once listening. */
export interface ReadyMessage {
  kind: 'ready';
  url: string;
}

/** Parent -> child: report counters and reset them. */
export interface StatsRequest {
  kind: 'stats';
}

/** Child -> parent: Cypher round trips per GraphQL operation name since the last stats request. */
export interface StatsMessage {
  kind: 'stats';
  roundTrips: Record<string, { operations: number; roundTrips: number }>;
}

export type ParentMessage = StartMessage | StatsRequest;
export type ChildMessage = ReadyMessage | StatsMessage;

/** Waits for the parent's start message, runs `serve`, reports the URL; exits when the parent goes. */
export function runChild(serve: (neo4jUri: string) => Promise<{ url: string; stats?: () => StatsMessage['roundTrips'] }>): void {
  process.on('disconnect', () => process.exit(0));
  // An orderly exit on SIGTERM, so `--cpu-prof` in NODE_OPTIONS still writes its profile.
  process.on('SIGTERM', () => process.exit(0));
  process.on('message', (message: ParentMessage) => {
    if (message.kind === 'start') {
      serve(message.neo4jUri).then(
        (server) => {
          process.on('message', (next: ParentMessage) => {
            if (next.kind === 'stats') send({ kind: 'stats', roundTrips: server.stats?.() ?? {} });
          });
          send({ kind: 'ready', url: server.url });
        },
        (error: unknown) => {
          process.stderr.write(`bench server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
          process.exit(1);
        },
      );
    }
  });
}

function send(message: ChildMessage): void {
  process.send?.(message);
}
