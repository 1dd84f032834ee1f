"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RelationshipRepository = void 0;
exports.relationshipPagesQuery = relationshipPagesQuery;
exports.relatedQuery = relatedQuery;
const records_1 = require("./records");
const relationship_pattern_1 = require("./relationship-pattern");
const values_1 = require("./values");
/**
 * One query for the relationships of many entities: a page (offset, first) of each, and each one's
 * total. Ordered by type, then the other end's name, then id, so pages are stable.
 */
function relationshipPagesQuery(ids, selection, offset, first) {
    return {
        name: 'relationships.pages',
        cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH ${(0, relationship_pattern_1.directedPattern)(selection.direction, 'e', 'r', 'other', (0, relationship_pattern_1.relationshipTypes)(selection.types))}
  WHERE ${(0, relationship_pattern_1.asOfPredicate)('r')}
  WITH r, other ORDER BY type(r), other.name, r.id
  WITH collect(CASE WHEN r IS NULL THEN null ELSE {rel: ${(0, records_1.relationshipProjection)('r')}, otherId: other.id} END) AS items
  RETURN size(items) AS total, items[$offset..$end] AS page
}
RETURN id, total, page`,
        params: { ids: [...new Set(ids)], asOf: selection.asOf, offset: (0, values_1.int)(offset), end: (0, values_1.int)(offset + first) },
    };
}
/** Every relationship of the selection for many entities, for the typed fields. */
function relatedQuery(ids, selection, limit) {
    return {
        name: 'relationships.related',
        cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH ${(0, relationship_pattern_1.directedPattern)(selection.direction, 'e', 'r', 'other', (0, relationship_pattern_1.relationshipTypes)(selection.types))}
  WHERE ${(0, relationship_pattern_1.asOfPredicate)('r')}
  WITH r, other ORDER BY coalesce(other.startDate, r.since), other.name, r.id
  LIMIT $limit
  RETURN collect({rel: ${(0, records_1.relationshipProjection)('r')}, otherId: other.id}) AS related
}
RETURN id, related`,
        params: { ids: [...new Set(ids)], asOf: selection.asOf, limit: (0, values_1.int)(limit) },
    };
}
class RelationshipRepository {
    runner;
    constructor(runner) {
        this.runner = runner;
    }
    async pages(ids, selection, offset, first) {
        const result = await this.runner.read(relationshipPagesQuery(ids, selection, offset, first));
        const pages = new Map();
        for (const record of result.records) {
            const page = record.get('page').filter((edge) => edge !== null);
            pages.set(record.get('id'), { edges: page.map(toEdge), totalCount: (0, values_1.toNumber)(record.get('total')) });
        }
        return pages;
    }
    async related(ids, selection, limit) {
        const result = await this.runner.read(relatedQuery(ids, selection, limit));
        const related = new Map();
        for (const record of result.records) {
            related.set(record.get('id'), record.get('related').map(toEdge));
        }
        return related;
    }
}
exports.RelationshipRepository = RelationshipRepository;
function toEdge(raw) {
    return { relationship: (0, records_1.toRelationshipRecord)(raw.rel), otherId: raw.otherId };
}
