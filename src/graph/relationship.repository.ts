import { Direction, RelationshipType } from '../schema/enums';
import type { CypherQuery, CypherRunner } from './cypher-runner';
import { relationshipProjection, toRelationshipRecord, type RelationshipRecord } from './records';
import { asOfPredicate, directedPattern, relationshipTypes } from './relationship-pattern';
import { int, toNumber } from './values';

/** Which relationships of an entity to read: the arguments every entity in a batch shares. */
export interface RelationshipSelection {
  types: readonly RelationshipType[] | null;
  direction: Direction;
  /** "YYYY-MM-DD": only relationships valid on that day. */
  asOf: string | null;
}

export interface RelatedEdge {
  relationship: RelationshipRecord;
  /** The entity at the other end, seen from the one asked about. */
  otherId: string;
}

export interface RelationshipPage {
  edges: RelatedEdge[];
  totalCount: number;
}

/**
 * One query for the relationships of many entities: a page (offset, first) of each, and each one's
 * total. Ordered by type, then the other end's name, then id, so pages are stable.
 */
export function relationshipPagesQuery(
  ids: readonly string[],
  selection: RelationshipSelection,
  offset: number,
  first: number,
): CypherQuery {
  return {
    name: 'relationships.pages',
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH ${directedPattern(selection.direction, 'e', 'r', 'other', relationshipTypes(selection.types))}
  WHERE ${asOfPredicate('r')}
  WITH r, other ORDER BY type(r), other.name, r.id
  WITH collect(CASE WHEN r IS NULL THEN null ELSE {rel: ${relationshipProjection('r')}, otherId: other.id} END) AS items
  RETURN size(items) AS total, items[$offset..$end] AS page
}
RETURN id, total, page`,
    params: { ids: [...new Set(ids)], asOf: selection.asOf, offset: int(offset), end: int(offset + first) },
  };
}

/** Every relationship of the selection for many entities, for the typed fields. */
export function relatedQuery(ids: readonly string[], selection: RelationshipSelection, limit: number): CypherQuery {
  return {
    name: 'relationships.related',
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH ${directedPattern(selection.direction, 'e', 'r', 'other', relationshipTypes(selection.types))}
  WHERE ${asOfPredicate('r')}
  WITH r, other ORDER BY coalesce(other.startDate, r.since), other.name, r.id
  LIMIT $limit
  RETURN collect({rel: ${relationshipProjection('r')}, otherId: other.id}) AS related
}
RETURN id, related`,
    params: { ids: [...new Set(ids)], asOf: selection.asOf, limit: int(limit) },
  };
}

export class RelationshipRepository {
  constructor(private readonly runner: CypherRunner) {}

  async pages(
    ids: readonly string[],
    selection: RelationshipSelection,
    offset: number,
    first: number,
  ): Promise<Map<string, RelationshipPage>> {
    const result = await this.runner.read(relationshipPagesQuery(ids, selection, offset, first));
    const pages = new Map<string, RelationshipPage>();
    for (const record of result.records) {
      const page = (record.get('page') as Array<RawEdge | null>).filter((edge): edge is RawEdge => edge !== null);
      pages.set(record.get('id') as string, { edges: page.map(toEdge), totalCount: toNumber(record.get('total')) });
    }
    return pages;
  }

  async related(ids: readonly string[], selection: RelationshipSelection, limit: number): Promise<Map<string, RelatedEdge[]>> {
    const result = await this.runner.read(relatedQuery(ids, selection, limit));
    const related = new Map<string, RelatedEdge[]>();
    for (const record of result.records) {
      related.set(record.get('id') as string, (record.get('related') as RawEdge[]).map(toEdge));
    }
    return related;
  }
}

interface RawEdge {
  rel: Record<string, unknown>;
  otherId: string;
}

function toEdge(raw: RawEdge): RelatedEdge {
  return { relationship: toRelationshipRecord(raw.rel), otherId: raw.otherId };
}
