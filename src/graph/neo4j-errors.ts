import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { databaseUnavailable, queryTimeout } from '../errors';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
  // The same termination, as Neo4j 5.26 also reports it: a transaction stopped while it waited for a
  // lock, by its timeout (or the database shutting down). The soak met it as a masked error while
  // writers queued on the revision counter's lock and Neo4j came back from a crash.
  'Neo.ClientError.Transaction.LockClientStopped',
]);

/**
 * Maps what the driver throws to the API's coded errors. Never throws itself; anything it does not
 * recognise is returned unchanged and masked later as INTERNAL_SERVER_ERROR.
 */
export function mapNeo4jError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof Neo4jError)) return error;
  if (TIMEOUT_CODES.has(error.code)) return withCause(queryTimeout(timeoutMs), error);
  if (UNAVAILABLE_CODES.has(error.code) || /connection acquisition timed out|failed to connect|connection was closed/i.test(error.message)) {
    return withCause(databaseUnavailable(), error);
  }
  return error;
}

function withCause(mapped: GraphQLError, cause: Error): GraphQLError {
  // Kept for the server log; the error formatter never sends `originalError` details to clients.
  Object.defineProperty(mapped, 'cause', { value: cause, enumerable: false });
  return mapped;
}
