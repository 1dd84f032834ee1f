import type { ApolloServerPlugin } from '@apollo/server';
import { context as otelContext, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { GraphContext } from '../context';
import type { QueryObserver } from '../graph/cypher-runner';

/*
 * The spans of a request, through the OpenTelemetry API (a no-op until an SDK is registered, see
 * start.ts): one per operation (an Apollo plugin), one per root field (its resolver wrapped, so both
 * executors, compiled and graphql-js, make them), and one per Cypher round trip (an observer of the
 * runner: the query's name, database, rows, never a parameter). `knownAt` and `asOf` are attributes of
 * the root field that takes them; a write's revision seq is set on its mutation's span, so a trace
 * finds its line in the audit log.
 */

const tracer = () => trace.getTracer('knowledge-graph-api');
/** The operation span of each request, the parent of its root fields' spans. */
const operationSpans = new WeakMap<object, Span>();

/** Starts and ends the operation span: name, type and document hash. */
export function operationSpanPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      const span = tracer().startSpan('graphql.operation', { kind: SpanKind.SERVER });
      operationSpans.set(contextValue, span);
      return {
        async didResolveOperation({ operation, operationName, queryHash }) {
          const type = operation?.operation ?? 'unknown';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.name': operationName ?? '', 'graphql.document.hash': queryHash ?? '' });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors !== undefined && errors.length > 0) {
            const code = errors[0].extensions?.code;
            span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'error' });
          }
          if (response.http.status !== undefined) span.setAttribute('http.response.status_code', response.http.status);
          span.end();
        },
      };
    },
  };
}

/**
 * Wraps the resolvers of the root fields of Query and Mutation in `schema` (in place, before any
 * operation is compiled) so that each runs in a span of its own under its operation's.
 */
export function traceRootFields(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (root === null || root === undefined || !isObjectType(root)) continue;
    for (const field of Object.values(root.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> | undefined = field.resolve;
      if (resolve === undefined) continue;
      const name = `${root.name}.${field.name}`;
      field.resolve = (source, args: Record<string, unknown>, contextValue: unknown, info) => {
        const operation = typeof contextValue === 'object' && contextValue !== null ? operationSpans.get(contextValue) : undefined;
        const parent = operation === undefined ? otelContext.active() : trace.setSpan(otelContext.active(), operation);
        const span = tracer().startSpan(`graphql.field ${name}`, { attributes: fieldAttributes(name, info.path.key, args) }, parent);
        return otelContext.with(trace.setSpan(parent, span), () => {
          try {
            const result = resolve(source, args, contextValue, info);
            if (result instanceof Promise) {
              return result.then(
                (value: unknown) => {
                  span.end();
                  return value;
                },
                (error: unknown) => {
                  failed(span, error);
                  throw error;
                },
              );
            }
            span.end();
            return result;
          } catch (error) {
            failed(span, error);
            throw error;
          }
        });
      };
    }
  }
}

/** Sets the revision seq of a committed write on the span it ran in (its mutation's). */
export function recordRevisionSeq(seq: number): void {
  trace.getActiveSpan()?.setAttribute('kg.revision.seq', seq);
}

/** One CLIENT span per Cypher round trip, child of whatever span is active when it starts. */
export function cypherSpans(): QueryObserver {
  return {
    onQuery: () => undefined,
    onRoundTrip({ name, mode, database }) {
      const span = tracer().startSpan(`neo4j ${name}`, {
        kind: SpanKind.CLIENT,
        attributes: { 'db.system.name': 'neo4j', 'db.namespace': database ?? 'default', 'db.operation.name': name, 'kg.access_mode': mode },
      });
      return ({ ok, rows, error }) => {
        if (rows !== null) span.setAttribute('db.response.returned_rows', rows);
        if (!ok) failed(span, error);
        else span.end();
      };
    },
  };
}

function fieldAttributes(name: string, key: string | number, args: Record<string, unknown>): Record<string, string> {
  const attributes: Record<string, string> = { 'graphql.field.name': name, 'graphql.field.path': String(key) };
  // Only the times, which say which state of the graph was read; no other argument value is recorded.
  for (const time of ['knownAt', 'asOf'] as const) {
    const value = args[time];
    if (value instanceof Date) attributes[`kg.${time}`] = value.toISOString();
    else if (typeof value === 'string') attributes[`kg.${time}`] = value;
  }
  return attributes;
}

function failed(span: Span, error: unknown): void {
  const code = (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'error' });
  span.end();
}
