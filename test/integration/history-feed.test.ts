import neo4j from 'neo4j-driver';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * The change feed while writers write: a reader follows `endCursor` in pages of three while four
 * writers commit twelve revisions each, concurrently. Every revision a writer was told about must
 * reach the reader exactly once, and in seq order.
 */

const WRITERS = 4;
const WRITES_EACH = 12;
const CHANGESET = `mutation ($input: ChangesetInput!) { applyChangeset(input: $input) { revision { seq } } }`;
const FEED = `query ($after: String) { changes(after: $after, first: 3) { edges { cursor node { seq actor } } pageInfo { hasNextPage endCursor } } }`;

interface FeedPage {
  changes: { edges: Array<{ cursor: string; node: { seq: number; actor: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('The change feed', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH } });
  });
  afterAll(async () => {
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  const page = async (after: string | null): Promise<FeedPage['changes']> => {
    const response = await server.query<FeedPage>(FEED, { after });
    if (response.errors !== undefined) throw new Error(JSON.stringify(response.errors));
    return response.data!.changes;
  };

  /** Follows the feed from `cursor` to its end now: the seqs read, and where to go on from. */
  const follow = async (cursor: string | null, into: number[]): Promise<string | null> => {
    for (;;) {
      const changes = await page(cursor);
      into.push(...changes.edges.map((edge) => edge.node.seq));
      cursor = changes.pageInfo.endCursor ?? cursor;
      if (!changes.pageInfo.hasNextPage) return cursor;
    }
  };

  it('misses nothing and repeats nothing while four writers write, read three at a time', async () => {
    const start = await follow(null, []);
    const tokens = await Promise.all(Array.from({ length: WRITERS }, (_, w) => bearer({ sub: `feed-writer-${w}`, roles: ['editor'] })));
    const written: number[] = [];
    let writing = true;
    const writers = Promise.all(tokens.map(async (token, w) => {
      for (let i = 0; i < WRITES_EACH; i += 1) {
        const response = await server.query<{ applyChangeset: { revision: { seq: number } } }>(CHANGESET, {
          input: { reason: `feed ${w}/${i}`, entities: [{ id: `${TEST_ID_PREFIX}feed-${w}-${i}`, type: 'TOPIC', name: `Feed topic ${w} ${i}`, sources: ['background'] }] },
        }, token);
        if (response.errors !== undefined) throw new Error(JSON.stringify(response.errors));
        written.push(response.data!.applyChangeset.revision.seq);
      }
    })).finally(() => {
      writing = false;
    });

    const read: number[] = [];
    let cursor = start;
    let pagesWhileWriting = 0;
    while (writing) {
      cursor = await follow(cursor, read);
      pagesWhileWriting += 1;
    }
    await writers;
    await follow(cursor, read);

    expect(written).toHaveLength(WRITERS * WRITES_EACH);
    // The reader really read while the writers wrote, not only after.
    expect(pagesWhileWriting).toBeGreaterThan(1);
    // Once each, in seq order, and every revision a writer was answered with.
    expect(new Set(read).size).toBe(read.length);
    expect([...read].sort((a, b) => a - b)).toEqual(read);
    expect(read).toEqual(expect.arrayContaining(written));
    // Nothing else was written meanwhile: the feed is exactly the writers' revisions.
    expect([...read].sort((a, b) => a - b)).toEqual([...written].sort((a, b) => a - b));
  });

  it('tells with an empty last page that the reader has caught up, and goes on from the same cursor later', async () => {
    const end = await follow(null, []);
    const caughtUp = await page(end);
    expect(caughtUp.edges).toEqual([]);
    expect(caughtUp.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    const token = await bearer({ sub: 'feed-late', roles: ['editor'] });
    const late = await server.query<{ applyChangeset: { revision: { seq: number } } }>(CHANGESET, {
      input: { reason: 'late', entities: [{ id: `${TEST_ID_PREFIX}feed-late`, type: 'TOPIC', name: 'Late topic', sources: ['background'] }] },
    }, token);
    const next = await page(end);
    expect(next.edges.map((edge) => edge.node)).toEqual([{ seq: late.data!.applyChangeset.revision.seq, actor: 'feed-late' }]);
  });

  it('ends a page before a seq the counter has reached but the seq index does not show yet, and gives it on the next page', async () => {
    const end = await follow(null, []);
    const token = await bearer({ sub: 'feed-hole', roles: ['editor'] });
    const write = async (name: string) =>
      (await server.query<{ applyChangeset: { revision: { seq: number } } }>(CHANGESET, {
        input: { reason: 'hole', entities: [{ id: `${TEST_ID_PREFIX}feed-${name}`, type: 'TOPIC', name, sources: ['background'] }] },
      }, token)).data!.applyChangeset.revision.seq;
    const first = await write('hole-first');
    // What a reader sees while the first write's index update is still being applied: the counter
    // has passed it, its revision is not in the seq index, and a later revision already is.
    await server.driver.executeQuery('MATCH (rev:Revision {seq: $seq}) SET rev.heldSeq = rev.seq REMOVE rev.seq', { seq: neo4j.int(first) });
    let second: number;
    try {
      second = await write('hole-second');
      const during = await page(end);
      expect(during.edges).toEqual([]);
    } finally {
      await server.driver.executeQuery('MATCH (rev:Revision {heldSeq: $seq}) SET rev.seq = rev.heldSeq REMOVE rev.heldSeq', { seq: neo4j.int(first) });
    }
    const seen: number[] = [];
    await follow(end, seen);
    expect(seen).toEqual([first, second]);
  });
});
