import neo4j, { type Date as Neo4jDate } from 'neo4j-driver';
import { PROVENANCE_TYPES, RelationshipType } from '../schema/enums';
import { liveRelationship } from './live';

/*
 * Pure helpers for filtering relationships in Cypher: which types to follow and which are valid on a
 * day. Types are spliced into the query text (Cypher has no parameter for a relationship type), so
 * every one goes through the allow-list below; everything else is a parameter.
 */

const ALLOWED_TYPES: ReadonlySet<string> = new Set(Object.values(RelationshipType));
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && ALLOWED_TYPES.has(value);
}

export interface FollowedTypesOptions {
  /**
   * Types left out when the caller names none. Defaults to the provenance edges (MENTIONED_IN,
   * AUTHORED): through the article every entity would be two hops from every other.
   */
  excludeByDefault?: readonly RelationshipType[];
}

/**
 * The types to follow: exactly `types` when given (deduplicated, in enum order so the query text is
 * stable for the plan cache), else every type but `excludeByDefault`. Throws on a non-member.
 */
export function followedTypes(
  types?: readonly RelationshipType[] | null,
  { excludeByDefault = PROVENANCE_TYPES }: FollowedTypesOptions = {},
): RelationshipType[] {
  if (types === null || types === undefined) {
    return Object.values(RelationshipType).filter((type) => !excludeByDefault.includes(type));
  }
  for (const type of types) {
    if (!isRelationshipType(type)) throw new TypeError(`not a relationship type: ${JSON.stringify(type)}`);
  }
  return Object.values(RelationshipType).filter((type) => types.includes(type));
}

/** `A|B|C` for a relationship pattern `[r:A|B|C]`; refuses anything outside the enum, and an empty list. */
export function typeAlternation(types: readonly RelationshipType[]): string {
  if (types.length === 0) throw new RangeError('at least one relationship type is needed');
  for (const type of types) {
    if (!isRelationshipType(type)) throw new TypeError(`not a relationship type: ${JSON.stringify(type)}`);
  }
  return types.join('|');
}

/** A Cypher variable name: only ever our own literals, checked so a typo cannot become an injection. */
export function cypherVariable(name: string): string {
  if (!IDENTIFIER.test(name)) throw new TypeError(`not a Cypher identifier: ${JSON.stringify(name)}`);
  return name;
}

/**
 * True when relationship `variable` is valid on the day in parameter `$param`. `validFrom` and
 * `validTo` are absent on open ends, and `validTo` is inclusive (the last day of `until`'s period).
 */
export function asOfPredicate(variable: string, param = 'asOf'): string {
  const r = cypherVariable(variable);
  const p = cypherVariable(param);
  return `(${r}.validFrom IS NULL OR ${r}.validFrom <= $${p}) AND (${r}.validTo IS NULL OR ${r}.validTo >= $${p})`;
}

/** "YYYY-MM-DD" as a Neo4j DATE parameter, so the comparison with the stored DATE needs no conversion. */
export function dateParam(isoDay: string): Neo4jDate<number> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (match === null) throw new RangeError(`not a YYYY-MM-DD day: ${JSON.stringify(isoDay)}`);
  return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
}

export interface RelationshipFilter {
  /** Types to follow; every one a member of the enum. */
  types: readonly RelationshipType[];
  /** The day ("YYYY-MM-DD") relationships must be valid on; null for all of them. */
  asOf: string | null;
}

/**
 * The inside of a relationship pattern: `r:A|B WHERE <live> [AND <asOf>]` (asOf only with a day), so Neo4j
 * prunes while it expands rather than after. Pair it with {@link relationshipFilterParams}.
 */
export function relationshipPattern(variable: string, filter: RelationshipFilter, param = 'asOf'): string {
  const head = `${cypherVariable(variable)}:${typeAlternation(filter.types)} WHERE ${liveRelationship(variable)}`;
  return filter.asOf === null ? head : `${head} AND ${asOfPredicate(variable, param)}`;
}

/** The parameters that {@link relationshipPattern} refers to. */
export function relationshipFilterParams(filter: RelationshipFilter, param = 'asOf'): Record<string, unknown> {
  return filter.asOf === null ? {} : { [cypherVariable(param)]: dateParam(filter.asOf) };
}
