import type { Driver, EagerResult, Integer } from 'neo4j-driver';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { loadSeedGraph } from '../../src/graph/seed/load-seed';
import { validateSeed } from '../../src/graph/seed/validate-seed';
import { ERASED_ID_PREFIX } from '../../src/graph/write/erasure-statements';
import { emptyRevisions, removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

/*
 * A legal erasure erases: a person is created, renamed, related, retracted and asserted again, named
 * by a seed load, a revision reason and an idempotent answer; after `eraseEntity` every property of
 * every node and relationship of the database is read and none holds her id or any name she had.
 */

const id = (name: string): string => `${TEST_ID_PREFIX}${name}`;
const ARTICLE = id('erasure-article');
const PERSON = id('erasure-person');
const WITNESS = id('erasure-witness');
const NOTE = id('erasure-note');
const NAMES = ['Jane Erasable', 'Jane Q. Erasable', 'ジェーン・イレーサブル', 'J. Erasable'];
const MEMBER = `${PERSON}:MEMBER_OF:openai`;

const CREATE_SOURCE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { id } }`;
const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id name } }`;
const RENAME = `mutation { updateEntity(id: "${PERSON}", expectedVersion: 1, input: { name: "Jane Q. Erasable" }, sources: ["${ARTICLE}"],
  reason: "her full name is Jane Q. Erasable") { version } }`;
const ASSERT = `mutation ($input: AssertRelationshipInput!) { assertRelationship(input: $input) { id version } }`;
const RETRACT = `mutation ($v: Int!) { retractRelationship(id: "${MEMBER}", expectedVersion: $v, reason: "not a member") { version } }`;
const ERASE = `mutation ($id: ID!, $reason: String!) { eraseEntity(id: $id, reason: $reason) }`;

/** Every property of every node and relationship, as text: what a scan of the whole database sees. */
async function everyProperty(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS kind, properties(n) AS props');
  const relationships = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS kind, properties(r) AS props');
  return [...nodes.records, ...relationships.records].map((record) => `${JSON.stringify(record.get('kind'))} ${JSON.stringify(record.get('props'))}`);
}

