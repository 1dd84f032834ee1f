import type { Driver } from 'neo4j-driver';
import { startTestServer, testDriver, type TestServer } from '../support/test-server';

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

describe('Seek cursors', () => {
  let server: TestServer;
  let driver: Driver;
  const TEST_IDS = ['seek-test-before', 'seek-test-after', 'seek-test-between'];
  beforeAll(async () => {
    server = await startTestServer();
    driver = testDriver();
  });
  afterEach(() => driver.executeQuery('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: TEST_IDS }));
  afterAll(async () => {
    await driver.close();
    await server.stop();
  });

  const ENTITIES = `query ($after: String, $first: Int, $orderBy: EntityOrder, $descending: Boolean) {
    entities(first: $first, after: $after, orderBy: $orderBy, descending: $descending) {
      pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;
  type Edges = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: { id: string; name: string } }> };
  const entities = async (variables: Record<string, unknown>): Promise<Edges> => (await server.query<{ entities: Edges }>(ENTITIES, variables)).data!.entities;

  async function walkAll(variables: Record<string, unknown>, first: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await entities({ ...variables, first, after });
      ids.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  }

  it.each([
    ['NAME', false],
    ['NAME', true],
    ['DATE', false],
    ['DATE', true],
  ])('pages by %s (descending: %s) in exactly the order of one big page', async (orderBy, descending) => {
    const whole = (await entities({ orderBy, descending, first: 100 })).edges.map((edge) => edge.node.id);
    expect(whole).toHaveLength(41);
    for (const size of [1, 4, 9]) expect(await walkAll({ orderBy, descending }, size)).toEqual(whole);
  });

  it('puts dated entities first by date, then the undated by name', async () => {
    const ids = await walkAll({ orderBy: 'DATE' }, 6);
    const dates = await driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id, coalesce(e.startDate, e.publishedOn) IS NOT NULL AS dated');
    const dated = new Map(dates.records.map((r) => [r.get('id') as string, r.get('dated') as boolean]));
    const firstUndated = ids.findIndex((id) => !dated.get(id));
    expect(firstUndated).toBeGreaterThan(0);
    expect(ids.slice(firstUndated).every((id) => !dated.get(id))).toBe(true);
  });

  it('neither skips nor repeats an entity when others are added or removed before the cursor', async () => {
    const before = await entities({ first: 10 });
    const seen = before.edges.map((edge) => edge.node);
    const expectedNext = (await entities({ first: 20 })).edges.slice(10).map((edge) => edge.node.id);
    const last = seen.at(-1)!;
    // One entity sorting before the cursor, one right after it; and the first entity of the page gone.
    await driver.executeQuery(
      `CREATE (:Entity:Topic {id: 'seek-test-before', name: 'AAAA seek', version: 1}),
              (:Entity:Topic {id: 'seek-test-between', name: $between, version: 1})`,
      { between: `${last.name} ` },
    );
    await driver.executeQuery(`MATCH (e:Entity {id: $id}) SET e.retractedAt = datetime()`, { id: seen[0].id });
    try {
      const next = await entities({ first: 10, after: before.pageInfo.endCursor });
      const ids = next.edges.map((edge) => edge.node.id);
      expect(ids.filter((id) => seen.some((node) => node.id === id))).toEqual([]);
      const withoutNew = ids.filter((id) => id !== 'seek-test-between');
      expect(withoutNew).toEqual(expectedNext.slice(0, withoutNew.length));
      expect(ids).toContain('seek-test-between');
      expect(ids).not.toContain('seek-test-before');
    } finally {
      await driver.executeQuery(`MATCH (e:Entity {id: $id}) REMOVE e.retractedAt`, { id: seen[0].id });
    }
  });

  it('refuses a cursor of another order, and one whose key is not ours', async () => {
    const byName = (await entities({ first: 1 })).pageInfo.endCursor;
    const forged = Buffer.from('entities.NAME:["a"]').toString('base64url');
    const notJson = Buffer.from('entities.NAME:[a').toString('base64url');
    for (const [after, orderBy] of [[byName, 'DATE'], [forged, 'NAME'], [notJson, 'NAME']] as const) {
      const response = await server.query(ENTITIES, { after, orderBy, first: 1 });
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    }
    const descending = await server.query(ENTITIES, { after: byName, descending: true, first: 1 });
    expect(descending.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
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
