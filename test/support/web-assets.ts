import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildWebAssets } from '../../src/explorer/build-web';
import { manifestPath } from '../../src/explorer/web-assets';

const root = path.resolve(__dirname, '..', '..');

function newestIn(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const file = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestIn(file) : statSync(file).mtimeMs);
  }, 0);
}

/**
 * Builds the pages when they are missing (a fresh clone after `npm ci`) or older than their sources
 * (a page changed since the last `npm run build`), so the tests never run against stale bundles.
 */
export async function ensureWebAssets(): Promise<void> {
  const sources = Math.max(newestIn(path.join(root, 'src', 'explorer')), statSync(path.join(root, 'package-lock.json')).mtimeMs);
  const built = (['explore', 'graphiql'] as const).map((page) => manifestPath(page)).map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0));
  if (Math.min(...built) < sources) await buildWebAssets();
}

