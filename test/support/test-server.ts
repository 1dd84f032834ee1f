import 'reflect-metadata';
import neo4j, { type Driver } from 'neo4j-driver';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/knowledge-graph';
import { startHttpServer, type RunningServer } from '../../src/http/server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

export interface TestServer {
  readonly url: string;
  readonly driver: Driver;
  readonly kg: KnowledgeGraph;
  /** POSTs a GraphQL operation over real HTTP and returns the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
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

/** The real HTTP server on a free port over the shared test database. */
export async function startTestServer(options: { production?: boolean } = {}): Promise<TestServer> {
  const driver = testDriver();
  const kg = await createKnowledgeGraph({ driver });
  const server: RunningServer = await startHttpServer(kg, { port: 0, host: '127.0.0.1', production: options.production ?? false });
  return {
    url: server.url,
    driver,
    kg,
    async query(query, variables) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async stop() {
      await server.stop();
      await driver.close();
    },
  };
}
