import { Direction, RelationshipType } from './enums';
import type { CursorValue } from './cursor';
import { afterKey } from './seek';
import type { CypherQuery, CypherRunner } from './cypher-runner';
import { entityProjection, relationshipProjection, toEntityRecord, toRelationshipRecord, type EntityRecord, type RelationshipRecord } from './records';
import { followedTypes, relationshipConditions, relationshipFilterParams, relationshipPattern, type Evidence, type RelationshipFilter, type SystemTime } from './relationship-filter';
import { int, toNumber } from './values';

/** Which relationships of an entity to read: the arguments every entity in a batch shares. */
export interface RelationshipSelection extends Evidence, SystemTime {
  types: readonly RelationshipType[] | null;
  direction: Direction;
  /** "YYYY-MM-DD": only relationships valid on that day. */
  asOf: string | null;
}

export interface RelatedEdge {
  relationship: RelationshipRecord;
  /** The entity at the other end, seen from the one asked about. */
  otherId: string;
  /** That entity itself, read in the same query: the loaders prime the entity loader with it. */
  other: EntityRecord;
}

export interface RelationshipPage {
  /** The page, and one edge more when there is a next page. */
  edges: Array<RelatedEdge & { key: CursorValue[] }>;
  totalCount: number;
}

/** The sort key of relationship `r` to `other`, as Cypher: type, the other end's name, id (a name is missing only on an erased entity). */
export function relationshipKey(r: string, other: string): string[] {
  return [`type(${r})`, `coalesce(${other}.name, '')`, `${r}.id`];
}

/** An entity's own relationships: every type unless named, provenance included (unlike paths). */
function filterOf(selection: RelationshipSelection): RelationshipFilter {
  return { ...selection, types: followedTypes(selection.types, { excludeByDefault: [] }) };
}

/** `(e)-[r:T WHERE asOf]->(other)`, the arrow as `direction` asks, seen from `e`. */
function directed(selection: RelationshipSelection, other: string): string {
  return directedPattern({ from: 'e', relationship: 'r', to: other, asOfParam: 'asOf' }, selection);
}

/**
 * `(from)-[relationship:T WHERE asOf AND evidence]->(to)` with the arrow as `direction` asks, seen from
 * `from`; the day, when given, is the parameter named `asOfParam`, the evidence filters' are named
 * after it ({@link relationshipFilterParams}).
 */
export function directedPattern(
  names: { from: string; relationship: string; to: string; asOfParam: string },
  selection: RelationshipSelection,
): string {
  const { from, relationship: r, to, asOfParam } = names;
  // No types named means every type: then no type list at all, which Neo4j expands without testing
  // each relationship against 21 alternatives (a quarter of the page query's CPU, measured in bench/).
  const everyType = selection.types === null || selection.types === undefined;
  const conditions = relationshipConditions(r, selection, asOfParam);
  const rel = everyType ? `${r} WHERE ${conditions.join(' AND ')}` : relationshipPattern(r, filterOf(selection), asOfParam);
  switch (selection.direction) {
    case Direction.OUTGOING:
      return `(${from})-[${rel}]->(${to})`;
    case Direction.INCOMING:
      return `(${from})<-[${rel}]-(${to})`;
    case Direction.BOTH:
      return `(${from})-[${rel}]-(${to})`;
  }
}

/**
 * One query for the relationships of many entities: a page (after a key, first + 1 to tell whether
 * there is a next) of each, and each one's total. Ordered by type, then the other end's name, then id, so pages are stable. The total is a
 * count and the page a top-N sort, so a hub's other relationships are never built into maps; the page
 * carries the other ends, so `other` needs no further round trip.
 */
export function relationshipPagesQuery(
  ids: readonly string[],
  selection: RelationshipSelection,
  after: readonly CursorValue[] | null,
  first: number,
): CypherQuery {
  const pattern = directed(selection, 'other');
  const key = relationshipKey('r', 'other');
  return {
    name: 'relationships.pages',
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  RETURN COUNT { MATCH ${pattern} } AS total
}
CALL (e) {
  MATCH ${pattern}
  WITH r, other${after === null ? '' : ` WHERE ${afterKey(key, ['afterType', 'afterName', 'afterId'], false)}`}
  ORDER BY ${key.join(', ')} LIMIT $first
  RETURN collect({rel: ${relationshipProjection('r')}, otherId: other.id, other: ${entityProjection('other')}, key: [${key.join(', ')}]}) AS page
}
RETURN id, total, page`,
    params: {
      ids: [...new Set(ids)],
      ...relationshipFilterParams(filterOf(selection)),
      ...(after === null ? {} : { afterType: after[0], afterName: after[1], afterId: after[2] }),
      first: int(first + 1),
    },
  };
}

/** Every relationship of the selection for many entities, for the typed fields. */
export function relatedQuery(ids: readonly string[], selection: RelationshipSelection, limit: number): CypherQuery {
  return {
    name: 'relationships.related',
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH ${directed(selection, 'other')}
  WITH r, other ORDER BY coalesce(other.startDate, r.since), other.name, r.id
  LIMIT $limit
  RETURN collect({rel: ${relationshipProjection('r')}, otherId: other.id, other: ${entityProjection('other')}}) AS related
}
RETURN id, related`,
    params: { ids: [...new Set(ids)], ...relationshipFilterParams(filterOf(selection)), limit: int(limit) },
  };
}

export class RelationshipRepository {
  constructor(private readonly runner: CypherRunner) {}

  async pages(
    ids: readonly string[],
    selection: RelationshipSelection,
    after: readonly CursorValue[] | null,
    first: number,
  ): Promise<Map<string, RelationshipPage>> {
    const result = await this.runner.read(relationshipPagesQuery(ids, selection, after, first));
    const pages = new Map<string, RelationshipPage>();
    for (const record of result.records) {
      const page = (record.get('page') as Array<RawEdge | null>).filter((edge): edge is RawEdge => edge !== null);
      pages.set(record.get('id') as string, { edges: page.map((raw) => ({ ...toEdge(raw), key: raw.key })), totalCount: toNumber(record.get('total')) });
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
  key: CursorValue[];
  rel: Record<string, unknown>;
  otherId: string;
  other: Record<string, unknown>;
}

function toEdge(raw: RawEdge): RelatedEdge {
  return { relationship: toRelationshipRecord(raw.rel), otherId: raw.otherId, other: toEntityRecord(raw.other) };
}
