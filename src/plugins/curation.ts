import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { GraphContext } from '../context';
import { requireReader } from '../auth/roles';
import { ErrorCode } from '../errors';

/**
 * The request-level side of curation: which operation types are served, whether reads need a token,
 * and the bookmarks of a request's writes in `extensions.bookmarks`.
 */
export function curationPlugin(options: { readsRequired: boolean; readRole?: string }): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          // Subscriptions live on WebSocket (src/http/subscriptions.ts); one POSTed over HTTP would
          // get a stream Apollo cannot send, so it is the client's mistake: a code and a 400.
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new GraphQLError('Subscriptions are served over WebSocket (graphql-transport-ws) at this path, not over HTTP', {
              extensions: { code: ErrorCode.OPERATION_NOT_SUPPORTED, http: { status: 400 } },
            });
          }
          if (operation?.operation === OperationTypeNode.QUERY && options.readsRequired) requireReader(await contextValue.auth.actor(), options.readRole);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.writtenBookmarks.length === 0) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, bookmarks: [...contextValue.writtenBookmarks] };
        },
      };
    },
  };
}
