import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { freePort, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../neo4j/launcher';
import { CypherRunner } from '../src/graph/cypher-runner';
import { applyGraphSchema } from '../src/graph/graph-schema';
import { importSeedGraphOffline } from '../src/graph/seed/offline-import';
import { loadProgress, type LoadProgress } from '../src/load-progress';
import { generateGraph, planGraph } from './generate';

/**
 * The benchmark's database: a local Neo4j on a free port with its data in bench/.data/<scale>-<seed>
 * (git-ignored). A folder that already holds the same generated graph (same scale, seed and generator
 * code) is reused, since loading 100k entities takes minutes; `--fresh` reloads it, through the
 * offline import as `npm run seed` loads a new local database.
 */

export interface BenchDatabase {
  readonly uri: string;
  readonly driver: Driver;
  readonly loadSeconds: number | null;
  /** Marks the graph as changed (written to by the write scenarios): the next run loads it again. */
  invalidate(): void;
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

  const neo4jOptions = {
    dir,
    boltPort: await freePort(),
    heap: options.heap,
    pagecache: options.pagecache,
    // Neo4j's own start-up and import lines would scribble over the progress; failures still surface as errors.
    output: () => undefined,
  };
  const connect = (uri: string): Driver => neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'), { maxConnectionPoolSize: 64 });
  if (!reusable) {
    const started = performance.now();
    const { local, driver } = await importGenerated(options.scale, options.seed, neo4jOptions, connect);
    // The load's time covers generating, writing the files, the import, the indexes and the revision.
    const loadSeconds = (performance.now() - started) / 1000;
    writeFileSync(stampFile, stamp);
    await warmPageCache(driver);
    return { uri: local.uri, driver, loadSeconds, invalidate: () => rmSync(stampFile, { force: true }), stop: stopper(driver, local) };
  }
  const local = await startLocalNeo4j(neo4jOptions);
  const driver = connect(local.uri);
  try {
    await applyGraphSchema(new CypherRunner(driver, { queryTimeoutMs: 900_000 }));
    process.stderr.write(`bench: reusing the graph in ${path.relative(process.cwd(), dir)} (--fresh reloads it)\n`);
    await warmPageCache(driver);
    return { uri: local.uri, driver, loadSeconds: null, invalidate: () => rmSync(stampFile, { force: true }), stop: stopper(driver, local) };
  } catch (error) {
    await stopper(driver, local)();
    throw error;
  }
}

/**
 * Reads every node and relationship with its properties once, so the measured runs start from the
 * page cache as a server that has been serving for a while would. A freshly imported or restarted
 * store is on disk only, and a few seconds of warm-up per scenario left the first scenarios reading
 * it (at 200k, the API's `entity` p50 was 88 ms cold and 32 ms after a Cypher load had left the
 * store in memory). Not part of the load's time.
 */
async function warmPageCache(driver: Driver): Promise<void> {
  const started = performance.now();
  for (const cypher of ['MATCH (n) RETURN count(properties(n)) AS n', 'MATCH ()-[r]->() RETURN count(properties(r)) AS n']) {
    await driver.executeQuery(cypher, {}, { routing: neo4j.routing.READ });
  }
  process.stderr.write(`bench: read the store into the page cache in ${Math.round((performance.now() - started) / 1000)} s\n`);
}

function stopper(driver: Driver, local: LocalNeo4j): () => Promise<void> {
  return async () => {
    await driver.close();
    await local.stop();
  };
}

/**
 * Generates the graph chunk by chunk straight into the offline import's files (a fresh folder has no
 * database, which is when `npm run seed` imports too), with a progress bar while they are written and
 * a line per phase after.
 */
async function importGenerated(
  scale: number,
  seed: number,
  neo4jOptions: LocalNeo4jOptions,
  connect: (uri: string) => Driver,
): Promise<{ local: LocalNeo4j; driver: Driver }> {
  // ~5 relationships per entity: a first estimate for the bar, corrected once the count is known.
  let estimate = scale * 6;
  let progress: LoadProgress | undefined;
  const started = performance.now();
  let driver: Driver | undefined;
  try {
    const { neo4j: local } = await importSeedGraphOffline(generateGraph(planGraph(scale, seed), 100_000), {
      neo4j: neo4jOptions,
      connect: async (uri) => new CypherRunner((driver = connect(uri)), { queryTimeoutMs: 900_000 }),
      onWritten: (done) => {
        progress ??= loadProgress('load: writing', estimate);
        progress.update(done, done > estimate * 0.95 ? (estimate = Math.round(done * 1.1)) : undefined);
      },
      onPhase: (phase) => {
        progress?.stop();
        process.stderr.write(`load: ${phase} (at ${Math.round((performance.now() - started) / 1000)} s)\n`);
      },
    });
    return { local, driver: driver! };
  } catch (error) {
    await driver?.close();
    throw error;
  } finally {
    progress?.stop();
  }
}
