import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server';
import { ensureWebAssets } from '../support/web-assets';
import { explorerSettled, launchBrowser, listedEntities, listedRelationships, watchPage, type PageElement, type PageWatch, type TestBrowser } from '../support/browser';

/** The explorer's handle for tests, in the page (this tsconfig has no DOM library). */
declare const window: { kgExplorer: { cy: import('cytoscape').Core; positionOf(id: string): { x: number; y: number } } };
declare const document: { body: { dataset: Record<string, string | undefined> } };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MATSUNO_POSITION = 'hirokazu-matsuno:HOLDS_POSITION:government-of-japan';

describe('The explorer page (/explore) in Chromium', () => {
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

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    watch = watchPage(page, origin);
  });

  afterEach(async () => {
    await page.close();
  });

  async function open(query: string): Promise<void> {
    await page.goto(`${origin}/explore${query}`);
    await viewSettled(query);
  }

  /**
   * Waits until the view of `query` is drawn and its centre is in the inspector. A new view opens the
   * inspector on its centre with a request of its own, answered before or after the view is drawn:
   * a test that read the inspector, or left the page, before that answer would race it.
   */
  async function viewSettled(query: string): Promise<void> {
    await explorerSettled(page);
    const params = new URLSearchParams(query);
    const centre = params.get('focus') ?? params.get('from');
    if (centre !== null) await page.waitForSelector(`#inspector[data-inspected="${centre}"]`);
  }

  /** What the API itself says the neighbourhood is, to compare the page with. */
  async function apiNeighbourhood(id: string, asOf?: string): Promise<string[]> {
    const { data } = await server.query<{ neighborhood: { nodes: Array<{ id: string }> } }>(
      'query ($id: ID!, $asOf: Date) { neighborhood(id: $id, limit: 60, asOf: $asOf) { nodes { id } } }',
      { id, asOf },
    );
    return data!.neighborhood.nodes.map((node) => node.id);
  }

  it('loads with no console error and no request off the server', async () => {
    await open('?focus=fumio-kishida');
    expect(watch.problems).toEqual([]);
    expect(watch.requests.some((url) => url.startsWith(`${origin}/explore/assets/explorer-`))).toBe(true);
    expect(watch.requests.some((url) => url === `${origin}/graphql`)).toBe(true);
  });

  it('draws Kishida and his neighbours for ?focus=fumio-kishida', async () => {
    await open('?focus=fumio-kishida');
    const listed = await listedEntities(page);
    expect(listed).toEqual(expect.arrayContaining(['fumio-kishida', 'government-of-japan', 'altman-kishida-meeting']));
    expect([...listed].sort()).toEqual((await apiNeighbourhood('fumio-kishida')).sort());
    // The canvas holds the same entities as the list, coloured by kind.
    const drawn = await page.evaluate(() => {
      const { cy } = window.kgExplorer;
      return cy.nodes().map((node) => ({ id: node.id(), colour: node.style('background-color') as string, kind: node.data('kind') as string }));
    });
    expect(drawn.map((node) => node.id).sort()).toEqual([...listed].sort());
    const colourOf = (kind: string): Set<string> => new Set(drawn.filter((node) => node.kind === kind).map((node) => node.colour));
    expect(colourOf('PERSON').size).toBe(1);
    expect(colourOf('PERSON')).not.toEqual(colourOf('ORGANIZATION'));
    // Every entity is reachable by keyboard: each list item holds a button.
    expect(await page.$$eval('#entity-list [data-entity-id]', (items: PageElement[]) => items.every((item) => item.querySelector('button') !== null))).toBe(true);
  });

  it('expands an entity when it is clicked on the canvas, and undoes the expansion', async () => {
    await open('?focus=fumio-kishida');
    expect(await listedEntities(page)).not.toContain('hirokazu-matsuno');
    const at = await page.evaluate(() => window.kgExplorer.positionOf('government-of-japan'));
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('#entity-list [data-entity-id="hirokazu-matsuno"]');
    await explorerSettled(page);
    const expanded = await listedEntities(page);
    expect(expanded).toEqual(expect.arrayContaining(await apiNeighbourhood('government-of-japan')));
    // The click also inspects the entity, with a request of its own that the expansion does not wait for.
    await page.waitForSelector('#inspector[data-inspected="government-of-japan"]');
    expect(await page.textContent('#inspector h2')).toBe('Government of Japan');

    await page.click('#undo');
    await page.waitForSelector('#entity-list [data-entity-id="hirokazu-matsuno"]', { state: 'detached' });
    expect([...(await listedEntities(page))].sort()).toEqual((await apiNeighbourhood('fumio-kishida')).sort());
    expect(watch.problems).toEqual([]);
  });

  it('marks the path from Elon Musk to Fumio Kishida in order', async () => {
    await open('?from=elon-musk&to=fumio-kishida');
    const { data } = await server.query<{ shortestPath: { nodes: Array<{ id: string }> } }>(
      '{ shortestPath(from: "elon-musk", to: "fumio-kishida") { nodes { id } } }',
    );
    const expected = data!.shortestPath.nodes.map((node) => node.id);
    expect(expected.length).toBeGreaterThan(2);
    const onPath = await listedEntities(page, true);
    expect(onPath).toEqual(expected);
    expect(onPath[0]).toBe('elon-musk');
    expect(onPath.at(-1)).toBe('fumio-kishida');
    expect(await page.$$eval('#relationship-list [data-on-path="true"]', (items) => items.length)).toBe(expected.length - 1);
    expect(watch.problems).toEqual([]);
  });

  it('drops Matsuno\'s position when asOf moves past 2023-12-14, and keeps that in the URL', async () => {
    await open('?focus=hirokazu-matsuno&asOf=2023-06-01');
    expect(await listedRelationships(page)).toContain(MATSUNO_POSITION);
    expect(await listedEntities(page)).toContain('government-of-japan');

    await page.fill('#asof-date', '2024-01-01');
    await page.waitForSelector(`#relationship-list [data-relationship-id="${MATSUNO_POSITION}"]`, { state: 'detached' });
    await explorerSettled(page);
    expect(await listedEntities(page)).not.toContain('government-of-japan');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2024-01-01');

    // The URL holds the view: a reload shows the same.
    await page.reload();
    await viewSettled(new URL(page.url()).search);
    expect(await page.inputValue('#asof-date')).toBe('2024-01-01');
    expect(await listedRelationships(page)).not.toContain(MATSUNO_POSITION);
    expect(await listedEntities(page)).toContain('hirokazu-matsuno');
    expect(watch.problems).toEqual([]);
  });

  it('lists the sources of an entity and of a relationship in the inspector, with title and link', async () => {
    await open('?focus=fumio-kishida');
    await page.click('#entity-list [data-entity-id="government-of-japan"] .entity-name');
    await page.waitForSelector('#inspector[data-inspected="government-of-japan"]');
    expect(await page.textContent('#inspector h2')).toBe('Government of Japan');

    await page.click(`#relationship-list [data-relationship-id="fumio-kishida:HOLDS_POSITION:government-of-japan"] button`);
    await page.waitForSelector('#inspector[data-inspected="fumio-kishida:HOLDS_POSITION:government-of-japan"]');
    const sources = await page.$$eval('#inspector .sources li', (items: PageElement[]) =>
      items.map((item) => ({ id: item.getAttribute('data-source-id'), text: item.textContent, href: item.querySelector('a')?.getAttribute('href') ?? null })),
    );
    expect(sources.map((source) => source.id).sort()).toEqual(['article-openai-japan-2023', 'background']);
    const article = sources.find((source) => source.id === 'article-openai-japan-2023')!;
    expect(article.text).toContain('OpenAI may open office in Japan');
    expect(article.href).toBe('?focus=article-openai-japan-2023');
    expect(await page.textContent('#inspector .properties')).toContain('Prime Minister');
  });

  it('finds an entity by its Japanese name and draws its neighbourhood', async () => {
    await open('');
    await page.fill('#picker-search-input', '岸田');
    await page.waitForSelector('[data-hit-id="fumio-kishida"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#entity-list [data-entity-id="fumio-kishida"]');
    await viewSettled(new URL(page.url()).search);
    expect(new URL(page.url()).searchParams.get('focus')).toBe('fumio-kishida');
    expect(watch.problems).toEqual([]);
  });

  it('says so when the URL names an entity that does not exist, without a console error', async () => {
    await page.goto(`${origin}/explore?focus=no-such-entity`);
    await page.waitForFunction(() => document.body.dataset.status === 'error');
    expect(await page.textContent('#status')).toContain('no-such-entity');
    expect(await listedEntities(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it('exports the view as a PNG image', async () => {
    await open('?focus=sam-altman');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(100); // width, from the IHDR chunk
    expect(download.suggestedFilename()).toBe('knowledge-graph-sam-altman.png');
  });

  it('makes the README\'s screenshot of Sam Altman\'s neighbourhood', async () => {
    await open('?focus=sam-altman');
    await page.click('#entity-list [data-entity-id="sam-altman"] .entity-name');
    await page.waitForSelector('#inspector[data-inspected="sam-altman"] .sources li');
    const file = path.resolve(__dirname, '..', '..', 'docs', 'explorer.png');
    await page.screenshot({ path: file });
    expect(readFileSync(file).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(watch.problems).toEqual([]);
  });
});
