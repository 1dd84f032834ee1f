"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SourceFactsRepository = void 0;
exports.factPagesQuery = factPagesQuery;
const records_1 = require("./records");
const values_1 = require("./values");
/*
 * Facts are found by the `sources` and `propertySources` ("property:sourceId") lists the loader stores
 * on every node and relationship. Ordered by kind, then id, so pages are stable.
 */
function factPagesQuery(sourceIds, selection) {
    return {
        name: 'source.facts',
        cypher: `UNWIND $sourceIds AS source
CALL (source) {
  MATCH (e:Entity) WHERE source IN e.sources AND (NOT $exclusive OR e.sources = [source])
  RETURN {kind: 'ENTITY', key: '0 ' + e.id, entityId: e.id, rel: null, property: null, sources: e.sources} AS fact
  UNION ALL
  MATCH ()-[r]->() WHERE source IN r.sources AND (NOT $exclusive OR r.sources = [source])
  RETURN {kind: 'RELATIONSHIP', key: '1 ' + r.id, entityId: null, rel: ${(0, records_1.relationshipProjection)('r')}, property: null, sources: r.sources} AS fact
  UNION ALL
  MATCH (e:Entity) WHERE any(p IN e.propertySources WHERE p ENDS WITH ':' + source)
  UNWIND [p IN e.propertySources WHERE p ENDS WITH ':' + source | split(p, ':')[0]] AS property
  WITH e, property, [p IN e.propertySources WHERE p STARTS WITH property + ':' | substring(p, size(property) + 1)] AS sources
  WHERE NOT $exclusive OR sources = [source]
  RETURN {kind: 'ENTITY_PROPERTY', key: '2 ' + e.id + ' ' + property, entityId: e.id, rel: null, property: property, sources: sources} AS fact
  UNION ALL
  MATCH ()-[r]->() WHERE any(p IN r.propertySources WHERE p ENDS WITH ':' + source)
  UNWIND [p IN r.propertySources WHERE p ENDS WITH ':' + source | split(p, ':')[0]] AS property
  WITH r, property, [p IN r.propertySources WHERE p STARTS WITH property + ':' | substring(p, size(property) + 1)] AS sources
  WHERE NOT $exclusive OR sources = [source]
  RETURN {kind: 'RELATIONSHIP_PROPERTY', key: '3 ' + r.id + ' ' + property, entityId: null, rel: ${(0, records_1.relationshipProjection)('r')}, property: property, sources: sources} AS fact
}
WITH source, fact ORDER BY fact.key
WITH source, collect(fact) AS items
RETURN source, size(items) AS total, items[$offset..$end] AS page`,
        params: { sourceIds: [...new Set(sourceIds)], exclusive: selection.exclusive, offset: (0, values_1.int)(selection.offset), end: (0, values_1.int)(selection.offset + selection.first) },
    };
}
class SourceFactsRepository {
    runner;
    constructor(runner) {
        this.runner = runner;
    }
    async pages(sourceIds, selection) {
        const result = await this.runner.read(factPagesQuery(sourceIds, selection));
        const pages = new Map();
        for (const record of result.records) {
            const raw = record.get('page');
            pages.set(record.get('source'), { facts: raw.map(toFact), totalCount: (0, values_1.toNumber)(record.get('total')) });
        }
        return pages;
    }
}
exports.SourceFactsRepository = SourceFactsRepository;
function toFact(raw) {
    return {
        kind: raw.kind,
        entityId: raw.entityId ?? null,
        relationship: raw.rel === null ? null : (0, records_1.toRelationshipRecord)(raw.rel),
        property: raw.property ?? null,
        sourceIds: (0, values_1.toStringList)(raw.sources),
    };
}
