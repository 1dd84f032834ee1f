// First: the tracing SDK (when OTEL_* asks for it) must be registered before graphql is loaded.
import { tracing } from './tracing/register';
import 'reflect-metadata';
import type { Driver } from 'neo4j-driver';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/launcher';
import { loadConfig } from './config';
import { createDriver, verifyConnection } from './database';
import { CypherRunner } from './graph/cypher-runner';
import { applyGraphSchema } from './graph/graph-schema';
import { isGraphEmpty, loadSeed } from './graph/seed/load-seed';
import { startHttpServer, type RunningServer } from './http/server';
import { createKnowledgeGraph } from './knowledge-graph';
import { createLogger } from './logger';
import { seedDataDir } from './paths';

/** Start-up work waits for index population: far above a request's timeout. */
const SETUP_QUERY_TIMEOUT_MS = 120_000;

/**
 * The standalone server: config, database (the local Neo4j when NEO4J_URI is unset), schema and seed,
 * HTTP. Everything it does is available to embedding hosts through `src/index.ts`.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (tracing.problem !== null) throw new Error(tracing.problem);
  const logger = createLogger(config.logLevel);
  const stack: Array<() => Promise<void>> = [];
  // Stopped last: the spans of the shutdown itself are flushed too.
  if (tracing.running !== null) stack.push(() => tracing.running!.shutdown());
  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    for (const stop of stack.reverse()) await stop().catch((error: unknown) => logger.error({ err: error }, 'stop failed'));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let uri = config.neo4jUri;
  if (uri === undefined) {
    const local: LocalNeo4j = await startLocalNeo4j({
      dir: config.localNeo4jDir,
      boltPort: config.localNeo4jBoltPort,
      heap: config.localNeo4jHeap,
      pagecache: config.localNeo4jPagecache,
    });
    stack.push(() => local.stop());
    uri = local.uri;
    logger.info({ uri, dir: config.localNeo4jDir }, 'local Neo4j started');
  }

  const driver: Driver = createDriver(uri, config);
  stack.push(() => driver.close());
  await verifyConnection(driver, uri, config.neo4jDatabase);

  const setup = new CypherRunner(driver, { database: config.neo4jDatabase, queryTimeoutMs: SETUP_QUERY_TIMEOUT_MS });
  await applyGraphSchema(setup);
  if (await isGraphEmpty(setup)) {
    const seeded = await loadSeed(setup, seedDataDir());
    logger.info({ entities: seeded.entities, relationships: seeded.relationships, files: seeded.files.length }, 'empty database seeded');
  }

  const kg = await createKnowledgeGraph({
    driver,
    database: config.neo4jDatabase,
    queryTimeoutMs: config.queryTimeoutMs,
    limits: config.limits,
    logger,
    auth: config.auth,
    live: { pollIntervalMs: config.livePollMs },
    maxMentionText: config.maxMentionText,
    tracing: tracing.running !== null,
  });
  const server: RunningServer = await startHttpServer(kg, {
    port: config.port,
    host: config.host,
    production: config.nodeEnv === 'production',
    introspection: config.introspection,
    corsOrigins: config.corsOrigins,
    bodyLimit: config.bodyLimit,
    stackTraces: config.nodeEnv === 'development',
    explorer: config.explorer,
    executor: config.executor,
    maxSubscriptionsPerConnection: config.maxSubscriptionsPerConnection,
    trustedDocuments: config.trustedDocuments,
    rateLimits: config.rateLimits,
  });
  stack.push(() => server.stop());
  logger.info({ url: server.url }, 'knowledge-graph-api ready');
  const sandbox = config.nodeEnv === 'production' ? '' : ' (open it for Apollo Sandbox)';
  const pages = config.explorer ? `; offline too: ${new URL('/explore', server.url).href} and ${new URL('/graphiql', server.url).href}` : '';
  process.stdout.write(`knowledge-graph-api: serving ${server.url}${sandbox}${pages}\n`);
}

main().catch((error: unknown) => {
  // Start-up failures are the operator's to fix: one line, no stack trace.
  process.stderr.write(`knowledge-graph-api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
