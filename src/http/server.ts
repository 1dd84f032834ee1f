import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphContext } from '../context';
import type { KnowledgeGraph } from '../knowledge-graph';
import { healthRoutes } from './health';

export interface HttpServerOptions {
  port: number;
  host: string;
  production: boolean;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:4000/graphql */
  readonly url: string;
  /** Stops accepting requests, lets those in flight finish, then resolves. */
  stop(): Promise<void>;
}

/** The standalone HTTP surface: GraphQL at /graphql plus health routes. */
export async function startHttpServer(kg: KnowledgeGraph, options: HttpServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    schema: kg.schema,
    plugins: [
      ...kg.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();

  app.use(healthRoutes(kg));
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => kg.createContext() }));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/graphql`,
    stop: () => apollo.stop(),
  };
}
