import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths';

/**
 * Where the browser pages are built to and what the build left there. The build (`build-web.ts`) and
 * the middleware (`middleware.ts`) both go through this module, so they cannot disagree on a path.
 */

/** The two pages served: the graph explorer and the GraphQL IDE. */
export type WebPageName = 'explore' | 'graphiql';

/** What the build of one page produced: hashed file names inside its `assets/` folder. */
export interface PageManifest {
  /** Module scripts, loaded in order. */
  scripts: string[];
  styles: string[];
  /** Web workers by the label Monaco asks for (`editor`, `json`, `graphql`); GraphiQL only. */
  workers: Record<string, string>;
}

/** `dist/web/`: the build output of the pages, beside the compiled server in `dist/src/`. */
export const webDir = (): string => path.join(packageRoot(), 'dist', 'web');

/** `dist/web/<page>/`. */
export const pageDir = (page: WebPageName): string => path.join(webDir(), page);

/** `dist/web/<page>/assets/`: the hashed files, served with a long cache. */
export const assetsDir = (page: WebPageName): string => path.join(pageDir(page), 'assets');

const manifestPath = (page: WebPageName): string => path.join(pageDir(page), 'manifest.json');

/** The page's manifest, or undefined when the page has not been built (`npm run build` builds it). */
export function readManifest(page: WebPageName): PageManifest | undefined {
  const file = manifestPath(page);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as PageManifest;
}

export { manifestPath };
