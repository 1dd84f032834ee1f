import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema, mergeSchemas } from '@graphql-tools/schema';
import type { Driver } from 'neo4j-driver';
import { createCompiledExecution, createKnowledgeGraph, type GraphContext } from '../../src';
import { testDriver } from '../support/test-server';

/* A host with a schema of its own (Query.me) merged with ours: one endpoint answers both. */
describe('Merging the graph schema into a host schema', () => {
  let driver: Driver;
  let apollo: ApolloServer<GraphContext & { user: string }>;

  beforeAll(async () => {
    driver = testDriver();
    const kg = await createKnowledgeGraph({ driver });
    // The host also lists entities of its own choosing, two ways: `planned` hands over its resolve info,
    // so everything beneath is planned into one query; `favourites` does not, so each of our fields
    // beneath is continued from entities no root field of ours planned.
    const hostSchema = makeExecutableSchema<GraphContext & { user: string }>({
      typeDefs: 'interface Entity { id: ID! } type Query { me: String! favourites(ids: [ID!]!): [Entity!]! planned(ids: [ID!]!): [Entity!]! }',
      resolvers: {
        Query: {
          me: (_root, _args, context) => context.user,
          favourites: (_root, args: { ids: string[] }, context) => kg.entitiesById(context, args.ids),
          planned: (_root, args: { ids: string[] }, context, info) => kg.entitiesById(context, args.ids, info),
        },
      },
    });
    apollo = new ApolloServer<GraphContext & { user: string }>({ gateway: createCompiledExecution(mergeSchemas({ schemas: [kg.schema, hostSchema] }), { compileAfter: 0 }).gateway, plugins: kg.plugins });
    await apollo.start();

    // The host extends our per-request context with its own fields.
    const contextValue = (): GraphContext & { user: string } => ({ ...kg.createContext(), user: 'ada' });
    query = async (text) => {
      const context = contextValue();
      const response = await apollo.executeOperation({ query: text }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { ...response.body.singleResult, roundTrips: context.roundTrips.count };
    };
  });

  let query: (text: string) => Promise<{ data?: unknown; errors?: unknown; roundTrips: number }>;

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

  it('answers the graph\'s fields beneath a host field by continuing their plans: one query per field, never one per item', async () => {
    const favourites = (ids: string[]) => `{ favourites(ids: ${JSON.stringify(ids)}) {
      name relationships(first: 5) { totalCount edges { node { type } other { name sources { id } } } }
      ... on Person { positions { title organization { name } } }
    } }`;
    const one = await query(favourites(['sam-altman']));
    const three = await query(favourites(['sam-altman', 'fumio-kishida', 'taro-kono']));
    expect([one.errors, three.errors]).toEqual([undefined, undefined]);
    const listed = (three.data as { favourites: Array<{ name: string; relationships: { totalCount: number } }> }).favourites;
    expect(listed.map((entity) => entity.name)).toEqual(['Sam Altman', 'Fumio Kishida', 'Taro Kono']);
    expect(listed.every((entity) => entity.relationships.totalCount > 0)).toBe(true);
    // The host's entities; then `relationships` (with the other ends and their sources beneath it)
    // and `positions`, one query each for all three people.
    expect(three.roundTrips).toBe(3);
    expect(one.roundTrips).toBe(3);
  });

  it('plans everything beneath a host field that hands over its resolve info, in one query', async () => {
    const selection = `name relationships(first: 5) { totalCount edges { node { type } other { name sources { id } } } }
      ... on Person { positions { title organization { name } } }`;
    const ids = ['sam-altman', 'fumio-kishida', 'taro-kono', 'no-such-entity'];
    const planned = await query(`{ planned(ids: ${JSON.stringify(ids)}) { ${selection} } }`);
    const continued = await query(`{ favourites(ids: ${JSON.stringify(ids)}) { ${selection} } }`);
    expect([planned.errors, continued.errors]).toEqual([undefined, undefined]);
    expect(planned.roundTrips).toBe(1);
    // The same answer either way, in the order asked, an unknown id left out.
    expect((planned.data as { planned: unknown }).planned).toEqual((continued.data as { favourites: unknown }).favourites);
    expect((planned.data as { planned: Array<{ name: string }> }).planned.map((entity) => entity.name)).toEqual(['Sam Altman', 'Fumio Kishida', 'Taro Kono']);
  });

  it("answers a source's facts beneath a host field as our root field plans them, page by page", async () => {
    const facts = (after: string | null) => `facts(first: 3${after === null ? '' : `, after: "${after}"`}) {
      totalCount edges { cursor node { kind property entity { id } relationship { id } sources { id } } } pageInfo { hasNextPage endCursor } }`;
    type Page = { totalCount: number; edges: Array<{ cursor: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const loaded = await query(`{ favourites(ids: ["background"]) { ... on Source { ${facts(after)} } } }`);
      const planned = await query(`{ entity(id: "background") { ... on Source { ${facts(after)} } } }`);
      expect([loaded.errors, planned.errors]).toEqual([undefined, undefined]);
      const fromLoader = (loaded.data as { favourites: Array<{ facts: Page }> }).favourites[0].facts;
      expect(fromLoader).toEqual((planned.data as { entity: { facts: Page } }).entity.facts);
      expect(fromLoader.totalCount).toBeGreaterThan(6);
      expect(fromLoader.edges).toHaveLength(3);
      after = fromLoader.pageInfo.endCursor;
    }
  });

  it('answers history, and knownAt on relationships, beneath a host field, which no root field of ours planned', async () => {
    const result = await query(`{ favourites(ids: ["sam-altman"]) {
      history(first: 1) { totalCount edges { node { actor mutation changes(first: 1) { op field } } } }
      before: relationships(knownAt: "2000-01-01T00:00:00Z") { totalCount }
      now: relationships { totalCount }
    } }`);
    expect(result.errors).toBeUndefined();
    const [entity] = (result.data as { favourites: Array<{ history: { totalCount: number; edges: unknown[] }; before: { totalCount: number }; now: { totalCount: number } }> }).favourites;
    // The seed load is the first revision that touched him; its change says he was loaded.
    expect(entity.history.totalCount).toBeGreaterThanOrEqual(1);
    expect(entity.history.edges).toHaveLength(1);
    // Loaded long after 2000: nothing about him was known then.
    expect(entity.before.totalCount).toBe(0);
    expect(entity.now.totalCount).toBeGreaterThan(0);
    const oldest = await query('{ favourites(ids: ["sam-altman"]) { history(first: 100) { edges { node { actor mutation changes(first: 1) { op field } } } } } }');
    const edges = (oldest.data as { favourites: Array<{ history: { edges: Array<{ node: unknown }> } }> }).favourites[0].history.edges;
    expect(edges[edges.length - 1].node).toEqual({ actor: 'seed', mutation: 'loadSeed', changes: [{ op: 'LOAD', field: 'loaded' }] });
  });
});
