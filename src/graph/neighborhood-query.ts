import { liveEntity } from './live';
import { decodeList } from './plan/fields/lists';
import { newCompiler, type PlannedQuery } from './plan/run';
import type { TypeSelection } from './plan/selection';
import { relationshipFilterParams, relationshipPattern, type RelationshipFilter } from './relationship-filter';
import { int } from './values';

export interface NeighborhoodParams extends RelationshipFilter {
  id: string;
  /** Levels of breadth-first expansion, 1..3 (checked by the resolver against BOUNDS). */
  depth: number;
  /** Most nodes returned, the centre included. */
  limit: number;
}

/**
 * One breadth-first level. Variable-length patterns (`*1..3`) enumerate every path, which explodes
 * around hubs; a level instead expands only the kept frontier, keeps each node once, and never takes
 * more than `$limit` new nodes. Ordering a level by name before the cut makes the result
 * deterministic: the first `limit` nodes by (distance, name, id). Once a level overflows, the frontier
 * is emptied so later levels expand nothing.
 */
function levelBlock(pattern: string): string {
  return `CALL (kept, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[${pattern}]-(n)
  WHERE NOT n IN kept
  WITH DISTINCT n
  ORDER BY n.name, n.id
  LIMIT $limit
  RETURN collect(n) AS found
}
WITH kept, frontier, expanded, found, truncated, $limit - size(kept) AS room
WITH kept + found[0..room] AS kept,
     CASE WHEN size(found) > room THEN [] ELSE found END AS frontier,
     expanded + frontier AS expanded,
     truncated OR size(found) > room AS truncated`;
}

/**
 * The neighbourhood of one entity in one round trip, projected as selected. No row means the centre
 * does not exist. Relationships are those the traversal walked: of the followed types (valid on
 * `asOf`, if given), from an expanded node to a returned one. Re-expanding only the expanded nodes
 * keeps this step's cost that of the traversal itself: a hub reached at the last level is never
 * expanded at all; it is skipped when no relationship is selected.
 */
export function neighborhoodQuery(params: NeighborhoodParams, selection: TypeSelection): PlannedQuery<object | null> {
  if (!Number.isInteger(params.depth) || params.depth < 1) throw new RangeError(`depth must be a positive integer, got ${params.depth}`);
  const pattern = relationshipPattern('r', params);
  const levels = Array.from({ length: params.depth }, () => levelBlock(pattern)).join('\n');
  const compiler = newCompiler(params.knownAt ?? null);
  let walked = false;
  const subgraph = compiler.valueObject(selection, 'Subgraph', { truncated: 'truncated' }, {
    nodes: (field) => {
      const node = compiler.entity('node', field.selection!);
      return { cypher: `[node IN kept | ${node.cypher}]`, decode: decodeList(node.decode) };
    },
    relationships: (field) => {
      walked = true;
      const relationship = compiler.relationship('rel', field.selection!);
      return { cypher: `[rel IN relationships | ${relationship.cypher}]`, decode: decodeList(relationship.decode) };
    },
  });
  const relationships = walked
    ? `CALL (kept, expanded) {
  UNWIND expanded AS x
  MATCH (x)-[${pattern}]-(y)
  WHERE y IN kept
  WITH DISTINCT r
  ORDER BY r.id
  RETURN collect(r) AS relationships
}`
    : '';
  return {
    query: {
      name: 'traversal.neighborhood',
      cypher: `MATCH (c:Entity {id: $id}) WHERE ${liveEntity('c', compiler.knownAtParam)}
WITH [c] AS kept, [c] AS frontier, [] AS expanded, false AS truncated
${levels}
${relationships}
RETURN ${subgraph.cypher} AS subgraph`,
      params: { ...compiler.params, id: params.id, limit: int(params.limit), ...relationshipFilterParams(params) },
    },
    decode: (result) => (result.records.length === 0 ? null : subgraph.decode(result.records[0].get('subgraph'))),
  };
}
