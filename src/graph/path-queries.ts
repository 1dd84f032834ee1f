import type { QueryResult } from 'neo4j-driver';
import type { CypherQuery } from './cypher-runner';
import { liveEntity } from './live';
import type { PlanCompiler } from './plan/compile';
import { decodeList } from './plan/fields/lists';
import { newCompiler, type PlannedQuery } from './plan/run';
import type { TypeSelection } from './plan/selection';
import { relationshipConditions, relationshipFilterParams, relationshipPattern, typeAlternation, type RelationshipFilter } from './relationship-filter';
import { EntityType, LABEL_OF_TYPE } from '../schema/enums';

export interface PathEnds extends RelationshipFilter {
  from: string;
  to: string;
  /** Most relationships on a path (checked by the resolver against BOUNDS). */
  maxHops: number;
}

export interface PathsParams extends PathEnds {
  /** Most paths returned. */
  first: number;
}

/*
 * Quantifier bounds and the k of `SHORTEST k` must be literals in Neo4j 5.26 (no parameters there),
 * so these numbers are spliced: only after this check.
 */
function literalCount(name: string, value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return String(value);
}

/*
 * Among equally short paths, those through shared subjects and places (topics, countries and
 * regions) come last: "both concern AI safety" is a weaker link than a person, an institution or an
 * event they share. Node ids then break the remaining ties, so answers are the same on every run.
 */
const CONTEXT_LABELS = [LABEL_OF_TYPE[EntityType.TOPIC], LABEL_OF_TYPE[EntityType.COUNTRY]];
const CONTEXT_NODES = `size([n IN nodes(p) WHERE ${CONTEXT_LABELS.map((label) => `n:${label}`).join(' OR ')}])`;
const PATH_ORDER = `length(p), ${CONTEXT_NODES}, [n IN nodes(p) | n.id]`;

/*
 * Both ends are looked up with OPTIONAL MATCH so that one round trip tells a missing end (false flag)
 * from "no path". `collect` always yields one row, found or not. Nodes come in path order and each
 * relationship keeps its stored direction in the projection (startNode/endNode), whichever way the
 * path walked it.
 */
const ends = (knownAtParam: string | null) => `OPTIONAL MATCH (a:Entity {id: $from}) WHERE ${liveEntity('a', knownAtParam)}
OPTIONAL MATCH (b:Entity {id: $to}) WHERE ${liveEntity('b', knownAtParam)}`;
/** What a path query found; `missing` names the ends that do not exist, so the caller can say which. */
export interface PathSearch {
  missing: Array<'from' | 'to'>;
  paths: object[];
}

/** The found paths, each projected as the `Path` selection asks, and whether each end exists. */
function returnPaths(compiler: PlanCompiler, selection: TypeSelection): { cypher: string; decode: (result: QueryResult) => PathSearch } {
  const path = compiler.valueObject(selection, 'Path', { length: 'length(p)' }, {
    nodes: (field) => {
      const node = compiler.entity('pn', field.selection!);
      return { cypher: `[pn IN nodes(p) | ${node.cypher}]`, decode: decodeList(node.decode) };
    },
    relationships: (field) => {
      const relationship = compiler.relationship('pr', field.selection!);
      return { cypher: `[pr IN relationships(p) | ${relationship.cypher}]`, decode: decodeList(relationship.decode) };
    },
  });
  return {
    cypher: `RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, [p IN found | ${path.cypher}] AS paths`,
    decode: (result) => {
      const record = result.records[0];
      if (record === undefined) throw new Error('a path query returned no row');
      const missing: PathSearch['missing'] = [];
      if (record.get('fromFound') !== true) missing.push('from');
      if (record.get('toFound') !== true) missing.push('to');
      return { missing, paths: decodeList(path.decode)(record.get('paths')) };
    },
  };
}

function planned(query: CypherQuery, decode: (result: QueryResult) => PathSearch): PlannedQuery<PathSearch> {
  return { query, decode };
}

function endParams(params: PathEnds): Record<string, unknown> {
  return { from: params.from, to: params.to, ...relationshipFilterParams(params) };
}

/**
 * One shortest path, direction ignored. `*0..n` makes from == to a path of length 0. All shortest
 * paths rather than one, so ties are broken by {@link PATH_ORDER}, not by the order of the store.
 * `allShortestPaths` with the conditions (live, asOf, evidence) as one `all(...)` over the path's
 * relationships, rather than `ALL SHORTEST` with a WHERE inside the pattern: Neo4j 5.26 checks the
 * `all(...)` while its bidirectional search expands, whereas any WHERE inside a quantified pattern
 * moves it to a slower search (measured on the 100k bench graph: 17 ms against 99 ms a query, and
 * 25 ms for the pattern without a WHERE).
 */
export function shortestPathQuery(params: PathEnds, selection: TypeSelection): PlannedQuery<PathSearch> {
  const maxHops = literalCount('maxHops', params.maxHops);
  const compiler = newCompiler(params.knownAt ?? null);
  const paths = returnPaths(compiler, selection);
  return planned({
    name: 'traversal.shortestPath',
    cypher: `${ends(compiler.knownAtParam)}
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[r:${typeAlternation(params.types)}*0..${maxHops}]-(b))
  WHERE all(x IN r WHERE ${relationshipConditions('x', params).join(' AND ')})
  WITH p
  ORDER BY ${PATH_ORDER}
  LIMIT 1
  RETURN collect(p) AS found
}
${paths.cypher}`,
    params: { ...compiler.params, ...endParams(params) },
  }, paths.decode);
}

/**
 * Up to `first` simple paths, shortest first. `SHORTEST k` walks trails (no repeated relationship);
 * the predicate on the group variable `y` (every node after `a`) makes them simple, and it sits inside
 * the selective pattern so it filters before the k are chosen. With from == to the only simple path
 * is the one of length 0.
 */
export function pathsQuery(params: PathsParams, selection: TypeSelection): PlannedQuery<PathSearch> {
  const maxHops = literalCount('maxHops', params.maxHops);
  const first = literalCount('first', params.first);
  const compiler = newCompiler(params.knownAt ?? null);
  const paths = returnPaths(compiler, selection);
  return planned({
    name: 'traversal.paths',
    cypher: `${ends(compiler.knownAtParam)}
CALL (a, b) {
  MATCH p = SHORTEST ${first} (
    (a) ((x)-[${relationshipPattern('r', params)}]-(y)){0,${maxHops}} (b)
    WHERE all(n IN y WHERE single(m IN [a] + y WHERE m = n))
  )
  WITH p
  ORDER BY ${PATH_ORDER}
  RETURN collect(p) AS found
}
${paths.cypher}`,
    params: { ...compiler.params, ...endParams(params) },
  }, paths.decode);
}
