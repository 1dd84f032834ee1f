import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { createGraphContext, type GraphContext } from './context';
import { CypherRunner } from './graph/cypher-runner';
import { buildGraphSchema } from './schema/build-schema';

/** Options of {@link createKnowledgeGraph}. */
export interface KnowledgeGraphOptions {
  /** The host's Neo4j driver. The library never creates nor closes it. */
  driver: Driver;
  /** Database name. Defaults to the server's default database. */
  database?: string;
  /** Server-side timeout of every Cypher query, in ms. Defaults to 10 000. */
  queryTimeoutMs?: number;
  /** Where the library logs. Defaults to a silent logger. */
  logger?: Logger;
}

/** A knowledge graph bound to one driver: its schema, a context factory and Apollo plugins. */
export interface KnowledgeGraph {
  /** The executable GraphQL schema: serve it, or merge it into the host's schema. */
  readonly schema: GraphQLSchema;
  /** A fresh per-request context with its own DataLoaders. */
  createContext(): GraphContext;
  /**
   * Apollo Server plugins for hosts on Apollo. Typed on the base context so a host whose context
   * extends ours (`{ ...kg.createContext(), user }`) can pass them as they are.
   */
  readonly plugins: ApolloServerPlugin<BaseContext>[];
  /** Runs Cypher for this graph (shared by every request). */
  readonly runner: CypherRunner;
  readonly logger: Logger;
}

/**
 * Creates a knowledge graph over the host's driver. Builds the schema; does not touch the database,
 * listen on a port or read the environment.
 */
export async function createKnowledgeGraph(options: KnowledgeGraphOptions): Promise<KnowledgeGraph> {
  const runner = new CypherRunner(options.driver, {
    database: options.database,
    queryTimeoutMs: options.queryTimeoutMs,
  });
  return {
    schema: buildGraphSchema(),
    createContext: () => createGraphContext(runner),
    plugins: [],
    runner,
    logger: options.logger ?? pino({ level: 'silent' }),
  };
}
