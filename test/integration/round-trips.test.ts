import { ApolloServer } from '@apollo/server';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { GraphContext } from '../../src/context';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/knowledge-graph';
import { benchOperations, readmeOperations } from '../support/documented-operations';
import { testDriver } from '../support/test-server';

/*
 * One Cypher round trip per root field: the root field plans the client's whole selection into one
 * query, and every field beneath returns what that query brought back. The per-request counter sees
 * every round trip the request makes.
 */
const NESTED = `query ($first: Int!) {
  entities(first: $first) { edges { node {
    id
    sources { id }
    relationships(first: 10) { totalCount edges { node { type sources { id name } from { id } } other { name } } }
  } } }
}`;

/** Seed-graph values for the benchmark operations' variables. */
const BENCH_VARIABLES: Record<string, Record<string, unknown>> = {
  entity: { id: 'openai' },
  search: { text: 'kish' },
  neighborhood: { id: 'government-of-japan' },
  'shortest-path': { from: 'elon-musk', to: 'fumio-kishida' },
  nested: { after: null },
  timeline: { id: 'japan', from: '2023-01-01', to: '2023-12-31' },
  'entity-known-at': { id: 'openai', knownAt: new Date().toISOString() },
  'neighborhood-known-at': { id: 'government-of-japan', knownAt: new Date().toISOString() },
  mentions: { text: 'Sam Altman met Fumio Kishida in Tokyo, and OpenAI said it would open an office in Japan. 岸田文雄首相も会談に出席した。' },
};

function rootFieldCount(query: string): number {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.selectionSet.selections.length ?? 0;
}

describe('Cypher round trips', () => {
  let driver: Driver;
  let kg: KnowledgeGraph;
  let apollo: ApolloServer<GraphContext>;
  beforeAll(async () => {
    driver = testDriver();
    kg = await createKnowledgeGraph({ driver, compileAfter: 0 });
    apollo = new ApolloServer<GraphContext>({ gateway: kg.gateway, plugins: kg.plugins });
  });
  afterAll(() => driver.close());

  async function run(query: string, variables: Record<string, unknown> = {}): Promise<{ roundTrips: number; data: unknown }> {
    const contextValue = kg.createContext();
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return { roundTrips: contextValue.roundTrips.count, data: response.body.singleResult.data };
  }

  it('are one for a nested list, whatever its length: the N+1 trap', async () => {
    const few = await run(NESTED, { first: 3 });
    const many = await run(NESTED, { first: 40 });
    expect((few.data as { entities: { edges: unknown[] } }).entities.edges).toHaveLength(3);
    expect((many.data as { entities: { edges: unknown[] } }).entities.edges).toHaveLength(40);
    expect([few.roundTrips, many.roundTrips]).toEqual([1, 1]);
  });

  it.each(readmeOperations())('are one per root field for the README question %s', async (query) => {
    expect((await run(query)).roundTrips).toBe(rootFieldCount(query));
  });

  it.each(benchOperations().map(({ scenario, query }) => [scenario, query]))('are one for the benchmark operation %s', async (scenario, query) => {
    expect(BENCH_VARIABLES[scenario]).toBeDefined();
    expect((await run(query, BENCH_VARIABLES[scenario])).roundTrips).toBe(1);
  });

  it('finds every benchmark scenario and README question', () => {
    expect(benchOperations().map((operation) => operation.scenario).sort()).toEqual(Object.keys(BENCH_VARIABLES).sort());
    expect(readmeOperations().length).toBeGreaterThanOrEqual(8);
  });
});
