import { expectData } from '../support/expect-data';
import { factsPerSourceCounted } from '../support/facts-per-source';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Evidence and counts: facts filtered by their sources, degrees, counts and rankings, and why a search
 * hit came back. Each is answered by the same one query as the rest of its operation.
 */
type Edge = { node: { id: string; sources: Array<{ id: string }> } };
type Ranked = { entity: { id: string; degree: number }; degree: number };

describe('Evidence and counts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const data = <T>(query: string, variables?: Record<string, unknown>): Promise<T> => expectData<T>(server, query, variables);
  const ids = (edges: Edge[]) => edges.map((edge) => edge.node.id);

  describe('evidence filters', () => {
    const RELATIONSHIPS = `query ($id: ID!, $min: Int, $sources: [ID!]) { entity(id: $id) {
      all: relationships(first: 100) { edges { node { id sources { id } } } }
      filtered: relationships(first: 100, minSources: $min, sources: $sources) { totalCount edges { node { id sources { id } } } }
      degree(minSources: $min, sources: $sources)
    } }`;
    type Answer = { entity: { all: { edges: Edge[] }; filtered: { totalCount: number; edges: Edge[] }; degree: number } };

    it.each(['fumio-kishida', 'sam-altman', 'japan'])('keep the relationships of %s citing at least two sources', async (id) => {
      const { entity } = await data<Answer>(RELATIONSHIPS, { id, min: 2 });
      const expected = entity.all.edges.filter((edge) => edge.node.sources.length >= 2);
      expect(ids(entity.filtered.edges)).toEqual(ids(expected));
      expect([entity.filtered.totalCount, entity.degree]).toEqual([expected.length, expected.length]);
    });

    it('keep the relationships citing one of the named sources', async () => {
      const { entity } = await data<Answer>(RELATIONSHIPS, { id: 'japan', sources: ['background'] });
      const expected = entity.all.edges.filter((edge) => edge.node.sources.some((source) => source.id === 'background'));
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(entity.filtered.edges)).toEqual(ids(expected));
      expect(expected.length).toBeLessThan(entity.all.edges.length);
    });

    it('hold for neighbourhoods, paths, timelines and typed lists', async () => {
      const answer = await data<{
        neighborhood: { relationships: Array<{ sources: Array<{ id: string }> }> };
        paths: Array<{ relationships: Array<{ sources: Array<{ id: string }> }> }>;
        timeline: Array<{ sources: Array<{ id: string }> }>;
        entity: { people: Array<{ relationship: { sources: Array<{ id: string }> } }> };
      }>(`{
        neighborhood(id: "japan", depth: 2, sources: ["background"]) { relationships { sources { id } } }
        paths(from: "elon-musk", to: "fumio-kishida", maxHops: 6, minSources: 1) { relationships { sources { id } } }
        timeline(minSources: 2) { sources { id } }
        entity(id: "government-of-japan") { ... on Organization { people(sources: ["background"]) { relationship { sources { id } } } } }
      }`);
      expect(answer.neighborhood.relationships.length).toBeGreaterThan(0);
      for (const relationship of answer.neighborhood.relationships) expect(relationship.sources.map((s) => s.id)).toContain('background');
      for (const path of answer.paths) for (const relationship of path.relationships) expect(relationship.sources.length).toBeGreaterThanOrEqual(1);
      for (const event of answer.timeline) expect(event.sources.length).toBeGreaterThanOrEqual(2);
      for (const position of answer.entity.people) expect(position.relationship.sources.map((s) => s.id)).toContain('background');
    });

    it('refuse a minimum or a list out of bounds, naming the argument', async () => {
      const zero = await server.query('{ entity(id: "japan") { relationships(minSources: 0) { totalCount } } }');
      expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'minSources' });
      const none = await server.query('{ timeline(sources: []) { id } }');
      expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sources' });
    });
  });

  describe('counts', () => {
    it('give the degree of an entity as its relationships count, for the same arguments', async () => {
      const { entity } = await data<{ entity: { degree: number; out: number; relationships: { totalCount: number }; outgoing: { totalCount: number } } }>(`{
        entity(id: "fumio-kishida") {
          degree relationships { totalCount }
          out: degree(direction: OUTGOING, types: [HOLDS_POSITION, PARTICIPATED_IN]) outgoing: relationships(direction: OUTGOING, types: [HOLDS_POSITION, PARTICIPATED_IN]) { totalCount }
        }
      }`);
      expect(entity.degree).toBe(entity.relationships.totalCount);
      expect(entity.out).toBe(entity.outgoing.totalCount);
      expect(entity.out).toBeGreaterThan(0);
    });

    it('count the graph by kind, by relationship type and by source', async () => {
      const { stats, entities } = await data<{
        stats: { entityCounts: Array<{ type: string; count: number }>; relationshipCounts: Array<{ type: string; count: number }>; factsPerSource: Array<{ source: { id: string }; count: number }> };
        entities: { totalCount: number };
      }>(`{
        stats(topSources: 5) { entityCounts { type count } relationshipCounts { type count } factsPerSource { source { id } count } }
        entities { totalCount }
      }`);
      expect(stats.entityCounts.reduce((sum, { count }) => sum + count, 0)).toBe(entities.totalCount);
      expect(stats.entityCounts.find((entry) => entry.type === 'PERSON')?.count).toBeGreaterThan(0);
      expect(stats.relationshipCounts).toHaveLength(21);
      expect(stats.factsPerSource).toHaveLength(stats.entityCounts.find((entry) => entry.type === 'SOURCE')?.count ?? -1);
      const counts = stats.factsPerSource.map((entry) => entry.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(stats.factsPerSource.map((entry) => [entry.source.id, entry.count])).toEqual(await factsPerSourceCounted(server.driver, 5));
      const { entity } = await data<{ entity: { facts: { totalCount: number } } }>(
        `query ($id: ID!) { entity(id: $id) { ... on Source { facts { totalCount } } } }`,
        { id: stats.factsPerSource[0].source.id },
      );
      // Facts per source count entities and relationships; Source.facts also lists single properties.
      expect(entity.facts.totalCount).toBeGreaterThanOrEqual(stats.factsPerSource[0].count);
    });

    it('rank the most connected entities of a kind, highest degree first', async () => {
      const { topConnected } = await data<{ topConnected: Ranked[] }>('{ topConnected(type: PERSON, first: 3) { degree entity { id type degree } } }');
      expect(topConnected).toHaveLength(3);
      const degrees = topConnected.map((ranked) => ranked.degree);
      expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
      for (const ranked of topConnected) expect(ranked.entity.degree).toBe(ranked.degree);
    });
  });

  describe('search hits', () => {
    it.each([
      ['岸田', 'fumio-kishida', '岸田文雄', 'PREFIX'],
      ['Taro Kōno', 'taro-kono', 'Taro Kono', 'EXACT'],
      ['kish', 'fumio-kishida', 'Fumio Kishida', 'PREFIX'],
      ['altmann', 'sam-altman', 'Sam Altman', 'FUZZY'],
    ])('say which spelling matched "%s", and how', async (text, id, matched, matchKind) => {
      const { search } = await data<{ search: Array<{ entity: { id: string }; matched: string; matchKind: string }> }>(
        'query ($text: String!) { search(text: $text) { entity { id } matched matchKind } }',
        { text },
      );
      expect(search.find((hit) => hit.entity.id === id)).toEqual({ entity: { id }, matched, matchKind });
    });
  });

  it('adds no round trip: every field above rides on its root field\'s query', async () => {
    const context = server.kg.createContext();
    const { ApolloServer } = await import('@apollo/server');
    const apollo = new ApolloServer({ schema: server.kg.schema });
    const response = await apollo.executeOperation({
      query: `{ entity(id: "japan") { degree(minSources: 1) relationships(sources: ["background"]) { totalCount } ... on Country { events(minSources: 1) { id } } } }`,
    }, { contextValue: context });
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
    expect(context.roundTrips.count).toBe(1);
  });
});
