import 'reflect-metadata';
import { parse } from 'graphql';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../../src/plugins/limits';
import { measureOperation } from '../../src/plugins/operation-limits';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { suiteQueries } from '../support/suite-queries';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

/** The limits must leave this much room above the largest operation the suite sends. */
const HEADROOM = 1.5;

/* Realistic uses of aliases and directives, which the other tests do not make. */
const SIDE_BY_SIDE = `{
  kishida: entity(id: "fumio-kishida") { name }
  kono: entity(id: "taro-kono") { name }
  matsuno: entity(id: "hirokazu-matsuno") { name }
  altman: entity(id: "sam-altman") { name }
  musk: entity(id: "elon-musk") { name }
}`;
const OPTIONAL_PARTS = `query ($full: Boolean!) { entity(id: "sam-altman") {
  id name @include(if: $full) aliases @include(if: $full) description @skip(if: $full) sources @include(if: $full) { id }
} }`;

const hops = (n: number) => {
  let selection = 'id';
  for (let i = 0; i < n; i += 1) selection = `relationships { edges { node { to { ${selection} } } } }`;
  return `{ entity(id: "sam-altman") { ${selection} } }`;
};

/* One operation over each limit, each of which would otherwise reach the database. */
const OVER: Record<keyof OperationLimits, string> = {
  maxDepth: hops(4),
  maxAliases: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: entity(id: "japan") { id }`).join(' ')} }`,
  // Three nested pages of 100: up to 100 + 100² + 100³ relationships.
  maxNodes: `{ entity(id: "japan") { relationships(first: 100) { edges { other {
    relationships(first: 100) { edges { other { relationships(first: 100) { edges { cursor } } } } } } } } } }`,
  maxDirectives: `{ entity(id: "japan") { ${'id @include(if: true) '.repeat(21)} } }`,
  maxTokens: `{ entity(id: "japan") { ${'id '.repeat(1000)} } }`,
};

