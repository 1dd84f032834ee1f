import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { makeExecutableSchema, mergeSchemas } from '@graphql-tools/schema';
import { GraphQLError, GraphQLScalarType, valueFromASTUntyped, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { GraphContext } from '../../src/context';
import { createCompiledExecution, type ExecutionEngine } from '../../src/execution/compiled-execution';
import { benchOperations, readmeOperations } from '../support/documented-operations';
import { suiteQueries } from '../support/suite-queries';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Compiled execution (graphql-jit, through kg.gateway) answers exactly as graphql-js does. Two real
 * HTTP servers over the shared graph, built alike but for EXECUTOR, get the same requests; every
 * answer must be the same bytes with the same status. The operations are every one the integration
 * tests and the README send, the benchmark's, and a set written here for what differs between
 * executors: fragments, aliases, @skip/@include, interfaces, custom scalars, enums, variables that
 * cannot be coerced, and errors in nested fields with null bubbling (over a host's schema, where a
 * resolver can be made to fail).
 */

/** The same request to both servers: status, content type and body, as bytes. */
async function bothAnswers(servers: { compiled: TestServer; graphqlJs: TestServer }, query: string, variables: Record<string, unknown> = {}) {
  const send = async (server: TestServer) => {
    const response = await fetch(server.url, {
      method: 'POST',
      // A fixed request id: an INTERNAL_SERVER_ERROR quotes it.
      headers: { 'content-type': 'application/json', 'x-request-id': 'same-request' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  };
  return { compiled: await send(servers.compiled), graphqlJs: await send(servers.graphqlJs) };
}

const VARIED: Array<[string, string, Record<string, unknown>]> = [
  [
    'fragments, aliases, interfaces and __typename',
    `query Varied($id: ID!) {
      first: entity(id: $id) { __typename ...Named ... on Person { positions { title organization { ...Named } } } }
      second: entity(id: "openai") { ...Named ... on Organization { category } }
      missing: entity(id: "no-such-entity") { id }
    }
    fragment Named on Entity { id kind: type name aliases version }`,
    { id: 'sam-altman' },
  ],
  [
    '@skip and @include from variables and literals',
    `query Directives($yes: Boolean!, $no: Boolean = false) {
      entity(id: "japan") {
        id @include(if: $yes)
        name @skip(if: $yes)
        aliases @include(if: $no)
        ... on Country @skip(if: $no) { events(first: 3) { id startDate datePrecision category } }
        description @include(if: true) @skip(if: false)
      }
    }`,
    { yes: true },
  ],
  [
    'custom scalars, enums and connections with cursors',
    `query Scalars($asOf: Date, $knownAt: DateTime) {
      entity(id: "government-of-japan", knownAt: $knownAt) {
        relationships(first: 3, asOf: $asOf, direction: OUTGOING) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { type since sincePrecision until sources { id ... on Source { publishedOn } } } other { __typename id } }
        }
      }
      changes(first: 2) { edges { node { seq at actor } } }
    }`,
    { asOf: '2023-06-01', knownAt: '2030-01-01T00:00:00Z' },
  ],
  ['variables that cannot be coerced', 'query Bad($first: Int!) { entities(first: $first) { totalCount } }', { first: 'many' }],
  ['a required variable left out', 'query Missing($id: ID!) { entity(id: $id) { id } }', {}],
  ['a root field refusing its arguments', '{ paths(from: "sam-altman", to: "japan", maxHops: 99) { length } }', {}],
  ['a mutation with writes disabled', 'mutation { retractRelationship(id: "x", expectedVersion: 1, reason: "r") { relationship { id } } }', {}],
];

describe('Compiled execution answers byte for byte as graphql-js', () => {
  let compiled: TestServer;
  let graphqlJs: TestServer;

  beforeAll(async () => {
    compiled = await startTestServer();
    graphqlJs = await startTestServer({ http: { executor: 'graphql-js' } });
  });

  afterAll(async () => {
    await compiled.stop();
    await graphqlJs.stop();
  });

  it.each(VARIED)('for %s', async (_name, query, variables) => {
    const answers = await bothAnswers({ compiled, graphqlJs }, query, variables);
    expect(answers.compiled).toEqual(answers.graphqlJs);
  });

  it('answers the varied set with data where graphql-js does, so the comparison is not between two failures', async () => {
    const answers = await bothAnswers({ compiled, graphqlJs }, VARIED[0][1], VARIED[0][2]);
    const body = JSON.parse(answers.compiled.body) as { data: { first: { __typename: string; positions: unknown[] }; missing: null } };
    expect(body.data.first.__typename).toBe('Person');
    expect(body.data.first.positions.length).toBeGreaterThan(0);
    expect(body.data.missing).toBeNull();
  });

  it('for every operation of the integration tests, the README and the benchmark', async () => {
    const operations = [
      ...suiteQueries(compiled.kg.schema, []).map((q) => q.source),
      ...readmeOperations(),
      ...benchOperations().map((operation) => operation.query),
    ];
    expect(operations.length).toBeGreaterThan(100);
    const differing: string[] = [];
    const bodies = new Map<string, unknown>();
    let withData = 0;
    for (const query of operations) {
      const answers = await bothAnswers({ compiled, graphqlJs }, query);
      if (JSON.stringify(answers.compiled) !== JSON.stringify(answers.graphqlJs)) {
        differing.push(query);
        bodies.set(query, answers);
      }
      if ((JSON.parse(answers.compiled.body) as { data?: unknown }).data) withData += 1;
    }
    expect(differing.slice(0, 3).map((query) => [query, bodies.get(query)])).toEqual([]);
    expect(withData).toBeGreaterThan(operations.length / 2);
  }, 300_000);

  it('counts each operation by the engine that ran it, in /metrics', async () => {
    await compiled.query('{ entity(id: "japan") { id } }');
    await compiled.query('query ($n: Int!) { entities(first: $n) { totalCount } }', { n: 'x' });
    const metrics = await (await fetch(new URL('/metrics', compiled.url))).text();
    expect(metrics).toMatch(/kg_graphql_executions_total\{engine="compiled"\} [1-9]/);
    // Variables that could not be coerced are graphql-js's: it words that error.
    expect(metrics).toMatch(/kg_graphql_executions_total\{engine="graphql-js"\} [1-9]/);
  });
});

/*
 * Errors beneath the root, and a construct the compiler refuses, need resolvers that misbehave: a
 * host's schema merged with ours, executed by graphql-js and compiled, through Apollo with the
 * graph's plugins, formatError and Apollo's cache-control plugin.
 */
const HOST_TYPE_DEFS = `
  scalar JSON
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query { probe: Probe  probes: [Probe!]!  echo(value: JSON): JSON  cached: Probe @cacheControl(maxAge: 30) }
  type Probe {
    ok: String!
    coded: String
    masked: String
    strict: String!
    child: Probe!
    private: String @cacheControl(maxAge: 5, scope: PRIVATE)
  }
`;

const JSON_SCALAR = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

function hostSchema(): GraphQLSchema {
  const probe = { ok: 'fine' };
  return makeExecutableSchema({
    typeDefs: HOST_TYPE_DEFS,
    resolvers: {
      JSON: JSON_SCALAR,
      Query: { probe: () => probe, probes: () => [probe, probe], echo: (_root, args: { value: unknown }) => args.value, cached: () => probe },
      Probe: {
        coded: () => {
          throw new GraphQLError('not for you', { extensions: { code: 'FORBIDDEN' } });
        },
        masked: () => {
          throw new Error('secret: /etc/passwd');
        },
        strict: () => null,
        child: () => probe,
        private: (_source: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo & { cacheControl?: { setCacheHint(hint: object): void } }) => {
          info.cacheControl?.setCacheHint({ maxAge: 2 });
          return 'mine';
        },
      },
    },
  });
}

const HOST_OPERATIONS: Array<[string, string, Record<string, unknown>]> = [
  ['coded and masked errors in nested nullable fields', '{ probe { ok coded masked } }', {}],
  ['a null in a non-null field bubbling to the nearest nullable parent', '{ probe { ok child { ok strict } } }', {}],
  ['bubbling through a list of non-null items to a non-null root', '{ probes { ok strict } }', {}],
  ['errors beside aliases and fragments', '{ a: probe { ...P } b: probe { ok } } fragment P on Probe { x: coded ok child { ok } }', {}],
  ['cache hints, static and dynamic', '{ cached { ok private } }', {}],
];

describe('Compiled execution of a host\'s merged schema', () => {
  let servers: Record<ExecutionEngine, ApolloServer<GraphContext>>;
  let executed: ExecutionEngine[];
  let refusals: string[];
  let kg: TestServer['kg'];
  let host: TestServer;

  beforeAll(async () => {
    host = await startTestServer();
    kg = host.kg;
    const schema = mergeSchemas({ schemas: [kg.schema, hostSchema()] });
    executed = [];
    refusals = [];
    const execution = createCompiledExecution(schema, {
      compileAfter: 0,
      onExecute: (engine) => executed.push(engine),
      onFallback: (_name, reason) => refusals.push(reason),
    });
    const plugins: ApolloServerPlugin<GraphContext>[] = [...kg.plugins, ApolloServerPluginCacheControl({ defaultMaxAge: 60 })];
    servers = {
      'graphql-js': new ApolloServer<GraphContext>({ schema, plugins, formatError: kg.formatError }),
      compiled: new ApolloServer<GraphContext>({ gateway: execution.gateway, plugins, formatError: kg.formatError }),
    };
    await Promise.all(Object.values(servers).map((server) => server.start()));
  });

  afterAll(async () => {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    await host.stop();
  });

  async function answer(engine: ExecutionEngine, query: string, variables: Record<string, unknown>) {
    const response = await servers[engine].executeOperation({ query, variables }, { contextValue: kg.createContext({ requestId: 'same-request' }) });
    return { status: response.http.status, cacheControl: response.http.headers.get('cache-control'), body: JSON.stringify(response.body) };
  }

  it.each(HOST_OPERATIONS)('is the same for %s', async (_name, query, variables) => {
    executed.length = 0;
    const [byCompiled, byGraphqlJs] = [await answer('compiled', query, variables), await answer('graphql-js', query, variables)];
    expect(byCompiled).toEqual(byGraphqlJs);
    expect(executed).toEqual(['compiled']);
  });

  it('bubbles nulls and keeps codes and paths as graphql-js does', async () => {
    const nested = JSON.parse((await answer('compiled', '{ probe { ok child { ok strict } } }', {})).body) as { singleResult: unknown };
    expect(nested.singleResult).toEqual({
      data: { probe: null },
      errors: [
        {
          // graphql-js words it "Cannot return null for non-nullable field Probe.strict."; not
          // client-safe, so formatError masks it, as it does any server fault.
          message: 'Internal server error',
          locations: [{ line: 1, column: 25 }],
          path: ['probe', 'child', 'strict'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'same-request' },
        },
      ],
    });
    const coded = JSON.parse((await answer('compiled', '{ probe { coded } }', {})).body) as { singleResult: { errors: Array<{ extensions: unknown }> } };
    expect(coded.singleResult.errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('computes the same cache policy from static and dynamic hints', async () => {
    expect((await answer('compiled', '{ cached { ok private } }', {})).cacheControl).toBe('max-age=2, private');
  });

  it('leaves to graphql-js an operation the compiler refuses, with the same answer', async () => {
    // graphql-jit would coerce this JSON literal at compile time and lose the variable inside it.
    const query = 'query Echo($x: Int) { echo(value: { a: $x, b: [1, $x] }) }';
    executed.length = 0;
    const byCompiled = await answer('compiled', query, { x: 5 });
    expect(executed).toEqual(['graphql-js']);
    expect(refusals).toEqual(['a variable inside a literal of the custom scalar JSON']);
    expect(byCompiled).toEqual(await answer('graphql-js', query, { x: 5 }));
    expect(JSON.parse(byCompiled.body)).toMatchObject({ singleResult: { data: { echo: { a: 5, b: [1, 5] } } } });
  });
});
