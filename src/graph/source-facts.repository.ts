import type { CypherQuery, CypherRunner } from './cypher-runner';
import { liveEntity, liveRelationship } from './live';
import { factIndexQueries } from './plan/fields/source';
import { relationshipProjection, toRelationshipRecord, type RelationshipRecord } from './records';
import { int, toNumber, toStringList } from './values';

export type FactKind = 'ENTITY' | 'RELATIONSHIP' | 'ENTITY_PROPERTY' | 'RELATIONSHIP_PROPERTY';

/** One fact resting on a source: an entity, a relationship, or one property of either. */
export interface FactRecord {
  kind: FactKind;
  entityId: string | null;
  relationship: RelationshipRecord | null;
  property: string | null;
  /** Every source of this fact, the one asked about included. */
  sourceIds: string[];
}

export interface FactPage {
  /** The page, and one fact more when there is a next page. */
  facts: Array<FactRecord & { key: string }>;
  totalCount: number;
}

export interface FactSelection {
  /** Only facts that rest on this source alone. */
  exclusive: boolean;
  /** The sort key of the fact to start after; null for the first page. */
  after: string | null;
  first: number;
}

/*
 * Facts are found by the `sources` and `propertySources` ("property:sourceId") lists the loader stores
 * on every node and relationship, through the `*_fact_sources` indexes (see `plan/fields/source.ts`).
 * Ordered by kind, then id, so pages are stable.
 */
export function factPagesQuery(sourceIds: readonly string[], selection: FactSelection): CypherQuery {
  const queries = factIndexQueries('source');
  return {
    name: 'source.facts',
    cypher: `UNWIND $sourceIds AS source
CALL (source) {
  CALL db.index.fulltext.queryNodes('entity_fact_sources', ${queries.whole}) YIELD node AS e
  WITH e WHERE ${liveEntity('e')} AND source IN e.sources AND (NOT $exclusive OR e.sources = [source])
  RETURN {kind: 'ENTITY', key: '0 ' + e.id, entityId: e.id, rel: null, property: null, sources: e.sources} AS fact
  UNION ALL
  CALL db.index.fulltext.queryRelationships('relationship_fact_sources', ${queries.whole}) YIELD relationship AS r
  WITH r WHERE ${liveRelationship('r')} AND source IN r.sources AND (NOT $exclusive OR r.sources = [source])
  RETURN {kind: 'RELATIONSHIP', key: '1 ' + r.id, entityId: null, rel: ${relationshipProjection('r')}, property: null, sources: r.sources} AS fact
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_fact_sources', ${queries.property}) YIELD node AS e
  WITH e WHERE ${liveEntity('e')} AND any(p IN e.propertySources WHERE p ENDS WITH ':' + source)
  UNWIND [p IN e.propertySources WHERE p ENDS WITH ':' + source | split(p, ':')[0]] AS property
  WITH e, property, [p IN e.propertySources WHERE p STARTS WITH property + ':' | substring(p, size(property) + 1)] AS sources
  WHERE NOT $exclusive OR sources = [source]
  RETURN {kind: 'ENTITY_PROPERTY', key: '2 ' + e.id + ' ' + property, entityId: e.id, rel: null, property: property, sources: sources} AS fact
  UNION ALL
  CALL db.index.fulltext.queryRelationships('relationship_fact_sources', ${queries.property}) YIELD relationship AS r
  WITH r WHERE ${liveRelationship('r')} AND any(p IN r.propertySources WHERE p ENDS WITH ':' + source)
  UNWIND [p IN r.propertySources WHERE p ENDS WITH ':' + source | split(p, ':')[0]] AS property
  WITH r, property, [p IN r.propertySources WHERE p STARTS WITH property + ':' | substring(p, size(property) + 1)] AS sources
  WHERE NOT $exclusive OR sources = [source]
  RETURN {kind: 'RELATIONSHIP_PROPERTY', key: '3 ' + r.id + ' ' + property, entityId: null, rel: ${relationshipProjection('r')}, property: property, sources: sources} AS fact
}
WITH source, fact ORDER BY fact.key
WITH source, collect(fact) AS items
RETURN source, size(items) AS total, [fact IN items WHERE $after IS NULL OR fact.key > $after][..$limit] AS page`,
    params: { sourceIds: [...new Set(sourceIds)], exclusive: selection.exclusive, after: selection.after, limit: int(selection.first + 1) },
  };
}

export class SourceFactsRepository {
  constructor(private readonly runner: CypherRunner) {}

  async pages(sourceIds: readonly string[], selection: FactSelection): Promise<Map<string, FactPage>> {
    const result = await this.runner.read(factPagesQuery(sourceIds, selection));
    const pages = new Map<string, FactPage>();
    for (const record of result.records) {
      const raw = record.get('page') as Array<Record<string, unknown>>;
      pages.set(record.get('source') as string, { facts: raw.map((fact) => ({ ...toFact(fact), key: fact.key as string })), totalCount: toNumber(record.get('total')) });
    }
    return pages;
  }
}

function toFact(raw: Record<string, unknown>): FactRecord {
  return {
    kind: raw.kind as FactKind,
    entityId: (raw.entityId as string | null) ?? null,
    relationship: raw.rel === null ? null : toRelationshipRecord(raw.rel as Record<string, unknown>),
    property: (raw.property as string | null) ?? null,
    sourceIds: toStringList(raw.sources),
  };
}
