import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { GraphQLFormattedError, GraphQLSchema, ParseOptions } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import type { Registry } from 'prom-client';
import { authOptionProblems, type AuthOptions } from './auth/auth-options';
import { createTokenVerifier } from './auth/token-verifier';
import { createGraphContext, type GraphContext, type RequestInfo, type WriteObserver } from './context';
import { curationPlugin } from './plugins/curation';
import { createCompiledExecution } from './execution/compiled-execution';
import { CypherRunner } from './graph/cypher-runner';
import { errorReportingPlugin } from './plugins/error-reporting';
import { formatGraphError } from './plugins/format-error';
import type { OperationLimits } from './plugins/limits';
import { createGraphMetrics } from './plugins/metrics';
import { limitParseOptions, operationLimitsPlugins, resolveLimits } from './plugins/operation-limits';
import { buildGraphSchema } from './schema/build-schema';
import { entitiesById } from './host-entities';
import type { ExecutionArgs, ExecutionResult, GraphQLResolveInfo } from 'graphql';
import { LiveFeed, type LiveFeedOptions } from './graph/live-feed';
import { cypherSpans, operationSpanPlugin, recordRevisionSeq, traceRootFields } from './tracing/spans';

/** Options of {@link createKnowledgeGraph}. */
export interface KnowledgeGraphOptions {
  /** The host's Neo4j driver. The library never creates nor closes it. */
  driver: Driver;
  /** Database name. Defaults to the server's default database. */
  database?: string;
  /** Server-side timeout of every Cypher query, in ms; past it a query fails with QUERY_TIMEOUT. Defaults to 10 000. */
  queryTimeoutMs?: number;
  /**
   * Runs of an operation by graphql-js before `gateway` and `execute` compile it. Defaults to 1: a
   * document sent once costs no compilation; 0 compiles on first sight (the test suite does, so that
   * every operation it sends runs compiled).
   */
  compileAfter?: number;
  /**
   * Size limits of one operation, checked before anything executes. Each missing one takes its
   * default (`DEFAULT_OPERATION_LIMITS`): depth 16, aliases 15, nodes 50 000, directives 20, tokens 1 000.
   */
  limits?: Partial<OperationLimits>;
  /** Where the library logs. Defaults to a silent logger. */
  logger?: Logger;
  /**
   * Token verification for mutations (and for reads with `readsRequired`). Without it every mutation
   * answers WRITES_DISABLED and reads are open. A half-made one throws here, naming what is missing.
   */
  auth?: AuthOptions;
  /**
   * Subscriptions (served by {@link serveSubscriptions}): how often the feed is read for writes of
   * other instances while anyone subscribes (`pollIntervalMs`, default 1000) and how many events wait
   * for a slow client before its subscription ends with SLOW_CONSUMER (`maxQueuedEvents`, default 1000).
   */
  live?: LiveFeedOptions;
  /** Longest text `mentions` links, in UTF-16 code units; longer is BAD_USER_INPUT. Defaults to 100 000. */
  maxMentionText?: number;
  /**
   * OpenTelemetry spans per operation, root field and Cypher round trip, through the global tracer
   * provider (register an SDK first; the standalone server does when OTEL_* asks for it). Defaults to
   * false: no span is made and the resolvers are not wrapped.
   */
  tracing?: boolean;
}

