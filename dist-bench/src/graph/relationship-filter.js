"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.isRelationshipType = isRelationshipType;
exports.followedTypes = followedTypes;
exports.typeAlternation = typeAlternation;
exports.cypherVariable = cypherVariable;
exports.asOfPredicate = asOfPredicate;
exports.dateParam = dateParam;
exports.relationshipPattern = relationshipPattern;
exports.relationshipFilterParams = relationshipFilterParams;
const neo4j_driver_1 = __importDefault(require("neo4j-driver"));
const enums_1 = require("../schema/enums");
/*
 * Pure helpers for filtering relationships in Cypher: which types to follow and which are valid on a
 * day. Types are spliced into the query text (Cypher has no parameter for a relationship type), so
 * every one goes through the allow-list below; everything else is a parameter.
 */
const ALLOWED_TYPES = new Set(Object.values(enums_1.RelationshipType));
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function isRelationshipType(value) {
    return typeof value === 'string' && ALLOWED_TYPES.has(value);
}
/**
 * The types to follow: exactly `types` when given (deduplicated, in enum order so the query text is
 * stable for the plan cache), else every type but `excludeByDefault`. Throws on a non-member.
 */
function followedTypes(types, { excludeByDefault = enums_1.PROVENANCE_TYPES } = {}) {
    if (types === null || types === undefined) {
        return Object.values(enums_1.RelationshipType).filter((type) => !excludeByDefault.includes(type));
    }
    for (const type of types) {
        if (!isRelationshipType(type))
            throw new TypeError(`not a relationship type: ${JSON.stringify(type)}`);
    }
    return Object.values(enums_1.RelationshipType).filter((type) => types.includes(type));
}
/** `A|B|C` for a relationship pattern `[r:A|B|C]`; refuses anything outside the enum, and an empty list. */
function typeAlternation(types) {
    if (types.length === 0)
        throw new RangeError('at least one relationship type is needed');
    for (const type of types) {
        if (!isRelationshipType(type))
            throw new TypeError(`not a relationship type: ${JSON.stringify(type)}`);
    }
    return types.join('|');
}
/** A Cypher variable name: only ever our own literals, checked so a typo cannot become an injection. */
function cypherVariable(name) {
    if (!IDENTIFIER.test(name))
        throw new TypeError(`not a Cypher identifier: ${JSON.stringify(name)}`);
    return name;
}
/**
 * True when relationship `variable` is valid on the day in parameter `$param`. `validFrom` and
 * `validTo` are absent on open ends, and `validTo` is inclusive (the last day of `until`'s period).
 */
function asOfPredicate(variable, param = 'asOf') {
    const r = cypherVariable(variable);
    const p = cypherVariable(param);
    return `(${r}.validFrom IS NULL OR ${r}.validFrom <= $${p}) AND (${r}.validTo IS NULL OR ${r}.validTo >= $${p})`;
}
/** "YYYY-MM-DD" as a Neo4j DATE parameter, so the comparison with the stored DATE needs no conversion. */
function dateParam(isoDay) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
    if (match === null)
        throw new RangeError(`not a YYYY-MM-DD day: ${JSON.stringify(isoDay)}`);
    return new neo4j_driver_1.default.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
}
/**
 * The inside of a relationship pattern: `r:A|B WHERE <asOf>` (the WHERE only with a day), so Neo4j
 * prunes while it expands rather than after. Pair it with {@link relationshipFilterParams}.
 */
function relationshipPattern(variable, filter, param = 'asOf') {
    const head = `${cypherVariable(variable)}:${typeAlternation(filter.types)}`;
    return filter.asOf === null ? head : `${head} WHERE ${asOfPredicate(variable, param)}`;
}
/** The parameters that {@link relationshipPattern} refers to. */
function relationshipFilterParams(filter, param = 'asOf') {
    return filter.asOf === null ? {} : { [cypherVariable(param)]: dateParam(filter.asOf) };
}
