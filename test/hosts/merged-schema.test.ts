import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema, mergeSchemas } from '@graphql-tools/schema';
import type { Driver } from 'neo4j-driver';
import { createKnowledgeGraph, type GraphContext } from '../../src';
import { testDriver } from '../support/test-server';

/* A host with a schema of its own (Query.me) merged with ours: one endpoint answers both. */
describe('Merging the graph schema into a host schema', () => {
  let driver: Driver;
  let apollo: ApolloServer<GraphContext & { user: string }>;

  beforeAll(async () => {
    driver = testDriver();
    const kg = await createKnowledgeGraph({ driver });
    const hostSchema = makeExecutableSchema<{ user: string }>({
      typeDefs: 'type Query { me: String! }',
      resolvers: { Query: { me: (_root, _args, context) => context.user } },
    });
    apollo = new ApolloServer<GraphContext & { user: string }>({ schema: mergeSchemas({ schemas: [kg.schema, hostSchema] }), plugins: kg.plugins });
    await apollo.start();

    // The host extends our per-request context with its own fields.
    const contextValue = (): GraphContext & { user: string } => ({ ...kg.createContext(), user: 'ada' });
    query = async (text) => {
      const response = await apollo.executeOperation({ query: text }, { contextValue: contextValue() });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult;
    };
  });

  let query: (text: string) => Promise<{ data?: unknown; errors?: unknown }>;

  afterAll(async () => {
    await apollo.stop();
    await driver.close();
  });

  it('answers the host\'s fields and the graph\'s in one operation', async () => {
    const result = await query('{ me entity(id: "japan") { name ... on Country { isoCode } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: 'ada', entity: { name: 'Japan', isoCode: 'JP' } });
  });

  it('keeps the graph\'s abstract types resolvable after the merge', async () => {
    const result = await query('{ search(text: "kishida", first: 1) { entity { __typename id } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ search: [{ entity: { __typename: 'Person', id: 'fumio-kishida' } }] });
  });
});
