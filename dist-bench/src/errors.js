"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ErrorCode = void 0;
exports.badUserInput = badUserInput;
exports.notFound = notFound;
exports.databaseUnavailable = databaseUnavailable;
exports.queryTimeout = queryTimeout;
exports.isClientSafe = isClientSafe;
const graphql_1 = require("graphql");
/**
 * The codes a client can meet in `extensions.code`. One small closed set: clients switch on these, so a
 * new code is an API change.
 */
var ErrorCode;
(function (ErrorCode) {
    ErrorCode["BAD_USER_INPUT"] = "BAD_USER_INPUT";
    ErrorCode["NOT_FOUND"] = "NOT_FOUND";
    ErrorCode["DATABASE_UNAVAILABLE"] = "DATABASE_UNAVAILABLE";
    ErrorCode["QUERY_TIMEOUT"] = "QUERY_TIMEOUT";
    ErrorCode["INTERNAL_SERVER_ERROR"] = "INTERNAL_SERVER_ERROR";
})(ErrorCode || (exports.ErrorCode = ErrorCode = {}));
/** A bad argument: names the argument so the client can fix the call. */
function badUserInput(argument, message) {
    return new graphql_1.GraphQLError(`${argument}: ${message}`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
    });
}
function notFound(what, id) {
    return new graphql_1.GraphQLError(`${what} "${id}" not found`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}
function databaseUnavailable() {
    return new graphql_1.GraphQLError('The graph database is unavailable; try again shortly', {
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    });
}
function queryTimeout(timeoutMs) {
    return new graphql_1.GraphQLError(`The query took longer than ${timeoutMs} ms and was stopped; narrow it and try again`, {
        extensions: { code: ErrorCode.QUERY_TIMEOUT },
    });
}
/** True for errors this API raised on purpose, whose message is safe to show a client. */
function isClientSafe(error) {
    const code = error instanceof graphql_1.GraphQLError ? error.extensions.code : undefined;
    return typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && code in ErrorCode;
}
