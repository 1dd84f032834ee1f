import { build, type BuildOptions, type Metafile } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths';
import { assetsDir, manifestPath, pageDir, type PageManifest, type WebPageName } from './web-assets';

/**
 * Builds the explorer page and the GraphQL IDE from npm packages into `dist/web/`, at build time, so
 * the server hands out files and nothing is fetched from a CDN. Every asset gets a content hash in its
 * name (served with a year-long cache); the manifest tells the server which names this build made.
 *
 * Run by `npm run build` (`node dist/src/explorer/build-web.js`) and, when the assets are missing or
 * older than their sources, by the browser tests.
 */

/** An entry point as esbuild's metafile names it: relative to the package root, with forward slashes. */
const entryPath = (file: string): string => `src/explorer/${file}`;

/** What both pages share: one minified bundle per entry, hashed names, browsers of the last few years. */
function common(page: WebPageName): BuildOptions {
  return {
    bundle: true,
    minify: true,
    metafile: true,
    outdir: assetsDir(page),
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    target: ['chrome110', 'firefox115', 'safari16'],
    // React and Monaco read NODE_ENV to drop their development checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    absWorkingDir: packageRoot(),
    logLevel: 'warning',
    legalComments: 'linked',
  };
}

/** The script (name inside `assets/`) that esbuild made for an entry point. */
function scriptOf(metafile: Metafile, entryPoint: string): string {
  const file = Object.keys(metafile.outputs).find((candidate) => metafile.outputs[candidate].entryPoint === entryPoint && candidate.endsWith('.js'));
  if (file === undefined) throw new Error(`esbuild made no script for ${entryPoint}`);
  return path.basename(file);
}

/** The CSS that esbuild split out of a JavaScript entry's imports, if any. */
function cssOf(metafile: Metafile, entryPoint: string): string[] {
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint === entryPoint && candidate.cssBundle !== undefined);
  return output?.cssBundle === undefined ? [] : [path.basename(output.cssBundle)];
}

/** Runs esbuild and returns what it wrote (esbuild only gives the metafile back when asked for, as `common` does). */
async function bundle(options: BuildOptions): Promise<Metafile> {
  const result = await build(options);
  if (result.metafile === undefined) throw new Error('esbuild returned no metafile');
  return result.metafile;
}

function writeManifest(page: WebPageName, manifest: PageManifest): void {
  writeFileSync(manifestPath(page), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Empties `dist/web/<page>/` so old hashed files do not pile up. */
function freshPageDir(page: WebPageName): void {
  rmSync(pageDir(page), { recursive: true, force: true });
  mkdirSync(assetsDir(page), { recursive: true });
}

async function buildExplorer(): Promise<void> {
  freshPageDir('explore');
  const entry = entryPath('page/main.ts');
  const metafile = await bundle({ ...common('explore'), entryPoints: { explorer: entry }, format: 'esm' });
  writeManifest('explore', { scripts: [scriptOf(metafile, entry)], styles: cssOf(metafile, entry), workers: {} });
}

/**
 * Monaco runs its language services in web workers that it creates with `new Worker(new URL(...))`,
 * which esbuild does not follow: each worker is an entry point of its own (a classic script), and the
 * page's `MonacoEnvironment.getWorker` is told their hashed names through the manifest.
 */
const MONACO_WORKERS: Record<string, string> = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

async function buildGraphiQL(): Promise<void> {
  freshPageDir('graphiql');
  const workers: Record<string, string> = {};
  for (const [label, module] of Object.entries(MONACO_WORKERS)) {
    const metafile = await bundle({ ...common('graphiql'), entryPoints: { [`${label}.worker`]: module }, format: 'iife' });
    workers[label] = path.basename(Object.keys(metafile.outputs).find((file) => file.endsWith('.js'))!);
  }
  const entry = entryPath('graphiql/main.tsx');
  const metafile = await bundle({ ...common('graphiql'), entryPoints: { graphiql: entry }, format: 'esm', jsx: 'automatic' });
  writeManifest('graphiql', { scripts: [scriptOf(metafile, entry)], styles: cssOf(metafile, entry), workers });
}

/** Builds both pages into `dist/web/`. */
export async function buildWebAssets(): Promise<void> {
  await buildExplorer();
  await buildGraphiQL();
}

if (require.main === module) {
  buildWebAssets().catch((error: unknown) => {
    process.stderr.write(`building the explorer pages failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
