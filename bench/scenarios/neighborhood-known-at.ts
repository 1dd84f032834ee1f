import neo4j from 'neo4j-driver';
import { followedTypes, knownAtParam } from '../../src/graph/relationship-filter';
import { EntityType } from '../../src/schema/enums';
import type { GraphPlan } from '../generate/plan';
import { cycle, pool, randomIdAmong, type Scenario } from './types';

const TYPES = followedTypes().join('|');
const KINDS = [EntityType.PERSON, EntityType.ORGANIZATION, EntityType.EVENT, EntityType.PRODUCT, EntityType.COUNTRY, EntityType.TOPIC];

/** A fact's system-time check, as the API writes it (src/graph/live.ts); a relationship's also skips the periods it was retracted in. */
const known = (v: string) => `(${v}.recordedAt IS NULL OR ${v}.recordedAt <= $knownAt) AND (${v}.retractedAt IS NULL OR ${v}.retractedAt > $knownAt) AND ${v}.erasedAt IS NULL`;
const knownRel = (r: string) => `${known(r)} AND (${r}.pastRetractions IS NULL OR ` +
  `none(i IN range(0, size(${r}.pastRetractions) - 1) WHERE ${r}.pastRetractions[i] <= $knownAt AND $knownAt < ${r}.pastReassertions[i]))`;

/** The `neighborhood` floor with every relationship checked against the moment. */
const FLOOR = `MATCH (c:Entity {id: $id}) WHERE ${known('c')}
CALL (c) {
  MATCH (c)-[r1:${TYPES}]-(n) WHERE n <> c AND ${knownRel('r1')}
  WITH DISTINCT n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect(n) AS l1
}
WITH c, l1[0..$limit - 1] AS kept1, size(l1) > $limit - 1 AS cut1
CALL (c, kept1, cut1) {
  UNWIND CASE WHEN cut1 THEN [] ELSE kept1 END AS f
  MATCH (f)-[r2:${TYPES}]-(n) WHERE n <> c AND NOT n IN kept1 AND ${knownRel('r2')}
  WITH DISTINCT n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect(n) AS l2
}
WITH c, kept1, cut1, l2, $limit - 1 - size(kept1) AS room
WITH [c] + kept1 + l2[0..room] AS kept, CASE WHEN cut1 THEN [c] ELSE [c] + kept1 END AS expanded, cut1 OR size(l2) > room AS truncated
CALL (kept, expanded) {
  UNWIND expanded AS x
  MATCH (x)-[r:${TYPES}]-(y) WHERE y IN kept AND ${knownRel('r')}
  WITH DISTINCT r
  RETURN collect({id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relationships
}
RETURN [n IN kept | n {.id, .name, labels: labels(n)}] AS nodes, relationships, truncated`;

/**
 * The `neighborhood` scenario as the graph stood at a moment ("now-ish": when the scenarios are built, after the load), same
 * centres. The peer has no system time: no request for it.
 */
export function neighborhoodKnownAtScenario(plan: GraphPlan): Scenario {
  const ids = pool(plan, 'neighborhood', (rng) => randomIdAmong(plan, rng, KINDS));
  const knownAt = new Date().toISOString();
  return {
    name: 'neighborhoodKnownAt',
    question: 'the `neighborhood` question as known at a moment (knownAt)',
    api: (i) => ({
      operationName: 'NeighborhoodKnownAt',
      query: `query NeighborhoodKnownAt($id: ID!, $knownAt: DateTime) {
  neighborhood(id: $id, depth: 2, limit: 200, knownAt: $knownAt) { truncated nodes { id type name } relationships { id type from { id } to { id } } }
}`,
      variables: { id: cycle(ids, i), knownAt },
    }),
    cypher: (i) => ({ cypher: FLOOR, params: { id: cycle(ids, i), limit: neo4j.int(200), knownAt: knownAtParam(new Date(knownAt)) } }),
  };
}
