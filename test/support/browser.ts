import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * A real headless Chromium (Debian's, driven by playwright-core) for the page tests. Chromium is told not to call out: this machine's network is closed, and a test must
 * see every request a page makes go to our server alone.
 */

/** The page's globals that the callbacks run in Chromium use (this tsconfig has no DOM library). */
declare const document: { body: { dataset: Record<string, string | undefined> } };

/**
 * What the callbacks run in Chromium use of an element. Without the DOM library playwright's `Element`
 * and `HTMLElement` are unresolved, so `$$eval` callbacks declare their elements as these.
 */
export interface PageElement {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
}

const CHROMIUM = '/usr/bin/chromium';

export interface TestBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, reduced motion (the explorer then draws without animation). */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    viewport: { width: 1400, height: 900 },
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PageWatch {
  /** Console errors, uncaught exceptions and requests to anywhere but `origin`, as readable lines. */
  readonly problems: string[];
  /** Every URL requested, in order. */
  readonly requests: string[];
}

/** Watches a page (and its workers) for what must never happen: errors, and requests off the server. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { problems: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    watch.requests.push(url);
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) watch.problems.push(`request off the server: ${url}`);
  });
  page.on('requestfailed', (request) => watch.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  return watch;
}

/** Waits until the explorer has drawn what it was last asked for (it sets `data-status` on `<body>`). */
export async function explorerSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.status === 'ready' || document.body.dataset.status === 'error');
  const status = await page.evaluate(() => document.body.dataset.status);
  if (status !== 'ready') throw new Error(`the explorer reports an error: ${await page.textContent('#status')}`);
}

/** Ids of the entities in the explorer's list, in list order; `onPath` keeps those marked on the path. */
export function listedEntities(page: Page, onPath = false): Promise<string[]> {
  const selector = onPath ? '#entity-list [data-entity-id][data-on-path="true"]' : '#entity-list [data-entity-id]';
  return page.$$eval(selector, (items: PageElement[]) => items.map((item) => item.getAttribute('data-entity-id')!));
}

export function listedRelationships(page: Page): Promise<string[]> {
  return page.$$eval('#relationship-list [data-relationship-id]', (items: PageElement[]) => items.map((item) => item.getAttribute('data-relationship-id')!));
}
