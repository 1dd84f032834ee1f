import { startTestServer, type TestServer } from '../support/test-server';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
}

describe('Relay pagination', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  /** Follows `endCursor` until `hasNextPage` is false, collecting every id. */
  async function walk(fetchPage: (after: string | null) => Promise<Page>): Promise<{ ids: string[]; totals: number[]; pages: number }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await fetchPage(after);
      pages += 1;
      totals.push(page.totalCount);
      ids.push(...page.edges.map((edge) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) return { ids, totals, pages };
      after = page.pageInfo.endCursor;
    }
  }

  it('walks every entity exactly once, with the right totalCount on every page', async () => {
    const result = await walk(async (after) => {
      const response = await server.query<{ entities: Page }>(
        `query ($after: String) { entities(first: 7, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
        { after },
      );
      return response.data!.entities;
    });
    expect(result.ids).toHaveLength(41);
    expect(new Set(result.ids).size).toBe(41);
    expect(result.totals.every((total) => total === 41)).toBe(true);
    expect(result.pages).toBe(6);
  });

  it('walks an entity\'s relationships exactly once', async () => {
    const result = await walk(async (after) => {
      const response = await server.query<{ entity: { relationships: Page } }>(
        `query ($after: String) { entity(id: "openai") { relationships(first: 3, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } }`,
        { after },
      );
      return response.data!.entity.relationships;
    });
    expect(new Set(result.ids).size).toBe(result.ids.length);
    expect(result.ids.length).toBe(result.totals[0]);
    expect(result.ids).toEqual(expect.arrayContaining(['openai:DEVELOPS:chatgpt', 'elon-musk:CO_FOUNDED:openai', 'sam-altman:HOLDS_POSITION:openai']));
  });

  it('filters entities by kind and category, and by a name or alias prefix in any case', async () => {
    const response = await server.query<{ regulators: Page; japanese: Page; events: Page }>(`{
      regulators: entities(organizationCategories: [REGULATOR]) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
      japanese: entities(namePrefix: "岸田") { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
      events: entities(type: EVENT, orderBy: DATE, first: 3) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
    }`);
    expect(response.errors).toBeUndefined();
    const { regulators, japanese, events } = response.data!;
    expect(regulators.edges.map((edge) => edge.node.id).sort()).toEqual(['italian-data-protection-authority', 'us-federal-trade-commission']);
    expect(japanese.edges.map((edge) => edge.node.id)).toEqual(['fumio-kishida']);
    expect(events.totalCount).toBe(11);
    expect(events.edges.map((edge) => edge.node.id)).toEqual(['ai-pause-open-letter', 'chatgpt-data-breach', 'italy-chatgpt-limitation']);
  });

  it('refuses a cursor it did not make, and a cursor of another list', async () => {
    const entities = await server.query<{ entities: Page }>('{ entities(first: 1) { edges { cursor node { id } } } }');
    const entityCursor = entities.data!.entities.edges[0].cursor;
    for (const after of ['not-a-cursor', '', 'ZW50aXRpZXM6LTE', entityCursor]) {
      const response = await server.query(
        'query ($after: String) { entity(id: "openai") { relationships(after: $after) { totalCount } } }',
        { after },
      );
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    }
  });
});

describe('Bounds of the list fields', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it.each([
    ['entities(first: 101) { totalCount }', 'first', 'must be an integer from 1 to 100, got 101'],
    ['entities(first: 0) { totalCount }', 'first', 'must be an integer from 1 to 100, got 0'],
    ['entities(first: null) { totalCount }', 'first', 'must be an integer from 1 to 100, got null'],
    ['entity(id: "japan") { relationships(first: 500) { totalCount } }', 'first', 'must be an integer from 1 to 100, got 500'],
    ['entity(id: "japan") { relationships(types: []) { totalCount } }', 'types', 'must name at least one relationship type'],
    ['timeline(first: 1000) { id }', 'first', 'must be an integer from 1 to 100, got 1000'],
    ['timeline(from: "2024-01-01", to: "2023-01-01") { id }', 'from', 'must not be after `to`'],
    ['entity(id: "background") { ... on Source { facts(first: 101) { totalCount } } }', 'first', 'must be an integer from 1 to 100, got 101'],
    ['entities(namePrefix: LONG) { totalCount }', 'namePrefix', 'must be at most 200 characters'],
    ['entities(eventCategories: [BAN], organizationCategories: [REGULATOR]) { totalCount }', 'eventCategories', 'cannot be combined'],
  ])('refuses { %s } with BAD_USER_INPUT naming the argument', async (selection, argument, message) => {
    const response = await server.query(`{ ${selection.replace('LONG', JSON.stringify('x'.repeat(201)))} }`);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(response.errors?.[0].message).toContain(`${argument}: ${message}`);
  });

  it('gives null for an unknown entity and NOT_FOUND for an unknown timeline anchor', async () => {
    expect((await server.query('{ entity(id: "nobody") { id } }')).data).toEqual({ entity: null });
    const response = await server.query('{ timeline(entityId: "nobody") { id } }');
    expect(response.errors?.[0]).toMatchObject({ message: 'Entity "nobody" not found', extensions: { code: 'NOT_FOUND' } });
  });
});
