import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChildMessage, ServerStats } from './child-protocol';

/** A server process started by the bench: its URL, its memory, its counters. */
export interface ServerChild {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** Resident memory now, in MB (VmRSS). */
  rssMb(): number;
  /** Peak resident memory since the process started, in MB (VmHWM). */
  peakRssMb(): number;
  /** The counters since the last call (which resets them). */
  stats(): Promise<ServerStats>;
  /**
   * Waits until the server has answered every operation in flight (at most `maxMs`) and returns the
   * counters since the last call, summed over the polls: a window opened and closed with `settle()`
   * holds whole operations, their CPU time with them.
   */
  settle(maxMs?: number): Promise<ServerStats>;
  stop(): Promise<void>;
}

function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return 0; // the process has exited
  }
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match === null ? 0 : Number(match[1]) / 1024;
}

/** Forks `bench/systems/<script>.js` with `env` added, hands it the database URI and waits until it listens. */
export async function startServerChild(name: string, script: string, neo4jUri: string, env: Record<string, string> = {}): Promise<ServerChild> {
  const child: ChildProcess = fork(path.join(__dirname, `${script}.js`), [], {
    // Production mode: no stack traces in errors and no landing page, as a deployed server runs.
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the servers under load.
    execArgv: process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} server exited with code ${code} before it was ready`)));
    child.on('message', (message: ChildMessage) => {
      if (message.kind === 'ready') resolve(message.url);
    });
    child.send({ kind: 'start', neo4jUri });
  });
  const pid = child.pid!;
  const stats = (): Promise<ServerStats> =>
    new Promise((resolve) => {
      const onMessage = (message: ChildMessage): void => {
        if (message.kind !== 'stats') return;
        child.off('message', onMessage);
        const { kind: _kind, ...counters } = message;
        resolve(counters);
      };
      child.on('message', onMessage);
      child.send({ kind: 'stats' });
    });
  return {
    name,
    url,
    pid,
    rssMb: () => procStatusMb(pid, 'VmRSS'),
    peakRssMb: () => procStatusMb(pid, 'VmHWM'),
    stats,
    async settle(maxMs = 15_000) {
      const deadline = performance.now() + maxMs;
      const total = await stats();
      while (total.inFlight > 0 && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const next = await stats();
        total.cpuUserMicros += next.cpuUserMicros;
        total.cpuSystemMicros += next.cpuSystemMicros;
        total.operations += next.operations;
        total.inFlight = next.inFlight;
        for (const [operation, counts] of Object.entries(next.roundTrips)) {
          const entry = (total.roundTrips[operation] ??= { operations: 0, roundTrips: 0 });
          entry.operations += counts.operations;
          entry.roundTrips += counts.roundTrips;
        }
      }
      return total;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
