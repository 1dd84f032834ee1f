"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encodeCursor = encodeCursor;
exports.offsetAfter = offsetAfter;
exports.pageOf = pageOf;
const errors_1 = require("../errors");
/*
 * Relay cursors: opaque to clients, an offset in a stable order to us. The kind is part of the cursor
 * so a cursor of one list is refused by another instead of silently paging wrongly.
 */
function encodeCursor(kind, offset) {
    return Buffer.from(`${kind}:${offset}`, 'utf8').toString('base64url');
}
/** The offset just after `after`, or 0 without one; BAD_USER_INPUT for a cursor we did not make. */
function offsetAfter(kind, after) {
    if (after === null || after === undefined)
        return 0;
    const decoded = /^[A-Za-z0-9_-]{1,64}$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
    const match = new RegExp(`^${kind}:(\\d{1,9})$`).exec(decoded);
    if (match === null)
        throw (0, errors_1.badUserInput)('after', `"${after.slice(0, 80)}" is not a cursor of this list`);
    return Number(match[1]) + 1;
}
/** Edges with cursors and Relay page info for a slice starting at `offset` of a list of `total`. */
function pageOf(kind, items, offset, total, toEdge) {
    const edges = items.map((item, index) => toEdge(item, encodeCursor(kind, offset + index)));
    return {
        edges,
        pageInfo: {
            hasNextPage: offset + items.length < total,
            hasPreviousPage: offset > 0,
            startCursor: edges.length > 0 ? encodeCursor(kind, offset) : null,
            endCursor: edges.length > 0 ? encodeCursor(kind, offset + items.length - 1) : null,
        },
        totalCount: total,
    };
}
