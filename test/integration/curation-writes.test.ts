import type { EagerResult, Integer } from 'neo4j-driver';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { factsPerSourceCounted } from '../support/facts-per-source';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

const id = (name: string): string => `${TEST_ID_PREFIX}${name}`;
const codes = (response: GraphQLResponse): unknown[] => (response.errors ?? []).map((error) => error.extensions?.code);

const CREATE_SOURCE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { id title version author { id } } }`;
const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id name version sources { id } } }`;
const UPDATE_ENTITY = `mutation ($id: ID!, $v: Int!, $input: UpdateEntityInput!, $sources: [ID!]!) {
  updateEntity(id: $id, expectedVersion: $v, input: $input, sources: $sources, reason: "correction") { id version ... on Event { startDate datePrecision } sources { id } } }`;
const ASSERT = `mutation ($input: AssertRelationshipInput!) { assertRelationship(input: $input) { id version from { id } to { id } sources { id } } }`;
const RETRACT_REL = `mutation ($id: ID!, $v: Int!) { retractRelationship(id: $id, expectedVersion: $v, reason: "wrong") { id version } }`;
const RETRACT_ENTITY = `mutation ($id: ID!, $v: Int!) { retractEntity(id: $id, expectedVersion: $v, reason: "wrong") { id version } }`;

