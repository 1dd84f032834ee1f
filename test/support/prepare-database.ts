import neo4jDriver from 'neo4j-driver';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { applyGraphSchema } from '../../src/graph/graph-schema';
import { isGraphEmpty, loadSeed } from '../../src/graph/seed/load-seed';
import { seedDataDir } from '../../src/paths';

/**
 * Prepares a test database as `npm start` does: the schema, then the seed when the graph is empty (a
 * wrong isGraphEmpty would leave the seed tests an empty graph).
 */
export async function prepareDatabase(uri: string): Promise<void> {
  const driver = neo4jDriver.driver(uri, neo4jDriver.auth.basic('neo4j', 'unused'));
  try {
    const runner = new CypherRunner(driver, { queryTimeoutMs: 120_000 });
    await applyGraphSchema(runner);
    if (await isGraphEmpty(runner)) await loadSeed(runner, seedDataDir());
  } finally {
    await driver.close();
  }
}
