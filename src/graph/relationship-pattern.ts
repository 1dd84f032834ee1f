import { Direction, RelationshipType } from './enums';
import { followedTypes, relationshipConditions, relationshipPattern, type Evidence, type RelationshipFilter, type SystemTime } from './relationship-filter';

/* The pattern of an entity's relationships that `Entity.relationships`, `degree` and the typed fields match. */

/** Which relationships of an entity to read. */
export interface RelationshipSelection extends Evidence, SystemTime {
  types: readonly RelationshipType[] | null;
  direction: Direction;
  /** "YYYY-MM-DD": only relationships valid on that day. */
  asOf: string | null;
}

/** The sort key of relationship `r` to `other`, as Cypher: type, the other end's name, id (a name is missing only on an erased entity). */
export function relationshipKey(r: string, other: string): string[] {
  return [`type(${r})`, `coalesce(${other}.name, '')`, `${r}.id`];
}

/** An entity's own relationships: every type unless named, provenance included (unlike paths). */
function filterOf(selection: RelationshipSelection): RelationshipFilter {
  return { ...selection, types: followedTypes(selection.types, { excludeByDefault: [] }) };
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
