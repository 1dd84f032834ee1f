import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { GraphContext } from '../context';
import { ErrorCode, isClientErrorCode } from '../errors';

/** The database failing rather than the client: logged as warnings, with the driver's reason. */
const OUTAGE_CODES: ReadonlySet<string> = new Set([ErrorCode.DATABASE_UNAVAILABLE, ErrorCode.QUERY_TIMEOUT]);

/**
 * Logs what clients cannot see and ties it to what they can: every error masked by
 * `formatGraphError` is logged with its original and the request id, and the masked error in the
 * response carries `extensions.requestId` so a user can quote it. Database outages and timeouts are
 * logged as warnings with the driver's reason; client mistakes are not logged.
 */
export function errorReportingPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const requestId = contextValue.requestId;
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!isClientErrorCode(code)) {
              logger.error({ err: error.originalError ?? error, requestId, operationName, path: error.path }, 'unexpected error, masked as INTERNAL_SERVER_ERROR');
            } else if (OUTAGE_CODES.has(code)) {
              logger.warn({ code, reason: causeOf(error), requestId, operationName, path: error.path }, error.message);
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.requestId === undefined) return;
          for (const error of response.body.singleResult.errors ?? []) {
            // Formatted errors are plain objects made for this response: adding a field is safe.
            if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              (error as { extensions: Record<string, unknown> }).extensions.requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}

function causeOf(error: GraphQLError): string | undefined {
  const cause = (error.originalError as { cause?: unknown } | undefined)?.cause;
  return cause instanceof Error ? cause.message.split('\n')[0] : undefined;
}
