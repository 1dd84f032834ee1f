"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.relationshipTypes = relationshipTypes;
exports.directedPattern = directedPattern;
exports.asOfPredicate = asOfPredicate;
const enums_1 = require("../schema/enums");
/*
 * The only pieces of Cypher built from arguments. Relationship types are spliced into patterns (so
 * Neo4j expands only those types), which is safe because each one is checked against the closed enum
 * first; everything else stays a parameter.
 */
const ALLOWED_TYPES = new Set(Object.values(enums_1.RelationshipType));
/** `:A|B` for a pattern, or '' for every type; throws on anything outside the enum. */
function relationshipTypes(types) {
    if (types === null || types === undefined || types.length === 0)
        return '';
    for (const type of types) {
        if (!ALLOWED_TYPES.has(type))
            throw new Error(`relationship type "${String(type)}" is not in the allow-list`);
    }
    return `:${[...new Set(types)].join('|')}`;
}
/** `(e)-[r:T]->(other)` with the arrow `direction` asks for, seen from `from`. */
function directedPattern(direction, from, rel, to, typeList) {
    switch (direction) {
        case enums_1.Direction.OUTGOING:
            return `(${from})-[${rel}${typeList}]->(${to})`;
        case enums_1.Direction.INCOMING:
            return `(${from})<-[${rel}${typeList}]-(${to})`;
        case enums_1.Direction.BOTH:
            return `(${from})-[${rel}${typeList}]-(${to})`;
    }
}
/**
 * True when relationship `rel` holds on the day `$asOf` (a "YYYY-MM-DD" parameter), or always when
 * `$asOf` is null. validFrom/validTo are stored by the loader from since/until and their precision,
 * inclusive at both ends; an open end always counts.
 */
function asOfPredicate(rel) {
    return `($asOf IS NULL OR ((${rel}.validFrom IS NULL OR ${rel}.validFrom <= date($asOf)) AND (${rel}.validTo IS NULL OR ${rel}.validTo >= date($asOf))))`;
}
