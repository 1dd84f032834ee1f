import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * HTTP caching from revisions: a query's ETag names the committed revision and the request, a GET
 * that holds it is answered 304 without the operation's Cypher, and any write (through any instance
 * on the database) changes it. Answers pinned to a settled `knownAt` are immutable.
 */
const ORG = `${TEST_ID_PREFIX}cache-org`;
const ENTITY = `{ entity(id: "${ORG}") { id name relationships(first: 3) { totalCount } } }`;
const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`;
const CREATE_SOURCE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { id } }`;
const UPDATE_ENTITY = `mutation ($id: ID!, $v: Int!, $name: String!) { updateEntity(id: $id, expectedVersion: $v, input: { name: $name }, sources: ["${TEST_ID_PREFIX}cache-article"]) { version } }`;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

interface Answer {
  status: number;
  etag: string | null;
  cacheControl: string | null;
  body: string;
}

/** The parsed body of an answer. */
const json = (answer: { body: string }): { data?: Record<string, { id?: string; name?: string } | null>; errors?: Array<{ message: string; extensions: { code: string } }> } =>
  JSON.parse(answer.body) as never;

async function get(server: TestServer, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>): Promise<Answer> {
  const url = new URL(server.url);
  url.searchParams.set('query', query);
  if (variables !== undefined) url.searchParams.set('variables', JSON.stringify(variables));
  const response = await fetch(url, { headers: { ...PREFLIGHT, ...headers } });
  return { status: response.status, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'), body: await response.text() };
}

/** A counter of the graph's registry, summed over its labels. */
async function counter(server: TestServer, name: string): Promise<number> {
  const metric = await server.kg.metrics.getSingleMetric(name)?.get();
  return (metric?.values ?? []).reduce((sum, value) => sum + value.value, 0);
}

/** Round trips of the operations a request ran: every Cypher transaction but the revision counter's reads. */
async function operationRoundTrips(server: TestServer, during: () => Promise<unknown>): Promise<number> {
  const before = (await counter(server, 'kg_cypher_round_trips_total')) - (await counter(server, 'kg_http_revision_reads_total'));
  await during();
  return (await counter(server, 'kg_cypher_round_trips_total')) - (await counter(server, 'kg_http_revision_reads_total')) - before;
}

describe('HTTP caching', () => {
  let one: TestServer;
  let another: TestServer;
  let editor: Record<string, string>;
  let bookmark: string;

  beforeAll(async () => {
    // Two API instances on one Neo4j, as behind a load balancer.
    one = await startTestServer({ graph: { auth: TEST_AUTH } });
    another = await startTestServer({ graph: { auth: TEST_AUTH }, http: { immutableAfterMs: 1000 } });
    editor = await bearer({ sub: 'cache-tester', roles: ['editor'] });
    await one.query(CREATE_SOURCE, { input: { id: `${TEST_ID_PREFIX}cache-article`, title: 'Caching', author: 'anubha-pandey', publishedOn: '2024-05' } }, editor);
    const created = await one.query(CREATE_ENTITY, { input: { id: ORG, type: 'PERSON', name: 'Cache Org', sources: [`${TEST_ID_PREFIX}cache-article`] } }, editor);
    if (created.errors !== undefined) throw new Error(JSON.stringify(created.errors));
    bookmark = (created.extensions?.bookmarks as string[])[0];
  });
  afterAll(async () => {
    await removeCurationTestData(one.driver);
    await Promise.all([one.stop(), another.stop()]);
  });

  it('answers a GET with a strong ETag and no-cache, then 304 for If-None-Match with none of the operation\'s round trips', async () => {
    let first: Answer | undefined;
    expect(await operationRoundTrips(one, async () => (first = await get(one, ENTITY)))).toBe(1);
    expect([first?.status, first?.cacheControl]).toEqual([200, 'no-cache']);
    expect(first?.etag).toMatch(/^"r\d+-[A-Za-z0-9_-]{27}"$/);
    expect(json(first!).data?.entity?.id).toBe(ORG);

    let revalidated: Answer | undefined;
    const reads = await counter(one, 'kg_http_revision_reads_total');
    expect(await operationRoundTrips(one, async () => (revalidated = await get(one, ENTITY, { 'if-none-match': first!.etag! })))).toBe(0);
    expect(await counter(one, 'kg_http_revision_reads_total')).toBe(reads + 1);
    expect(revalidated).toEqual({ status: 304, etag: first!.etag, cacheControl: 'no-cache', body: '' });
    // Weak comparison, lists and `*`, as RFC 9110 says If-None-Match compares.
    expect((await get(one, ENTITY, { 'if-none-match': `"r0-other", W/${first!.etag}` })).status).toBe(304);
    expect((await get(one, ENTITY, { 'if-none-match': '*' })).status).toBe(304);
    expect(await counter(one, 'kg_http_conditional_requests_total')).toBeGreaterThanOrEqual(3);
  });

  it('tags the request: other variables, another caller or other bookmarks have other tags', async () => {
    const QUERY = 'query ($id: ID!) { entity(id: $id) { id } }';
    const tags = [
      (await get(one, QUERY, {}, { id: 'openai' })).etag,
      (await get(one, QUERY, {}, { id: 'sam-altman' })).etag,
      (await get(one, QUERY, editor, { id: 'openai' })).etag,
      (await get(one, QUERY, { 'x-kg-bookmarks': bookmark }, { id: 'openai' })).etag,
    ];
    expect(new Set(tags).size).toBe(4);
    expect((await get(one, QUERY, {}, { id: 'openai' })).etag).toBe(tags[0]);
  });

  it('changes the tag after a write through another API instance on the same Neo4j: the same GET is 200 again', async () => {
    const before = await get(one, ENTITY);
    const read = await one.query<{ entity: { version: number; name: string } }>(`{ entity(id: "${ORG}") { version name } }`);
    const written = await another.query(UPDATE_ENTITY, { id: ORG, v: read.data!.entity.version, name: 'Cache Org, renamed' }, editor);
    expect(written.errors).toBeUndefined();
    const after = await get(one, ENTITY, { 'if-none-match': before.etag! });
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(json(after).data?.entity?.name).toBe('Cache Org, renamed');
  });

  it('puts the same ETag on a POST answer, and never answers a POST 304', async () => {
    const viaGet = await get(one, ENTITY);
    const response = await fetch(one.url, { method: 'POST', headers: { 'content-type': 'application/json', 'if-none-match': viaGet.etag! }, body: JSON.stringify({ query: ENTITY }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(viaGet.etag);
    expect(json({ body: await response.text() })).toEqual(json(viaGet));
  });

  it('tags neither mutations nor answers with errors', async () => {
    const mutation = await fetch(one.url, { method: 'POST', headers: { 'content-type': 'application/json', ...editor }, body: JSON.stringify({ query: UPDATE_ENTITY, variables: { id: ORG, v: 999, name: 'x' } }) });
    expect(mutation.headers.get('etag')).toBeNull();
    const failed = await get(one, '{ neighborhood(id: "openai", depth: 9) { nodes { id } } }');
    expect(json(failed).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(failed.etag).toBeNull();
  });

  it('refuses a malformed If-None-Match with 400 and a coded error, before any Cypher', async () => {
    for (const header of ['r1-abc', '"unterminated', '"a" "b"', 'W/', '"a",,']) {
      let answer: Answer | undefined;
      expect(await operationRoundTrips(one, async () => (answer = await get(one, ENTITY, { 'if-none-match': header })))).toBe(0);
      expect(answer!.status).toBe(400);
      expect(json(answer!).errors?.[0].extensions.code).toBe('BAD_REQUEST');
      expect(json(answer!).errors?.[0].message).toContain('If-None-Match');
    }
  });

  it('makes an answer pinned to a settled knownAt immutable, and it stays byte-identical after writes', async () => {
    const read = await one.query<{ entity: { version: number } }>(`{ entity(id: "${ORG}") { version } }`);
    const moment = new Date(Date.now() - 100).toISOString();
    // `another` settles moments after a second (immutableAfterMs); the default is minutes.
    const PINNED = `query ($at: DateTime!) { entity(id: "${ORG}", knownAt: $at) { name relationships(first: 5) { totalCount } } neighborhood(id: "openai", knownAt: $at) { nodes { id } } }`;
    const fresh = await get(another, PINNED, {}, { at: moment });
    expect(fresh.cacheControl).toBe('no-cache');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const pinned = await get(another, PINNED, {}, { at: moment });
    expect(pinned).toMatchObject({ status: 200, cacheControl: 'public, max-age=31536000, immutable' });
    expect(fresh.body).toBe(pinned.body);
    expect((await get(one, PINNED, {}, { at: moment })).cacheControl).toBe('no-cache');

    const renamed = await another.query(UPDATE_ENTITY, { id: ORG, v: read.data!.entity.version, name: 'Cache Org, renamed after the moment' }, editor);
    expect(renamed.errors).toBeUndefined();
    const later = await get(another, PINNED, {}, { at: moment });
    expect(later.etag).not.toBe(pinned.etag);
    expect(later.body).toBe(pinned.body);
    expect(json(later).data?.entity?.name).toBe('Cache Org, renamed');
  });

  it('keeps answers that read current values revalidated: search, asOf, an unpinned root field', async () => {
    const at = new Date(Date.now() - 5000).toISOString();
    for (const query of [
      `{ search(text: "openai", knownAt: "${at}") { entity { id } } }`,
      `{ neighborhood(id: "openai", knownAt: "${at}", asOf: "2024-01-01") { nodes { id } } }`,
      `{ entity(id: "openai", knownAt: "${at}") { id } other: entity(id: "openai") { id } }`,
      `{ entity(id: "openai", knownAt: "${new Date(Date.now() + 60_000).toISOString()}") { id } }`,
    ]) expect((await get(another, query)).cacheControl).toBe('no-cache');
  });
});
