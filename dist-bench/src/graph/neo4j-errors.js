"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mapNeo4jError = mapNeo4jError;
const graphql_1 = require("graphql");
const neo4j_driver_1 = require("neo4j-driver");
const errors_1 = require("../errors");
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
]);
/**
 * Maps what the driver throws to the API's coded errors. Never throws itself; anything it does not
 * recognise is returned unchanged and masked later as INTERNAL_SERVER_ERROR.
 */
function mapNeo4jError(error, timeoutMs) {
    if (error instanceof graphql_1.GraphQLError)
        return error;
    if (!(error instanceof neo4j_driver_1.Neo4jError))
        return error;
    if (TIMEOUT_CODES.has(error.code))
        return withCause((0, errors_1.queryTimeout)(timeoutMs), error);
    if (UNAVAILABLE_CODES.has(error.code) || /connection acquisition timed out|failed to connect|connection was closed/i.test(error.message)) {
        return withCause((0, errors_1.databaseUnavailable)(), error);
    }
    return error;
}
function withCause(mapped, cause) {
    // Kept for the server log; the error formatter never sends `originalError` details to clients.
    Object.defineProperty(mapped, 'cause', { value: cause, enumerable: false });
    return mapped;
}
