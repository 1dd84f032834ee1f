import { startTestServer, type TestServer } from '../support/test-server';
import { ensureWebAssets } from '../support/web-assets';

const YEAR = 'public, max-age=31536000, immutable';

async function get(url: string): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The hashed asset URLs a page's HTML points at. */
const assetsIn = (html: string): string[] => [...html.matchAll(/(?:src|href)="([^"]+\/assets\/[^"]+)"/g)].map((match) => match[1]);

describe('Serving the explorer and GraphiQL over HTTP', () => {
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    await ensureWebAssets();
    server = await startTestServer();
    base = new URL('/', server.url).href.replace(/\/$/, '');
  }, 120_000);
  afterAll(() => server.stop());

  it.each(['/explore', '/graphiql'])('serves %s with no cache, its hashed assets with a year-long one', async (page) => {
    const html = await get(`${base}${page}`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(html.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const assets = assetsIn(html.body);
    expect(assets.length).toBeGreaterThanOrEqual(2); // a script and a stylesheet
    for (const asset of assets) {
      expect(asset).toMatch(new RegExp(`^${page}/assets/[a-z.]+-[A-Z0-9]{8}\\.(js|css)$`));
      const file = await get(`${base}${asset}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('cache-control')).toBe(YEAR);
    }
  });

  it('tells GraphiQL where its Monaco workers are', async () => {
    const html = await get(`${base}/graphiql`);
    const config = JSON.parse(/<script id="kg-config" type="application\/json">(.*?)<\/script>/.exec(html.body)![1]) as { graphqlUrl: string; workers: Record<string, string> };
    expect(config.graphqlUrl).toBe('/graphql');
    expect(Object.keys(config.workers).sort()).toEqual(['editor', 'graphql', 'json']);
    for (const worker of Object.values(config.workers)) expect((await get(`${base}${worker}`)).status).toBe(200);
  });

  it('leaves Apollo Sandbox the landing page of /graphql', async () => {
    const landing = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await landing.text()).toContain('embeddable-sandbox');
  });

  it('links both pages from the root', async () => {
    const root = await get(`${base}/`);
    expect(root.status).toBe(200);
    expect(root.body).toContain('href="/explore"');
    expect(root.body).toContain('href="/graphiql"');
  });

  it('answers unknown assets and hostile paths with a JSON 404, never a server error', async () => {
    for (const path of ['/explore/assets/nothing-AAAAAAAA.js', '/explore/assets/%2e%2e%2fmanifest.json', '/explore/assets/..%2f..%2f..%2fpackage.json', '/graphiql/nothing']) {
      const response = await get(`${base}${path}`);
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
    // The page takes any query string: it validates the view itself and sends nothing malformed.
    expect((await get(`${base}/explore?focus=%3Cscript%3E&asOf=2023-02-30&from=x`)).status).toBe(200);
  });
});

describe('The explorer in production', () => {
  it('is off unless EXPLORER=true turns it on', async () => {
    await ensureWebAssets();
    const off = await startTestServer({ production: true });
    const on = await startTestServer({ production: true, http: { explorer: true } });
    try {
      for (const path of ['/', '/explore', '/graphiql']) {
        expect((await get(new URL(path, off.url).href)).status).toBe(404);
        expect((await get(new URL(path, on.url).href)).status).toBe(200);
      }
      // The landing page of /graphql stays Apollo's production page.
      const landing = await fetch(on.url, { headers: { accept: 'text/html' } });
      expect(await landing.text()).toContain('%22isProd%22%3Atrue');
    } finally {
      await off.stop();
      await on.stop();
    }
  }, 60_000);
});
