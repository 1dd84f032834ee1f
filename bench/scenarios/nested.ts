import neo4j from 'neo4j-driver';
import { encodeCursor } from '../../src/resolvers/cursor';
import { EntityType } from '../../src/schema/enums';
import type { GraphPlan } from '../generate/plan';
import { cycle, pool, type Scenario } from './types';

const PAGE = 100;

/**
 * The N+1 trap: a page of 100 organizations (by name, from a random offset), the first 10
 * relationships of each, and each other end's name and sources. Resolved naively that is 1 + 100 +
 * 1000 + ~1500 queries; the API batches each level into one.
 */
export function nestedScenario(plan: GraphPlan): Scenario {
  const offsets = pool(plan, 'nested', (rng) => rng.int(Math.max(1, plan.counts[EntityType.ORGANIZATION] - PAGE)));
  // The API's cursors are opaque to clients; the bench makes the one a client would hold at `offset`.
  const after = (offset: number): string | null => (offset === 0 ? null : encodeCursor('entities', offset - 1));
  return {
    name: 'nested',
    question: '100 organizations, 10 relationships each, the other end\'s name and sources',
    api: (i) => ({
      operationName: 'Nested',
      query: `query Nested($after: String) {
  entities(type: ORGANIZATION, first: ${PAGE}, after: $after) {
    edges { node { id name relationships(first: 10) { edges { other { id name sources { id name } } } } } }
  }
}`,
      variables: { after: after(cycle(offsets, i)) },
    }),
    cypher: (i) => ({
      cypher: `MATCH (e:Organization)
WITH e ORDER BY e.name, e.id SKIP $offset LIMIT $page
RETURN e.id AS id, e.name AS name, COLLECT {
  MATCH (e)-[r]-(o)
  WITH r, o ORDER BY type(r), o.name, r.id LIMIT 10
  RETURN o {.id, .name, sources: COLLECT { MATCH (s:Entity) WHERE s.id IN o.sources RETURN s {.id, .name} }}
} AS related`,
      params: { offset: neo4j.int(cycle(offsets, i)), page: neo4j.int(PAGE) },
    }),
    neo4jGraphql: (i) => ({
      operationName: 'Nested',
      query: `query Nested($offset: Int) {
  organizations(limit: ${PAGE}, offset: $offset, sort: [{ name: ASC }, { id: ASC }]) {
    id name related(first: 10) { id name sources { id name } }
  }
}`,
      variables: { offset: cycle(offsets, i) },
    }),
    neo4jGraphqlNote: 'generated list field with limit/offset/sort; relationships of any type and sources through @cypher fields',
  };
}
