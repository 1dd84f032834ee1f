import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../../../neo4j/launcher';
import type { CypherRunner } from '../cypher-runner';
import { applyGraphSchema } from '../graph-schema';
import { recordSeedRevision } from '../write/seed-revision';
import { writeImportFiles } from './import-files';
import type { SeedGraph } from './seed-format';

/**
 * The first load of a large graph into a local Neo4j that has no database yet: the graph is written
 * as CSV files and Neo4j's offline importer makes the store from them before the server starts,
 * instead of Cypher batches (measured on 2 cores: about 6 000 records/s through Cypher; the importer
 * writes store files directly). Then what the Cypher loader does after a load into an empty graph:
 * the whole schema, each index populated once, and one seed revision naming every record. The graph
 * is the one `loadSeedGraph` would have written (test/integration/offline-import.test.ts compares them).
 */

export interface OfflineImportOptions {
  /** The local Neo4j to start; its folder must not hold a database yet (`localDatabaseExists`). */
  neo4j: Omit<LocalNeo4jOptions, 'importFrom'>;
  /** A runner on the started server, for the schema and the revision; the caller owns its driver. */
  connect: (uri: string) => Promise<CypherRunner>;
  /** Told as each phase starts, in a line a user can follow ("building indexes"). */
  onPhase?: (phase: string) => void;
  /** Told after each chunk is written: records written so far. */
  onWritten?: (records: number) => void;
  /** Where the CSV files are written for the import's length (deleted after). Defaults to the OS temp folder. */
  tempDir?: string;
}

export interface OfflineImportResult {
  /** The started server, serving the imported graph: the caller stops it. */
  neo4j: LocalNeo4j;
  entities: number;
  relationships: number;
}

/** Imports `chunks` (validated graphs with no external references) as the new database of `options.neo4j.dir`. */
export async function importSeedGraphOffline(chunks: Iterable<SeedGraph>, options: OfflineImportOptions): Promise<OfflineImportResult> {
  const phase = options.onPhase ?? (() => undefined);
  const folder = mkdtempSync(path.join(options.tempDir ?? os.tmpdir(), 'kg-import-'));
  let neo4j: LocalNeo4j | undefined;
  try {
    phase('writing the graph as CSV files');
    // One system time for the whole load: the records enter the graph together.
    const files = await writeImportFiles(folder, chunks, new Date().toISOString(), options.onWritten);
    const counts = `${files.entityIds.length} entities and ${files.relationshipIds.length} relationships`;
    phase(`importing ${counts} with Neo4j's importer`);
    neo4j = await startLocalNeo4j({ ...options.neo4j, importFrom: files.manifest });
    rmSync(folder, { recursive: true, force: true });

    const runner = await options.connect(neo4j.uri);
    phase('building the indexes');
    await applyGraphSchema(runner);
    phase('recording the seed revision');
    await recordSeedRevision(runner, { entityIds: files.entityIds, relationshipIds: files.relationshipIds });
    return { neo4j, entities: files.entityIds.length, relationships: files.relationshipIds.length };
  } catch (error) {
    await neo4j?.stop();
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
