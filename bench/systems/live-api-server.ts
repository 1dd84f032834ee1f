import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/database';
import { startHttpServer } from '../../src/http/server';
import { createKnowledgeGraph } from '../../src/knowledge-graph';
import { runChild } from './child-protocol';

/**
 * This project's API as `npm start` configures it from the environment, writes and subscriptions
 * included (the AUTH_* and LIVE_POLL_MS variables the live bench sets): one API instance of the
 * live scenarios (bench/live.ts), which may run two of them on one Neo4j.
 */

runChild(async (neo4jUri) => {
  const config = loadConfig();
  const driver = createDriver(neo4jUri, { neo4jUsername: 'neo4j', neo4jPassword: 'unused' });
  const kg = await createKnowledgeGraph({ driver, auth: config.auth, live: { pollIntervalMs: config.livePollMs } });
  const server = await startHttpServer(kg, { port: 0, host: '127.0.0.1', production: true, executor: config.executor });
  return { url: server.url };
});
