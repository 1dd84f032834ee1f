import neo4j from 'neo4j-driver';
import { feedCursor } from '../../src/graph/history.repository';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { collect, wsClient } from '../support/subscription-client';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Subscriptions over real WebSocket (the graphql-ws client) to the real server over the real
 * database: the change feed replayed from a cursor then followed live, filters, one entity kept
 * current, two API instances on one database, and a resume from a cursor while writers commit.
 */

const CHANGESET = `mutation ($input: ChangesetInput!) { applyChangeset(input: $input) { revision { seq } } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $name: String!) { updateEntity(id: $id, expectedVersion: $v, input: { name: $name }, sources: ["background"]) { version } }`;
const CHANGES = `subscription ($after: String, $entity: ID, $source: ID, $types: [ChangeOperation!]) {
  changes(after: $after, entity: $entity, source: $source, types: $types) { cursor previousSeq revision { seq actor reason sources { id } changes { field after targetId } } }
}`;

interface Event {
  cursor: string;
  previousSeq: number | null;
  revision: { seq: number; actor: string; reason: string | null; sources: Array<{ id: string }>; changes: Array<{ field: string; after: string | null; targetId: string | null }> };
}

describe('Subscriptions', () => {
  let server: TestServer;
  let other: TestServer;
  let editor: Record<string, string>;

  beforeAll(async () => {
    // A short poll interval: the second instance sees the first one's writes by polling.
    server = await startTestServer({ graph: { auth: TEST_AUTH, live: { pollIntervalMs: 100 } } });
    other = await startTestServer({ graph: { auth: TEST_AUTH, live: { pollIntervalMs: 100 } } });
    editor = await bearer({ sub: 'live-editor', roles: ['editor'] });
  });
  afterAll(async () => {
    await removeCurationTestData(server.driver);
    await other.stop();
    await server.stop();
  });

  const create = async (id: string, reason = `create ${id}`, via: TestServer = server, headers = editor): Promise<number> => {
    const response = await via.query<{ applyChangeset: { revision: { seq: number } } }>(CHANGESET, {
      input: { reason, entities: [{ id: `${TEST_ID_PREFIX}${id}`, type: 'TOPIC', name: `Live ${id}`, sources: ['background'] }] },
    }, headers);
    if (response.errors !== undefined) throw new Error(JSON.stringify(response.errors));
    return response.data!.applyChangeset.revision.seq;
  };

  it('replays the revisions after a cursor in seq order, then delivers new ones, each chained to the one before', async () => {
    const first = await create('replay-a');
    const second = await create('replay-b');
    const client = wsClient(server.url);
    try {
      const received = collect<Event>(client, CHANGES, { after: feedCursor(first - 1) });
      await received.until(() => received.events.length >= 2);
      const third = await create('replay-c');
      await received.until(() => received.events.some((event) => event.revision.seq === third));
      const seqs = received.events.map((event) => event.revision.seq);
      expect(seqs.slice(0, 2)).toEqual([first, second]);
      // Unfiltered, the stream is every revision: consecutive seqs, each event naming the one before.
      seqs.forEach((seq, index) => {
        if (index > 0) expect(seq).toBe(seqs[index - 1] + 1);
        expect(received.events[index].previousSeq).toBe(index === 0 ? null : seqs[index - 1]);
        expect(received.events[index].cursor).toBe(feedCursor(seq));
      });
      expect(received.events[0].revision).toMatchObject({ actor: 'live-editor', reason: 'create replay-a', sources: [{ id: 'background' }] });
      expect(received.events[0].revision.changes).toEqual(expect.arrayContaining([{ field: 'name', after: 'Live replay-a', targetId: `${TEST_ID_PREFIX}replay-a` }]));
      received.stop();
    } finally {
      await client.dispose();
    }
  });

  it('filters by entity, source and operation', async () => {
    const client = wsClient(server.url);
    try {
      const start = await create('filter-start');
      const byEntity = collect<Event>(client, CHANGES, { after: feedCursor(start), entity: `${TEST_ID_PREFIX}filter-b` });
      const byOperation = collect<Event>(client, CHANGES, { after: feedCursor(start), types: ['UPDATE'] });
      const bySource = collect<Event>(client, CHANGES, { after: feedCursor(start), source: 'no-such-source' });
      const a = await create('filter-a');
      const b = await create('filter-b');
      const updated = await server.query<{ updateEntity: { version: number } }>(UPDATE, { id: `${TEST_ID_PREFIX}filter-a`, v: 1, name: 'Live filter A' }, editor);
      expect(updated.errors).toBeUndefined();
      const after = await create('filter-end');
      // Everything up to `after` has been read by the follower once this stream has it.
      const all = collect<Event>(client, CHANGES, { after: feedCursor(start) });
      await all.until(() => all.events.some((event) => event.revision.seq === after));
      await byEntity.until(() => byEntity.events.length >= 1);
      await byOperation.until(() => byOperation.events.length >= 1);
      const update = all.events.find((event) => event.revision.changes.some((change) => change.field === 'name' && change.after === 'Live filter A'))!;
      expect(byEntity.events.map((event) => event.revision.seq)).toEqual([b]);
      expect(byEntity.events[0].previousSeq).toBeNull();
      expect(byOperation.events.map((event) => event.revision.seq)).toEqual([update.revision.seq]);
      expect(bySource.events).toEqual([]);
      expect(a).toBeLessThan(b);
    } finally {
      await client.dispose();
    }
  });

  it('follows an entity: its state first, then again after each change', async () => {
    await create('followed');
    const client = wsClient(server.url);
    try {
      const received = collect<{ id: string; name: string; version: number } | null>(client, `subscription ($id: ID!) { entity(id: $id) { id name version } }`, { id: `${TEST_ID_PREFIX}followed` }, 'entity');
      await received.until(() => received.events.length >= 1);
      expect(received.events[0]).toEqual({ id: `${TEST_ID_PREFIX}followed`, name: 'Live followed', version: 1 });
      const updated = await server.query(UPDATE, { id: `${TEST_ID_PREFIX}followed`, v: 1, name: 'Live followed, renamed' }, editor);
      expect(updated.errors).toBeUndefined();
      await received.until(() => received.events.some((event) => event?.version === 2));
      expect(received.events[received.events.length - 1]).toEqual({ id: `${TEST_ID_PREFIX}followed`, name: 'Live followed, renamed', version: 2 });
    } finally {
      await client.dispose();
    }
  });

  it('delivers a write taken by one instance to a subscriber of another', async () => {
    const client = wsClient(other.url);
    try {
      const received = collect<Event>(client, CHANGES, { entity: `${TEST_ID_PREFIX}across` });
      // "From now" starts when the subscription is set up: a query on the same connection's server proves nothing, so wait for the follower to attach.
      await waitFor(() => other.kg.live.subscribers === 1);
      const seq = await create('across', 'across instances', server);
      await received.until(() => received.events.length >= 1);
      expect(received.events.map((event) => event.revision.seq)).toEqual([seq]);
    } finally {
      await client.dispose();
    }
  });

  it('resumes from the cursor of the last event received with every revision exactly once while four writers commit', async () => {
    const start = await create('resume-start');
    const tokens = await Promise.all(Array.from({ length: 4 }, (_, w) => bearer({ sub: `live-writer-${w}`, roles: ['editor'] })));
    const written: number[] = [];
    const writers = Promise.all(tokens.map(async (token, w) => {
      for (let i = 0; i < 8; i += 1) written.push(await create(`resume-${w}-${i}`, `resume ${w}/${i}`, w % 2 === 0 ? server : other, token));
    }));
    const seqs: number[] = [];
    let cursor = feedCursor(start);
    // Three connections in turn, each dropped after a few events, each resuming from the last cursor seen.
    for (let round = 0; round < 3; round += 1) {
      const client = wsClient(round % 2 === 0 ? server.url : other.url);
      const received = collect<Event>(client, CHANGES, { after: cursor });
      await received.until(() => received.events.length >= 3);
      await client.dispose();
      seqs.push(...received.events.map((event) => event.revision.seq));
      cursor = received.events[received.events.length - 1].cursor;
    }
    await writers;
    const last = Math.max(...written);
    const client = wsClient(server.url);
    try {
      const received = collect<Event>(client, CHANGES, { after: cursor });
      await received.until(() => received.events.some((event) => event.revision.seq === last));
      seqs.push(...received.events.map((event) => event.revision.seq));
    } finally {
      await client.dispose();
    }
    expect(written).toHaveLength(32);
    // Every seq after the start, once each and in order, whatever the writers' interleaving.
    expect(seqs.slice(0, seqs.indexOf(last) + 1)).toEqual(Array.from({ length: last - start }, (_, i) => start + 1 + i));
    expect(seqs).toEqual(expect.arrayContaining(written));
  });

  it('waits at a seq the counter has reached but the seq index does not show yet, longer than its short waits, and skips nothing', async () => {
    const before = await create('hole-before');
    const first = await create('hole-first');
    // The first write's revision out of the seq index, as while Neo4j still applies its index
    // update, and for longer than the feed's own waits for one (about a second).
    await server.driver.executeQuery('MATCH (rev:Revision {seq: $seq}) SET rev.heldSeq = rev.seq REMOVE rev.seq', { seq: neo4j.int(first) });
    const client = wsClient(server.url);
    try {
      const second = await create('hole-second');
      const received = collect<Event>(client, CHANGES, { after: feedCursor(before) });
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(received.events).toEqual([]);
      await server.driver.executeQuery('MATCH (rev:Revision {heldSeq: $seq}) SET rev.seq = rev.heldSeq REMOVE rev.heldSeq', { seq: neo4j.int(first) });
      await received.until(() => received.events.length >= 2);
      expect(received.events.map((event) => [event.revision.seq, event.previousSeq])).toEqual([[first, null], [second, first]]);
    } finally {
      await server.driver.executeQuery('MATCH (rev:Revision {heldSeq: $seq}) SET rev.seq = rev.heldSeq REMOVE rev.heldSeq', { seq: neo4j.int(first) });
      await client.dispose();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
