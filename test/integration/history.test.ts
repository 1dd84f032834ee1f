import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

/*
 * The graph remembers: a scripted story (a source and a fact added, the fact given another source,
 * a property corrected, the fact retracted, the entity erased), read with `knownAt` at every moment
 * between the steps, with its history and the change feed.
 */

const id = (name: string): string => `${TEST_ID_PREFIX}${name}`;
const ARTICLE = id('history-article');
const SUMMIT = id('history-summit');
const FACT = `sam-altman:PARTICIPATED_IN:${SUMMIT}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CHANGESET = `mutation ($input: ChangesetInput!) { applyChangeset(input: $input) {
  revision { seq at actor reason mutation sources { id } changes(first: 2) { op targetId field before after entity { id } } } } }`;
const ASSERT = `mutation ($input: AssertRelationshipInput!) { assertRelationship(input: $input) { id version } }`;
const UPDATE = `mutation ($v: Int!) { updateEntity(id: "${SUMMIT}", expectedVersion: $v, input: { name: "History Summit of Osaka" },
  sources: ["${ARTICLE}"], reason: "the name as the article gives it") { version } }`;
const RETRACT = `mutation ($v: Int!) { retractRelationship(id: "${FACT}", expectedVersion: $v, reason: "he did not attend") { id } }`;
const ERASE = `mutation { eraseEntity(id: "${SUMMIT}", reason: "court order 2026-17") }`;

/** What the story reads at one moment: the entity, the fact from the other end, search, paths. */
const AT = `query ($at: DateTime, $day: Date) {
  entity(id: "${SUMMIT}", knownAt: $at) { name version sources { id } ... on Event { startDate participants { entity { id } } } }
  sam: entity(id: "sam-altman", knownAt: $at) {
    relationships(types: [PARTICIPATED_IN], asOf: $day) { edges { node { id version sources { id } } other { id name } } }
  }
  search(text: "History Summit", knownAt: $at) { entity { id } }
  neighborhood(id: "sam-altman", types: [PARTICIPATED_IN], knownAt: $at, limit: 1000) { nodes { id } }
}`;

interface Moment {
  entity: { name: string; version: number; sources: Array<{ id: string }>; startDate: string; participants: Array<{ entity: { id: string } }> } | null;
  sam: { relationships: { edges: Array<{ node: { id: string; version: number; sources: Array<{ id: string }> }; other: { id: string; name: string } }> } };
  search: Array<{ entity: { id: string } }>;
  neighborhood: { nodes: Array<{ id: string }> };
}

describe('The graph remembers', () => {
  let server: TestServer;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  /** The moment before each step, and the revision each step wrote. */
  const moments: Record<string, string> = {};
  const seqs: Record<string, number> = {};
  let feedStart: string | null = null;
  let addition: Record<string, unknown> = {};

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> => {
    const response: GraphQLResponse<T> = await server.query<T>(query, variables, headers);
    if (response.errors !== undefined) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  };
  const at = (moment: string | null, day: string | null = null) => ok<Moment>(AT, { at: moment, day });
  /** The feed after `cursor`, read to its end: the seqs, and the cursor to continue from. */
  const readFeed = async (cursor: string | null, first = 100): Promise<{ seqs: number[]; cursor: string | null }> => {
    const seen: number[] = [];
    for (;;) {
      const { changes } = await ok<{ changes: { edges: Array<{ node: { seq: number } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
        'query ($after: String, $first: Int) { changes(after: $after, first: $first) { edges { node { seq } } pageInfo { hasNextPage endCursor } } }', { after: cursor, first });
      seen.push(...changes.edges.map((edge) => edge.node.seq));
      cursor = changes.pageInfo.endCursor ?? cursor;
      if (!changes.pageInfo.hasNextPage) return { seqs: seen, cursor };
    }
  };
  /** The newest revision's seq, read from the feed after the last one seen. */
  let tail: string | null = null;
  const newest = async (): Promise<number> => {
    const read = await readFeed(tail);
    tail = read.cursor;
    return read.seqs[read.seqs.length - 1];
  };
  /** Remembers the moment before a step (a few milliseconds apart from it: knownAt reads whole milliseconds). */
  const before = async (step: string) => {
    await pause(5);
    moments[step] = new Date().toISOString();
    await pause(5);
  };
  const after = async (step: string) => {
    seqs[step] = await newest();
  };

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH } });
    editor = await bearer({ sub: 'hanako', roles: ['editor'] });
    admin = await bearer({ sub: 'legal', roles: ['admin'] });
    feedStart = (await readFeed(null)).cursor;
    tail = feedStart;

    await before('add');
    addition = await ok(CHANGESET, {
      input: {
        reason: 'A new article on the summit',
        sources: [{ id: ARTICLE, title: 'A summit in Osaka', publishedOn: '2024-03-02' }],
        entities: [{ id: SUMMIT, type: 'EVENT', name: 'History Summit', category: 'SUMMIT', startDate: '2024-03', sources: [ARTICLE] }],
        relationships: [{ from: 'sam-altman', type: 'PARTICIPATED_IN', to: SUMMIT, since: '2024-03', until: '2024-03', sources: [ARTICLE] }],
      },
    }, editor);
    await after('add');

    await before('source');
    await ok(ASSERT, { input: { from: 'sam-altman', type: 'PARTICIPATED_IN', to: SUMMIT, sources: ['background'] } }, editor);
    await after('source');

    await before('correct');
    await ok(UPDATE, { v: 1 }, editor);
    await after('correct');

    await before('retract');
    await ok(RETRACT, { v: 2 }, editor);
    await after('retract');
  });

  afterAll(async () => {
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  it('before the source and the fact were added, knows neither', async () => {
    const then = await at(moments.add);
    expect(then.entity).toBeNull();
    expect(then.sam.relationships.edges.map((edge) => edge.other.id)).not.toContain(SUMMIT);
    expect(then.search.map((hit) => hit.entity.id)).not.toContain(SUMMIT);
    expect(then.neighborhood.nodes.map((node) => node.id)).not.toContain(SUMMIT);
    // The seed is known from the moment it was loaded: long before this test.
    expect(then.sam.relationships.edges.length).toBeGreaterThan(0);
  });

  it('just after the addition, knows the entity and the fact as they were first written', async () => {
    const then = await at(moments.source);
    expect(then.entity).toMatchObject({ name: 'History Summit', version: 1, sources: [{ id: ARTICLE }], startDate: '2024-03-01', participants: [{ entity: { id: 'sam-altman' } }] });
    const fact = then.sam.relationships.edges.find((edge) => edge.other.id === SUMMIT);
    expect(fact).toEqual({ node: { id: FACT, version: 1, sources: [{ id: ARTICLE }] }, other: { id: SUMMIT, name: 'History Summit' } });
    expect(then.search.map((hit) => hit.entity.id)).toContain(SUMMIT);
    expect(then.neighborhood.nodes.map((node) => node.id)).toContain(SUMMIT);
  });

  it('keeps a later source of a fact out of what was known before it', async () => {
    const fact = async (moment: string) => (await at(moment)).sam.relationships.edges.find((edge) => edge.other.id === SUMMIT)?.node;
    expect(await fact(moments.source)).toEqual({ id: FACT, version: 1, sources: [{ id: ARTICLE }] });
    expect(await fact(moments.correct)).toEqual({ id: FACT, version: 2, sources: [{ id: ARTICLE }, { id: 'background' }] });
  });

  it('shows a corrected property as it was before the correction, and as corrected after it', async () => {
    expect((await at(moments.correct)).entity).toMatchObject({ name: 'History Summit', version: 1 });
    expect((await at(moments.retract)).entity).toMatchObject({ name: 'History Summit of Osaka', version: 2 });
    expect((await at(null)).entity).toMatchObject({ name: 'History Summit of Osaka', version: 2 });
  });

  it("shows, at a revision's own `at`, the graph with that revision and without the next", async () => {
    const atOf = async (seq: number) => (await ok<{ revision: { at: string } }>(`{ revision(seq: ${seq}) { at } }`)).revision.at;
    expect((await at(await atOf(seqs.source))).entity).toMatchObject({ name: 'History Summit', version: 1 });
    expect((await at(await atOf(seqs.correct))).entity).toMatchObject({ name: 'History Summit of Osaka', version: 2 });
  });

  it('shows a retracted fact only as known before its retraction', async () => {
    const has = (moment: Moment) => moment.sam.relationships.edges.some((edge) => edge.other.id === SUMMIT);
    expect(has(await at(moments.retract))).toBe(true);
    expect(has(await at(null))).toBe(false);
    const now = new Date().toISOString();
    expect(has(await at(now))).toBe(false);
    expect((await at(moments.retract)).entity?.participants).toEqual([{ entity: { id: 'sam-altman' } }]);
    expect((await at(now)).entity?.participants).toEqual([]);
  });

  it('walks paths, timelines and entity lists as known at the moment', async () => {
    const query = `query ($at: DateTime) {
      shortestPath(from: "sam-altman", to: "${SUMMIT}", knownAt: $at) { length }
      paths(from: "sam-altman", to: "${SUMMIT}", maxHops: 1, knownAt: $at) { length }
      timeline(entityId: "sam-altman", from: "2024-01-01", to: "2024-12-31", knownAt: $at) { id }
      entities(type: EVENT, namePrefix: "History Summit", knownAt: $at) { totalCount edges { node { name } } }
    }`;
    const then = await ok<Record<string, unknown>>(query, { at: moments.retract });
    expect(then).toEqual({
      shortestPath: { length: 1 }, paths: [{ length: 1 }], timeline: expect.arrayContaining([{ id: SUMMIT }]) as Array<{ id: string }>,
      entities: { totalCount: 1, edges: [{ node: { name: 'History Summit of Osaka' } }] },
    });
    const before = await ok<Record<string, unknown>>(query, { at: moments.correct });
    expect(before.entities).toEqual({ totalCount: 1, edges: [{ node: { name: 'History Summit' } }] });
    const now = await ok<{ shortestPath: unknown; paths: unknown[]; timeline: Array<{ id: string }> }>(query, { at: null });
    expect(now.shortestPath).not.toEqual({ length: 1 });
    expect(now.paths).toEqual([]);
    expect(now.timeline).not.toContainEqual({ id: SUMMIT });
    const early = await server.query(query, { at: moments.add });
    expect(early.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('combines both times: as known before the retraction, what held on a day', async () => {
    const held = async (day: string) => (await at(moments.retract, day)).sam.relationships.edges.some((edge) => edge.other.id === SUMMIT);
    expect(await held('2024-03-15')).toBe(true);
    expect(await held('2024-05-01')).toBe(false);
  });

  it("lists the entity's revisions newest first: who changed what and why", async () => {
    const { entity } = await ok<{ entity: { history: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> } } }>(`{ entity(id: "${SUMMIT}") {
      history { totalCount edges { node { seq actor reason mutation sources { id } changes { field before after targetKind targetId op } } } } } }`);
    expect(entity.history.totalCount).toBe(2);
    const [correction, addition] = entity.history.edges.map((edge) => edge.node);
    expect(correction).toMatchObject({ seq: seqs.correct, actor: 'hanako', reason: 'the name as the article gives it', mutation: 'updateEntity', sources: [{ id: ARTICLE }] });
    expect(correction.changes).toEqual([{ field: 'name', before: 'History Summit', after: 'History Summit of Osaka', targetKind: 'ENTITY', targetId: SUMMIT, op: 'UPDATE' }]);
    expect(addition).toMatchObject({ seq: seqs.add, actor: 'hanako', reason: 'A new article on the summit', mutation: 'applyChangeset' });
    expect(addition.changes).toEqual(expect.arrayContaining([
      { field: 'name', before: null, after: 'History Summit', targetKind: 'ENTITY', targetId: SUMMIT, op: 'CREATE' },
      { field: 'sources', before: null, after: JSON.stringify([ARTICLE]), targetKind: 'ENTITY', targetId: SUMMIT, op: 'CREATE' },
      { field: 'since', before: null, after: '2024-03', targetKind: 'RELATIONSHIP', targetId: FACT, op: 'ASSERT' },
    ]));
  });

  it("lists a retracted relationship's revisions through knownAt, and history as known then", async () => {
    const query = `query ($at: DateTime) { entity(id: "sam-altman", knownAt: $at) { relationships(types: [PARTICIPATED_IN]) { edges { node { id
      history(first: 5) { edges { node { seq changes(first: 10) { field before after entity { id } relationship { id } } } } } } } } } }`;
    const read = async (moment: string) => {
      const data = await ok<{ entity: { relationships: { edges: Array<{ node: { id: string; history: { edges: Array<{ node: { seq: number; changes: Array<Record<string, unknown>> } }> } } }> } } }>(query, { at: moment });
      return data.entity.relationships.edges.find((edge) => edge.node.id === FACT)?.node.history.edges.map((edge) => edge.node);
    };
    const known = await read(moments.retract);
    expect(known?.map((revision) => revision.seq)).toEqual([seqs.source, seqs.add]);
    expect(known?.[0].changes).toEqual([{ field: 'sources', before: JSON.stringify([ARTICLE]), after: JSON.stringify([ARTICLE, 'background']), entity: null, relationship: { id: FACT } }]);
    expect((await read(moments.source))?.map((revision) => revision.seq)).toEqual([seqs.add]);
  });

  it('answers a revision by seq, with the entity and relationship each change is about', async () => {
    const { revision } = await ok<{ revision: { seq: number; changes: Array<Record<string, unknown>> } }>(`{ revision(seq: ${seqs.retract}) {
      seq actor changes { field before after op relationship { id } } } }`);
    // As it is now: retracted, so no relationship to show; the change still says what it was about.
    expect(revision.changes).toEqual([{ field: 'retracted', before: 'false', after: 'true', op: 'RETRACT', relationship: null }]);
    expect((await ok<{ revision: null }>('{ revision(seq: 987654321) { seq } }')).revision).toBeNull();
  });

  it('lists every revision of the story once, in order, in the feed read one at a time', async () => {
    expect((await readFeed(feedStart, 1)).seqs).toEqual([seqs.add, seqs.source, seqs.correct, seqs.retract]);
  });

  it("answers a mutation's revision with its sources and changes", async () => {
    const { revision } = addition.applyChangeset as { revision: Record<string, unknown> };
    expect(revision).toMatchObject({ seq: seqs.add, actor: 'hanako', reason: 'A new article on the summit', mutation: 'applyChangeset', sources: [{ id: ARTICLE }] });
    expect(new Date(revision.at as string).toISOString()).toBe(revision.at);
    expect(revision.changes).toEqual([
      { op: 'CREATE', targetId: ARTICLE, field: 'id', before: null, after: ARTICLE, entity: { id: ARTICLE } },
      { op: 'CREATE', targetId: ARTICLE, field: 'name', before: null, after: 'A summit in Osaka', entity: { id: ARTICLE } },
    ]);
  });

  it('refuses a knownAt that is no date-time as a client mistake', async () => {
    const literal = await server.query('{ entity(id: "sam-altman", knownAt: "yesterday") { id } }');
    expect(literal.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const variable = await server.query('query ($at: DateTime) { entity(id: "sam-altman", knownAt: $at) { id } }', { at: '2024-13-45T99:00:00Z' });
    expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor it did not make, and a page past its bound', async () => {
    const bad = await server.query('{ changes(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await server.query('{ changes(first: 101) { totalCount } }');
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const history = await server.query('{ entity(id: "sam-altman") { history(first: 0) { totalCount } } }');
    expect(history.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('knows a fact retracted and asserted again before its retraction and after its new assertion, not between', async () => {
    const [meeting, topic] = [id('history-meeting'), id('history-topic')];
    const fact = `${meeting}:CONCERNS:${topic}`;
    await ok(CHANGESET, { input: { reason: 'a meeting on a topic', entities: [
      { id: meeting, type: 'EVENT', name: 'History meeting', category: 'MEETING', startDate: '2024-04-02', sources: ['background'] },
      { id: topic, type: 'TOPIC', name: 'History topic', sources: ['background'] },
    ], relationships: [{ from: meeting, type: 'CONCERNS', to: topic, sources: ['background'] }] } }, editor);
    await before('firstLife');
    await ok(`mutation { retractRelationship(id: "${fact}", expectedVersion: 1, reason: "wrong topic") { id } }`, {}, editor);
    await before('gap');
    await ok(ASSERT, { input: { from: meeting, type: 'CONCERNS', to: topic, sources: [ARTICLE] } }, editor);
    await before('secondLife');
    const topics = async (moment: string | null) =>
      (await ok<{ entity: { topics: Array<{ id: string }> } }>(`query ($at: DateTime) { entity(id: "${meeting}") { ... on Event { topics(knownAt: $at) { id } } } }`, { at: moment })).entity.topics;
    expect(await topics(moments.firstLife)).toEqual([{ id: topic }]);
    expect(await topics(moments.gap)).toEqual([]);
    expect(await topics(moments.secondLife)).toEqual([{ id: topic }]);
    expect(await topics(null)).toEqual([{ id: topic }]);
  });

  it('after an erasure, the entity appears nowhere, at no moment, and its history says only that it was erased', async () => {
    await before('erase');
    await ok(ERASE, {}, admin);
    await after('erase');
    for (const moment of [moments.source, moments.correct, moments.retract, null]) {
      const then = await at(moment);
      expect(then.entity).toBeNull();
      expect(then.sam.relationships.edges.map((edge) => edge.other.id)).not.toContain(SUMMIT);
      expect(then.search.map((hit) => hit.entity.id)).not.toContain(SUMMIT);
    }
    const { revision } = await ok<{ revision: { reason: string; changes: Array<Record<string, unknown>> } }>(`{ revision(seq: ${seqs.erase}) {
      reason changes { field before after targetKind targetId entity { id } } } }`);
    expect(revision.reason).toBe('court order 2026-17');
    expect(revision.changes).toContainEqual({ field: 'erased', before: null, after: null, targetKind: 'ENTITY', targetId: null, entity: null });
    expect(JSON.stringify(revision)).not.toContain(SUMMIT);
    const { revision: correction } = await ok<{ revision: { changes: Array<Record<string, unknown>> } }>(`{ revision(seq: ${seqs.correct}) { changes { field before after } } }`);
    expect(correction.changes).toEqual([{ field: 'erased', before: null, after: null }]);
    const names = JSON.stringify(await ok(`{ revision(seq: ${seqs.add}) { changes { field before after targetId } } }`));
    expect(names).not.toContain('History Summit');
    expect(names).not.toContain(SUMMIT);
    // The feed from before the story on: nothing in it names the erased entity.
    const feed = JSON.stringify(await ok('query ($after: String) { changes(after: $after) { edges { node { changes { targetId field before after } } } } }', { after: feedStart }));
    expect(feed).not.toContain(SUMMIT);
    expect(feed).toContain(ARTICLE);
  });
});
