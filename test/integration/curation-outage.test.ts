import type { EagerResult, Integer } from 'neo4j-driver';
import { createDriver } from '../../src/database';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

const RECORDS = 5000;
const CHANGESET = `mutation ($input: ChangesetInput!) { applyChangeset(input: $input) { revision { seq } } }`;

/** 2 500 topics, each MENTIONED_IN the changeset's own new source: 5 001 records in one transaction. */
function bigChangeset(): Record<string, unknown> {
  const topics = Array.from({ length: RECORDS / 2 }, (_, i) => ({ id: `outage-topic-${i}`, type: 'TOPIC', name: `Outage topic ${i}`, sources: ['outage-source'] }));
  return {
    reason: 'bulk import',
    sources: [{ id: 'outage-source', title: 'Bulk source' }],
    entities: topics,
    relationships: topics.map((topic) => ({ from: topic.id, type: 'MENTIONED_IN', to: 'outage-source', sources: ['outage-source'] })),
  };
}

/*
 * Neo4j killed under a large changeset: the transaction either committed whole or left nothing, and
 * the client's retry with the same Idempotency-Key, once Neo4j is back, applies it exactly once.
 */
describe('A changeset when Neo4j goes away', () => {
  let neo4j: PrivateNeo4j;
  let server: TestServer;

  beforeAll(async () => {
    neo4j = await startPrivateNeo4j();
    await neo4j.prepare();
    const driver = createDriver(neo4j.uri, { neo4jUsername: 'neo4j', neo4jPassword: 'unused' });
    // A 5 000-record changeset is about 700 KB of JSON: over the default BODY_LIMIT of 100 KB.
    server = await startTestServer({ driver, graph: { auth: TEST_AUTH }, http: { bodyLimit: '5mb' } });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await neo4j?.dispose();
  }, 120_000);

  const counts = async () => {
    const result = await server.driver.executeQuery<EagerResult<{ topics: Integer; mentions: Integer; revisions: Integer }>>(
      `OPTIONAL MATCH (t:Topic) WHERE t.id STARTS WITH 'outage-topic-'
       WITH count(t) AS topics
       OPTIONAL MATCH (:Topic)-[r:MENTIONED_IN]->(:Source {id: 'outage-source'})
       WITH topics, count(r) AS mentions
       OPTIONAL MATCH (v:Revision {reason: 'bulk import'})
       RETURN topics, mentions, count(v) AS revisions`,
    );
    const record = result.records[0];
    return { topics: record.get('topics').toNumber(), mentions: record.get('mentions').toNumber(), revisions: record.get('revisions').toNumber() };
  };

  it('leaves nothing half-written, and the retry with the same key applies it once', async () => {
    const headers = { ...(await bearer({ sub: 'importer' })), 'idempotency-key': 'bulk-import-1' };
    const input = bigChangeset();
    const inFlight = server.query(CHANGESET, { input }, headers);
    // Kill the database (no shutdown hook, as a crash) while the request is being written.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await neo4j.kill();
    const interrupted: GraphQLResponse = await inFlight;
    expect(interrupted.errors?.[0].extensions?.code ?? 'COMMITTED').toMatch(/^(COMMITTED|DATABASE_UNAVAILABLE|QUERY_TIMEOUT)$/);
    await neo4j.start();

    const deadline = Date.now() + 60_000;
    let after = await counts().catch(() => null);
    while (after === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await counts().catch(() => null);
    }
    // All of it or none of it, whichever side of the commit the kill fell on.
    expect([{ topics: 0, mentions: 0, revisions: 0 }, { topics: RECORDS / 2, mentions: RECORDS / 2, revisions: 1 }]).toContainEqual(after);
    if (after?.topics === 0) expect(interrupted.errors?.[0].extensions?.code).toMatch(/^(DATABASE_UNAVAILABLE|QUERY_TIMEOUT)$/);

    let retried: GraphQLResponse | undefined;
    while (Date.now() < deadline) {
      retried = await server.query(CHANGESET, { input }, headers);
      if (retried.errors?.[0].extensions?.code !== 'DATABASE_UNAVAILABLE') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(retried?.errors).toBeUndefined();
    expect(await counts()).toEqual({ topics: RECORDS / 2, mentions: RECORDS / 2, revisions: 1 });
    const again = await server.query(CHANGESET, { input }, headers);
    expect(again.data).toEqual(retried?.data);
    expect(await counts()).toEqual({ topics: RECORDS / 2, mentions: RECORDS / 2, revisions: 1 });
  }, 240_000);
});
