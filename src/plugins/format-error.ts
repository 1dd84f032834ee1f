import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isClientErrorCode } from '../errors';

/** What a client reads in place of an error it must not see. */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Apollo Server's `formatError` for the graph (`new ApolloServer({ formatError: kg.formatError })`).
 * Errors with a client-safe code (this API's own, Apollo's client errors) pass unchanged; everything
 * else (a driver error, a bug) becomes INTERNAL_SERVER_ERROR with a fixed message, keeping only where
 * it happened. The original goes to the log with the request id (see `errorReportingPlugin`).
 * A stack trace stays only if Apollo added one, which it does only when asked to
 * (`includeStacktraceInErrorResponses`, development). Never throws.
 */
export function formatGraphError(formatted: GraphQLFormattedError, _error?: unknown): GraphQLFormattedError {
  try {
    if (isClientErrorCode(formatted.extensions?.code)) return formatted;
    const stacktrace = formatted.extensions?.stacktrace;
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...(formatted.locations === undefined ? {} : { locations: formatted.locations }),
      ...(formatted.path === undefined ? {} : { path: formatted.path }),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(stacktrace === undefined ? {} : { stacktrace }) },
    };
  } catch {
    // A hostile getter or a frozen oddity: still an answer, never a second failure.
    return { message: INTERNAL_ERROR_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
}
