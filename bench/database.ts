import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j/launcher';
import { CypherRunner } from '../src/graph/cypher-runner';
import { applyGraphSchema } from '../src/graph/graph-schema';
import { applySchemaAroundLoad, loadSeedGraph } from '../src/graph/seed/load-seed';
import { loadProgress } from '../src/load-progress';
import { generateGraph, planGraph } from './generate';

/**
 * The benchmark's database: a local Neo4j on a free port with its data in bench/.data/<scale>-<seed>
 * (git-ignored). A folder that already holds the same generated graph (same scale, seed and generator
 * code) is reused, since loading 100k entities takes minutes; `--fresh` reloads it.
 */

export interface BenchDatabase {
  readonly uri: string;
  readonly driver: Driver;
  readonly loadSeconds: number | null;
  stop(): Promise<void>;
}

export interface DatabaseOptions {
  scale: number;
  seed: number;
  heap: string;
  pagecache: string;
  fresh: boolean;
}

const DATA_ROOT = path.resolve(__dirname, '..', '..', 'bench', '.data');
const STAMP = 'loaded.json';

/** Identifies the generator's code: a changed generator must not reuse an old graph. */
function generatorHash(): string {
  const hash = createHash('sha256');
  const generateDir = path.join(__dirname, 'generate');
  const files = [path.join(__dirname, 'generate.js'), ...readdirSync(generateDir).filter((f) => f.endsWith('.js')).sort().map((f) => path.join(generateDir, f))];
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

export async function openBenchDatabase(options: DatabaseOptions): Promise<BenchDatabase> {
  const dir = path.join(DATA_ROOT, `${options.scale}-${options.seed}`);
  const stampFile = path.join(dir, STAMP);
  const stamp = JSON.stringify({ scale: options.scale, seed: options.seed, generator: generatorHash() });
  const reusable = !options.fresh && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (!reusable) rmSync(dir, { recursive: true, force: true });

  const local: LocalNeo4j = await startLocalNeo4j({
    dir,
    boltPort: await freePort(),
    heap: options.heap,
    pagecache: options.pagecache,
    // Neo4j's own start-up lines would scribble over the progress bar; failures still surface as errors.
    output: () => undefined,
  });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', 'unused'), { maxConnectionPoolSize: 64 });
  const stop = async (): Promise<void> => {
    await driver.close();
    await local.stop();
  };
  try {
    const runner = new CypherRunner(driver, { queryTimeoutMs: 900_000 });
    let loadSeconds: number | null = null;
    if (!reusable) {
      const started = performance.now();
      // The load's time includes building the indexes after it, as it is part of every fresh load.
      const buildIndexes = await applySchemaAroundLoad(runner);
      await loadGenerated(runner, options.scale, options.seed);
      await buildIndexes();
      loadSeconds = (performance.now() - started) / 1000;
      writeFileSync(stampFile, stamp);
    } else {
      await applyGraphSchema(runner);
      process.stderr.write(`bench: reusing the graph in ${path.relative(process.cwd(), dir)} (--fresh reloads it)\n`);
    }
    return { uri: local.uri, driver, loadSeconds, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Generates and loads through the project's loader, chunk by chunk, with the loader's progress bar. */
async function loadGenerated(runner: CypherRunner, scale: number, seed: number): Promise<void> {
  const plan = planGraph(scale, seed);
  // ~5 relationships per entity: a first estimate for the bar, corrected once the count is known.
  let estimate = scale * 6;
  const progress = loadProgress('load', estimate);
  let done = 0;
  try {
    for (const chunk of generateGraph(plan, 100_000)) {
      const before = done;
      await loadSeedGraph(runner, chunk, { onProgress: (written) => progress.update(before + written) });
      done += chunk.entities.length + chunk.relationships.length;
      if (done > estimate * 0.95) progress.update(done, (estimate = Math.round(done * 1.1)));
    }
    progress.update(done, done);
  } finally {
    progress.stop();
  }
}
