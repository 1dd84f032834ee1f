import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { EntityType } from '../src/graph/enums';
import type { BenchDatabase } from './database';
import type { Machine } from './report';
import { entityId } from './generate/plan';
import { startServerChild, type ServerChild } from './systems/child';
import { percentile, round } from './systems/measure';

/*
 * `npm run bench -- --live`: subscriptions under the clock. API instances (children, as `npm start`
 * configures them) on the bench's Neo4j; 100 graphql-ws subscribers to `changes`; one writer sending
 * `applyChangeset` through the first instance, one write at a time. Measured: from sending the write
 * to each subscriber's event (write-to-event), with every subscriber on the writer's instance, then
 * split over two instances (the other one sees the write by polling); and the Cypher round trips the
 * followers make per second while nothing is written.
 */

const SUBSCRIBERS = 100;
const ISSUER = 'https://bench.invalid';
const AUDIENCE = 'knowledge-graph-bench';
/** `revision` is read per event and subscriber (docs/live.md): what a client that shows the change pays. */
const SUBSCRIPTION = 'subscription { changes { cursor previousSeq revision { seq actor reason } } }';
const WRITE = 'mutation ($input: ChangesetInput!) { applyChangeset(input: $input) { revision { seq } } }';

export interface LiveOptions {
  /** Writes per layout. */
  writes: number;
  /** Seconds of idle to count the followers' queries over. */
  idleSeconds: number;
  /** LIVE_POLL_MS of the instances. */
  pollMs: number;
}

export interface LiveLayoutResult {
  layout: string;
  writes: number;
  /** Events expected (writes x subscribers) and received. */
  events_expected: number;
  events_received: number;
  /** Write-to-event, over every (write, subscriber) pair, and per instance when there are two. */
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  by_instance?: Record<string, { p50_ms: number; p99_ms: number }>;
  /** The write's own round trip (sent to answered), for comparison. */
  write_p50_ms: number;
  /** Cypher round trips per second per instance with every subscriber connected and nothing written. */
  idle_round_trips_per_s: number[];
  /** The same with no subscriber at all. */
  idle_round_trips_per_s_without_subscribers: number[];
}

const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

export async function runLive(db: BenchDatabase, options: LiveOptions): Promise<LiveLayoutResult[]> {
  const source = entityId(EntityType.SOURCE, 0);
  const secret = randomBytes(32).toString('hex');
  const env = { AUTH_JWT_SECRET: secret, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, LIVE_POLL_MS: String(options.pollMs) };
  const token = await new SignJWT({ roles: ['editor'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench-writer')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret));
  const instances = [await startServerChild('live-a', 'live-api-server', db.uri, env), await startServerChild('live-b', 'live-api-server', db.uri, env)];
  try {
    const results: LiveLayoutResult[] = [];
    for (const layout of [{ name: 'one instance', split: 1 }, { name: 'two instances', split: 2 }]) {
      results.push(await measureLayout(layout.name, instances.slice(0, layout.split), token, source, options));
    }
    return results;
  } finally {
    for (const instance of instances) await instance.stop();
  }
}

async function measureLayout(name: string, instances: ServerChild[], token: string, source: string, options: LiveOptions): Promise<LiveLayoutResult> {
  const idleWithout = await Promise.all(instances.map((instance) => idleRoundTrips(instance, options.idleSeconds)));
  // Subscriber i on instance i mod n: with two, half of them on the instance that takes no write.
  const subscribers = Array.from({ length: SUBSCRIBERS }, (_, i) => subscribe(instances[i % instances.length], i % instances.length));
  await Promise.all(subscribers.map((subscriber) => subscriber.ready));
  const idle = await Promise.all(instances.map((instance) => idleRoundTrips(instance, options.idleSeconds)));

  const latencies: Array<{ instance: number; ms: number }> = [];
  const writeTimes: number[] = [];
  let received = 0;
  for (let w = 0; w < options.writes; w += 1) {
    const sent = performance.now();
    const seq = await write(instances[0], token, source, w);
    writeTimes.push(performance.now() - sent);
    const arrivals = await Promise.all(subscribers.map((subscriber) => subscriber.arrival(seq, 30_000)));
    for (const [index, at] of arrivals.entries()) {
      if (at === null) continue;
      received += 1;
      latencies.push({ instance: subscribers[index].instance, ms: at - sent });
    }
    // Writes a little apart, as editors make them: each is measured alone, not queued behind the last.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const subscriber of subscribers) await subscriber.close();

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const all = sorted(latencies.map((latency) => latency.ms));
  const result: LiveLayoutResult = {
    layout: name,
    writes: options.writes,
    events_expected: options.writes * SUBSCRIBERS,
    events_received: received,
    p50_ms: round(percentile(all, 50), 1),
    p99_ms: round(percentile(all, 99), 1),
    max_ms: round(all[all.length - 1] ?? 0, 1),
    write_p50_ms: round(percentile(sorted(writeTimes), 50), 1),
    idle_round_trips_per_s: idle.map((rate) => round(rate, 2)),
    idle_round_trips_per_s_without_subscribers: idleWithout.map((rate) => round(rate, 2)),
  };
  if (instances.length > 1) {
    result.by_instance = Object.fromEntries(
      instances.map((instance, index) => {
        const own = sorted(latencies.filter((latency) => latency.instance === index).map((latency) => latency.ms));
        return [index === 0 ? `${instance.name} (takes the writes)` : `${instance.name} (polls)`, { p50_ms: round(percentile(own, 50), 1), p99_ms: round(percentile(own, 99), 1) }];
      }),
    );
  }
  log(`live ${name}: ${received}/${result.events_expected} events, write-to-event p50 ${result.p50_ms} ms p99 ${result.p99_ms} ms; idle ${result.idle_round_trips_per_s.join(', ')} round trips/s`);
  return result;
}

interface Subscriber {
  readonly instance: number;
  readonly ready: Promise<void>;
  /** When the event of `seq` arrived (performance.now()), waiting up to `timeoutMs`; null if it did not. */
  arrival(seq: number, timeoutMs: number): Promise<number | null>;
  close(): Promise<void>;
}

function subscribe(server: ServerChild, instance: number): Subscriber {
  const arrivals = new Map<number, number>();
  const waiting = new Map<number, (at: number) => void>();
  let connected: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client: Client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, on: { connected: () => connected() } });
  client.subscribe<{ changes: { revision: { seq: number } } }>({ query: SUBSCRIPTION }, {
    next: (result) => {
      const seq = result.data?.changes.revision.seq;
      if (seq === undefined) return;
      const at = performance.now();
      arrivals.set(seq, at);
      waiting.get(seq)?.(at);
    },
    error: (error) => {
      const closed = error as { code?: number; reason?: string };
      log(`live subscriber on ${server.name}: ${closed.code === undefined ? JSON.stringify(error) : `closed ${closed.code} ${closed.reason}`}`);
    },
    complete: () => undefined,
  });
  return {
    instance,
    // Connected is not yet subscribed: the server attaches the subscription to its follower just
    // after; a short pause keeps the first write from racing it.
    ready: ready.then(() => new Promise((resolve) => setTimeout(resolve, 500))),
    arrival(seq, timeoutMs) {
      const known = arrivals.get(seq);
      if (known !== undefined) return Promise.resolve(known);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(seq);
          resolve(null);
        }, timeoutMs);
        waiting.set(seq, (at) => {
          clearTimeout(timer);
          waiting.delete(seq);
          resolve(at);
        });
      });
    },
    close: () => client.dispose() as Promise<void>,
  };
}

