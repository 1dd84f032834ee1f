import type { Driver, EagerResult, Integer } from 'neo4j-driver';
import { hostileRequests, type HostileRequest } from '../support/hostile-inputs';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

const COUNT = 3_000;
const SEED = 20_230_410;
const CONCURRENCY = 8;
/** A reply slower than this is a hang. */
const PER_REQUEST_TIMEOUT_MS = 15_000;

interface Outcome {
  readonly index: number;
  readonly kind: string;
  readonly status: number | 'timeout' | 'network-error';
  readonly codes: string[];
  readonly problem?: string;
}

async function counts(driver: Driver): Promise<{ nodes: number; relationships: number; nameLength: number }> {
  const nodes = await driver.executeQuery<EagerResult<{ n: Integer }>>('MATCH (n) RETURN count(n) AS n');
  const relationships = await driver.executeQuery<EagerResult<{ n: Integer }>>('MATCH ()-[r]->() RETURN count(r) AS n');
  // The length of every name together: an injected SET would change it without changing the counts.
  const names = await driver.executeQuery<EagerResult<{ length: Integer }>>('MATCH (n:Entity) RETURN sum(size(n.name)) AS length');
  return {
    nodes: nodes.records[0].get('n').toNumber(),
    relationships: relationships.records[0].get('n').toNumber(),
    nameLength: names.records[0].get('length').toNumber(),
  };
}

async function send(url: string, request: HostileRequest, index: number): Promise<Outcome> {
  const base = { index, kind: request.kind };
  let response: Response;
  try {
    response = await fetch(request.search === undefined ? url : `${url}?${request.search}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(PER_REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return { ...base, status: timedOut ? 'timeout' : 'network-error', codes: [], problem: String(error) };
  }
  const text = await response.text();
  if (response.status !== 200) return { ...base, status: response.status, codes: [] };
  let body: GraphQLResponse;
  try {
    body = JSON.parse(text) as GraphQLResponse;
  } catch {
    return { ...base, status: 200, codes: [], problem: `200 without JSON: ${text.slice(0, 80)}` };
  }
  const codes = (body.errors ?? []).map((error) => {
    const code = error.extensions?.code ?? 'NO_CODE';
    return typeof code === 'string' ? code : JSON.stringify(code);
  });
  const problem = codes.includes('NO_CODE') ? 'an error without extensions.code' : undefined;
  return { ...base, status: 200, codes, problem };
}

/*
 * A few thousand generated bad requests (seeded, so a failure can be replayed from its index) against
 * the real server on loopback, eight at a time. Every reply must be a 4xx or a GraphQL error with a
 * code: never a 5xx, never a hang; afterwards the server still answers and the graph is unchanged.
 */
describe('Hostile input', () => {
  let server: TestServer;
  let before: Awaited<ReturnType<typeof counts>>;
  let outcomes: Outcome[];

  beforeAll(async () => {
    server = await startTestServer();
    before = await counts(server.driver);
    const requests = hostileRequests(COUNT, SEED);
    outcomes = new Array<Outcome>(requests.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < requests.length) {
        const index = next;
        next += 1;
        outcomes[index] = await send(server.url, requests[index], index);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  }, 120_000);

  afterAll(() => server.stop());

  const report = (bad: Outcome[]) => bad.slice(0, 10).map((o) => `#${o.index} ${o.kind}: ${o.status} ${o.codes.join(',')} ${o.problem ?? ''}`);

  it(`sends ${COUNT} generated requests of every family`, () => {
    expect(outcomes.filter(Boolean)).toHaveLength(COUNT);
    expect(new Set(outcomes.map((o) => o.kind)).size).toBeGreaterThanOrEqual(20);
  });

  it('never gets a 5xx, a hang or a dropped connection', () => {
    expect(report(outcomes.filter((o) => typeof o.status !== 'number' || o.status >= 500))).toEqual([]);
  });

  it('gets only 4xx replies, or GraphQL replies whose every error has a code', () => {
    expect(report(outcomes.filter((o) => o.problem !== undefined || (typeof o.status === 'number' && o.status >= 300 && o.status < 400)))).toEqual([]);
  });

  it('never meets an internal error: every bad input is told what is wrong with it', () => {
    expect(report(outcomes.filter((o) => o.codes.includes('INTERNAL_SERVER_ERROR')))).toEqual([]);
  });

  it('is alive afterwards, and the graph is unchanged', async () => {
    expect((await fetch(new URL('/health', server.url))).status).toBe(200);
    expect((await server.query('{ entity(id: "japan") { name } }')).data).toEqual({ entity: { name: 'Japan' } });
    expect(await counts(server.driver)).toEqual(before);
  });
});