/** A knowledge graph bound to one driver: its schema, a context factory and what Apollo needs to serve it. */
export interface KnowledgeGraph {
  /** The executable GraphQL schema: serve it, or merge it into the host's schema. */
  readonly schema: GraphQLSchema;
  /**
   * A fresh per-request context; nothing cached in it outlives the request. A request id is made up when none is given.
   * Pass the request's `Authorization`, `Idempotency-Key` and `x-kg-bookmarks` headers for writes.
   */
  createContext(request?: RequestInfo): GraphContext;
  /**
   * Our entities, for a host's own field to return, in the order of `ids`; ids of no entity are left
   * out. With the host resolver's `info`, everything the client selected beneath the field is planned
   * into this one query; without it, the entities' properties are read in one query and each field
   * beneath is answered by one batched planned query per field. The field's type must be our `Entity`,
   * one of its kinds, or a list of them.
   *
   * ```ts
   * favourites: (_root, args, context, info) => kg.entitiesById(context, args.ids, info)
   * ```
   */
  entitiesById(context: GraphContext, ids: readonly string[], info?: GraphQLResolveInfo): Promise<object[]>;
  /**
   * Compiled execution for Apollo Server, through its gateway interface: pass it in place of `schema`
   * (`new ApolloServer({ gateway: kg.gateway, ... })`). Apollo parses, validates, runs the plugins and
   * formats errors as ever; each operation is compiled once per parsed document (graphql-jit) and runs
   * as one generated function, with graphql-js answering whatever the compiler refuses. The answers
   * are the same as `schema`'s, byte for byte; only the CPU spent on them differs. A host that merges
   * our schema into its own serves the merged schema with graphql-js, as before.
   */
  readonly gateway: GatewayInterface;
  /**
   * graphql-js's `execute` over {@link KnowledgeGraph.schema}, compiled as the gateway's is, for
   * servers other than Apollo: `createHandler({ schema: kg.schema, execute: kg.execute })` (graphql-http).
   */
  readonly execute: (args: ExecutionArgs) => Promise<ExecutionResult>;
  /** Apollo Server plugins: operation limits, error logging with request ids, metrics. */
  readonly plugins: ApolloServerPlugin<GraphContext>[];
  /** Apollo Server's `formatError`: masks every error that is not client-safe as INTERNAL_SERVER_ERROR. Never throws. */
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Apollo Server's `parseOptions`: the token limit, which must act inside the parser. */
  readonly parseOptions: ParseOptions;
  /** The limits in force, defaults filled in. */
  readonly limits: Readonly<OperationLimits>;
  /** This graph's Prometheus registry (`kg_*` metrics only): serve `await kg.metrics.metrics()`. */
  readonly metrics: Registry;
  /** Runs Cypher for this graph (shared by every request). */
  readonly runner: CypherRunner;
  readonly logger: Logger;
  /** The process's one follower of the change feed, which subscriptions share; `stop` ends them all (shutdown). */
  readonly live: LiveFeed;
  /** Whether reads need a valid token (`auth.readsRequired`); subscriptions then need one in `connection_init`. */
  readonly readsRequired: boolean;
  /** The role reads need besides a valid token (`auth.readRole`), or undefined when any valid token reads. */
  readonly readRole: string | undefined;
}

/**
 * Creates a knowledge graph over the host's driver. Builds the schema; does not touch the database,
 * listen on a port or read the environment.
 *
 * ```ts
 * new ApolloServer({ gateway: kg.gateway, plugins: kg.plugins, formatError: kg.formatError, parseOptions: kg.parseOptions })
 * ```
 */
export async function createKnowledgeGraph(options: KnowledgeGraphOptions): Promise<KnowledgeGraph> {
  const limits = resolveLimits(options.limits);
  const logger = options.logger ?? pino({ level: 'silent' });
  const metrics = createGraphMetrics();
  if (options.auth !== undefined) {
    const problems = authOptionProblems(options.auth);
    if (problems.length > 0) throw new Error(`invalid auth options: ${problems.join('; ')}`);
  }
  const verifier = options.auth === undefined ? null : createTokenVerifier(options.auth);
  const runner = new CypherRunner(options.driver, {
    database: options.database,
    queryTimeoutMs: options.queryTimeoutMs,
    observers: options.tracing === true ? [metrics.observer, cypherSpans()] : [metrics.observer],
  });
  const live = new LiveFeed(runner, options.live);
  // Every write is counted and logged with its actor and revision seq: the audit trail's operational side.
  // A committed one wakes the feed's follower, so this instance's subscribers need not wait for a poll.
  const onWrite: WriteObserver = (event) => {
    if (event.seq !== null) live.wake();
    if (event.seq !== null && options.tracing === true) recordRevisionSeq(event.seq);
    metrics.countWrite(event.mutation, event.outcome);
    logger.info({ requestId: event.requestId, mutation: event.mutation, outcome: event.outcome, actor: event.actor, seq: event.seq }, 'write');
  };
  const schema = buildGraphSchema();
  if (options.tracing === true) traceRootFields(schema);
  const compiled = createCompiledExecution(schema, {
    compileAfter: options.compileAfter,
    onExecute: (engine) => metrics.countExecution(engine),
    onFallback: (operationName, reason) => logger.warn({ operationName, reason }, 'operation not compiled; graphql-js executes it'),
  });
  return {
    schema,
    gateway: compiled.gateway,
    execute: compiled.execute,
    createContext: (request = {}) => createGraphContext(runner, { ...request, requestId: request.requestId ?? randomUUID() }, verifier, onWrite, live, options.maxMentionText),
    entitiesById,
    plugins: [...operationLimitsPlugins(limits), curationPlugin({ readsRequired: options.auth?.readsRequired === true, readRole: options.auth?.readRole }), errorReportingPlugin(logger), metrics.plugin, ...(options.tracing === true ? [operationSpanPlugin()] : [])],
    formatError: formatGraphError,
    parseOptions: limitParseOptions(limits),
    limits,
    metrics: metrics.registry,
    runner,
    logger,
    live,
    readsRequired: options.auth?.readsRequired === true,
    readRole: options.auth?.readRole,
  };
}
