import 'reflect-metadata';
import neo4j, { type Driver } from 'neo4j-driver';
import { createKnowledgeGraph, type KnowledgeGraph, type KnowledgeGraphOptions } from '../../src/knowledge-graph';
import { startHttpServer, type HttpServerOptions, type RunningServer } from '../../src/http/server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
  extensions?: Record<string, unknown>;
}

export interface TestServer {
  readonly url: string;
  readonly driver: Driver;
  readonly kg: KnowledgeGraph;
  /** POSTs a GraphQL operation over real HTTP and returns the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** As `query`, with the HTTP status too. */
  post<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLResponse<T> }>;
  stop(): Promise<void>;
}

/** The shared test database, as the global setup started it. */
export function testNeo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (uri === undefined) throw new Error('TEST_NEO4J_URI is not set: run the tests through jest (global setup)');
  return uri;
}

export function testDriver(): Driver {
  return neo4j.driver(testNeo4jUri(), neo4j.auth.basic('neo4j', 'unused'));
}

export interface TestServerOptions {
  production?: boolean;
  /** More HTTP options (introspection, CORS, body limit, stack traces). */
  http?: Partial<Omit<HttpServerOptions, 'port' | 'host'>>;
  /** More graph options (limits, query timeout, logger, database). */
  graph?: Omit<KnowledgeGraphOptions, 'driver'>;
  /** Another driver than one to the shared database (the outage test's own); closed by stop(). */
  driver?: Driver;
}

/** The real HTTP server on a free port over the shared test database (by default). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const driver = options.driver ?? testDriver();
  // Compiled on first sight, so that every operation of the suite runs through the compiled executor.
  const kg = await createKnowledgeGraph({ driver, compileAfter: 0, ...options.graph });
  const server: RunningServer = await startHttpServer(kg, {
    port: 0,
    host: '127.0.0.1',
    production: options.production ?? false,
    ...options.http,
  });
  return {
    url: server.url,
    driver,
    kg,
    async query(query, variables, headers = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async post(query, variables, headers = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<never> };
    },
    async stop() {
      await server.stop();
      await driver.close();
    },
  };
}
