import { createKnowledgeGraph } from '../../src/knowledge-graph';
import { feedCursor } from '../../src/graph/history.repository';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { collect, wsClient } from '../support/subscription-client';
import { bearer, signToken, TEST_AUTH } from '../support/tokens';
import { startTestServer, testDriver, type TestServer } from '../support/test-server';

/*
 * What a subscription may not do, and what happens then: the token in `connection_init` when reads
 * need one, the limits of a connection and of an operation, bad input answered with the protocol's
 * `error` message and a code while the connection stays up, a slow consumer, and the drain.
 */

const CHANGES = 'subscription ($after: String) { changes(after: $after) { cursor revision { seq } } }';
const CHANGESET = `mutation ($input: ChangesetInput!) { applyChangeset(input: $input) { revision { seq } } }`;

describe('Subscription limits', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: { ...TEST_AUTH, readsRequired: true } }, http: { maxSubscriptionsPerConnection: 3 } });
  });
  afterAll(async () => {
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  const token = async () => ({ Authorization: `Bearer ${await signToken({ sub: 'live-reader', roles: [] })}` });

  it('closes a connection without a valid token with 4401 when reads need one', async () => {
    for (const params of [undefined, { Authorization: 'Bearer not-a-token' }]) {
      let closedWith: number | null = null;
      const client = wsClient(server.url, params, (code) => (closedWith = code));
      const received = collect(client, CHANGES);
      await received.until(() => received.completed);
      expect(closedWith).toBe(4401);
      await client.dispose();
    }
  });

  it('closes a connection whose token lacks the read role with 4403, and serves one that holds it', async () => {
    const guarded = await startTestServer({ graph: { auth: { ...TEST_AUTH, readsRequired: true, readRole: 'reader' } } });
    try {
      let closedWith: number | null = null;
      const refused = wsClient(guarded.url, { Authorization: `Bearer ${await signToken({ sub: 'billing', roles: ['billing'] })}` }, (code) => (closedWith = code));
      const nothing = collect(refused, CHANGES);
      await nothing.until(() => nothing.completed);
      expect(closedWith).toBe(4403);
      await refused.dispose();
      const reader = wsClient(guarded.url, { Authorization: `Bearer ${await signToken({ sub: 'reader', roles: ['reader'] })}` });
      try {
        const received = collect<{ id: string }>(reader, 'subscription { entity(id: "japan") { id } }', {}, 'entity');
        await received.until(() => received.events.length >= 1);
        expect({ events: received.events, errors: received.errors }).toEqual({ events: [{ id: 'japan' }], errors: [] });
      } finally {
        await reader.dispose();
      }
    } finally {
      await guarded.stop();
    }
  });

  it('serves a connection whose connection_init carries a valid token', async () => {
    const client = wsClient(server.url, await token());
    try {
      const received = collect<{ revision: { seq: number } }>(client, CHANGES, { after: feedCursor(0) });
      await received.until(() => received.events.length >= 1);
      expect(received.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('answers bad input with an error message carrying a code, and keeps the connection', async () => {
    const client = wsClient(server.url, await token());
    try {
      const cases: Array<[string, Record<string, unknown>, string]> = [
        [CHANGES, { after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
        ['subscription { changes { nope } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
        ['subscription {', {}, 'GRAPHQL_PARSE_FAILED'],
        ['{ entity(id: "japan") { name } }', {}, 'OPERATION_NOT_SUPPORTED'],
        [`subscription { entity(id: "japan") { ${'relationships { edges { node { to { '.repeat(6)}id${' } } } }'.repeat(6)} } }`, {}, 'GRAPHQL_VALIDATION_FAILED'],
      ];
      for (const [query, variables, code] of cases) {
        const received = collect(client, query, variables);
        await received.until(() => received.completed);
        expect({ query, codes: received.errors.map((error) => error.extensions?.code) }).toEqual({ query, codes: [code] });
      }
      // The same connection still serves.
      const received = collect<{ id: string; name: string }>(client, 'subscription { entity(id: "japan") { id name } }', {}, 'entity');
      await received.until(() => received.events.length >= 1);
      expect(received.events[0]).toEqual({ id: 'japan', name: 'Japan' });
    } finally {
      await client.dispose();
    }
  });

  it('refuses one subscription more than a connection may hold, with TOO_MANY_SUBSCRIPTIONS', async () => {
    const client = wsClient(server.url, await token());
    try {
      const held = [0, 1, 2].map(() => collect(client, 'subscription { entity(id: "japan") { id } }', {}, 'entity'));
      for (const subscription of held) await subscription.until(() => subscription.events.length >= 1);
      const refused = collect(client, CHANGES);
      await refused.until(() => refused.completed);
      expect(refused.errors.map((error) => error.extensions?.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
      held[0].stop();
      const again = collect(client, 'subscription { entity(id: "japan") { id } }', {}, 'entity');
      await again.until(() => again.events.length >= 1);
      expect(again.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('ends the stream of a consumer that does not take its events with SLOW_CONSUMER', async () => {
    const driver = testDriver();
    const kg = await createKnowledgeGraph({ driver, auth: TEST_AUTH, live: { pollIntervalMs: 50, maxQueuedEvents: 2 } });
    try {
      const stream = kg.live.changes(null, {});
      // A second stream that is read: the follower hands a window to both in one step, so once this
      // one has the last write, the unread one has been offered all three.
      const probe = kg.live.changes(null, {});
      while (kg.live.subscribers < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      const headers = await bearer({ sub: 'live-slow', roles: ['editor'] });
      let last = 0;
      for (let i = 0; i < 3; i += 1) {
        const response = await server.query<{ applyChangeset: { revision: { seq: number } } }>(CHANGESET, {
          input: { reason: 'slow', entities: [{ id: `${TEST_ID_PREFIX}slow-${i}`, type: 'TOPIC', name: `Slow ${i}`, sources: ['background'] }] },
        }, headers);
        expect(response.errors).toBeUndefined();
        last = response.data!.applyChangeset.revision.seq;
      }
      for (let seq = 0; seq < last; ) {
        const next: IteratorResult<{ seq: number }> = await probe.next();
        seq = next.done === true ? last : next.value.seq;
      }
      await probe.return!();
      await expect(stream.next()).rejects.toMatchObject({ extensions: { code: 'SLOW_CONSUMER' } });
      expect(kg.live.subscribers).toBe(0);
    } finally {
      await driver.close();
    }
  });

  it('closes its WebSocket connections with 1001 when the server drains', async () => {
    const draining = await startTestServer();
    let closedWith: number | null = null;
    const client = wsClient(draining.url, undefined, (code) => (closedWith = code));
    const received = collect(client, 'subscription { entity(id: "japan") { id } }', {}, 'entity');
    await received.until(() => received.events.length >= 1);
    await draining.stop();
    await received.until(() => received.completed);
    expect(closedWith).toBe(1001);
    expect(draining.kg.live.subscribers).toBe(0);
    await client.dispose();
  });
});
