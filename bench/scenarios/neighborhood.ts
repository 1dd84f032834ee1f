import neo4j from 'neo4j-driver';
import { followedTypes } from '../../src/graph/relationship-filter';
import { EntityType } from '../../src/schema/enums';
import type { GraphPlan } from '../generate/plan';
import { cycle, pool, randomIdAmong, type Scenario } from './types';

const TYPES = followedTypes().join('|');
const KINDS = [EntityType.PERSON, EntityType.ORGANIZATION, EntityType.EVENT, EntityType.PRODUCT, EntityType.COUNTRY, EntityType.TOPIC];

/**
 * Breadth-first to depth 2, at most 200 entities nearest first then by name, and the relationships
 * walked: the API's definition. The floor is written to that definition with nothing extra: two
 * levels spelled out, compact projections, no ordering of the relationships.
 */
const FLOOR = `MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[:${TYPES}]-(n) WHERE n <> c
  WITH DISTINCT n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect(n) AS l1
}
WITH c, l1[0..$limit - 1] AS kept1, size(l1) > $limit - 1 AS cut1
CALL (c, kept1, cut1) {
  UNWIND CASE WHEN cut1 THEN [] ELSE kept1 END AS f
  MATCH (f)-[:${TYPES}]-(n) WHERE n <> c AND NOT n IN kept1
  WITH DISTINCT n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect(n) AS l2
}
WITH c, kept1, cut1, l2, $limit - 1 - size(kept1) AS room
WITH [c] + kept1 + l2[0..room] AS kept, CASE WHEN cut1 THEN [c] ELSE [c] + kept1 END AS expanded, cut1 OR size(l2) > room AS truncated
CALL (kept, expanded) {
  UNWIND expanded AS x
  MATCH (x)-[r:${TYPES}]-(y) WHERE y IN kept
  WITH DISTINCT r
  RETURN collect({id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relationships
}
RETURN [n IN kept | n {.id, .name, labels: labels(n)}] AS nodes, relationships, truncated`;

export function neighborhoodScenario(plan: GraphPlan): Scenario {
  const ids = pool(plan, 'neighborhood', (rng) => randomIdAmong(plan, rng, KINDS));
  return {
    name: 'neighborhood',
    question: 'entities within 2 relationships (provenance left out), at most 200, and the relationships among them',
    api: (i) => ({
      operationName: 'Neighborhood',
      query: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id type name } relationships { id type from { id } to { id } } }
}`,
      variables: { id: cycle(ids, i) },
    }),
    cypher: (i) => ({ cypher: FLOOR, params: { id: cycle(ids, i), limit: neo4j.int(200) } }),
    neo4jGraphql: (i) => ({
      operationName: 'Neighborhood',
      query: `query Neighborhood($id: ID!) { neighborhood(id: $id, limit: 200) { id name } }`,
      variables: { id: cycle(ids, i) },
    }),
    neo4jGraphqlNote: 'a @cypher query field with a variable-length pattern *1..2, as users write it; nodes only',
  };
}
