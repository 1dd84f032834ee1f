import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server';
import { ensureWebAssets } from '../support/web-assets';
import { explorerSettled, launchBrowser, listedEntities, watchPage, type PageElement, type PageWatch, type TestBrowser } from '../support/browser';

const ARTICLE = 'Sam Altman met Fumio Kishida. The Altmans said nothing to us. 日本政府は前向きだ。';

describe('The explorer\'s "Link a text" box (/explore) in Chromium', () => {
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
    await page.goto(`${origin}/explore`);
    await explorerSettled(page);
  });

  afterEach(async () => {
    await page.close();
  });

  async function linkText(text: string): Promise<Array<{ id: string; text: string }>> {
    await page.click('.text-links summary');
    await page.fill('#mention-text', text);
    await page.click('#find-mentions');
    await page.waitForSelector('#mention-output .mention-summary');
    return page.$$eval('#mention-output a.mention', (links: PageElement[]) => links.map((link) => ({ id: link.getAttribute('data-entity')!, text: link.textContent! })));
  }

  it('highlights the mentions of a pasted article as links to their entities, and leaves the rest as text', async () => {
    const links = await linkText(ARTICLE);
    expect(links).toEqual([
      { id: 'sam-altman', text: 'Sam Altman' },
      { id: 'fumio-kishida', text: 'Fumio Kishida' },
      { id: 'government-of-japan', text: '日本政府' },
    ]);
    expect(await page.textContent('#mention-output .mention-text')).toBe(ARTICLE);
    expect(watch.problems).toEqual([]);
  });

  it('focuses the graph on an entity when its mention is clicked', async () => {
    await linkText(ARTICLE);
    await page.click('#mention-output a.mention[data-entity="fumio-kishida"]');
    await page.waitForURL(/\?focus=fumio-kishida$/);
    await explorerSettled(page);
    expect(await listedEntities(page)).toContain('government-of-japan');
    expect(watch.problems).toEqual([]);
  });
});
