import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Rate limits per client: a client over its operations per second or nodes per minute gets 429 with
 * Retry-After and RATE_LIMITED before any Cypher; other clients (another token subject) are not
 * affected; the refusals are counted in the metrics.
 */
interface Reply {
  status: number;
  retryAfter: string | null;
  code: unknown;
  retryAfterExtension: unknown;
}

async function post(server: TestServer, query: string, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0]?.extensions?.code, retryAfterExtension: body.errors?.[0]?.extensions?.retryAfter };
}

async function refusals(server: TestServer, limit: string): Promise<number> {
  const metric = await server.kg.metrics.getSingleMetric('kg_rate_limited_total')?.get();
  return metric?.values.find((value) => value.labels.limit === limit)?.value ?? 0;
}

describe('Rate limits', () => {
  it('are off by default', async () => {
    const server = await startTestServer();
    try {
      const replies = await Promise.all(Array.from({ length: 30 }, () => post(server, '{ entity(id: "openai") { id } }')));
      expect(replies.every((reply) => reply.status === 200)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  describe('of operations per second', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ graph: { auth: TEST_AUTH }, http: { rateLimits: { operationsPerSecond: 3 } } });
    });
    afterAll(() => server.stop());

    it('answer 429 with Retry-After and RATE_LIMITED past the limit, per client', async () => {
      const alice = await bearer({ sub: 'alice' });
      const replies = await Promise.all(Array.from({ length: 5 }, () => post(server, '{ entity(id: "openai") { id } }', alice)));
      expect(replies.map((reply) => reply.status).sort()).toEqual([200, 200, 200, 429, 429]);
      const refused = replies.find((reply) => reply.status === 429)!;
      expect(refused).toEqual({ status: 429, retryAfter: '1', code: 'RATE_LIMITED', retryAfterExtension: 1 });
      // Another subject from the same address has its own budget; so has the address without a token.
      expect((await post(server, '{ entity(id: "openai") { id } }', await bearer({ sub: 'bob' }))).status).toBe(200);
      expect((await post(server, '{ entity(id: "openai") { id } }')).status).toBe(200);
      expect(await refusals(server, 'operations')).toBe(2);
      // A second later the client may ask again.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await post(server, '{ entity(id: "openai") { id } }', alice)).status).toBe(200);
    });
  });

  describe('of nodes per minute', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ http: { rateLimits: { nodesPerMinute: 100 } } });
    });
    afterAll(() => server.stop());

    it('count the nodes an operation can return, and refuse the one that would go over', async () => {
      // entities(first: 40) can return 40 nodes: two fit in 100, the third does not.
      const LIST = '{ entities(first: 40) { edges { node { id } } } }';
      expect((await post(server, LIST)).status).toBe(200);
      expect((await post(server, LIST)).status).toBe(200);
      const refused = await post(server, LIST);
      expect([refused.status, refused.code]).toEqual([429, 'RATE_LIMITED']);
      expect(Number(refused.retryAfter)).toBeGreaterThan(1);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
      expect(await refusals(server, 'nodes')).toBe(1);
    });
  });
});
