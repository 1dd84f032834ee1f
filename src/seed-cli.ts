import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { localDatabaseExists, startLocalNeo4j } from '../neo4j/launcher';
import { loadConfig } from './config';
import { createDriver, verifyConnection } from './database';
import { CypherRunner } from './graph/cypher-runner';
import { applySchemaAroundLoad, loadSeedGraph, type LoadSummary } from './graph/seed/load-seed';
import { importSeedGraphOffline } from './graph/seed/offline-import';
import { loadProgress, type LoadProgress } from './load-progress';
import { readSeedFolder, SeedValidationError, validateSeed } from './graph/seed/validate-seed';
import { seedDataDir } from './paths';

/**
 * `npm run seed [-- folder] [--force "reason"]`: loads a folder of seed files (default `seed/data/`) into the database
 * of NEO4J_URI, or into the local Neo4j when it is unset, after applying the schema. Loading is
 * idempotent, so running it again is safe; fields editors changed since a record's last load are kept
 * and reported unless `--force` (docs/loading.md#loading-over-a-curated-graph). A local Neo4j with no database yet is made by Neo4j's
 * offline importer instead (docs/loading.md): several times faster than Cypher writes.
 */

/** Schema changes wait for index population and large batches take time: far above a request's timeout. */
const SEED_QUERY_TIMEOUT_MS = 120_000;

/** `[folder] [--force "reason"]`, in any order. */
function parseArgs(argv: readonly string[]): { folder: string | undefined; force: { reason: string } | undefined } {
  const args = [...argv];
  const at = args.indexOf('--force');
  let force: { reason: string } | undefined;
  if (at >= 0) {
    const reason = args[at + 1];
    if (reason === undefined || reason.startsWith('--') || reason.trim() === '') throw new Error('--force needs a reason, recorded in its revision: --force "why"');
    force = { reason };
    args.splice(at, 2);
  }
  if (args.length > 1) throw new Error(`unexpected arguments: ${args.slice(1).join(' ')}`);
  return { folder: args[0], force };
}

function seedFolder(given: string | undefined): string {
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const base = process.env.INIT_CWD ?? process.cwd();
  const folder = path.resolve(base, given ?? seedDataDir());
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`no such folder: ${folder}`);
  return folder;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const args = parseArgs(process.argv.slice(2));
  const folder = seedFolder(args.folder);
  // Validated before any database is started or touched: a bad file costs no time and writes nothing.
  const files = readSeedFolder(folder);
  const graph = validateSeed(files, { allowExternalRefs: true });

  const cleanup: Array<() => Promise<void>> = [];
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const records = graph.entities.length + graph.relationships.length;
  const localNeo4j = {
    dir: config.localNeo4jDir,
    boltPort: config.localNeo4jBoltPort,
    heap: config.localNeo4jHeap,
    pagecache: config.localNeo4jPagecache,
  };
  /** A runner on `uri`, its driver closed first when the CLI ends. */
  const connect = async (uri: string): Promise<CypherRunner> => {
    const driver = createDriver(uri, config);
    cleanup.unshift(() => driver.close());
    await verifyConnection(driver, uri, config.neo4jDatabase);
    return new CypherRunner(driver, { database: config.neo4jDatabase, queryTimeoutMs: SEED_QUERY_TIMEOUT_MS });
  };
  try {
    let uri = config.neo4jUri;
    // External references need a database that holds them: the Cypher loader then says which are
    // missing. The importer makes the default database only.
    const offline = graph.externalRefs.length === 0 && (config.neo4jDatabase ?? 'neo4j') === 'neo4j';
    if (uri === undefined && offline && !localDatabaseExists(config.localNeo4jDir)) {
      let progress: LoadProgress | undefined;
      const imported = await importSeedGraphOffline([graph], {
        neo4j: localNeo4j,
        connect,
        onWritten: (written) => (progress ??= loadProgress('seed: writing', records)).update(written),
        onPhase: (phase) => {
          progress?.stop();
          process.stderr.write(`seed: ${phase}\n`);
        },
      });
      // After the driver's close, which was added first.
      cleanup.push(() => imported.neo4j.stop());
      process.stdout.write(
        `seed: imported ${imported.entities} entities and ${imported.relationships} relationships from ${plural(files.length, 'file')} into a new database\n`,
      );
      return;
    }
    if (uri === undefined) {
      const local = await startLocalNeo4j(localNeo4j);
      cleanup.unshift(() => local.stop());
      uri = local.uri;
    }
    const runner = await connect(uri);
    const buildIndexes = await applySchemaAroundLoad(runner);
    const progress = loadProgress('seed', records);
    const summary = await loadSeedGraph(runner, graph, { onProgress: progress.update, force: args.force }).finally(() => progress.stop());
    await buildIndexes();
    reportConflicts(summary);
    process.stdout.write(
      `seed: loaded ${summary.entities} entities and ${summary.relationships} relationships from ${plural(files.length, 'file')}\n`,
    );
  } finally {
    for (const stop of cleanup) await stop().catch(() => undefined);
  }
}

/** One line per field where the files and curation disagree: what was kept, or overwritten. */
function reportConflicts(summary: LoadSummary): void {
  const shown = (value: unknown): string => (value === null ? 'nothing' : JSON.stringify(value));
  for (const c of summary.conflicts) {
    const what = c.overwritten ? 'overwrote the curated value' : 'kept the curated value';
    process.stderr.write(`seed: ${c.record}: "${c.field}": ${what} ${shown(c.currentValue)} (revision ${c.seq}); the file has ${shown(c.seedValue)}\n`);
  }
  const kept = summary.conflicts.filter((c) => !c.overwritten).length;
  if (kept > 0) {
    process.stderr.write(`seed: ${kept} field(s) changed by curation since their last load were kept; --force "reason" overwrites all but retractions\n`);
  }
  if (summary.overwriteSeq !== null) {
    process.stderr.write(`seed: the overwrite is revision ${summary.overwriteSeq}\n`);
  }
}

function explain(error: unknown): string {
  // A validation error lists its problems one per line; anything else is one line, never a stack.
  if (error instanceof SeedValidationError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`seed: ${explain(error)}\n`);
    process.exit(1);
  },
);
