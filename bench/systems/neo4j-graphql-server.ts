import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { operationMeter, runChild } from './child-protocol';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql-typedefs';

/**
 * The Neo4j GraphQL Library over HTTP, in its own process, on the same stack as the API (Express 5,
 * Apollo Server 5, the same driver pool size), so the comparison is between the two schemas alone. The
 * one plugin counts operations for the CPU time per operation, as in the API's server.
 */
runChild(async (neo4jUri) => {
  const driver = neo4j.driver(neo4jUri, neo4j.auth.basic('neo4j', 'unused'), { maxConnectionPoolSize: 50 });
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [operationMeter] });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql` };
});
