import { capturedLogger } from '../support/log-capture';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

const APP = 'https://app.example.com';

/* The server as `NODE_ENV=production` runs it (src/main.ts passes these from the config). */
describe('Production mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ production: true, http: { corsOrigins: [APP], bodyLimit: '2kb', stackTraces: false } });
  });
  afterAll(() => server.stop());

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: GraphQLResponse }> {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  }

  it('refuses introspection with a coded error', async () => {
    const { status, body } = await post({ query: '{ __schema { types { name } } }' });
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0].message).toMatch(/introspection is not allowed/);
    expect((await post({ query: '{ __type(name: "Person") { name } }' })).status).toBe(400);
    // __typename is not introspection: clients such as Apollo Client add it to every selection.
    expect((await post({ query: '{ __typename }' })).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('allows introspection when asked to (INTROSPECTION=true)', async () => {
    const open = await startTestServer({ production: true, http: { introspection: true } });
    try {
      expect((await open.query('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await open.stop();
    }
  });

  it('sends no stack trace with any error, and logs the masked one as a JSON line', async () => {
    const { body } = await post({ query: '{ entities(first: 0) { totalCount } }' });
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    const { logger, raw } = capturedLogger();
    // The system database refuses the graph's Cypher: an unexpected error, as a bug would be.
    const broken = await startTestServer({ production: true, graph: { database: 'system', logger } });
    try {
      const masked = await broken.query('{ entity(id: "japan") { id } }');
      const requestId = masked.errors?.[0].extensions?.requestId;
      expect(masked.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) as string });
      expect(JSON.stringify(masked)).not.toMatch(/stacktrace|at .*\.js:\d+/);
      const line = raw.find((text) => text.includes(String(requestId)));
      expect(JSON.parse(line ?? 'null')).toMatchObject({ level: 50, requestId, msg: expect.stringContaining('INTERNAL_SERVER_ERROR') as string });
    } finally {
      await broken.stop();
    }
  });

  it('shows the production landing page, not Sandbox', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('apollo-server-landing-page');
    expect(html).toContain(encodeURIComponent('"isProd":true'));
    expect(html).not.toContain('EmbeddedSandbox');
    const dev = await startTestServer();
    try {
      // The same check on a development server, so the assertion above is known to discriminate.
      expect(await (await fetch(dev.url, { headers: { accept: 'text/html' } })).text()).toContain('EmbeddedSandbox');
    } finally {
      await dev.stop();
    }
  });

  describe('CSRF prevention', () => {
    const get = (headers: Record<string, string> = {}) => fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers });

    it('blocks a GET query a browser could send cross-site', async () => {
      const response = await get();
      expect(response.status).toBe(400);
      expect(((await response.json()) as GraphQLResponse).errors?.[0]).toMatchObject({ message: expect.stringMatching(/CSRF/) as string, extensions: { code: 'BAD_REQUEST' } });
      expect((await get({ 'content-type': 'text/plain' })).status).toBe(400);
    });

    it('lets it through with a header only a script that passed a preflight can set', async () => {
      const response = await get({ 'apollo-require-preflight': 'true' });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('refuses a form-style POST (text/plain) with 415', async () => {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
      expect(response.status).toBe(415);
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      fetch(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

    it('allows the origins of CORS_ORIGINS', async () => {
      const response = await preflight(APP);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    });

    it('gives any other origin no CORS headers', async () => {
      const response = await preflight('https://elsewhere.example.net');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const post = await fetch(server.url, { method: 'POST', headers: { origin: 'https://elsewhere.example.net', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('refuses a body over the limit with 413 and a JSON error', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ search(text: "${'a'.repeat(3000)}") { score } }` }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'the request body is too large', extensions: { code: 'BAD_REQUEST' } }] });
  });
});
