import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

/*
 * Correcting a relationship: title, role and dates at the version read, with sources, a revision and
 * history, as for entities; and what asserting a retracted relationship means (it is restored, and
 * its history shows the period it was retracted).
 */

const id = (name: string): string => `${TEST_ID_PREFIX}${name}`;
const PERSON = id('adviser');
const FACT = `${PERSON}:HOLDS_POSITION:openai`;
const ARTICLE = 'article-openai-japan-2023';
const codes = (response: GraphQLResponse): unknown[] => (response.errors ?? []).map((error) => error.extensions?.code);

const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateRelationshipInput!, $sources: [ID!]!) {
  updateRelationship(id: $id, expectedVersion: $v, input: $input, sources: $sources, reason: "as the article says") {
    id version title role since sincePrecision until untilPrecision sources { id } } }`;
const READ = `query ($at: DateTime) { entity(id: "${PERSON}", knownAt: $at) { relationships(types: [HOLDS_POSITION]) { edges { node { title since until } } } } }`;
const POSITIONS = `query ($at: DateTime) { entity(id: "openai", knownAt: $at) { ... on Organization { people(first: 50) { person { id } title since until } } } }`;
const HISTORY = `{ entity(id: "${PERSON}") { relationships(types: [HOLDS_POSITION]) { edges { node { id
  history(first: 10) { edges { node { at reason changes { op field before after } } } } } } } } }`;

interface HistoryRead {
  entity: { relationships: { edges: Array<{ node: { id: string; history: { edges: Array<{ node: { at: string; reason: string; changes: Array<{ op: string; field: string; before: string | null; after: string | null }> } }> } } }> } };
}

describe('Correcting relationships', () => {
  let server: TestServer;
  let editor: Record<string, string>;
  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response: GraphQLResponse<T> = await server.query<T>(query, variables, editor);
    if (response.errors !== undefined) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  };
  const update = (v: number, input: Record<string, unknown>, sources: string[] = [ARTICLE], relationship = FACT) => server.query(UPDATE, { id: relationship, v, input, sources }, editor);
  const historyOf = async () => (await ok<HistoryRead>(HISTORY)).entity.relationships.edges.find((edge) => edge.node.id === FACT)!.node.history.edges.map((edge) => edge.node);

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH } });
    editor = await bearer({ sub: 'rhea', roles: ['editor'] });
    await ok(`mutation { applyChangeset(input: { reason: "an adviser", entities: [{ id: "${PERSON}", type: PERSON, name: "An Adviser", sources: ["background"] }],
      relationships: [{ from: "${PERSON}", type: HOLDS_POSITION, to: "openai", title: "Adviser", role: "policy", since: "2023-04-10", sources: ["background"] }] }) { revision { seq } } }`);
  });
  afterAll(async () => {
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  let corrected: string;
  it('corrects title, role and dates at the expected version, adds the sources, and records each field in history', async () => {
    corrected = new Date().toISOString();
    const response = await update(1, { title: 'Senior adviser', role: null, until: '2024-06', sincePrecision: 'MONTH' });
    expect(response.data?.updateRelationship).toEqual({
      id: FACT, version: 2, title: 'Senior adviser', role: null, since: '2023-04-01', sincePrecision: 'MONTH', until: '2024-06-01', untilPrecision: 'MONTH',
      sources: [{ id: 'background' }, { id: ARTICLE }],
    });
    const [latest] = await historyOf();
    expect(latest.reason).toBe('as the article says');
    expect(latest.changes).toEqual([
      { op: 'UPDATE', field: 'title', before: 'Adviser', after: 'Senior adviser' },
      { op: 'UPDATE', field: 'role', before: 'policy', after: null },
      { op: 'UPDATE', field: 'since', before: '2023-04-10', after: '2023-04' },
      { op: 'UPDATE', field: 'sources', before: '["background"]', after: `["background","${ARTICLE}"]` },
      { op: 'UPDATE', field: 'until', before: null, after: '2024-06' },
    ]);
    // The graph as it was before the correction still says what it said.
    expect((await ok(READ, { at: corrected })).entity).toEqual({ relationships: { edges: [{ node: { title: 'Adviser', since: '2023-04-10', until: null } }] } });
    expect((await ok(READ)).entity).toEqual({ relationships: { edges: [{ node: { title: 'Senior adviser', since: '2023-04-01', until: '2024-06-01' } }] } });
    // The position that the relationship is reads the same at each moment.
    type People = { entity: { people: Array<{ person: { id: string }; title: string; since: string; until: string | null }> } };
    const adviser = async (at?: string) => (await ok<People>(POSITIONS, { at })).entity.people.find((position) => position.person.id === PERSON);
    expect(await adviser(corrected)).toEqual({ person: { id: PERSON }, title: 'Adviser', since: '2023-04-10', until: null });
    expect(await adviser()).toEqual({ person: { id: PERSON }, title: 'Senior adviser', since: '2023-04-01', until: '2024-06-01' });
  });

  it('refuses a stale version, a correction without or with unknown sources, dates the rules refuse, and unknown ids', async () => {
    const stale = await update(1, { title: 'x' });
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
    expect(codes(await update(2, { title: 'x' }, []))).toEqual(['PROVENANCE_REQUIRED']);
    expect(codes(await update(2, { title: 'x' }, ['no-such-source']))).toEqual(['SOURCE_NOT_FOUND']);
    const backwards = await update(2, { until: '2022' });
    expect([codes(backwards), backwards.errors?.[0].extensions?.argument]).toEqual([['BAD_USER_INPUT'], 'input.until']);
    const finer = await update(2, { untilPrecision: 'DAY' });
    expect([codes(finer), finer.errors?.[0].extensions?.argument]).toEqual([['BAD_USER_INPUT'], 'input.untilPrecision']);
    expect(codes(await update(2, { title: 'x' }, [ARTICLE], `${PERSON}:HOLDS_POSITION:google`))).toEqual(['NOT_FOUND']);
    expect(codes(await update(2, { title: 'x' }, [ARTICLE], 'not-a-relationship-id'))).toEqual(['NOT_FOUND']);
    // Nothing of the refused corrections was written.
    expect((await ok(READ)).entity).toEqual({ relationships: { edges: [{ node: { title: 'Senior adviser', since: '2023-04-01', until: '2024-06-01' } }] } });
    // The position that the relationship is reads the same at each moment.
    type People = { entity: { people: Array<{ person: { id: string }; title: string; since: string; until: string | null }> } };
    const adviser = async (at?: string) => (await ok<People>(POSITIONS, { at })).entity.people.find((position) => position.person.id === PERSON);
    expect(await adviser(corrected)).toEqual({ person: { id: PERSON }, title: 'Adviser', since: '2023-04-10', until: null });
    expect(await adviser()).toEqual({ person: { id: PERSON }, title: 'Senior adviser', since: '2023-04-01', until: '2024-06-01' });
  });

  it('restores a retracted relationship asserted again, and its history shows the period it was retracted', async () => {
    await ok(`mutation { retractRelationship(id: "${FACT}", expectedVersion: 2, reason: "not an adviser") { version } }`);
    expect(codes(await update(3, { title: 'x' }))).toEqual(['NOT_FOUND']);
    // A few milliseconds of retraction, so a moment lies between the two revisions.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const restored = await ok<{ assertRelationship: unknown }>(`mutation { assertRelationship(input: { from: "${PERSON}", type: HOLDS_POSITION, to: "openai", title: "Adviser",
      sources: ["${ARTICLE}"] }) { version title sources { id } } }`);
    expect(restored.assertRelationship).toEqual({ version: 4, title: 'Adviser', sources: [{ id: ARTICLE }] });
    const [assertion, retraction] = await historyOf();
    expect(retraction.changes).toEqual([{ op: 'RETRACT', field: 'retracted', before: 'false', after: 'true' }]);
    expect(assertion.changes).toContainEqual({ op: 'ASSERT', field: 'retracted', before: 'true', after: 'false' });
    // Between the two revisions the graph did not know the relationship; before and after it did.
    const between = new Date(new Date(retraction.at).getTime() + 1).toISOString();
    expect(new Date(assertion.at).getTime()).toBeGreaterThan(new Date(between).getTime());
    expect((await ok(READ, { at: between })).entity).toEqual({ relationships: { edges: [] } });
    expect((await ok(READ, { at: corrected })).entity).toEqual({ relationships: { edges: [{ node: { title: 'Adviser', since: '2023-04-10', until: null } }] } });
    expect((await ok(READ)).entity).toEqual({ relationships: { edges: [{ node: { title: 'Adviser', since: null, until: null } }] } });
  });
});
