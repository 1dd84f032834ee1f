import { expectData } from '../support/expect-data';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * The questions of facts.md ("Questions the graph must answer"), each one GraphQL query over real
 * HTTP against the seeded graph. Path and search questions live in traversal.test.ts and search.test.ts.
 */
describe('Questions the graph answers in one query', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const data = <T>(query: string, variables?: Record<string, unknown>): Promise<T> => expectData<T>(server, query, variables);

  it('tells whom Sam Altman met, and when', async () => {
    const { entity } = await data<{ entity: { metWith: Array<{ person: { id: string }; meetings: Array<{ id: string; startDate: string }> }> } }>(`{
      entity(id: "sam-altman") { ... on Person { metWith { person { id } meetings { id startDate } } } }
    }`);
    expect(entity.metWith).toEqual([
      { person: { id: 'fumio-kishida' }, meetings: [{ id: 'altman-kishida-meeting', startDate: '2023-04-10' }] },
    ]);
  });

  it('lists the meetings Sam Altman took part in, with their hosts', async () => {
    const { entity } = await data<{ entity: { events: Array<{ id: string; hosts: Array<{ id: string }>; participants: Array<{ role: string; entity: { id: string } }> }> } }>(`{
      entity(id: "sam-altman") { ... on Person { events(categories: [MEETING]) {
        id hosts { id } participants { role entity { id } } } } }
    }`);
    expect(entity.events.map((event) => event.id).sort()).toEqual(['altman-kishida-meeting', 'ldp-headquarters-meeting']);
    const ldp = entity.events.find((event) => event.id === 'ldp-headquarters-meeting');
    expect(ldp?.hosts).toEqual([{ id: 'liberal-democratic-party' }]);
    const kishidaMeeting = entity.events.find((event) => event.id === 'altman-kishida-meeting');
    expect(kishidaMeeting?.participants).toEqual(
      expect.arrayContaining([
        { role: 'host', entity: { id: 'fumio-kishida' } },
        { role: 'guest', entity: { id: 'sam-altman' } },
      ]),
    );
  });

  it('tells which members of the Japanese government spoke about ChatGPT, and what they raised', async () => {
    const { entity } = await data<{
      entity: { people: Array<{ person: { id: string; statements: Array<{ concerns: Array<{ id: string }>; topics: Array<{ id: string }> }> } }> };
    }>(`{
      entity(id: "government-of-japan") { ... on Organization { people { person { id ... on Person {
        statements { concerns { id } topics { id } } } } } } }
    }`);
    const raised = Object.fromEntries(
      entity.people
        .map(({ person }) => [
          person.id,
          person.statements
            .filter((statement) => statement.concerns.some((concern) => concern.id === 'chatgpt'))
            .flatMap((statement) => statement.topics.map((topic) => topic.id))
            .sort(),
        ] as const)
        .filter(([, topics]) => topics.length > 0),
    );
    expect(raised).toEqual({
      'hirokazu-matsuno': ['cybersecurity', 'privacy'],
      'taro-kono': ['government-workstyle-reform', 'machine-generated-falsehoods'],
    });
  });

  it('follows the chain of events after the ChatGPT data breach', async () => {
    const { entity } = await data<{ entity: { consequences: Array<{ id: string; consequences: Array<{ id: string }> }> } }>(`{
      entity(id: "chatgpt-data-breach") { ... on Event { consequences { id ... on Event { consequences { id } } } } }
    }`);
    expect(entity.consequences.map((event) => event.id)).toEqual(['italy-chatgpt-limitation']);
    expect(entity.consequences[0].consequences.map((event) => event.id).sort()).toEqual(['european-privacy-reviews', 'openai-remedy-proposal']);
  });

  it('lists the events of April 2023 that took place in Japan, in date order', async () => {
    const { timeline } = await data<{ timeline: Array<{ id: string; startDate: string; location: { id: string } | null }> }>(`{
      timeline(entityId: "japan", from: "2023-04-01", to: "2023-04-30") { id startDate location { id } }
    }`);
    expect(timeline.map((event) => event.id).sort()).toEqual(
      [
        'altman-kishida-meeting',
        'g7-digital-ministers-meeting',
        'kono-workstyle-remarks',
        'ldp-headquarters-meeting',
        'matsuno-adoption-remarks',
        'openai-japan-expansion',
      ].sort(),
    );
    expect(timeline.every((event) => event.location?.id === 'japan')).toBe(true);
    const dates = timeline.map((event) => event.startDate);
    expect(dates).toEqual([...dates].sort());
  });

  it('tells who held which position in the Japanese government on 2023-04-10, and who still did on 2024-01-01', async () => {
    const query = `query ($asOf: Date) { entity(id: "government-of-japan") { ... on Organization {
      people(asOf: $asOf) { title person { id } } } } }`;
    type Answer = { entity: { people: Array<{ title: string; person: { id: string } }> } };
    const then = await data<Answer>(query, { asOf: '2023-04-10' });
    expect(then.entity.people.map((p) => [p.person.id, p.title]).sort()).toEqual([
      ['fumio-kishida', 'Prime Minister'],
      ['hirokazu-matsuno', 'Chief Cabinet Secretary'],
      ['taro-kono', 'Minister for Digital Transformation'],
    ]);
    const later = await data<Answer>(query, { asOf: '2024-01-01' });
    expect(later.entity.people.map((p) => p.person.id).sort()).toEqual(['fumio-kishida', 'taro-kono']);
  });

  it('tells which facts rest on background knowledge alone, rather than on the article', async () => {
    const { entity } = await data<{
      entity: { facts: { totalCount: number; edges: Array<{ node: { kind: string; property: string | null; entity: { id: string } | null; relationship: { id: string } | null; sources: Array<{ id: string }> } }> } };
    }>(`{
      entity(id: "background") { ... on Source { facts(exclusive: true) { totalCount edges { node {
        kind property entity { id } relationship { id } sources { id } } } } } }
    }`);
    const facts = entity.facts.edges.map(({ node }) => node);
    expect(facts.every((fact) => fact.sources.map((s) => s.id).join() === 'background')).toBe(true);
    const relationships = facts.filter((fact) => fact.kind === 'RELATIONSHIP').map((fact) => fact.relationship?.id);
    expect(relationships.sort()).toEqual([
      'italy:MEMBER_OF:g7',
      'italy:PART_OF:europe',
      'japan:MEMBER_OF:g7',
      'openai:BASED_IN:united-states',
      'twitter:BASED_IN:united-states',
      'united-states:MEMBER_OF:g7',
    ]);
    expect(facts).toContainEqual({ kind: 'ENTITY_PROPERTY', property: 'endDate', entity: { id: 'italy-chatgpt-limitation' }, relationship: null, sources: [{ id: 'background' }] });
    expect(facts).toContainEqual({
      kind: 'RELATIONSHIP_PROPERTY',
      property: 'until',
      entity: null,
      relationship: { id: 'hirokazu-matsuno:HOLDS_POSITION:government-of-japan' },
      sources: [{ id: 'background' }],
    });
    // The article's own facts are not among them: Kishida being Prime Minister rests on both.
    expect(relationships).not.toContain('fumio-kishida:HOLDS_POSITION:government-of-japan');
    expect(entity.facts.totalCount).toBe(facts.length);
  });

  it('gives the sources of every relationship, so an answer is its own evidence', async () => {
    const { entity } = await data<{ entity: { relationships: { edges: Array<{ node: { type: string; sources: Array<{ id: string }> } }> } } }>(`{
      entity(id: "fumio-kishida") { relationships(first: 100) { edges { node { type sources { id } } } } }
    }`);
    expect(entity.relationships.edges.length).toBeGreaterThan(0);
    for (const { node } of entity.relationships.edges) expect(node.sources.length).toBeGreaterThan(0);
  });
});
