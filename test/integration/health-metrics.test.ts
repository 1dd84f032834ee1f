import { startTestServer, type TestServer } from '../support/test-server';

/** The value of one Prometheus sample line, e.g. `kg_graphql_errors_total{code="NOT_FOUND"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('Health, readiness and metrics', () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = new URL('/', server.url).href;
  });
  afterAll(() => server.stop());

  it('answers /health without asking the database', async () => {
    const response = await fetch(`${base}health`);
    expect([response.status, await response.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('is ready when Neo4j answers and the schema is applied', async () => {
    const response = await fetch(`${base}ready`);
    expect([response.status, await response.json()]).toEqual([200, { status: 'ready' }]);
  });

  // Not ready for want of the schema, and while Neo4j is down: outage.test.ts, on a Neo4j of its own.

  describe('/metrics', () => {
    let text: string;
    let contentType: string | null;
    beforeAll(async () => {
      await server.query('{ entity(id: "sam-altman") { name relationships(first: 5) { edges { node { type } } } } }');
      await server.query('{ entity(id: "japan") { name } }');
      await server.query('{ entities(first: 0) { totalCount } }');
      await server.query('{ timeline(entityId: "no-such-entity") { id } }');
      const response = await fetch(`${base}metrics`);
      contentType = response.headers.get('content-type');
      text = await response.text();
    });

    it('speaks the Prometheus text format', () => {
      expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(text).toMatch(/^# HELP kg_graphql_requests_total /m);
    });

    it('counts requests by operation type and errors by code', () => {
      expect(sample(text, 'kg_graphql_requests_total{operation_type="query"}')).toBeGreaterThanOrEqual(4);
      expect(sample(text, 'kg_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
      expect(sample(text, 'kg_graphql_errors_total{code="NOT_FOUND"}')).toBe(1);
      expect(sample(text, 'kg_graphql_errors_total{code="DATABASE_UNAVAILABLE"}')).toBe(0);
    });

    it('times operations in a histogram', () => {
      expect(sample(text, 'kg_graphql_operation_duration_seconds_count{operation_type="query"}')).toBeGreaterThanOrEqual(4);
      expect(text).toMatch(/^kg_graphql_operation_duration_seconds_bucket\{le="0\.1",operation_type="query"\} \d+/m);
    });

    it('counts Cypher round trips, times them, and shows the sessions in flight', () => {
      expect(sample(text, 'kg_cypher_round_trips_total{mode="read",outcome="ok"}')).toBeGreaterThanOrEqual(3);
      expect(sample(text, 'kg_cypher_duration_seconds_count{mode="read"}')).toBeGreaterThanOrEqual(3);
      expect(sample(text, 'kg_neo4j_sessions_in_flight')).toBe(0);
    });

    it('includes the process\'s own metrics', () => {
      expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    });
  });

  it('keeps the metrics of two graphs in one process apart', async () => {
    const other = await startTestServer();
    try {
      await other.query('{ entity(id: "italy") { name } }');
      const mine = (await server.kg.metrics.getSingleMetric('kg_graphql_requests_total')?.get())?.values ?? [];
      const theirs = (await other.kg.metrics.getSingleMetric('kg_graphql_requests_total')?.get())?.values ?? [];
      expect(theirs.map((v) => v.value)).toEqual([1]);
      expect(mine.reduce((sum, v) => sum + v.value, 0)).toBeGreaterThanOrEqual(4);
    } finally {
      await other.stop();
    }
  });
});
