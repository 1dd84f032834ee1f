import neo4j, { type Date as Neo4jDate, type DateTime as Neo4jDateTime } from 'neo4j-driver';
import { PROVENANCE_TYPES, RelationshipType } from './enums';
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

/** Which facts count as evidenced enough: the evidence filters of every relationship-reading field. */
export interface Evidence {
  /** Only facts citing at least this many distinct sources. */
  minSources?: number | null;
  /** Only facts citing at least one of these sources. */
  sources?: readonly string[] | null;
}

/** System time: the graph as it stood at a moment. */
export interface SystemTime {
  /** The moment; null or absent for now. */
  knownAt?: Date | null;
}

/**
 * A `knownAt` moment as a Neo4j DATETIME parameter, at the last nanosecond of its millisecond: a
 * client's date-time has milliseconds, the stored times have nanoseconds, and a fact recorded during
 * the millisecond a client names (the `at` of a revision, say) is known at it.
 */
export function knownAtParam(moment: Date): Neo4jDateTime<number> {
  const nanos = moment.getUTCMilliseconds() * 1_000_000 + 999_999;
  return new neo4j.types.DateTime(
    moment.getUTCFullYear(), moment.getUTCMonth() + 1, moment.getUTCDate(),
    moment.getUTCHours(), moment.getUTCMinutes(), moment.getUTCSeconds(), nanos, 0,
  );
}

export interface RelationshipFilter extends Evidence, SystemTime {
  /** Types to follow; every one a member of the enum. */
  types: readonly RelationshipType[];
  /** The day ("YYYY-MM-DD") relationships must be valid on; null for all of them. */
  asOf: string | null;
}

/**
 * The facts in `variable` (a relationship or an entity, both keep their `sources`) that pass the
 * evidence filters, whose values are the parameters `$<param>MinSources` and `$<param>Sources`; null
 * when no filter is set. Sources are stored distinct (the loader and the write path add them as a
 * union), so their count is the list's size.
 */
export function evidencePredicate(variable: string, evidence: Evidence, param: string): string | null {
  const v = cypherVariable(variable);
  const p = cypherVariable(param);
  const conditions: string[] = [];
  if (evidence.minSources !== null && evidence.minSources !== undefined) conditions.push(`size(coalesce(${v}.sources, [])) >= $${p}MinSources`);
  if (evidence.sources !== null && evidence.sources !== undefined) conditions.push(`any(source IN ${v}.sources WHERE source IN $${p}Sources)`);
  return conditions.length === 0 ? null : conditions.join(' AND ');
}

/** The parameters of {@link evidencePredicate}. */
export function evidenceParams(evidence: Evidence, param: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  if (evidence.minSources !== null && evidence.minSources !== undefined) params[`${cypherVariable(param)}MinSources`] = neo4j.int(evidence.minSources);
  if (evidence.sources !== null && evidence.sources !== undefined) params[`${cypherVariable(param)}Sources`] = [...evidence.sources];
  return params;
}

/**
 * The conditions on relationship `variable` of a filter: live (not retracted; with `knownAt`, known
 * then, the moment in `$<param>KnownAt`), the day it must hold on, and the evidence.
 */
export function relationshipConditions(variable: string, filter: Evidence & SystemTime & { asOf: string | null; types?: unknown }, param = 'asOf'): string[] {
  const known = filter.knownAt === null || filter.knownAt === undefined ? null : `$${cypherVariable(param)}KnownAt`;
  const conditions: string[] = [liveRelationship(variable, known)];
  if (filter.asOf !== null) conditions.push(asOfPredicate(variable, param));
  const evidence = evidencePredicate(variable, filter, param);
  if (evidence !== null) conditions.push(evidence);
  return conditions;
}

/**
 * The inside of a relationship pattern: `r:A|B WHERE <live> [AND <asOf>] [AND <evidence>]`, so Neo4j
 * prunes while it expands rather than after. Pair it with {@link relationshipFilterParams}.
 */
export function relationshipPattern(variable: string, filter: RelationshipFilter, param = 'asOf'): string {
  const head = `${cypherVariable(variable)}:${typeAlternation(filter.types)}`;
  return `${head} WHERE ${relationshipConditions(variable, filter, param).join(' AND ')}`;
}

/** The parameters that {@link relationshipPattern} refers to. */
export function relationshipFilterParams(filter: Evidence & SystemTime & { asOf: string | null; types?: unknown }, param = 'asOf'): Record<string, unknown> {
  return {
    ...(filter.asOf === null ? {} : { [cypherVariable(param)]: dateParam(filter.asOf) }),
    ...evidenceParams(filter, param),
    ...(filter.knownAt === null || filter.knownAt === undefined ? {} : { [`${cypherVariable(param)}KnownAt`]: knownAtParam(filter.knownAt) }),
  };
}
