import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ErrorCode, isClientErrorCode } from '../errors';
import type { ExecutionEngine } from '../execution/compiled-execution';
import type { QueryObserver } from '../graph/cypher-runner';

/** The Prometheus side of one knowledge graph: its own registry, a Cypher observer, an Apollo plugin. */
export interface GraphMetrics {
  /** Holds only this graph's `kg_*` metrics: two graphs in one process never share a series. */
  readonly registry: Registry;
  /** Counts Cypher round trips and sessions in flight (neo4j-driver 6 publishes no pool statistics). */
  readonly observer: QueryObserver;
  /** Counts GraphQL requests and errors by code, and times operations. */
  readonly plugin: ApolloServerPlugin;
  /** Counts one mutation by name and outcome (`ok` or the error code). */
  countWrite(mutation: string, outcome: string): void;
  /** Counts one operation executed, by engine: compiled, or graphql-js for what the compiler refused. */
  countExecution(engine: ExecutionEngine): void;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createGraphMetrics(): GraphMetrics {
  const registry = new Registry();
  const registers = [registry];
  const requests = new Counter({
    name: 'kg_graphql_requests_total',
    help: 'GraphQL requests that reached the request pipeline, by operation type',
    labelNames: ['operation_type'] as const,
    registers,
  });
  const errors = new Counter({
    name: 'kg_graphql_errors_total',
    help: 'GraphQL errors sent to clients, by extensions.code',
    labelNames: ['code'] as const,
    registers,
  });
  const operationSeconds = new Histogram({
    name: 'kg_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response',
    labelNames: ['operation_type'] as const,
    buckets: SECONDS,
    registers,
  });
  const roundTrips = new Counter({
    name: 'kg_cypher_round_trips_total',
    help: 'Cypher transactions run against Neo4j, by access mode and outcome',
    labelNames: ['mode', 'outcome'] as const,
    registers,
  });
  const cypherSeconds = new Histogram({
    name: 'kg_cypher_duration_seconds',
    help: 'Time of one Cypher transaction, session acquisition and retries included',
    labelNames: ['mode'] as const,
    buckets: SECONDS,
    registers,
  });
  const inFlight = new Gauge({
    name: 'kg_neo4j_sessions_in_flight',
    help: 'Neo4j sessions open right now (each holds or waits for a pooled connection)',
    registers,
  });
  const writes = new Counter({
    name: 'kg_writes_total',
    help: 'Mutations answered, by mutation and outcome (ok, or the error code)',
    labelNames: ['mutation', 'outcome'] as const,
    registers,
  });
  const executions = new Counter({
    name: 'kg_graphql_executions_total',
    help: 'Operations executed, by engine: compiled (graphql-jit), or graphql-js for what the compiler refused',
    labelNames: ['engine'] as const,
    registers,
  });
  // Both error series start at zero, so a rate() over them exists before the first failure.
  for (const code of [ErrorCode.DATABASE_UNAVAILABLE, ErrorCode.QUERY_TIMEOUT, ErrorCode.INTERNAL_SERVER_ERROR]) errors.inc({ code }, 0);

  const observer: QueryObserver = {
    onQueryStart: () => inFlight.inc(),
    onQuery: ({ mode, durationMs, ok }) => {
      inFlight.dec();
      roundTrips.inc({ mode, outcome: ok ? 'ok' : 'error' });
      cypherSeconds.observe({ mode }, durationMs / 1000);
    },
  };

  const plugin: ApolloServerPlugin = {
    async invalidRequestWasReceived() {
      // Refused before the pipeline (bad HTTP, CSRF): no requestDidStart follows.
      errors.inc({ code: 'BAD_REQUEST' });
    },
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors: encountered }) {
          for (const error of encountered) errors.inc({ code: metricCode(error) });
        },
        async willSendResponse({ operation }) {
          const operationType = operation?.operation ?? 'unknown';
          requests.inc({ operation_type: operationType });
          operationSeconds.observe({ operation_type: operationType }, (performance.now() - started) / 1000);
        },
      };
    },
  };
  return {
    registry,
    observer,
    plugin,
    countWrite: (mutation, outcome) => writes.inc({ mutation, outcome }),
    countExecution: (engine) => executions.inc({ engine }),
  };
}

/** The code the client will see: anything not client-safe is masked as INTERNAL_SERVER_ERROR. */
function metricCode(error: GraphQLError): string {
  const code = error.extensions?.code;
  return isClientErrorCode(code) ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}
