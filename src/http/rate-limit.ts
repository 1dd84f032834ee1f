import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GraphContext } from '../context';
import { ErrorCode } from '../errors';
import { measuredSize } from '../plugins/operation-limits';

/*
 * Rate limits per client: operations per second, and nodes per minute (the nodes an operation can
 * return, by the same measure as MAX_NODES, taken before it runs). A client is its token's subject
 * when it sends a valid token, else its address. Over a limit: HTTP 429 with Retry-After and a
 * GraphQL error RATE_LIMITED, before any Cypher. The counters live in the process
 * (rate-limiter-flexible's memory store): behind N instances a client gets up to N times the limit,
 * spread as the load balancer spreads it.
 */

export interface RateLimitOptions {
  /** Operations a client may start per second; undefined: no limit. */
  readonly operationsPerSecond?: number;
  /** Nodes a client's operations may ask for per minute; undefined: no limit. */
  readonly nodesPerMinute?: number;
  /** Where `kg_rate_limited_total` goes. */
  readonly registry: Registry;
}

export interface RateLimits {
  readonly plugin: ApolloServerPlugin<GraphContext>;
  /** Remembers the address of the HTTP request `context` was made for. */
  identify(context: GraphContext, request: Request): GraphContext;
}

/** The plugin that enforces the limits, and the hook that tells it each request's address. */
export function rateLimits(options: RateLimitOptions): RateLimits {
  const addresses = new WeakMap<GraphContext, string>();
  const operations = options.operationsPerSecond === undefined ? null : new RateLimiterMemory({ points: options.operationsPerSecond, duration: 1 });
  const nodes = options.nodesPerMinute === undefined ? null : new RateLimiterMemory({ points: options.nodesPerMinute, duration: 60 });
  const limited = (options.registry.getSingleMetric('kg_rate_limited_total') as Counter<'limit'> | undefined) ??
    new Counter({ name: 'kg_rate_limited_total', help: 'Operations refused with 429 by a rate limit, by limit', labelNames: ['limit'] as const, registers: [options.registry] });

  const take = async (limiter: RateLimiterMemory, key: string, points: number, limit: 'operations' | 'nodes'): Promise<void> => {
    try {
      await limiter.consume(key, points);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      limited.inc({ limit });
      throw rateLimited(limit, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
  };

  const plugin: ApolloServerPlugin<GraphContext> = {
    async requestDidStart() {
      if (operations === null && nodes === null) return undefined;
      return {
        async didResolveOperation({ contextValue, request, schema, document, operationName }) {
          const client = await clientOf(contextValue, request.http?.headers.get('authorization'), addresses.get(contextValue));
          if (operations !== null) await take(operations, client, 1, 'operations');
          if (nodes !== null) {
            const size = measuredSize(schema, document, request.variables ?? {}, operationName ?? undefined);
            if (size !== null && size.nodes > 0) await take(nodes, client, size.nodes, 'nodes');
          }
        },
      };
    },
  };
  return {
    plugin,
    identify(context, request) {
      addresses.set(context, request.ip ?? request.socket.remoteAddress ?? 'unknown');
      return context;
    },
  };
}

/** The token's subject when the request carries a valid token, else the address it came from. */
async function clientOf(context: GraphContext, authorization: string | undefined, address: string | undefined): Promise<string> {
  if (authorization !== undefined && context.auth.configured) {
    const actor = await context.auth.actor().catch(() => null);
    if (actor !== null) return `sub:${actor.sub}`;
  }
  return `address:${address ?? 'unknown'}`;
}

function rateLimited(limit: 'operations' | 'nodes', retryAfterSeconds: number): GraphQLError {
  const message = limit === 'operations'
    ? `Too many operations: try again in ${retryAfterSeconds} s`
    : `Too many nodes asked for in the last minute: try again in ${retryAfterSeconds} s, or ask for fewer`;
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      limit,
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
