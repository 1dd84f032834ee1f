"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.positionsOf = positionsOf;
const enums_1 = require("../schema/enums");
const related_1 = require("./related");
/** HOLDS_POSITION relationships as positions, seen from the person (OUTGOING) or the organization (INCOMING). */
async function positionsOf(context, entityId, direction, asOf) {
    const edges = await (0, related_1.relatedEdges)(context, entityId, { types: [enums_1.RelationshipType.HOLDS_POSITION], direction, asOf });
    return edges.map(({ relationship }) => ({
        title: relationship.title,
        since: relationship.since,
        until: relationship.until,
        relationship,
        personId: relationship.fromId,
        organizationId: relationship.toId,
    }));
}
