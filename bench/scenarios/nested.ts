import neo4j from 'neo4j-driver';
import { encodeCursor } from '../../src/graph/cursor';
import { EntityType } from '../../src/graph/enums';
import { generateEntity } from '../generate/entities';
import type { GraphPlan } from '../generate/plan';
import { cycle, pool, type Scenario } from './types';

const PAGE = 100;

/**
 * The N+1 trap: a page of 100 organizations (by name, from a random position deep in the list), the
 * first 10 relationships of each, and each other end's name and sources. Resolved naively that is 1 +
 * 100 + 1000 + ~1500 queries; the API plans it into one.
 *
 * A client deep in a list holds the cursor of the page before, so the API and the floor both seek
 * from the name and id of the organization before the page (keyset pagination, as a hand-written
 * query for the next page would); @neo4j/graphql pages its generated list by offset, its own way.
 */
export function nestedScenario(plan: GraphPlan): Scenario {
  const offsets = pool(plan, 'nested', (rng) => rng.int(Math.max(1, plan.counts[EntityType.ORGANIZATION] - PAGE)));
  // The organizations in the API's order (name, then id: JS and Java compare strings alike, by UTF-16 unit).
  const byName = Array.from({ length: plan.counts[EntityType.ORGANIZATION] }, (_, index) => generateEntity(plan, EntityType.ORGANIZATION, index))
    .map((org) => [org.name, org.id] as const)
    .sort(([a, aId], [b, bId]) => (a < b ? -1 : a > b ? 1 : aId < bId ? -1 : aId > bId ? 1 : 0));
  const keyBefore = (offset: number): readonly [string, string] | null => (offset === 0 ? null : byName[offset - 1]);
  // The API's cursors are opaque to clients; the bench makes the one a client would hold there.
  const after = (offset: number): string | null => {
    const key = keyBefore(offset);
    return key === null ? null : encodeCursor('entities.NAME', [...key]);
  };
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
      cypher: `MATCH (e:Organization) WHERE e.name > $name OR (e.name = $name AND e.id > $id)
WITH e ORDER BY e.name, e.id LIMIT $page
RETURN e.id AS id, e.name AS name, COLLECT {
  MATCH (e)-[r]-(o)
  WITH r, o ORDER BY type(r), o.name, r.id LIMIT 10
  RETURN o {.id, .name, sources: COLLECT { MATCH (s:Entity) WHERE s.id IN o.sources RETURN s {.id, .name} }}
} AS related`,
      params: { name: keyBefore(cycle(offsets, i))?.[0] ?? '', id: keyBefore(cycle(offsets, i))?.[1] ?? '', page: neo4j.int(PAGE) },
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
