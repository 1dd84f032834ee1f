import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getOperationAST, OperationTypeNode, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { requireReader } from '../auth/roles';
import { ErrorCode } from '../errors';
import type { KnowledgeGraph } from '../knowledge-graph';
import { operationLimitsCheck } from '../plugins/operation-limits';

/*
 * GraphQL over WebSocket (graphql-ws 6, subprotocol `graphql-transport-ws`) on the HTTP server's
 * GraphQL path, as Apollo Server 5 documents it: a `ws` server on the same HTTP server, graphql-ws's
 * `useServer`, and a plugin that closes it when Apollo drains. Only subscriptions are served here:
 * queries and mutations keep HTTP, where their headers (Idempotency-Key, bookmarks) live.
 */

/** Options of {@link serveSubscriptions}. */
export interface SubscriptionServerOptions {
  /** The path of the WebSocket endpoint: the GraphQL path of HTTP. Defaults to `/graphql`. */
  path?: string;
  /** Subscriptions one connection may hold at once; one more gets TOO_MANY_SUBSCRIPTIONS. Defaults to 20. */
  maxSubscriptionsPerConnection?: number;
  /** Largest message a client may send, in bytes; larger closes the connection (1009). Defaults to 100 000. */
  maxPayloadBytes?: number;
}

/** A running WebSocket endpoint. */
export interface SubscriptionServer {
  /** Give it to the ApolloServer beside the drain plugin: draining closes every connection (1001, "Going away"). */
  readonly plugin: ApolloServerPlugin;
  /** Closes every connection and the endpoint; for hosts that stop without Apollo's drain. */
  close(): Promise<void>;
}

type ConnectionParams = Record<string, unknown> | undefined;

/** The token of `connection_init`: `Authorization` (or `authorization`) in its payload, as on HTTP. */
function authorizationOf(params: ConnectionParams): string | undefined {
  const value = params?.Authorization ?? params?.authorization;
  return typeof value === 'string' ? value : undefined;
}

function codedError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Serves `kg`'s subscriptions over WebSocket on `httpServer` (the host's own, or the standalone one),
 * at the GraphQL path.
 *
 * ```ts
 * const httpServer = http.createServer(app);
 * const subscriptions = serveSubscriptions(kg, httpServer, { path: '/graphql' });
 * const apollo = new ApolloServer({ schema: kg.schema, plugins: [...kg.plugins, subscriptions.plugin,
 *   ApolloServerPluginDrainHttpServer({ httpServer })], formatError: kg.formatError, parseOptions: kg.parseOptions });
 * ```
 *
 * With `auth.readsRequired`, `connection_init` must carry `{ Authorization: "Bearer <token>" }`: a
 * missing or invalid token closes the connection with 4401, a token without `auth.readRole` with 4403.
 */
export function serveSubscriptions(kg: KnowledgeGraph, httpServer: Server, options: SubscriptionServerOptions = {}): SubscriptionServer {
  const maxSubscriptions = options.maxSubscriptionsPerConnection ?? 20;
  if (!Number.isInteger(maxSubscriptions) || maxSubscriptions < 1) throw new RangeError(`maxSubscriptionsPerConnection must be a positive integer, got ${maxSubscriptions}`);
  const wsServer = new WebSocketServer({ server: httpServer, path: options.path ?? '/graphql', maxPayload: options.maxPayloadBytes ?? 100_000 });
  const refusalOf = operationLimitsCheck(kg.limits);
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => kg.formatError(error.toJSON(), error));

  const disposable = useServer<ConnectionParams>(
    {
      schema: kg.schema,
      onConnect: async (ctx) => {
        if (!kg.readsRequired) return true;
        try {
          requireReader(await kg.createContext({ authorization: authorizationOf(ctx.connectionParams) }).auth.actor(), kg.readRole);
          return true;
        } catch (error) {
          const code = error instanceof GraphQLError ? error.extensions.code : undefined;
          // graphql-ws closes a refused connection with 4403; one without a valid token is 4401.
          if (code === ErrorCode.FORBIDDEN) return false;
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        // This one is in `ctx.subscriptions` already.
        if (Object.keys(ctx.subscriptions).length > maxSubscriptions) {
          return [codedError(ErrorCode.TOO_MANY_SUBSCRIPTIONS, `A connection may hold ${maxSubscriptions} subscriptions; complete one first`)];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, kg.parseOptions);
        } catch (error) {
          return [new GraphQLError(error instanceof Error ? error.message : String(error), { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const invalid = validate(kg.schema, document, specifiedRules);
        if (invalid.length > 0) return invalid.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const operation = getOperationAST(document, payload.operationName);
        if (operation === null || operation === undefined) return [codedError(ErrorCode.BAD_USER_INPUT, 'Unable to identify the operation: name it with operationName')];
        if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [codedError(ErrorCode.OPERATION_NOT_SUPPORTED, 'Only subscriptions are served over WebSocket; send queries and mutations over HTTP')];
        }
        const variables = payload.variables ?? {};
        let refusal: GraphQLError | null;
        try {
          refusal = refusalOf(kg.schema, document, variables, payload.operationName ?? undefined);
        } catch (error) {
          refusal = error instanceof GraphQLError ? error : codedError(ErrorCode.INTERNAL_SERVER_ERROR, 'The operation could not be checked');
        }
        if (refusal !== null) return [refusal];
        return {
          schema: kg.schema,
          document,
          variableValues: variables,
          operationName: payload.operationName,
          contextValue: kg.createContext({ requestId: randomUUID(), authorization: authorizationOf(ctx.connectionParams), subscription: true }),
        };
      },
      // A subscription refused before its stream began (a bad cursor) comes back from graphql-js as a
      // result with errors, which graphql-ws would send as an event: it is sent as the protocol's
      // `error` message instead, by a stream that fails at once (graphql-ws keeps the error's code).
      onOperation: (_ctx, _id, _payload, _args, result) => {
        // graphql-ws hands this hook the settled result: a stream, or an execution result.
        const errors = Symbol.asyncIterator in result ? undefined : (result as { errors?: readonly GraphQLError[] }).errors;
        if (errors === undefined || errors.length === 0) return undefined;
        const [error] = errors;
        return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(error), return: () => Promise.resolve({ value: undefined, done: true }) }) } as unknown as AsyncGenerator<never>;
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors === undefined ? undefined : { ...result, errors: format(result.errors) }),
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wsServer,
  );

  const close = async (): Promise<void> => {
    await disposable.dispose();
  };
  return {
    plugin: {
      async serverWillStart() {
        return {
          async drainServer() {
            await close();
          },
        };
      },
    },
    close,
  };
}
