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
      type Cited = { id: string; sources: Array<{ id: string }> };
      type PathAnswer = { relationships: Cited[] };
      type PositionAnswer = { relationship: Cited };
      const answer = await data<{
        neighborhood: { nodes: Array<{ id: string }>; relationships: Cited[] };
        backgroundPaths: PathAnswer[];
        allPaths: PathAnswer[];
        wellSourcedEvents: Cited[];
        allEvents: Cited[];
        entity: { backgroundPeople: PositionAnswer[]; allPeople: PositionAnswer[]; threeSourcePeople: PositionAnswer[] };
      }>(`{
        neighborhood(id: "japan", depth: 2, sources: ["background"]) { nodes { id } relationships { id sources { id } } }
        backgroundPaths: paths(from: "japan", to: "italy", maxHops: 3, first: 100, sources: ["background"]) { relationships { id sources { id } } }
        allPaths: paths(from: "japan", to: "italy", maxHops: 3, first: 100) { relationships { id sources { id } } }
        wellSourcedEvents: timeline(minSources: 2) { id sources { id } }
        allEvents: timeline { id sources { id } }
        entity(id: "government-of-japan") { ... on Organization {
          backgroundPeople: people(sources: ["background"]) { relationship { id sources { id } } }
          allPeople: people { relationship { id sources { id } } }
          threeSourcePeople: people(minSources: 3) { relationship { id sources { id } } }
        } }
      }`);
      const citesBackground = (fact: Cited) => fact.sources.some((source) => source.id === 'background');
      const pathIds = (paths: PathAnswer[]) => paths.map((path) => path.relationships.map((relationship) => relationship.id).join(' '));
      const positionIds = (positions: PositionAnswer[]) => positions.map((position) => position.relationship.id);

      // From Japan along background facts only: its G7 membership, then the G7's other members (facts.md).
      const { neighborhood } = answer;
      expect(neighborhood.nodes.map((node) => node.id).sort()).toEqual(['g7', 'italy', 'japan', 'united-states']);
      expect(neighborhood.relationships.map((relationship) => relationship.id).sort()).toEqual(['italy:MEMBER_OF:g7', 'japan:MEMBER_OF:g7', 'united-states:MEMBER_OF:g7']);
      expect(neighborhood.relationships.filter((relationship) => !citesBackground(relationship))).toEqual([]);

      // Exactly the paths whose every relationship cites background: fewer than all, and not none.
      expect(answer.allPaths.length).toBeLessThan(100); // every path, so filtering them here gives the whole expected answer
      const backgroundOnly = answer.allPaths.filter((path) => path.relationships.every(citesBackground));
      expect(backgroundOnly.length).toBeLessThan(answer.allPaths.length);
      expect(pathIds(answer.backgroundPaths)).toEqual(pathIds(backgroundOnly));
      expect(pathIds(answer.backgroundPaths)).toEqual(['japan:MEMBER_OF:g7 italy:MEMBER_OF:g7']);

      // Of the 11 events, only the Italian ban cites two sources (its end date is background's).
      expect(answer.allEvents).toHaveLength(11);
      expect(answer.wellSourcedEvents.map((event) => event.id)).toEqual(answer.allEvents.filter((event) => event.sources.length >= 2).map((event) => event.id));
      expect(answer.wellSourcedEvents.map((event) => event.id)).toEqual(['italy-chatgpt-limitation']);

      // The government's three positions each cite the article and background: all kept for background, none for three sources.
      const { entity } = answer;
      expect(positionIds(entity.allPeople)).toEqual([
        'fumio-kishida:HOLDS_POSITION:government-of-japan',
        'hirokazu-matsuno:HOLDS_POSITION:government-of-japan',
        'taro-kono:HOLDS_POSITION:government-of-japan',
      ]);
      expect(positionIds(entity.backgroundPeople)).toEqual(positionIds(entity.allPeople.filter((position) => citesBackground(position.relationship))));
      expect(entity.backgroundPeople.map((position) => position.relationship.sources.map((source) => source.id).sort())).toEqual(
        Array.from({ length: 3 }, () => ['article-openai-japan-2023', 'background']),
      );
      expect(entity.threeSourcePeople).toEqual([]);
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
    const apollo = new ApolloServer({ gateway: server.kg.gateway });
    const response = await apollo.executeOperation({
      query: `{ entity(id: "japan") { degree(minSources: 1) relationships(sources: ["background"]) { totalCount } ... on Country { events(minSources: 1) { id } } } }`,
    }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    // Japan's 10 relationships all cite a source, only its G7 membership cites background, and 6 events were held there.
    const { entity } = response.body.singleResult.data as { entity: { degree: number; relationships: { totalCount: number }; events: Array<{ id: string }> } };
    expect([entity.degree, entity.relationships.totalCount]).toEqual([10, 1]);
    expect(entity.events.map((event) => event.id).sort()).toEqual([
      'altman-kishida-meeting',
      'g7-digital-ministers-meeting',
      'kono-workstyle-remarks',
      'ldp-headquarters-meeting',
      'matsuno-adoption-remarks',
      'openai-japan-expansion',
    ]);
    expect(context.roundTrips.count).toBe(1);
  });
});
