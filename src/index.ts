/**
 * knowledge-graph-api as a library: what an embedding Node backend imports. Everything not exported
 * here is private and may change without notice.
 *
 * ```ts
 * const kg = await createKnowledgeGraph({ driver });
 * const server = new ApolloServer({
 *   gateway: kg.gateway, plugins: kg.plugins, formatError: kg.formatError, parseOptions: kg.parseOptions,
 * });
 * app.use('/kg', express.json(), expressMiddleware(server, { context: async () => kg.createContext() }));
 * ```
 */
import 'reflect-metadata';
import type { Driver } from 'neo4j-driver';
import { CypherRunner } from './graph/cypher-runner';
import { applyGraphSchema as applySchemaWith } from './graph/graph-schema';
import { loadSeed as loadSeedWith, type LoadSummary } from './graph/seed/load-seed';
import { seedDataDir } from './paths';

export { createKnowledgeGraph } from './knowledge-graph';
export { createCompiledExecution } from './execution/compiled-execution';
export type { CompiledExecution, CompiledExecutionOptions, ExecutionEngine } from './execution/compiled-execution';
export type { KnowledgeGraph, KnowledgeGraphOptions } from './knowledge-graph';
export type { GraphContext } from './context';
export { ErrorCode } from './errors';
export { DEFAULT_OPERATION_LIMITS } from './plugins/limits';
export type { OperationLimits } from './plugins/limits';
export { DatePrecision, Direction, EntityType, EventCategory, OrganizationCategory, RelationshipType } from './schema/enums';
export { SeedValidationError } from './graph/seed/validate-seed';
export { explorerMiddleware, graphiqlMiddleware } from './explorer/middleware';
export { serveSubscriptions } from './http/subscriptions';
export type { SubscriptionServer, SubscriptionServerOptions } from './http/subscriptions';
export type { LiveFeedOptions } from './graph/live-feed';
export type { PageMiddleware, PageMiddlewareOptions } from './explorer/middleware';
export type { LoadSummary } from './graph/seed/load-seed';
export type { SeedConflict } from './graph/seed/seed-curation';
export type { RawSeedEntity, RawSeedFile, RawSeedRelationship } from './graph/seed/seed-format';

/** Where the database work of {@link applyGraphSchema} and {@link loadSeed} runs. */
export interface DatabaseTarget {
  /** Database name. Defaults to the server's default database. */
  database?: string;
}

/** Options of {@link loadSeed}. */
export interface LoadSeedOptions extends DatabaseTarget {
  /** Told after each batch written: records so far and in all. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Overwrite what curation changed since a record's last load, recording the overwrite as a revision
   * with this reason. Unset (the default), curated values stay and `LoadSummary.conflicts` lists them.
   */
  force?: { reason: string };
}

/** Schema work waits for index population, so it gets far more time than a request. */
const SETUP_TIMEOUT_MS = 120_000;

/**
 * Creates the constraints and indexes the API relies on (unique ids, lookups, the full-text search
 * indexes) and waits until they are online. Idempotent: safe at every start.
 */
export async function applyGraphSchema(driver: Driver, target: DatabaseTarget = {}): Promise<void> {
  await applySchemaWith(new CypherRunner(driver, { database: target.database, queryTimeoutMs: SETUP_TIMEOUT_MS }));
}

/**
 * Validates every `*.json` file of `folder` (see the package's seed/README.md for the format) and, when
 * all of it is sound, merges it into the graph. Nothing is written if any record is invalid
 * ({@link SeedValidationError} lists every problem). Loading the same folder twice changes nothing.
 * Fields that curation changed since a record's last load keep their curated values unless
 * `options.force` is given; either way each disagreement is in the summary's `conflicts`.
 *
 * @param folder Defaults to the bundled seed graph.
 */
export async function loadSeed(driver: Driver, folder: string = seedDataDir(), options: LoadSeedOptions = {}): Promise<LoadSummary> {
  const runner = new CypherRunner(driver, { database: options.database, queryTimeoutMs: SETUP_TIMEOUT_MS });
  return loadSeedWith(runner, folder, { onProgress: options.onProgress, force: options.force });
}
