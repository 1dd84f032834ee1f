import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/launcher';
import { prepareDatabase } from './prepare-database';

declare global {
  var __TEST_NEO4J__: { neo4j: LocalNeo4j; dir: string } | undefined;
}

/**
 * Starts the one real Neo4j of the test run, on a free port and a fresh folder, then prepares it as
 * `npm start` would. Workers find it through TEST_NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
  const boltPort = await freePort();
  // The first Maven build on a fresh machine is worth watching; once Neo4j is up it has nothing to
  // say, and the run must end on the reporter's "tests: N passed, N failed" line.
  let started = false;
  const neo4j = await startLocalNeo4j({ dir, boltPort, output: (chunk) => void (started || process.stderr.write(chunk)) });
  started = true;
  globalThis.__TEST_NEO4J__ = { neo4j, dir };
  process.env.TEST_NEO4J_URI = neo4j.uri;

  await prepareDatabase(neo4j.uri);
}
