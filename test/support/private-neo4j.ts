import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/launcher';
import { prepareDatabase } from './prepare-database';

/**
 * A real Neo4j of one test file's own, for tests that stop the database: the shared one serves the
 * other test files. Same port and folder across stop/start, as a restarted server would be.
 */
export interface PrivateNeo4j {
  readonly uri: string;
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

export async function startPrivateNeo4j(): Promise<PrivateNeo4j> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-private-neo4j-'));
  const boltPort = await freePort();
  // A smaller heap than the shared server's: two JVMs and Node share the machine for a while.
  const launch = () => startLocalNeo4j({ dir, boltPort, heap: '512m', output: () => undefined });
  let current: LocalNeo4j | undefined = await launch();
  const uri = current.uri;
  return {
    uri,
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