describe('Operation limits', () => {
  const schema = buildGraphSchema();

  describe('the defaults', () => {
    const operations = [
      ...suiteQueries(schema, ['limits.test.ts', 'hostile-input.test.ts']),
      { where: 'limits.test.ts SIDE_BY_SIDE', source: SIDE_BY_SIDE, document: parse(SIDE_BY_SIDE) },
      { where: 'limits.test.ts OPTIONAL_PARTS', source: OPTIONAL_PARTS, document: parse(OPTIONAL_PARTS) },
    ];

    it('are measured on the operations of the integration tests', () => {
      expect(operations.length).toBeGreaterThan(20);
    });

    it.each(Object.keys(DEFAULT_OPERATION_LIMITS) as Array<keyof OperationLimits>)(
      'leave %s with headroom above the largest operation of the suite',
      (limit) => {
        const sized = operations.map((op) => ({ where: op.where, size: measureOperation(schema, op.document, op.source)[limit] }));
        const largest = sized.reduce((a, b) => (b.size > a.size ? b : a));
        // The message names the operation to look at when a new test outgrows the limits.
        expect({ limit, largest: largest.where, fits: largest.size * HEADROOM <= DEFAULT_OPERATION_LIMITS[limit] }).toEqual({
          limit,
          largest: largest.where,
          fits: true,
        });
      },
    );
  });

  describe('over real HTTP', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server.stop());

    async function post(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse }> {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse };
    }

    async function roundTrips(): Promise<number> {
      const metric = await server.kg.metrics.getSingleMetric('kg_cypher_round_trips_total')?.get();
      return (metric?.values ?? []).reduce((sum, value) => sum + value.value, 0);
    }

    it('answers aliases and directives in ordinary use', async () => {
      const sideBySide = await post(SIDE_BY_SIDE);
      expect(sideBySide.body.errors).toBeUndefined();
      expect(sideBySide.body.data).toEqual({
        kishida: { name: 'Fumio Kishida' },
        kono: { name: 'Taro Kono' },
        matsuno: { name: 'Hirokazu Matsuno' },
        altman: { name: 'Sam Altman' },
        musk: { name: 'Elon Musk' },
      });
      const full = await post(OPTIONAL_PARTS, { full: true });
      expect(full.body.errors).toBeUndefined();
      expect(full.body.data).toEqual({
        entity: { id: 'sam-altman', name: 'Sam Altman', aliases: expect.arrayContaining(['Altman', 'サム・アルトマン']) as string[], sources: [{ id: 'article-openai-japan-2023' }] },
      });
      const brief = await post(OPTIONAL_PARTS, { full: false });
      expect(brief.body.errors).toBeUndefined();
      expect(brief.body.data).toEqual({ entity: { id: 'sam-altman', description: expect.stringContaining('OpenAI') as string } });
    });

    it('answers three hops through relationships at the default page size', async () => {
      const { status, body } = await post(hops(3));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      // Every hop answered: ids three relationships away from Altman, among them the G7 (Altman -> OpenAI -> United States -> G7).
      type Hop<T> = { relationships: { edges: Array<{ node: { to: T } }> } };
      const next = <T>(from: Array<Hop<T>>): T[] => from.flatMap((hop) => hop.relationships.edges.map((edge) => edge.node.to));
      const { entity } = body.data as { entity: Hop<Hop<Hop<{ id: string }>>> };
      const third = next(next(next([entity])));
      expect(third.length).toBeGreaterThan(0);
      expect(third.map((end) => end.id)).toContain('g7');
    });

    it('sizes an operation by its variables too', async () => {
      const nested = `query ($n: Int) { entity(id: "japan") { relationships(first: $n) { edges { other {
        relationships(first: $n) { edges { other { relationships(first: $n) { edges { cursor } } } } } } } } } }`;
      const ten = await post(nested, { n: 10 });
      expect(ten.body.errors).toBeUndefined();
      // Japan has exactly 10 relationships: the first page is all of them.
      expect((ten.body.data as { entity: { relationships: { edges: unknown[] } } }).entity.relationships.edges).toHaveLength(10);
      const { status, body } = await post(nested, { n: 100 });
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions?.limit).toBe('maxNodes');
    });

    it('names the computed size, the limit and the list that multiplies most', async () => {
      const { body } = await post(OVER.maxNodes);
      expect(body.errors?.[0].message).toBe(
        'Node limit of 50000 exceeded, found 1010100: the operation could return 1010100 entities and relationships; ' +
          'the largest list is `entity.relationships.edges.other.relationships.edges.other.relationships.edges` with up to 1000000 items: lower its `first` or `limit`',
      );
    });

    it('refuses a page size past its bound as BAD_USER_INPUT naming the argument, not as a size', async () => {
      const { body } = await post('{ entities(first: 100000) { edges { node { relationships(first: 100) { edges { other { relationships(first: 100) { totalCount } } } } } } } }');
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    });

    it('refuses a bound broken beneath the root as BAD_USER_INPUT naming the field\'s path, before any Cypher runs', async () => {
      const before = await roundTrips();
      const { status, body } = await post('{ entity(id: "sam-altman") { relationships(first: 5) { edges { other { ... on Organization { people(first: 500) { title } } } } } } }');
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'first: must be an integer from 1 to 100, got 500 (at entity.relationships.edges.other.people)',
          extensions: { code: 'BAD_USER_INPUT', argument: 'first', field: 'entity.relationships.edges.other.people' },
        }),
      ]);
      expect(await roundTrips()).toBe(before);
    });

    it.each(Object.entries(OVER))('refuses an operation over %s with a coded 400, before any Cypher runs', async (limit, query) => {
      const before = await roundTrips();
      const { status, body } = await post(query);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      if (limit === 'maxTokens') {
        expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
        expect(body.errors?.[0].message).toMatch(/1000 tokens/);
      } else {
        expect(body.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit });
        expect(body.errors?.[0].message).toMatch(/limit of \d+ exceeded, found \d+/);
      }
      expect(await roundTrips()).toBe(before);
    });

    it('does not suggest field names to a client guessing at the schema', async () => {
      const { status, body } = await post('{ entty(id: "japan") { id } }');
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0].message).not.toMatch(/did you mean/i);
    });
  });

  it('takes other limits from the options', async () => {
    const strict = await startTestServer({ graph: { limits: { maxDepth: 3, maxAliases: 1 } } });
    try {
      const deep = await strict.query('{ entity(id: "japan") { sources { id } } }');
      expect(deep.errors).toBeUndefined();
      expect(deep.data).toEqual({ entity: { sources: [{ id: 'article-openai-japan-2023' }] } });
      const deeper = await strict.query('{ entity(id: "japan") { relationships { totalCount edges { cursor } } } }');
      expect(deeper.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth' });
      const aliased = await strict.query('{ a: entity(id: "japan") { id } b: entity(id: "italy") { id } }');
      expect(aliased.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases' });
      expect(strict.kg.limits).toEqual({ ...DEFAULT_OPERATION_LIMITS, maxDepth: 3, maxAliases: 1 });
    } finally {
      await strict.stop();
    }
  });
});
