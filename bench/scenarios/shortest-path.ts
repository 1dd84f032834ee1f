import { followedTypes } from '../../src/graph/relationship-filter';
import { EntityType } from '../../src/schema/enums';
import type { GraphPlan } from '../generate/plan';
import { cycle, pool, randomIdAmong, type Scenario } from './types';

const TYPES = followedTypes().join('|');
// Sources connect only through provenance edges, which paths leave out: they would never be reached.
const KINDS = [EntityType.PERSON, EntityType.ORGANIZATION, EntityType.EVENT, EntityType.PRODUCT, EntityType.COUNTRY, EntityType.TOPIC];

/**
 * A shortest path (at most 6 hops, provenance left out) between two random entities. The floor takes
 * any one shortest path (SHORTEST 1); the API also makes the answer deterministic among equally short
 * paths (fewest topics and countries on it, then ids), which costs it every shortest path.
 */
export function shortestPathScenario(plan: GraphPlan): Scenario {
  const pairs = pool(plan, 'shortestPath', (rng) => [randomIdAmong(plan, rng, KINDS), randomIdAmong(plan, rng, KINDS)] as const);
  return {
    name: 'shortestPath',
    question: 'a shortest path of at most 6 relationships between two random entities',
    api: (i) => ({
      operationName: 'ShortestPath',
      query: `query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) { length nodes { id type name } relationships { id type from { id } to { id } } }
}`,
      variables: { from: cycle(pairs, i)[0], to: cycle(pairs, i)[1] },
    }),
    cypher: (i) => ({
      cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:${TYPES}]-{0,6}(b)
RETURN [n IN nodes(p) | n {.id, .name, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships`,
      params: { from: cycle(pairs, i)[0], to: cycle(pairs, i)[1] },
    }),
    neo4jGraphql: (i) => ({
      operationName: 'ShortestPath',
      query: `query ShortestPath($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { id name } }`,
      variables: { from: cycle(pairs, i)[0], to: cycle(pairs, i)[1] },
    }),
    neo4jGraphqlNote: 'a @cypher query field with shortestPath((a)-[:T*..6]-(b)); nodes only',
  };
}
