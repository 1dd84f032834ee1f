import type { CypherQuery, CypherRunner } from './cypher-runner';
import { factBranches, factSources } from './plan/fields/source';
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
 * Facts are found by the `sources` and `propertySources` lists the loader stores on every node and
 * relationship, through the `*_fact_sources` indexes, by the branches the planner's `Source.facts`
 * uses (`plan/fields/source.ts`). Ordered by kind, then id, so pages are stable; each source's page is
 * a top-k over its facts and its total a count apart, and only the page's facts are projected.
 */
export function factPagesQuery(sourceIds: readonly string[], selection: FactSelection): CypherQuery {
  const names = { e: 'e', r: 'r', p: 'p', property: 'property', sources: 'sources' };
  return {
    name: 'source.facts',
    cypher: `UNWIND $sourceIds AS source
WITH source,
  COLLECT { CALL (source) { ${factBranches(names, 'source', '$exclusive', null, 'fact')} }
    WITH fact WHERE $after IS NULL OR fact.key > $after
    WITH fact ORDER BY fact.key LIMIT $limit RETURN fact } AS page,
  COUNT { CALL (source) { ${factBranches(names, 'source', '$exclusive', null, 'fact', true)} } RETURN fact } AS total
RETURN source, total, [fact IN page | {kind: fact.kind, key: fact.key, entityId: fact.entity.id, property: fact.property,
  sources: ${factSources('fact')}, rel: head([r IN CASE WHEN fact.rel IS NULL THEN [] ELSE [fact.rel] END | ${relationshipProjection('r')}])}] AS page`,
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
