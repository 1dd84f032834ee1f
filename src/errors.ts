import { GraphQLError } from 'graphql';

/**
 * The codes a client can meet in `extensions.code`. One small closed set: clients switch on these, so a
 * new code is an API change.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A bad argument: names the argument so the client can fix the call. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" not found`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is unavailable; try again shortly', {
    extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
  });
}

export function queryTimeout(timeoutMs: number): GraphQLError {
  return new GraphQLError(`The query took longer than ${timeoutMs} ms and was stopped; narrow it and try again`, {
    extensions: { code: ErrorCode.QUERY_TIMEOUT },
  });
}

/** True for errors this API raised on purpose, whose message is safe to show a client. */
export function isClientSafe(error: unknown): error is GraphQLError {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && code in ErrorCode;
}
