import { createHash } from 'node:crypto';
import { parseTrustedDocuments } from '../../src/http/trusted-documents';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Persisted documents: Apollo's automatic persisted queries (a client sends a hash, and the text once
 * when the server does not know it) over GET and POST, and the operator's trusted documents, where
 * only the documents of a manifest run.
 */
const LISTED = 'query Entity($id: ID!) { entity(id: $id) { id name } }';
const UNLISTED = '{ entity(id: "openai") { id description } }';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

interface Reply {
  status: number;
  body: { data?: { entity?: { id: string; name?: string } | null }; errors?: Array<{ extensions?: { code?: string } }> };
}

async function send(server: TestServer, method: 'GET' | 'POST', fields: Record<string, unknown>): Promise<Reply> {
  let response: Response;
  if (method === 'GET') {
    const url = new URL(server.url);
    for (const [name, value] of Object.entries(fields)) url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    response = await fetch(url, { headers: PREFLIGHT });
  } else {
    response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fields) });
  }
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

const codeOf = (reply: Reply): string | undefined => reply.body.errors?.[0]?.extensions?.code;

describe('Automatic persisted queries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it.each(['GET', 'POST'] as const)('work over %s: the hash alone is unknown, then registered with its text, then enough', async (method) => {
    const query = `${LISTED} # ${method}`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const variables = { id: 'openai' };
    const unknown = await send(server, method, { extensions, variables });
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Registration over POST (a GET may register too; clients register with the request that missed).
    expect((await send(server, 'POST', { query, extensions, variables })).body.data?.entity?.id).toBe('openai');
    const hit = await send(server, method, { extensions, variables });
    expect([hit.status, hit.body.errors, hit.body.data?.entity?.id, typeof hit.body.data?.entity?.name]).toEqual([200, undefined, 'openai', 'string']);
  });
});

describe('Trusted documents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ http: { trustedDocuments: parseTrustedDocuments({ [sha256(LISTED)]: LISTED }) } });
  });
  afterAll(() => server.stop());

  it.each(['GET', 'POST'] as const)('run a listed document by its documentId over %s', async (method) => {
    const reply = await send(server, method, { documentId: `sha256:${sha256(LISTED)}`, variables: { id: 'openai' } });
    expect([reply.status, reply.body.errors, reply.body.data?.entity?.id, typeof reply.body.data?.entity?.name]).toEqual([200, undefined, 'openai', 'string']);
  });

  it('run a listed document sent as text, or as an automatic persisted query of it', async () => {
    expect((await send(server, 'POST', { query: LISTED, variables: { id: 'openai' } })).status).toBe(200);
    const apq = await send(server, 'GET', { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(LISTED) } }, variables: { id: 'openai' } });
    expect(apq.body.data?.entity?.id).toBe('openai');
  });

  it.each(['GET', 'POST'] as const)('refuse an unlisted document over %s with TRUSTED_DOCUMENTS_ONLY', async (method) => {
    const reply = await send(server, method, { query: UNLISTED });
    expect([reply.status, codeOf(reply), reply.body.data]).toEqual([400, 'TRUSTED_DOCUMENTS_ONLY', undefined]);
    const apq = await send(server, method, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNLISTED) } } });
    expect(codeOf(apq)).toBe('TRUSTED_DOCUMENTS_ONLY');
  });

  it('refuse an unknown documentId with PERSISTED_DOCUMENT_NOT_FOUND and a malformed one with BAD_REQUEST', async () => {
    const unknown = await send(server, 'POST', { documentId: `sha256:${sha256(UNLISTED)}` });
    expect([unknown.status, codeOf(unknown)]).toEqual([400, 'PERSISTED_DOCUMENT_NOT_FOUND']);
    for (const documentId of [sha256(LISTED), `sha1:${sha256(LISTED)}`, `sha256:${sha256(LISTED).toUpperCase()}`, 42]) {
      const reply = await send(server, 'POST', { documentId });
      expect([reply.status, codeOf(reply)]).toEqual([400, 'BAD_REQUEST']);
    }
    const both = await send(server, 'POST', { documentId: `sha256:${sha256(LISTED)}`, query: LISTED });
    expect(codeOf(both)).toBe('BAD_REQUEST');
  });
});
