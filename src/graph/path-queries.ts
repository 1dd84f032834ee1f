import type { QueryResult } from 'neo4j-driver';
import type { CypherQuery } from './cypher-runner';
import { liveEntity } from './live';
import type { PlanCompiler } from './plan/compile';
import { decodeList } from './plan/fields/lists';
import { newCompiler, type PlannedQuery } from './plan/run';
import type { TypeSelection } from './plan/selection';
import { relationshipConditions, relationshipFilterParams, relationshipPattern, typeAlternation, type RelationshipFilter } from './relationship-filter';
import { EntityType, LABEL_OF_TYPE } from './enums';
import { int } from './values';

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
 * `maxHops` shapes the query's text (a quantifier bound, which Neo4j 5.26 takes only as a literal,
 * or one branch per length), so it is checked here before it is written into the query; `first`
 * is checked the same way and passed as the `$first` parameter.
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

/** How many equally short paths `shortestPath` orders to choose its answer. */
export const SHORTEST_PATH_TIES = 64;

/**
 * One shortest path, direction ignored. `*0..n` makes from == to a path of length 0. All shortest
 * paths rather than one, so ties are broken by {@link PATH_ORDER}, not by the order of the store.
 * `allShortestPaths` with the conditions (live, asOf, evidence) as one `all(...)` over the path's
 * relationships, rather than `ALL SHORTEST` with a WHERE inside the pattern: Neo4j 5.26 checks the
 * `all(...)` while its bidirectional search expands, whereas any WHERE inside a quantified pattern
 * moves it to a slower search (measured on the 100k bench graph: 17 ms against 99 ms a query, and
 * 25 ms for the pattern without a WHERE). Ties are ordered among the first
 * {@link SHORTEST_PATH_TIES} found: two well-connected entities can be joined by thousands of equally
 * short paths, and ordering every one of them was most of the query's time at 200k entities.
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
  WITH p LIMIT ${SHORTEST_PATH_TIES}
  WITH p
  ORDER BY ${PATH_ORDER}
  LIMIT 1
  RETURN collect(p) AS found
}
${paths.cypher}`,
    params: { ...compiler.params, ...endParams(params) },
  }, paths.decode);
}

/*
 * `paths` looks at no more than this many paths of each length before ordering them: between two hubs
 * there are hundreds of thousands of paths of three hops, and each one seen costs time.
 */
export const PATH_CANDIDATES_PER_LENGTH = 1000;

/**
 * The paths of exactly `length` relationships from `a` to `b` that repeat no entity: the pattern
 * written out hop by hop, so Neo4j can expand from both ends and join in the middle, and the
 * conditions sit on each relationship, where they prune while it expands.
 */
function pathsOfLength(length: number, params: PathsParams): string {
  const nodes = ['a', ...Array.from({ length: length - 1 }, (_, i) => `n${i + 1}`), 'b'];
  const hops = nodes.slice(1).map((node, i) => `-[${relationshipPattern(`r${i + 1}`, params)}]-(${node})`).join('');
  const distinct = nodes.flatMap((node, i) => nodes.slice(i + 1).map((other) => `${node} <> ${other}`));
  return `MATCH p = (a)${hops}
    WHERE ${distinct.join(' AND ')}
    WITH p LIMIT $candidates
    WITH p ORDER BY ${CONTEXT_NODES}, [n IN nodes(p) | n.id] LIMIT $first
    RETURN p`;
}

/**
 * Up to `first` simple paths (no entity twice), shortest first. One branch per length, from 0 (from
 * == to, the only simple path then) to `maxHops`, joined by UNION ALL: Neo4j runs the branches in
 * order and lazily, so the outer LIMIT stops the search at the length that completes `first` paths,
 * and longer patterns through hubs are never expanded. Within a length, the first
 * {@link PATH_CANDIDATES_PER_LENGTH} paths found are ordered as {@link PATH_ORDER} says.
 *
 * Not `SHORTEST k` with a simple-path predicate: Neo4j 5.26 cannot prune with a predicate over the
 * group variable while it searches, so between two hubs it walked millions of trails (2.5 s at 200k
 * entities, past the 10 s timeout at 1M); this form answers the same hubs in about 100 ms at 200k.
 */
export function pathsQuery(params: PathsParams, selection: TypeSelection): PlannedQuery<PathSearch> {
  const maxHops = Number(literalCount('maxHops', params.maxHops));
  const first = Number(literalCount('first', params.first));
  const compiler = newCompiler(params.knownAt ?? null);
  const paths = returnPaths(compiler, selection);
  const branches = ['MATCH p = (a) WHERE a = b RETURN p'];
  for (let length = 1; length <= maxHops; length += 1) branches.push(pathsOfLength(length, params));
  return planned({
    name: 'traversal.paths',
    cypher: `${ends(compiler.knownAtParam)}
CALL (a, b) {
  CALL (a, b) {
    ${branches.join('\n    UNION ALL\n    ')}
  }
  WITH p LIMIT $first
  WITH p ORDER BY ${PATH_ORDER}
  RETURN collect(p) AS found
}
${paths.cypher}`,
    params: { ...compiler.params, ...endParams(params), first: int(first), candidates: int(PATH_CANDIDATES_PER_LENGTH) },
  }, paths.decode);
}
