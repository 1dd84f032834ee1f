import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema, mergeSchemas } from '@graphql-tools/schema';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import type { GraphContext } from '../../src/context';
import { ErrorCode } from '../../src/errors';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { mapNeo4jError } from '../../src/graph/neo4j-errors';
import { createCompiledExecution } from '../../src/execution/compiled-execution';
import { createKnowledgeGraph } from '../../src/knowledge-graph';
import { formatGraphError } from '../../src/plugins/format-error';
import { capturedLogger } from '../support/log-capture';
import { startTestServer, testDriver, type GraphQLResponse, type TestServer } from '../support/test-server';

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: GraphQLResponse }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse };
}

describe('Errors', () => {
  describe('that clients cause', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server.stop());

    it('names a bad argument with BAD_USER_INPUT', async () => {
      const { body } = await post(server.url, { query: '{ entities(first: 1000) { totalCount } }' });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    });

    it('says NOT_FOUND for an unknown id where an entity is required', async () => {
      const { body } = await post(server.url, { query: '{ timeline(entityId: "no-such-entity") { id } }' });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    });

    it.each([
      ['a syntax error', { query: '{ entity(id: "japan") { id ' }, 400, 'GRAPHQL_PARSE_FAILED'],
      ['an unknown field', { query: '{ nothing }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
      ['a variable of the wrong type', { query: 'query ($id: ID!) { entity(id: $id) { id } }', variables: { id: { not: 'an id' } } }, 400, 'BAD_USER_INPUT'],
      ['an unknown operation name', { query: 'query A { __typename }', operationName: 'B' }, 400, 'OPERATION_RESOLUTION_FAILURE'],
    ])('passes Apollo\'s code through for %s', async (_name, request, status, code) => {
      const response = await post(server.url, request);
      expect([response.status, response.body.errors?.[0].extensions?.code]).toEqual([status, code]);
    });

    it('carries no stack trace unless the server is told to (development)', async () => {
      const { body } = await post(server.url, { query: '{ entities(first: 0) { totalCount } }' });
      expect(body.errors?.[0].extensions).not.toHaveProperty('stacktrace');
      const dev = await startTestServer({ http: { stackTraces: true } });
      try {
        const withTrace = await post(dev.url, { query: '{ entities(first: 0) { totalCount } }' });
        expect(withTrace.body.errors?.[0].extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringContaining('first')]));
      } finally {
        await dev.stop();
      }
    });
  });

  describe('that clients must not see', () => {
    it('masks an unmapped Neo4j error as INTERNAL_SERVER_ERROR with the request id, and logs the original with it', async () => {
      const { logger, lines } = capturedLogger();
      // The system database refuses MATCH: a real Neo4j error the mapping does not know.
      const server = await startTestServer({ graph: { database: 'system', logger } });
      try {
        const { status, headers, body } = await post(server.url, { query: '{ entity(id: "japan") { id } }' }, { 'x-request-id': 'req-42' });
        expect(status).toBe(200);
        expect(headers.get('x-request-id')).toBe('req-42');
        expect(body.errors).toEqual([
          { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['entity'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' } },
        ]);
        const logged = lines.find((line) => line.requestId === 'req-42');
        expect(logged).toMatchObject({ level: 50, service: 'knowledge-graph-api', err: { code: 'Neo.ClientError.Statement.SemanticError' } });
        expect(JSON.stringify(body)).not.toMatch(/system database|MATCH/);
      } finally {
        await server.stop();
      }
    });

    it('makes up a request id when the caller sends none or an unusable one', async () => {
      const server = await startTestServer({ graph: { database: 'system' } });
      try {
        for (const given of [undefined, 'no spaces allowed', 'x'.repeat(200)]) {
          const { headers, body } = await post(server.url, { query: '{ entity(id: "japan") { id } }' }, given === undefined ? {} : { 'x-request-id': given });
          const id = headers.get('x-request-id');
          expect(id).toMatch(/^[0-9a-f-]{36}$/);
          expect(body.errors?.[0].extensions?.requestId).toBe(id);
        }
      } finally {
        await server.stop();
      }
    });

    it('masks what a host\'s own resolver throws, through kg.plugins and kg.formatError', async () => {
      const driver = testDriver();
      const { logger, lines } = capturedLogger();
      try {
        const kg = await createKnowledgeGraph({ driver, logger });
        const host = makeExecutableSchema({ typeDefs: 'type Query { broken: String }', resolvers: { Query: { broken: () => { throw new TypeError('secret: /etc/passwd'); } } } });
        const { gateway } = createCompiledExecution(mergeSchemas({ schemas: [kg.schema, host] }), { compileAfter: 0 });
        const apollo = new ApolloServer<GraphContext>({ gateway, plugins: kg.plugins, formatError: kg.formatError });
        const contextValue = kg.createContext({ requestId: 'host-1' });
        const response = await apollo.executeOperation({ query: '{ broken }' }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        expect(response.body.singleResult.errors).toEqual([
          { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'host-1' } },
        ]);
        expect(lines.find((line) => line.requestId === 'host-1')).toMatchObject({ err: { message: 'secret: /etc/passwd' } });
        await apollo.stop();
      } finally {
        await driver.close();
      }
    });
  });

  describe('from Neo4j', () => {
    it('stops a query at the server-side timeout with QUERY_TIMEOUT', async () => {
      const driver = testDriver();
      try {
        const runner = new CypherRunner(driver, { queryTimeoutMs: 200 });
        const started = Date.now();
        const failure = await runner.read({ name: 'test.slow', cypher: 'UNWIND range(1, 2000000000) AS x RETURN sum(x) AS s', params: {} }).catch((error: unknown) => error);
        expect(failure).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
        expect(Date.now() - started).toBeLessThan(10_000);
      } finally {
        await driver.close();
      }
    });

    it.each([
      ['ServiceUnavailable', 'DATABASE_UNAVAILABLE'],
      ['SessionExpired', 'DATABASE_UNAVAILABLE'],
      ['Neo.TransientError.General.DatabaseUnavailable', 'DATABASE_UNAVAILABLE'],
      ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT'],
      ['Neo.ClientError.Transaction.LockClientStopped', 'QUERY_TIMEOUT'],
    ])('maps %s to %s', (code, expected) => {
      expect(mapNeo4jError(new Neo4jError('driver says no', code, 'ignored', 'ignored'), 1000)).toMatchObject({ extensions: { code: expected } });
    });

    it('leaves errors it does not know for the mask', () => {
      const unknown = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'ignored', 'ignored');
      expect(mapNeo4jError(unknown, 1000)).toBe(unknown);
    });
  });

  describe('formatGraphError', () => {
    it('never throws, whatever it is given', () => {
      const hostile = { message: 'x', get extensions(): never { throw new Error('boom'); } } as unknown as GraphQLFormattedError;
      expect(formatGraphError(hostile)).toEqual({ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
      expect(formatGraphError(null as unknown as GraphQLFormattedError)).toEqual({ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
    });

    it('keeps the messages of the API\'s own codes', () => {
      const formatted = { message: 'Entity "x" not found', extensions: { code: 'NOT_FOUND', id: 'x' } };
      expect(formatGraphError(formatted)).toBe(formatted);
    });
  });
});
