import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/launcher';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { importSeedGraphOffline } from '../../src/graph/seed/offline-import';
import type { SeedGraph } from '../../src/graph/seed/seed-format';
import { prepareDatabase } from './prepare-database';

/**
 * A real Neo4j of one test file's own, for tests that stop the database: the shared one serves the
 * other test files. Same port and folder across stop/start, as a restarted server would be.
 */
export interface PrivateNeo4j {
  readonly uri: string;
  /** Its data folder. */
  readonly dir: string;
  /** Stops the server cleanly; the data stays. */
  stop(): Promise<void>;
  /** Kills the server at once, as a crash would; the data stays, recovered at the next start. */
  kill(): Promise<void>;
  /** Starts it again on the same port and folder; resolves once Bolt answers. */
  start(): Promise<void>;
  /** Applies the schema and loads the seed, as `npm start` does. */
  prepare(): Promise<void>;
  /** Stops it and deletes its folder. */
  dispose(): Promise<void>;
}

/** A smaller heap than the shared server's: two JVMs and Node share the machine for a while. */
const HEAP = '512m';

export async function startPrivateNeo4j(): Promise<PrivateNeo4j> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-private-neo4j-'));
  const boltPort = await freePort();
  return privateNeo4j(dir, boltPort, await startLocalNeo4j({ dir, boltPort, heap: HEAP, output: () => undefined }));
}

/** A private Neo4j whose database is made by the offline import of `graph`, as `npm run seed` makes a new one. */
export async function importPrivateNeo4j(graph: SeedGraph): Promise<PrivateNeo4j> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-private-neo4j-'));
  const boltPort = await freePort();
  const driver = { current: undefined as Driver | undefined };
  try {
    const { neo4j: started } = await importSeedGraphOffline([graph], {
      neo4j: { dir, boltPort, heap: HEAP, output: () => undefined },
      connect: async (uri) => new CypherRunner((driver.current = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'))), { queryTimeoutMs: 120_000 }),
    });
    return privateNeo4j(dir, boltPort, started);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await driver.current?.close();
  }
}

function privateNeo4j(dir: string, boltPort: number, first: LocalNeo4j): PrivateNeo4j {
  const launch = () => startLocalNeo4j({ dir, boltPort, heap: HEAP, output: () => undefined });
  let current: LocalNeo4j | undefined = first;
  const uri = current.uri;
  return {
    uri,
    dir,
    async stop() {
      await current?.stop();
      current = undefined;
    },
    async kill() {
      await current?.kill();
      current = undefined;
    },
    async start() {
      current ??= await launch();
    },
    prepare: () => prepareDatabase(uri),
    async dispose() {
      await current?.stop();
      current = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