async function write(server: ServerChild, token: string, source: string, index: number): Promise<number> {
  const id = `bench-live-${Date.now().toString(36)}-${index}`;
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: WRITE, variables: { input: { reason: 'bench live', entities: [{ id, type: 'TOPIC', name: `Bench live ${index}`, sources: [source] }] } } }),
  });
  const body = (await response.json()) as { data?: { applyChangeset: { revision: { seq: number } } }; errors?: Array<{ message: string }> };
  if (body.errors !== undefined || body.data === undefined) throw new Error(`live write: ${JSON.stringify(body.errors)}`);
  return body.data.applyChangeset.revision.seq;
}

/** Cypher round trips per second of `server` over `seconds` of no requests, from its /metrics. */
async function idleRoundTrips(server: ServerChild, seconds: number): Promise<number> {
  const count = async (): Promise<number> => {
    const text = await (await fetch(new URL('/metrics', server.url))).text();
    let total = 0;
    for (const match of text.matchAll(/^kg_cypher_round_trips_total\{[^}]*\} (\d+(?:\.\d+)?)$/gm)) total += Number(match[1]);
    return total;
  };
  const before = await count();
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const after = await count();
  return (after - before) / ((performance.now() - started) / 1000);
}

/** Writes `live.json` and `live.md` into `dir`. */
export function writeLiveReport(dir: string, results: LiveLayoutResult[], context: { scale: number; command: string; machine: Machine }): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'live.json');
  const md = path.join(dir, 'live.md');
  writeFileSync(json, `${JSON.stringify({ ...context, subscribers: SUBSCRIBERS, subscription: SUBSCRIPTION, results, generated_at: new Date().toISOString() }, null, 2)}\n`);
  const rows = results.map((r) =>
    `| ${r.layout} | ${r.events_received}/${r.events_expected} | ${r.p50_ms} | ${r.p99_ms} | ${r.max_ms} | ${r.write_p50_ms} | ${r.idle_round_trips_per_s.join(', ')} | ${r.idle_round_trips_per_s_without_subscribers.join(', ')} |`,
  );
  const perInstance = results.flatMap((r) => Object.entries(r.by_instance ?? {}).map(([instance, v]) => `| ${r.layout} | ${instance} | ${v.p50_ms} | ${v.p99_ms} |`));
  writeFileSync(
    md,
    [
      `# Live: write-to-event latency (\`${context.command}\`)`,
      '',
      `${SUBSCRIBERS} graphql-ws subscribers to \`${SUBSCRIPTION}\`; one writer, one \`applyChangeset\` at a time through the first instance. Latency runs from sending the write to each subscriber's event. Scale ${context.scale}; ${context.machine.cpus} CPUs (${context.machine.cpu_model}).`,
      '',
      '| layout | events | p50 ms | p99 ms | max ms | write p50 ms | idle round trips/s per instance (subscribed) | (no subscriber) |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      '| layout | instance | p50 ms | p99 ms |',
      '|---|---|---|---|',
      ...perInstance,
      '',
    ].join('\n'),
  );
  return { json, md };
}