describe('Curation mutations', () => {
  let server: TestServer;
  let editor: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH } });
    editor = await bearer({ sub: 'alice', roles: ['editor'] });
  });
  afterAll(async () => {
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  const write = (query: string, variables: Record<string, unknown>, headers = editor) => server.query(query, variables, headers);

  it('creates a source with its author, then an entity citing it, each at version 1', async () => {
    const source = await write(CREATE_SOURCE, { input: { id: id('article'), title: 'A test article', author: 'anubha-pandey', publishedOn: '2024-05' } });
    expect(source.data).toEqual({ createSource: { id: id('article'), title: 'A test article', version: 1, author: { id: 'anubha-pandey' } } });
    expect(source.extensions?.bookmarks).toEqual([expect.any(String)]);
    const entity = await write(CREATE_ENTITY, { input: { id: id('person'), type: 'PERSON', name: 'Test Person', sources: [id('article')] } });
    expect(entity.data).toEqual({ createEntity: { id: id('person'), name: 'Test Person', version: 1, sources: [{ id: id('article') }] } });
    const read = await server.query(`{ entity(id: "${id('person')}") { name } search(text: "Test Person") { entity { id } } }`);
    expect(read.data?.entity).toEqual({ name: 'Test Person' });
    expect(read.data?.search).toContainEqual({ entity: { id: id('person') } });
  });

  it('counts the facts of every source in the stats, a new one and those that cite it included', async () => {
    await write(CREATE_SOURCE, { input: { id: id('uncited'), title: 'Cited by nothing else', author: 'anubha-pandey', publishedOn: '2024-05' } });
    const read = await server.query<{ stats: { factsPerSource: Array<{ source: { id: string }; count: number }> } }>(
      '{ stats(topSources: 100) { factsPerSource { source { id } count } } }',
    );
    const listed = read.data!.stats.factsPerSource.map((entry) => [entry.source.id, entry.count]);
    expect(listed).toEqual(await factsPerSourceCounted(server.driver, 100));
    expect(listed.map(([source]) => source)).toEqual(expect.arrayContaining([id('uncited'), id('article')]));
  });

  it('keeps the precision of a publication date, through an update that does not touch it', async () => {
    const SOURCE = `{ entity(id: "${id('article')}") { version ... on Source { title publishedOn publishedOnPrecision } } }`;
    expect((await server.query(SOURCE)).data).toEqual({ entity: { version: 1, title: 'A test article', publishedOn: '2024-05-01', publishedOnPrecision: 'MONTH' } });
    const updated = await write(`mutation { updateEntity(id: "${id('article')}", expectedVersion: 1, input: { title: "A test article, retitled" }, sources: ["${id('article')}"]) {
      history(first: 1) { edges { node { changes { field before after } } } } } }`, {});
    expect(updated.data?.updateEntity).toEqual({ history: { edges: [{ node: { changes: [{ field: 'title', before: 'A test article', after: 'A test article, retitled' }] } }] } });
    expect((await server.query(SOURCE)).data).toEqual({ entity: { version: 2, title: 'A test article, retitled', publishedOn: '2024-05-01', publishedOnPrecision: 'MONTH' } });
  });

  it('refuses a fact without a source, with a missing source, or with a taken id', async () => {
    expect(codes(await write(CREATE_ENTITY, { input: { id: id('nosource'), type: 'TOPIC', name: 'x', sources: [] } }))).toEqual(['PROVENANCE_REQUIRED']);
    const missing = await write(CREATE_ENTITY, { input: { id: id('nosource'), type: 'TOPIC', name: 'x', sources: ['no-such-source', 'background'] } });
    expect(codes(missing)).toEqual(['SOURCE_NOT_FOUND']);
    expect(missing.errors?.[0].extensions?.ids).toEqual(['no-such-source']);
    expect(codes(await write(CREATE_ENTITY, { input: { id: 'sam-altman', type: 'PERSON', name: 'x', sources: ['background'] } }))).toEqual(['ALREADY_EXISTS']);
    expect((await server.query(`{ entity(id: "${id('nosource')}") { id } }`)).data).toEqual({ entity: null });
  });

  it('refuses input the seed rules refuse, naming the field', async () => {
    const bad = await write(CREATE_ENTITY, { input: { id: id('event'), type: 'EVENT', name: 'E', category: 'MEETING', startDate: '2023-02-30', sources: ['background'] } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0].extensions?.field).toBe('input.startDate');
    const kinds = await write(ASSERT, { input: { from: 'sam-altman', type: 'IMPOSED', to: 'japan', sources: ['background'] } });
    expect(codes(kinds)).toEqual(['BAD_USER_INPUT']);
    expect(kinds.errors?.[0].extensions?.field).toBe('input.from');
  });

  it('updates at the expected version and refuses a stale one with the current version', async () => {
    await write(CREATE_ENTITY, { input: { id: id('summit'), type: 'EVENT', name: 'Test summit', category: 'SUMMIT', startDate: '2024', sources: ['background'] } });
    const updated = await write(UPDATE_ENTITY, { id: id('summit'), v: 1, input: { startDate: '2024-06-13' }, sources: [id('article')] });
    expect(updated.data).toEqual({
      updateEntity: { id: id('summit'), version: 2, startDate: '2024-06-13', datePrecision: 'DAY', sources: [{ id: 'background' }, { id: id('article') }] },
    });
    const stale = await write(UPDATE_ENTITY, { id: id('summit'), v: 1, input: { name: 'Lost update' }, sources: ['background'] });
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
  });

  it('adds sources to a relationship asserted again, and retracts it from every read', async () => {
    const first = await write(ASSERT, { input: { from: id('person'), type: 'PARTICIPATED_IN', to: id('summit'), role: 'guest', sources: ['background'] } });
    const relId = `${id('person')}:PARTICIPATED_IN:${id('summit')}`;
    expect(first.data?.assertRelationship).toMatchObject({ id: relId, version: 1 });
    const again = await write(ASSERT, { input: { from: id('person'), type: 'PARTICIPATED_IN', to: id('summit'), sources: [id('article')] } });
    expect(again.data?.assertRelationship).toMatchObject({ id: relId, version: 2, sources: [{ id: 'background' }, { id: id('article') }] });

    expect(codes(await write(RETRACT_REL, { id: relId, v: 1 }))).toEqual(['VERSION_CONFLICT']);
    expect((await write(RETRACT_REL, { id: relId, v: 2 })).data).toEqual({ retractRelationship: { id: relId, version: 3 } });
    const read = await server.query(`{ entity(id: "${id('person')}") { relationships { totalCount } } timeline(entityId: "${id('person')}") { id } }`);
    expect(read.data).toEqual({ entity: { relationships: { totalCount: 0 } }, timeline: [] });
  });

  it('retracts an entity: gone from reads and search, its relationships too', async () => {
    await write(ASSERT, { input: { from: id('person'), type: 'HOLDS_POSITION', to: 'openai', title: 'Tester', sources: ['background'] } });
    const retracted = await write(RETRACT_ENTITY, { id: id('person'), v: 1 });
    expect(retracted.data).toEqual({ retractEntity: { id: id('person'), version: 2 } });
    const read = await server.query(`{ entity(id: "${id('person')}") { id } search(text: "Test Person") { entity { id } }
      openai: entity(id: "openai") { relationships(types: [HOLDS_POSITION]) { edges { node { from { id } } } } } }`);
    expect(read.data?.entity).toBeNull();
    expect(read.data?.search).not.toContainEqual({ entity: { id: id('person') } });
    expect(JSON.stringify(read.data?.openai)).not.toContain(id('person'));
  });

  it('applies a changeset all or nothing', async () => {
    const CHANGESET = `mutation ($input: ChangesetInput!) { applyChangeset(input: $input) {
      sources { id } entities { id } relationships { id } revision { seq actor reason } } }`;
    const input = (relTo: string) => ({
      reason: 'new article',
      sources: [{ id: id('cs-source'), title: 'Changeset source' }],
      entities: [{ id: id('cs-topic'), type: 'TOPIC', name: 'Changeset topic', sources: [id('cs-source')] }],
      relationships: [{ from: 'altman-kishida-meeting', type: 'CONCERNS', to: relTo, sources: [id('cs-source')] }],
    });
    const failed = await write(CHANGESET, { input: input('no-such-entity') });
    expect(codes(failed)).toEqual(['NOT_FOUND']);
    expect((await server.query(`{ a: entity(id: "${id('cs-source')}") { id } b: entity(id: "${id('cs-topic')}") { id } }`)).data).toEqual({ a: null, b: null });

    const applied = await write(CHANGESET, { input: input(id('cs-topic')) });
    expect(applied.data?.applyChangeset).toEqual({
      sources: [{ id: id('cs-source') }],
      entities: [{ id: id('cs-topic') }],
      relationships: [{ id: `altman-kishida-meeting:CONCERNS:${id('cs-topic')}` }],
      revision: { seq: expect.any(Number) as number, actor: 'alice', reason: 'new article' },
    });
    const topics = await server.query('{ entity(id: "altman-kishida-meeting") { ... on Event { topics { id } } } }');
    expect(JSON.stringify(topics.data)).toContain(id('cs-topic'));
  });

  it('erases for admins only, leaving a revision without content', async () => {
    const ERASE = `mutation ($id: ID!) { eraseEntity(id: $id, reason: "legal request") }`;
    expect(codes(await write(ERASE, { id: id('cs-topic') }))).toEqual(['FORBIDDEN']);
    const admin = await bearer({ sub: 'root', roles: ['admin'] });
    expect((await write(ERASE, { id: id('cs-topic') }, admin)).data).toEqual({ eraseEntity: true });
    // The erased node stays under an opaque id, with nothing but system fields; no record names it.
    const stored = await server.driver.executeQuery(
      "MATCH (:Revision {mutation: 'eraseEntity'})-[:RECORDS]->(c:RevisionChange {targetKind: 'ENTITY'}) MATCH (e:Entity {id: c.targetId}) RETURN e.id AS id, keys(e) AS keys",
    );
    expect(stored.records[0].get('id')).toMatch(/^erased:/);
    expect((stored.records[0].get('keys') as string[]).sort()).toEqual(['erasedAt', 'id', 'retractedAt', 'version']);
    const changes = await server.driver.executeQuery<EagerResult<{ before: string | null; after: string | null }>>('MATCH (c:RevisionChange) WHERE c.targetId = $erased RETURN c.before AS before, c.after AS after', { erased: stored.records[0].get('id') as string });
    expect(changes.records.map((r) => [r.get('before'), r.get('after')])).toEqual([[null, null], [null, null]]);
    expect((await server.driver.executeQuery('MATCH (c:RevisionChange {targetId: $id}) RETURN c', { id: id('cs-topic') })).records).toEqual([]);
  });

  it('numbers revisions in commit order, with actor, reason and sources', async () => {
    const revisions = await server.driver.executeQuery<EagerResult<{ seq: Integer; actor: string }>>("MATCH (v:Revision) WHERE v.actor <> 'seed' RETURN v.seq AS seq, v.actor AS actor ORDER BY v.at, v.seq");
    const seqs = revisions.records.map((r) => r.get('seq').toNumber());
    expect(seqs.length).toBeGreaterThan(5);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(seqs.length);
  });
});
