import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The package's root folder, found by walking up to our package.json: the same code runs from `src/`
 * (tests), from `dist/src/` (npm start) and from an installed package, where relative paths differ.
 */
export function packageRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'knowledge-graph-api') {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the knowledge-graph-api package root above ${__dirname}`);
    dir = parent;
  }
}

/** `schema/`: the committed SDL and the Neo4j constraints and indexes. */
export const schemaDir = (): string => path.join(packageRoot(), 'schema');

/** `seed/data/`: the seed graph. */
export const seedDataDir = (): string => path.join(packageRoot(), 'seed', 'data');
