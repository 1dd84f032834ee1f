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
  /** A mutation or query needing a token came without a valid one. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A valid token without the role the operation needs. */
  FORBIDDEN = 'FORBIDDEN',
  /** No token key is configured: the graph is read-only. */
  WRITES_DISABLED = 'WRITES_DISABLED',
  /** `expectedVersion` is not the current version (`extensions.currentVersion`). */
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  /** A write of a fact cited no source. */
  PROVENANCE_REQUIRED = 'PROVENANCE_REQUIRED',
  /** A cited source does not exist (`extensions.ids`). */
  SOURCE_NOT_FOUND = 'SOURCE_NOT_FOUND',
  /** A create named an id that is taken. */
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  /** An Idempotency-Key was sent again with another request. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** An operation type the API does not serve on this transport (subscriptions over HTTP). */
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  /** A subscription's client did not take its events as fast as they came: resubscribe from the last cursor. */
  SLOW_CONSUMER = 'SLOW_CONSUMER',
  /** A connection opened more subscriptions than `maxSubscriptionsPerConnection`. */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  /** A `documentId` that names no trusted document (TRUSTED_DOCUMENTS). */
  PERSISTED_DOCUMENT_NOT_FOUND = 'PERSISTED_DOCUMENT_NOT_FOUND',
  /** A document sent as text (or an APQ hash) that is not in the trusted documents' manifest. */
  TRUSTED_DOCUMENTS_ONLY = 'TRUSTED_DOCUMENTS_ONLY',
  /** A client went over RATE_LIMIT_OPERATIONS_PER_SECOND or RATE_LIMIT_NODES_PER_MINUTE (`extensions.retryAfter`, seconds; HTTP 429). */
  RATE_LIMITED = 'RATE_LIMITED',
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

/** A client error of `code` with more `extensions`; HTTP 200 as GraphQL field errors are. */
export function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
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

/**
 * Apollo Server's own codes for a request the client got wrong (unparsable, invalid, bad variables,
 * bad HTTP, unknown persisted query). They reach the client as Apollo sent them.
 */
export const APOLLO_CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** True when a client may see an error of this code with its message: ours (but internal) or Apollo's. */
export function isClientErrorCode(code: unknown): code is string {
  if (typeof code !== 'string') return false;
  return (code !== String(ErrorCode.INTERNAL_SERVER_ERROR) && code in ErrorCode) || APOLLO_CLIENT_ERROR_CODES.has(code);
}

