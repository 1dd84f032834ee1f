import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/launcher';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { importSeedGraphOffline } from '../../src/graph/seed/offline-import';
import { generateGraph, planGraph, type GraphPlan } from '../generate';

/**
 * The soak's own Neo4j: a fresh folder holding the bench's generated graph (so the readers can ask
 * the bench's read scenarios), on one port for the whole run, which the soak can kill as a crash
 * would and start again on the same store.
 */
export interface SoakDatabase {
  readonly uri: string;
  readonly plan: GraphPlan;
  /** SIGKILL: no shutdown hook; the store is recovered at the next start. */
  kill(): Promise<void>;
  /** Starts it again on the same folder and port; resolves once Bolt answers. */
  start(): Promise<void>;
  /** A driver of the soak's own, for the checks at the end (not the API's). */
  driver(): Driver;
  /** Stops it and deletes its folder. */
  dispose(): Promise<void>;
}

export interface SoakDatabaseOptions {
  scale: number;
  seed: number;
  heap: string;
}

export async function openSoakDatabase(options: SoakDatabaseOptions): Promise<SoakDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-soak-neo4j-'));
  const boltPort = await freePort();
  const plan = planGraph(options.scale, options.seed);
  const neo4jOptions = { dir, boltPort, heap: options.heap, pagecache: '256m', output: () => undefined };
  let setupDriver: Driver | undefined;
  let current: LocalNeo4j | undefined;
  try {
    ({ neo4j: current } = await importSeedGraphOffline(generateGraph(plan, 100_000), {
      neo4j: neo4jOptions,
      connect: async (uri) => new CypherRunner((setupDriver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'))), { queryTimeoutMs: 300_000 }),
    }));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await setupDriver?.close();
  }
  const uri = `bolt://127.0.0.1:${boltPort}`;
  let checks: Driver | undefined;
  return {
    uri,
    plan,
    async kill() {
      await current?.kill();
      current = undefined;
    },
    async start() {
      current ??= await startLocalNeo4j(neo4jOptions);
    },
    driver() {
      return (checks ??= neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused')));
    },
    async dispose() {
      await checks?.close();
      await current?.stop();
      current = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
