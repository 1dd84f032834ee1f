import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphContext } from '../context';
import { explorerMiddleware, graphiqlMiddleware } from '../explorer/middleware';
import type { KnowledgeGraph } from '../knowledge-graph';
import { healthRoutes } from './health';
import { landingRoute } from './landing';
import { errorsAsJson, notFoundAsJson, requireJsonPost } from './json-errors';
import { metricsRoute } from './metrics';
import { reconcileRouter } from './reconcile/router';
import { requestIdOf, requestIds } from './request-id';
import { serveSubscriptions } from './subscriptions';
import { conditionalGetPlugin } from './conditional-get';
import { trustedDocumentsOnly, type TrustedDocuments } from './trusted-documents';
import { rateLimits } from './rate-limit';

export interface HttpServerOptions {
  port: number;
  host: string;
  /** Production mode: the production landing page instead of Sandbox, and the defaults below. */
  production: boolean;
  /** Schema introspection. Defaults to on in development, off in production. */
  introspection?: boolean;
  /** Origins allowed by CORS; `*` allows any. Defaults to any in development (Sandbox), none in production. */
  corsOrigins?: readonly string[];
  /** Largest JSON body, as Express reads it (`100kb`, `1mb`); larger is 413. Defaults to `1mb` (a `mentions` text at its limit). */
  bodyLimit?: string;
  /** Stack traces in error responses: for development only. Defaults to false. */
  stackTraces?: boolean;
  /** The explorer (`/explore`), GraphiQL (`/graphiql`) and the landing page linking them (`/`). Defaults to on in development, off in production. */
  explorer?: boolean;
  /** `compiled` (the default) executes through `kg.gateway`; `graphql-js` through `kg.schema`, as Apollo does by default. */
  executor?: 'compiled' | 'graphql-js';
  /** Subscriptions one WebSocket connection may hold at once. Defaults to 20. */
  maxSubscriptionsPerConnection?: number;
  /**
   * How long after a moment no write can still change what is known at it (ms): `knownAt` answers at
   * least this old are `immutable`. Longer than any write transaction may run; defaults to twice the
   * query timeout, at least a minute.
   */
  immutableAfterMs?: number;
  /** Only these documents run (by `documentId`, text or APQ hash); anything else is refused. Defaults to any document. */
  trustedDocuments?: TrustedDocuments;
  /** Per client (token subject, else address): operations per second and nodes per minute; 429 past them. Defaults to none. */
  rateLimits?: { operationsPerSecond?: number; nodesPerMinute?: number };
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:4000/graphql */
  readonly url: string;
  /** Stops accepting requests, lets those in flight finish, then resolves. */
  stop(): Promise<void>;
}

/** The standalone HTTP surface: GraphQL at /graphql (subscriptions over WebSocket on the same path), /health, /ready and /metrics; /explore, /graphiql and / when the explorer is on. */
export async function startHttpServer(kg: KnowledgeGraph, options: HttpServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Express would tag every answer by hashing its body (weak, and only after computing it) and answer
  // 304 itself; GraphQL answers are tagged from the revision counter instead (conditional-get.ts).
  app.set('etag', false);
  const httpServer = http.createServer(app);
  // A client that trickles its headers or body must not hold a socket for Node's default 5 minutes;
  // the longest honest request is a query at its Cypher timeout.
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = 60_000;
  const subscriptions = serveSubscriptions(kg, httpServer, { path: '/graphql', maxSubscriptionsPerConnection: options.maxSubscriptionsPerConnection });
  const limits = rateLimits({ ...options.rateLimits, registry: kg.metrics });
  const apollo = new ApolloServer<GraphContext>({
    ...(options.executor === 'graphql-js' ? { schema: kg.schema } : { gateway: kg.gateway }),
    plugins: [
      ...kg.plugins,
      limits.plugin,
      // No type or field of the graph carries a cache hint, so Apollo's cache-control plugin could only
      // ever compute "not cacheable"; it does so by wrapping every resolver and allocating a policy per
      // field (about half the heap a large answer allocates), for no header.
      ApolloServerPluginCacheControlDisabled(),
      // ETag and Cache-Control from the revision counter instead, and 304 without the operation's Cypher.
      conditionalGetPlugin({
        runner: kg.runner,
        registry: kg.metrics,
        readsRequired: kg.readsRequired,
        settleMs: options.immutableAfterMs ?? Math.max(60_000, 2 * kg.runner.queryTimeoutMs),
      }),
      // Draining closes the WebSocket connections (1001) as well as the HTTP ones.
      subscriptions.plugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
    formatError: kg.formatError,
    parseOptions: kg.parseOptions,
    introspection: options.introspection ?? !options.production,
    includeStacktraceInErrorResponses: options.stackTraces ?? false,
    // Apollo's default, stated: a browser cannot send a GraphQL GET or a non-JSON POST cross-site.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    logger: kg.logger,
  });
  await apollo.start();

  app.use(requestIds());
  app.use(healthRoutes(kg));
  app.use(metricsRoute(kg));
  app.use(
    '/graphql',
    cors(corsOptions(options.corsOrigins ?? (options.production ? [] : ['*']))),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    requireJsonPost(),
    ...(options.trustedDocuments === undefined ? [] : [trustedDocumentsOnly(options.trustedDocuments)]),
    expressMiddleware(apollo, { context: async ({ req, res }) => limits.identify(kg.createContext({ requestId: requestIdOf(res), ...curationHeaders(req) }), req) }),
  );
  // The W3C reconciliation service (OpenRefine): its own CORS (the spec requires it) and form bodies.
  app.use('/reconcile', reconcileRouter(kg, { bodyLimit: options.bodyLimit }));
  if (options.explorer ?? !options.production) {
    // Same origin as /graphql: the pages need no CORS, and their CSP allows this server alone.
    app.use('/explore', explorerMiddleware({ graphqlUrl: '/graphql' }));
    app.use('/graphiql', graphiqlMiddleware({ graphqlUrl: '/graphql' }));
    app.use(landingRoute({ explorer: '/explore', graphiql: '/graphiql', graphql: '/graphql' }));
  }
  app.use(notFoundAsJson());
  app.use(errorsAsJson(kg.logger));

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

/** The headers of curation: the caller's token, a retry's key, and the bookmarks a read must see. */
function curationHeaders(request: express.Request): { authorization?: string; idempotencyKey?: string; bookmarks?: string[] } {
  const bookmarks = request.get('x-kg-bookmarks');
  return {
    authorization: request.get('authorization'),
    idempotencyKey: request.get('idempotency-key'),
    // Bookmarks are opaque driver strings; several travel comma-separated, as HTTP lists do.
    bookmarks: bookmarks === undefined ? undefined : bookmarks.split(',').map((b) => b.trim()).filter((b) => b !== '').slice(0, 16),
  };
}

function corsOptions(origins: readonly string[]): cors.CorsOptions {
  if (origins.includes('*')) return { origin: '*', maxAge: 600 };
  // `false` sends no CORS headers at all: browsers then allow same-origin calls only.
  return { origin: origins.length === 0 ? false : [...origins], maxAge: 600 };
}
