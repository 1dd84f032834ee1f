"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toNumber = toNumber;
exports.toNumberOrNull = toNumberOrNull;
exports.toIsoDate = toIsoDate;
exports.toStringOrNull = toStringOrNull;
exports.toStringList = toStringList;
exports.int = int;
const neo4j_driver_1 = require("neo4j-driver");
/*
 * Neo4j values at the boundary: Integers and temporal objects never leave `src/graph/`. Counts fit in a
 * JS number; an integer beyond 2^53 would be a bug in our data, so it is refused rather than rounded.
 */
function toNumber(value) {
    if ((0, neo4j_driver_1.isInt)(value)) {
        const int = value;
        if (!int.inSafeRange())
            throw new RangeError(`integer ${int.toString()} is outside the safe range`);
        return int.toNumber();
    }
    if (typeof value === 'number')
        return value;
    throw new TypeError(`expected an integer, got ${typeof value}`);
}
function toNumberOrNull(value) {
    return value === null || value === undefined ? null : toNumber(value);
}
/** A Neo4j `Date` (or an ISO string) as "YYYY-MM-DD"; null stays null. */
function toIsoDate(value) {
    if (value === null || value === undefined)
        return null;
    if ((0, neo4j_driver_1.isDate)(value))
        return value.toString();
    if (typeof value === 'string')
        return value;
    throw new TypeError(`expected a date, got ${typeof value}`);
}
function toStringOrNull(value) {
    return typeof value === 'string' ? value : null;
}
function toStringList(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
/** A JS number as a Neo4j Integer parameter: SKIP, LIMIT and list slices refuse floats such as 20.0. */
function int(value) {
    return (0, neo4j_driver_1.int)(value);
}