describe('Erasure that erases', () => {
  let server: TestServer;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  const seqs: number[] = [];

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = editor): Promise<T> => {
    const response: GraphQLResponse<T> = await server.query<T>(query, variables, headers);
    if (response.errors !== undefined) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  };
  const lastSeq = async (): Promise<number> =>
    (await server.driver.executeQuery<EagerResult<{ seq: Integer }>>("MATCH (s:RevisionSequence {name: 'revisions'}) RETURN s.last AS seq")).records[0].get('seq').toNumber();

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH } });
    editor = await bearer({ sub: 'erin', roles: ['editor'] });
    admin = await bearer({ sub: 'root', roles: ['admin'] });
  });
  afterAll(async () => {
    // The seed load this test made is no seed of the graph: its revision goes with the test's data.
    await emptyRevisions(server.driver, 'v.seq IN $seqs', { seqs });
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  it('leaves no property anywhere holding the erased id or any of its names, and history says only "erased"', async () => {
    await ok(CREATE_SOURCE, { input: { id: ARTICLE, title: 'An article on a private person', publishedOn: '2024-05' } });
    const create = { input: { id: PERSON, type: 'PERSON', name: 'Jane Erasable', aliases: ['ジェーン・イレーサブル', 'J. Erasable'], description: 'A private person', sources: [ARTICLE] } };
    const retryable = { ...editor, 'idempotency-key': 'erasure-create-1' };
    await ok(CREATE_ENTITY, create, retryable);
    await ok(RENAME);
    seqs.push(await lastSeq());
    const renamed = seqs[0];
    await ok(ASSERT, { input: { from: PERSON, type: 'MEMBER_OF', to: 'openai', title: 'member', sources: [ARTICLE] } });
    await ok(ASSERT, { input: { from: PERSON, type: 'PARTICIPATED_IN', to: 'altman-kishida-meeting', sources: [ARTICLE] } });
    await ok(RETRACT, { v: 1 });
    await ok(ASSERT, { input: { from: PERSON, type: 'MEMBER_OF', to: 'openai', sources: [ARTICLE] } });
    // A seed load names her too (in its LoadedIds nodes).
    const graph = validateSeed([{ path: 'erasure.json', content: { relationships: [{ from: PERSON, type: 'MEMBER_OF', to: 'government-of-japan', sources: ['background'] }] } }], { allowExternalRefs: true });
    await loadSeedGraph(new CypherRunner(server.driver), graph);
    seqs.push(await lastSeq());
    const before = (await everyProperty(server.driver)).filter((text) => [PERSON, ...NAMES].some((s) => text.includes(s)));
    expect(before.length).toBeGreaterThan(10);

    expect(await ok(ERASE, { id: PERSON, reason: 'court order: Jane Q. Erasable asked to be forgotten' }, admin)).toEqual({ eraseEntity: true });
    seqs.push(await lastSeq());

    const leaks = (await everyProperty(server.driver)).filter((text) => [PERSON, ...NAMES].some((s) => text.includes(s)));
    expect(leaks).toEqual([]);
    // Her former relationships are still there, under ids that say nothing.
    const former = await server.driver.executeQuery('MATCH (e:Entity)-[r]-() WHERE e.id STARTS WITH $erased RETURN r.id AS id, keys(r) AS keys', { erased: ERASED_ID_PREFIX });
    expect(former.records).toHaveLength(3);
    for (const record of former.records) {
      expect(record.get('id')).toMatch(/^erased:[0-9a-f-]{36}$/);
      expect((record.get('keys') as string[]).sort()).toEqual(['erasedAt', 'id', 'retractedAt', 'version']);
    }

    // History reads say only "erased": the rename, the seed load, the erasure itself.
    const { revision } = await ok<{ revision: { reason: string; changes: unknown[] } }>(`{ revision(seq: ${renamed}) { reason changes { field before after targetId } } }`);
    expect(revision).toEqual({ reason: 'her full name is [erased]', changes: [{ field: 'erased', before: null, after: null, targetId: null }] });
    const load = await ok<{ revision: { changes: unknown[] } }>(`{ revision(seq: ${seqs[1]}) { changes { field targetKind targetId } } }`);
    expect(load.revision.changes).toEqual([{ field: 'erased', targetKind: 'RELATIONSHIP', targetId: null }]);
    const erasure = await ok<{ revision: { reason: string; changes: Array<{ field: string; targetId: null }> } }>(`{ revision(seq: ${seqs[2]}) { reason changes { field targetId } } }`);
    expect(erasure.revision.reason).toBe('court order: [erased] asked to be forgotten');
    expect(new Set(erasure.revision.changes.map((change) => JSON.stringify(change)))).toEqual(new Set([JSON.stringify({ field: 'erased', targetId: null })]));
    expect(await ok(`{ entity(id: "${PERSON}") { id } search(text: "Erasable") { entity { id } } }`)).toEqual({ entity: null, search: [] });

    // The create sent again with its key: the answer it kept named her, so it is gone too.
    const retried = await server.query(CREATE_ENTITY, create, retryable);
    expect(retried.errors?.map((error) => [error.extensions?.code, error.extensions?.erased])).toEqual([['NOT_FOUND', true]]);
  });

  it('erases a source no other record cites, and refuses one that other records cite', async () => {
    await ok(CREATE_SOURCE, { input: { id: NOTE, title: 'A note nobody cites', author: 'anubha-pandey' } });
    await ok(CREATE_ENTITY, { input: { id: WITNESS, type: 'TOPIC', name: 'Erasure witness', sources: [ARTICLE] } });
    const refused = await server.query(ERASE, { id: ARTICLE, reason: 'takedown' }, admin);
    expect(refused.errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'id']]);
    expect(await ok(`{ entity(id: "${ARTICLE}") { id } }`)).toEqual({ entity: { id: ARTICLE } });

    await ok(ERASE, { id: NOTE, reason: 'takedown' }, admin);
    const leaks = (await everyProperty(server.driver)).filter((text) => text.includes(NOTE) || text.includes('A note nobody cites'));
    expect(leaks).toEqual([]);
  });
});
