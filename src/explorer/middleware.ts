import express, { Router, type Request, type Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderPage } from './page-html';
import { assetsDir, readManifest, type PageManifest, type WebPageName } from './web-assets';

/**
 * The explorer page and the GraphQL IDE as Express routers, for the standalone server and for hosts.
 * Each serves its page at the mount point and its hashed assets under `assets/`; nothing else.
 */

/**
 * A Connect-style request handler: Express 4 and 5, Connect and `http.createServer` hosts all take it.
 * Typed without Express so that hosts need no `@types/express`.
 */
export type PageMiddleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** Options of {@link explorerMiddleware} and {@link graphiqlMiddleware}. */
export interface PageMiddlewareOptions {
  /**
   * Where the page sends GraphQL requests, as the browser sees it: a path on the same server (`/kg`)
   * or an absolute URL. Defaults to `/graphql`.
   */
  graphqlUrl?: string;
}

const YEAR_IN_MS = 365 * 24 * 3600 * 1000;

/**
 * The page's Content-Security-Policy: scripts, styles, fonts, workers and requests from this server
 * only (and the GraphQL endpoint's origin when it is elsewhere), so that the page cannot reach out
 * even by mistake. Monaco and cytoscape set inline styles; images are drawn to data and blob URLs.
 */
function contentSecurityPolicy(graphqlUrl: string): string {
  let connect = "'self'";
  if (/^https?:\/\//i.test(graphqlUrl)) connect += ` ${new URL(graphqlUrl).origin}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

function pageRouter(page: WebPageName, title: string, options: PageMiddlewareOptions): Router {
  const graphqlUrl = options.graphqlUrl ?? '/graphql';
  const csp = contentSecurityPolicy(graphqlUrl);
  const router = Router();
  // Hashed names never change content: a year's cache, and no revalidation.
  router.use('/assets', express.static(assetsDir(page), { maxAge: YEAR_IN_MS, immutable: true, index: false, redirect: false }));
  // Read at the first request rather than at start, so a server whose pages were not built still starts.
  let manifest: PageManifest | undefined;
  router.get('/', (request: Request, response: Response) => {
    manifest ??= readManifest(page);
    response.set('cache-control', 'no-cache');
    if (manifest === undefined) {
      response.status(503).type('text/plain').send(`The ${title} page has not been built: run npm run build.\n`);
      return;
    }
    response.set('content-security-policy', csp);
    response.type('html').send(renderPage({ title, base: request.baseUrl, manifest, graphqlUrl }));
  });
  return router;
}

/**
 * The graph explorer: search, a neighbourhood drawn with cytoscape.js, expand with undo, filters, paths,
 * an `asOf` slider, an inspector with the sources of each fact, PNG export. Mount it where it should be
 * served; the page then talks to `graphqlUrl`:
 *
 * ```ts
 * app.use('/explore', explorerMiddleware({ graphqlUrl: '/kg' }));
 * ```
 *
 * Its assets are built by the package's `npm run build` into `dist/web/explore`; until then the page
 * answers 503.
 */
export function explorerMiddleware(options: PageMiddlewareOptions = {}): PageMiddleware {
  return pageRouter('explore', 'Knowledge graph explorer', options) as unknown as PageMiddleware;
}

/**
 * GraphiQL, bundled with its Monaco editor and workers: a GraphQL IDE that needs no internet.
 *
 * ```ts
 * app.use('/graphiql', graphiqlMiddleware({ graphqlUrl: '/kg' }));
 * ```
 */
export function graphiqlMiddleware(options: PageMiddlewareOptions = {}): PageMiddleware {
  return pageRouter('graphiql', 'GraphiQL', options) as unknown as PageMiddleware;
}
