import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { GraphContext } from '../context';
import { ErrorCode } from '../errors';

/**
 * The request-level side of curation: which operation types are served, whether reads need a token,
 * and the bookmarks of a request's writes in `extensions.bookmarks`.
 */
export function curationPlugin(options: { readsRequired: boolean }): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          // graphql-js 16 executes a subscription against a schema without one as a server error;
          // it is the client's mistake, so it gets a code and a 400.
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new GraphQLError('Subscriptions are not supported by this API; use queries and mutations', {
              extensions: { code: ErrorCode.OPERATION_NOT_SUPPORTED, http: { status: 400 } },
            });
          }
          if (operation?.operation === OperationTypeNode.QUERY && options.readsRequired) await contextValue.auth.actor();
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
