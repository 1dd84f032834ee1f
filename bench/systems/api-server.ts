import 'reflect-metadata';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../../src/context';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/database';
import { startHttpServer } from '../../src/http/server';
import { createKnowledgeGraph } from '../../src/knowledge-graph';
import { BENCH_AUTH } from './bench-auth';
import { operationMeter, runChild } from './child-protocol';

/**
 * This project's API over HTTP, in its own process, built exactly as `npm start` builds it
 * (createKnowledgeGraph + startHttpServer over the standalone server's driver settings), with the
 * default limits: every scenario fits them. Two plugins are added: one reads each request's Cypher
 * round-trip counter, which the context keeps anyway; the other counts operations for the CPU time
 * per operation, as in the peer's server. `EXECUTOR` chooses the executor, as it does for `npm start`.
 */

runChild(async (neo4jUri) => {
  const driver = createDriver(neo4jUri, { neo4jUsername: 'neo4j', neo4jPassword: 'unused' });
  // With a token check, so the write scenarios can write; reads stay open, as by default. Queries
  // may take 30 s, as the floor's transactions may: on a loaded machine a cold Neo4j took over the
  // default 10 s to plan the first write's statements.
  const kg = await createKnowledgeGraph({ driver, auth: BENCH_AUTH, queryTimeoutMs: 30_000 });
  const counts: Record<string, { operations: number; roundTrips: number }> = {};
  const roundTripCounter: ApolloServerPlugin<GraphContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName }) {
          const entry = (counts[operationName ?? 'anonymous'] ??= { operations: 0, roundTrips: 0 });
          entry.operations += 1;
          entry.roundTrips += contextValue.roundTrips.count;
        },
      };
    },
  };
  const server = await startHttpServer({ ...kg, plugins: [...kg.plugins, roundTripCounter, operationMeter] }, {
    port: 0,
    host: '127.0.0.1',
    production: true,
    // EXECUTOR=graphql-js measures the API as Apollo executes by default, for an A/B.
    executor: loadConfig().executor,
  });
  return {
    url: server.url,
    stats: () => {
      const snapshot = { ...counts };
      for (const key of Object.keys(counts)) delete counts[key];
      return snapshot;
    },
  };
});
