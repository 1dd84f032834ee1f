import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server';
import { ensureWebAssets } from '../support/web-assets';
import { launchBrowser, watchPage, type PageElement, type PageWatch, type TestBrowser } from '../support/browser';

/** The page's globals that the callbacks run in Chromium use (this tsconfig has no DOM library). */
declare const document: { querySelector(selector: string): { textContent: string | null } | null };

describe('GraphiQL (/graphiql) in Chromium', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let origin: string;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    await ensureWebAssets();
    server = await startTestServer();
    origin = new URL(server.url).origin;
    browser = await launchBrowser();
  }, 120_000);

  beforeEach(async () => {
    page = await browser.context.newPage();
    watch = watchPage(page, origin);
  });

  afterEach(async () => {
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs a query against this server, with its editor workers served from here', async () => {
    const query = '{ entity(id: "fumio-kishida") { id name } }';
    // Monaco starts its GraphQL language service in a worker when it gets round to it: before or
    // after the answer arrives, depending on the machine's load. So the wait for the worker's request
    // is registered before the page is opened, and awaited at the end, rather than looked for then.
    const graphqlWorker = page.waitForRequest((request) => /\/graphiql\/assets\/graphql\.worker-[A-Z0-9]+\.js$/.test(request.url()), { timeout: 30_000 });
    graphqlWorker.catch(() => undefined); // awaited below; a page closed early must not leave it unhandled
    await page.goto(`${origin}/graphiql?query=${encodeURIComponent(query)}`);
    await page.waitForSelector('.graphiql-query-editor .monaco-editor');
    // The editor appears before GraphiQL has put the URL's query into it: a click in between runs
    // whatever the editor holds then, and the answer this test waits for never comes.
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('fumio-kishida'));
    const answered = page.waitForResponse((response) => response.url() === `${origin}/graphql` && response.request().postData()?.includes('fumio-kishida') === true);
    await page.click('.graphiql-execute-button');
    const response = await answered;
    expect(await response.json()).toEqual({ data: { entity: { id: 'fumio-kishida', name: 'Fumio Kishida' } } });
    // Monaco draws spaces as no-break spaces.
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.replace(/\s/g, ' ').includes('"name": "Fumio Kishida"'));

    // Monaco's GraphQL language service runs in its worker, loaded from our assets.
    const workerRequest = await graphqlWorker;
    expect(new URL(workerRequest.url()).origin).toBe(origin);
    expect((await workerRequest.response())?.status()).toBe(200);
    expect(watch.problems).toEqual([]);
  });

  it('is linked, with the explorer, from the server\'s root page', async () => {
    await page.goto(`${origin}/`);
    const links = await page.$$eval('a', (anchors: PageElement[]) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/explore', '/graphiql', '/graphql']));
    expect(watch.problems).toEqual([]);
  });
});
