import type { EagerResult, Integer } from 'neo4j-driver';
import { capturedLogger } from '../support/log-capture';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type TestServer } from '../support/test-server';

const ENTITY = `${TEST_ID_PREFIX}contested`;
const UPDATE = `mutation ($name: String!) {
  updateEntity(id: "${ENTITY}", expectedVersion: 1, input: { name: $name }, sources: ["background"]) { version name } }`;
const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`;

describe('Curation under concurrent writers and retries', () => {
  let server: TestServer;
  let editor: Record<string, string>;
  const log = capturedLogger();

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH, logger: log.logger } });
    editor = await bearer({ sub: 'bob' });
    await server.query(CREATE, { input: { id: ENTITY, type: 'TOPIC', name: 'Contested', sources: ['background'] } }, editor);
  });
  afterAll(async () => {
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  it('lets exactly one of twenty concurrent updates of one version win', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => server.query(UPDATE, { name: `Writer ${i}` }, editor)));
    const winners = responses.filter((response) => response.errors === undefined);
    const conflicts = responses.filter((response) => response.errors?.[0].extensions?.code === 'VERSION_CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(conflicts.every((response) => response.errors?.[0].extensions?.currentVersion === 2)).toBe(true);
    const stored = await server.query<{ entity: { name: string; version: number } }>(`{ entity(id: "${ENTITY}") { name version } }`);
    expect(stored.data?.entity).toEqual({ name: (winners[0].data as { updateEntity: { name: string } }).updateEntity.name, version: 2 });
  });

  it('applies a retried mutation with the same Idempotency-Key once, and answers as the first time', async () => {
    const headers = { ...editor, 'idempotency-key': 'retry-1' };
    const input = { id: `${TEST_ID_PREFIX}retried`, type: 'TOPIC', name: 'Retried', sources: ['background'] };
    const first = await server.query(CREATE, { input }, headers);
    const again = await server.query(CREATE, { input }, headers);
    expect(first.data).toEqual({ createEntity: { id: input.id } });
    expect(again.data).toEqual(first.data);
    const revisions = await server.driver.executeQuery<EagerResult<{ n: Integer }>>('MATCH (v:Revision) WHERE $id IN v.entityIds RETURN count(v) AS n', { id: input.id });
    expect(revisions.records[0].get('n').toNumber()).toBe(1);

    const reused = await server.query(CREATE, { input: { ...input, name: 'Another body' } }, headers);
    expect(reused.errors?.map((error) => error.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    // Keys belong to their user: another user's same key is another key.
    const other = await server.query(CREATE, { input: { ...input, id: `${TEST_ID_PREFIX}retried-2` } }, { ...(await bearer({ sub: 'dave' })), 'idempotency-key': 'retry-1' });
    expect(other.data).toEqual({ createEntity: { id: `${TEST_ID_PREFIX}retried-2` } });
  });

  it('sends the write bookmark back, and reads with it see the write', async () => {
    const written = await server.query(CREATE, { input: { id: `${TEST_ID_PREFIX}bookmarked`, type: 'TOPIC', name: 'Bookmarked', sources: ['background'] } }, editor);
    const bookmarks = written.extensions?.bookmarks as string[];
    expect(bookmarks).toEqual([expect.stringMatching(/\S/)]);
    const read = await server.query(`{ entity(id: "${TEST_ID_PREFIX}bookmarked") { name } }`, {}, { 'x-kg-bookmarks': bookmarks.join(',') });
    expect(read.data).toEqual({ entity: { name: 'Bookmarked' } });
  });

  it('logs every write with its actor and revision seq', async () => {
    const writes = log.lines.filter((line) => line.msg === 'write');
    expect(writes.length).toBeGreaterThanOrEqual(25);
    expect(writes).toContainEqual(expect.objectContaining({ mutation: 'updateEntity', outcome: 'ok', actor: 'bob', seq: expect.any(Number) as number }));
    expect(writes).toContainEqual(expect.objectContaining({ mutation: 'updateEntity', outcome: 'VERSION_CONFLICT', actor: 'bob', seq: null }));
  });

  it('counts writes by mutation and outcome', async () => {
    const metrics = await (await fetch(new URL('/metrics', server.url))).text();
    expect(metrics).toMatch(/^kg_writes_total\{mutation="updateEntity",outcome="ok"\} 1$/m);
    expect(metrics).toMatch(/^kg_writes_total\{mutation="updateEntity",outcome="VERSION_CONFLICT"\} 19$/m);
    expect(metrics).toMatch(/^kg_writes_total\{mutation="createEntity",outcome="replayed"\} 1$/m);
    expect(metrics).toMatch(/^kg_writes_total\{mutation="createEntity",outcome="IDEMPOTENCY_KEY_REUSED"\} 1$/m);
  });
});
