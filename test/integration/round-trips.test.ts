import { ApolloServer } from '@apollo/server';
import type { GraphContext } from '../../src/context';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/knowledge-graph';
import { testDriver } from '../support/test-server';
import type { Driver } from 'neo4j-driver';

/*
 * The N+1 trap: a list of entities, each with its relationships, each relationship's other end and
 * sources. Per-request DataLoaders must batch each level into one query, so the number of Cypher round
 * trips depends on the depth of the query, never on how many entities it lists.
 */
const NESTED = `query ($first: Int!) {
  entities(first: $first) { edges { node {
    id
    sources { id }
    relationships(first: 10) { totalCount edges { node { type sources { id name } from { id } } other { name } } }
  } } }
}`;

describe('Cypher round trips of a nested query', () => {
  let driver: Driver;
  let kg: KnowledgeGraph;
  let apollo: ApolloServer<GraphContext>;
  beforeAll(async () => {
    driver = testDriver();
    kg = await createKnowledgeGraph({ driver });
    apollo = new ApolloServer<GraphContext>({ schema: kg.schema });
  });
  afterAll(() => driver.close());

  async function roundTripsFor(first: number): Promise<{ count: number; entities: number }> {
    const contextValue = kg.createContext();
    const response = await apollo.executeOperation<{ entities: { edges: unknown[] } }>(
      { query: NESTED, variables: { first } },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return { count: contextValue.roundTrips.count, entities: response.body.singleResult.data?.entities.edges.length ?? 0 };
  }

  it('does not grow with the number of entities listed', async () => {
    const few = await roundTripsFor(3);
    const many = await roundTripsFor(40);
    expect(few.entities).toBe(3);
    expect(many.entities).toBe(40);
    // Relationship pages prime the entity loader with their other ends, so a longer list may even
    // save a lookup; what it must never do is cost more.
    expect(many.count).toBeLessThanOrEqual(few.count);
  });

  it('makes one query per level: the page, the relationships, then the entities they point at', async () => {
    // entities page; relationships of all 40; sources + other ends + `from` of every relationship and
    // the listed entities' sources batched together into entity lookups.
    expect((await roundTripsFor(40)).count).toBeLessThanOrEqual(4);
  });
});
