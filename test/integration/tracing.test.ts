import { context, trace } from '@opentelemetry/api';
import { tracingSettings, startTracing, type Tracing } from '../../src/tracing/start';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Traces: with OTEL_TRACES_EXPORTER=console the SDK prints every span as it ends. One request shows
 * its operation span, a span per root field (with knownAt), and a span per Cypher round trip (name,
 * database, rows) under it; a write's span carries its revision seq.
 */
interface PrintedSpan {
  traceId: string;
  parentSpanContext?: { spanId: string };
  id: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

describe('Tracing', () => {
  it('is off unless OTEL_* asks for it, and names a bad exporter in one line', () => {
    expect(tracingSettings({})).toBeNull();
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBeNull();
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: 'console', OTEL_SDK_DISABLED: 'true' })).toBeNull();
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({ exporter: 'otlp', serviceName: 'knowledge-graph-api' });
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: 'console', OTEL_SERVICE_NAME: 'kg-eu' })).toEqual({ exporter: 'console', serviceName: 'kg-eu' });
    expect(() => tracingSettings({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow('OTEL_TRACES_EXPORTER must be console, otlp or none, got "zipkin"');
  });

  describe('with the console exporter', () => {
    let sdk: Tracing;
    let server: TestServer;
    const printed: PrintedSpan[] = [];
    let dir: jest.SpyInstance;

    beforeAll(async () => {
      dir = jest.spyOn(console, 'dir').mockImplementation((span: unknown) => void printed.push(span as PrintedSpan));
      sdk = startTracing(tracingSettings({ OTEL_TRACES_EXPORTER: 'console' })!);
      server = await startTestServer({ graph: { tracing: true, auth: TEST_AUTH } });
    });
    afterAll(async () => {
      await removeCurationTestData(server.driver);
      await server.stop();
      await sdk.shutdown();
      trace.disable();
      context.disable();
      dir.mockRestore();
    });

    it('prints the operation, root-field and Cypher spans of one request with their attributes', async () => {
      printed.length = 0;
      const knownAt = new Date().toISOString();
      const answer = await server.query(`query People($at: DateTime) { entity(id: "openai", knownAt: $at) { id } search(text: "kish") { entity { id } } }`, { at: knownAt });
      expect(answer.errors).toBeUndefined();
      const operation = printed.find((span) => span.name === 'query People')!;
      expect([operation.attributes['graphql.operation.type'], operation.attributes['graphql.operation.name']]).toEqual(['query', 'People']);
      expect(operation.attributes['graphql.document.hash']).toMatch(/^[0-9a-f]{64}$/);
      const inTrace = printed.filter((span) => span.traceId === operation.traceId);
      const entity = inTrace.find((span) => span.name === 'graphql.field Query.entity')!;
      const search = inTrace.find((span) => span.name === 'graphql.field Query.search')!;
      expect(entity.parentSpanContext?.spanId).toBe(operation.id);
      expect(search.parentSpanContext?.spanId).toBe(operation.id);
      expect(entity.attributes).toMatchObject({ 'graphql.field.name': 'Query.entity', 'kg.knownAt': knownAt });
      expect(search.attributes['kg.knownAt']).toBeUndefined();
      const cypher = inTrace.filter((span) => span.name.startsWith('neo4j '));
      // One round trip per root field, each under its field's span, with its name, database and rows; no parameters.
      expect(cypher.map((span) => span.parentSpanContext?.spanId).sort()).toEqual([entity.id, search.id].sort());
      for (const span of cypher) {
        expect([span.attributes['db.system.name'], span.attributes['db.namespace'], span.attributes['kg.access_mode']]).toEqual(['neo4j', 'default', 'read']);
        expect(span.name).toBe(`neo4j ${String(span.attributes['db.operation.name'])}`);
        expect(typeof span.attributes['db.response.returned_rows']).toBe('number');
        expect(Object.keys(span.attributes).sort()).toEqual(['db.namespace', 'db.operation.name', 'db.response.returned_rows', 'db.system.name', 'kg.access_mode']);
      }
    });

    it('puts the revision seq of a write on its mutation\'s span', async () => {
      printed.length = 0;
      const written = await server.query(
        'mutation ($input: CreateSourceInput!) { createSource(input: $input) { id revision: history(first: 1) { edges { node { seq } } } } }',
        { input: { id: `${TEST_ID_PREFIX}traced`, title: 'Traced', author: 'anubha-pandey', publishedOn: '2024-05' } },
        await bearer({ sub: 'tracer' }),
      );
      expect(written.errors).toBeUndefined();
      const seq = (written.data as { createSource: { revision: { edges: Array<{ node: { seq: number } }> } } }).createSource.revision.edges[0].node.seq;
      const field = printed.find((span) => span.name === 'graphql.field Mutation.createSource')!;
      expect(field.attributes['kg.revision.seq']).toBe(seq);
      expect(printed.some((span) => span.name === 'neo4j write.createSource' || (span.name.startsWith('neo4j ') && span.parentSpanContext?.spanId === field.id))).toBe(true);
    });
  });
});
