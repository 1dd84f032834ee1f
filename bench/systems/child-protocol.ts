import type { ApolloServerPlugin } from '@apollo/server';

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

/** What a server did since the last stats request. */
export interface ServerStats {
  /** Cypher round trips per GraphQL operation name (the API only). */
  roundTrips: Record<string, { operations: number; roundTrips: number }>;
  /** CPU time of the whole process (every thread: JS, GC, libuv), from `process.cpuUsage()`, in µs. */
  cpuUserMicros: number;
  cpuSystemMicros: number;
  /** GraphQL operations that sent their response. */
  operations: number;
  /** Operations started and not yet answered, now. */
  inFlight: number;
}

/** Child -> parent: the counters since the last stats request. */
export interface StatsMessage extends ServerStats {
  kind: 'stats';
}

export type ParentMessage = StartMessage | StatsRequest;
export type ChildMessage = ReadyMessage | StatsMessage;

const meter = { operations: 0, inFlight: 0 };

/**
 * Counts the operations a server answers, and those in flight, so the bench can divide the process's
 * CPU time by them and start and end a window when the server is idle. Every server child adds it to
 * its Apollo plugins: two hooks per request.
 */
export const operationMeter: ApolloServerPlugin = {
  async requestDidStart() {
    meter.inFlight += 1;
    return {
      async willSendResponse() {
        meter.inFlight -= 1;
        meter.operations += 1;
      },
    };
  },
};

/** Waits for the parent's start message, runs `serve`, reports the URL; exits when the parent goes. */
export function runChild(serve: (neo4jUri: string) => Promise<{ url: string; stats?: () => ServerStats['roundTrips'] }>): void {
  process.on('disconnect', () => process.exit(0));
  // An orderly exit on SIGTERM, so `--cpu-prof` in NODE_OPTIONS still writes its profile.
  process.on('SIGTERM', () => process.exit(0));
  process.on('message', (message: ParentMessage) => {
    if (message.kind === 'start') {
      serve(message.neo4jUri).then(
        (server) => {
          let cpuSince = process.cpuUsage();
          process.on('message', (next: ParentMessage) => {
            if (next.kind !== 'stats') return;
            const now = process.cpuUsage();
            const cpu = { user: now.user - cpuSince.user, system: now.system - cpuSince.system };
            cpuSince = now;
            send({
              kind: 'stats',
              roundTrips: server.stats?.() ?? {},
              cpuUserMicros: cpu.user,
              cpuSystemMicros: cpu.system,
              operations: meter.operations,
              inFlight: meter.inFlight,
            });
            meter.operations = 0;
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
