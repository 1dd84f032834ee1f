import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

const CLIENTS = 8;
const DURATION_MS = 12_000;
const MAX_REQUESTS = 50_000;
const RESULTS = path.resolve(__dirname, '..', '..', 'bench', 'results', 'soak.json');

/** A mix of the contract's root fields, as clients use them. */
const MIX: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  { name: 'entity', query: 'query ($id: ID!) { entity(id: $id) { id name ... on Person { positions { title organization { name } } metWith { person { name } } } } }', variables: { id: 'sam-altman' } },
  { name: 'relationships', query: '{ entity(id: "fumio-kishida") { relationships(first: 20) { totalCount edges { cursor node { type from { id } to { id name } sources { id } } } pageInfo { hasNextPage } } } }' },
  { name: 'entities', query: '{ entities(type: EVENT, first: 20) { totalCount edges { node { id name } } } }' },
  { name: 'search', query: 'query ($text: String!) { search(text: $text) { score entity { id name } } }', variables: { text: 'kishida' } },
  { name: 'search-ja', query: 'query ($text: String!) { search(text: $text) { score entity { id } } }', variables: { text: 'アルトマン' } },
  { name: 'neighborhood', query: '{ neighborhood(id: "japan", depth: 2, limit: 100) { nodes { id } relationships { type } } }' },
  { name: 'shortestPath', query: '{ shortestPath(from: "elon-musk", to: "fumio-kishida") { length nodes { id } } }' },
  { name: 'paths', query: '{ paths(from: "sam-altman", to: "japan", maxHops: 3, first: 5) { length } }' },
  { name: 'timeline', query: '{ timeline(entityId: "japan", from: "2023-04-01", to: "2023-04-30") { id startDate } }' },
];

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/*
 * A bounded soak on loopback: eight clients loop over the contract's queries for a few seconds. Any
 * error fails the test; the latency and throughput go to bench/results/soak.json, not to an assertion
 * (they depend on the machine).
 */
describe('Load held (soak)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it(`answers ${CLIENTS} concurrent clients for ${DURATION_MS / 1000} s with zero errors`, async () => {
    const latencies: number[] = [];
    const errors: string[] = [];
    const perQuery: Record<string, number> = {};
    let sent = 0;
    const started = performance.now();
    const deadline = started + DURATION_MS;

    const client = async (offset: number): Promise<void> => {
      for (let i = offset; performance.now() < deadline && sent < MAX_REQUESTS; i += 1) {
        sent += 1;
        const { name, query, variables } = MIX[i % MIX.length];
        const t0 = performance.now();
        try {
          const response = await fetch(server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
            signal: AbortSignal.timeout(10_000),
          });
          const body = (await response.json()) as GraphQLResponse;
          if (response.status !== 200 || body.errors !== undefined) errors.push(`${name}: ${response.status} ${JSON.stringify(body.errors)}`);
        } catch (error) {
          errors.push(`${name}: ${String(error)}`);
        }
        latencies.push(performance.now() - t0);
        perQuery[name] = (perQuery[name] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const elapsedMs = performance.now() - started;

    const sorted = [...latencies].sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    const result = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      clients: CLIENTS,
      durationMs: Math.round(elapsedMs),
      requests: latencies.length,
      errors: errors.length,
      requestsPerSecond: Math.round((latencies.length / elapsedMs) * 1000),
      latencyMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0) },
      perQuery,
    };
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);

    expect(errors.slice(0, 5)).toEqual([]);
    expect(latencies.length).toBeGreaterThan(CLIENTS);
  }, 60_000);
});
