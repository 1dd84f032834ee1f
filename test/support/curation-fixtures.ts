import type { Driver } from 'neo4j-driver';
import { ERASED_ID_PREFIX } from '../../src/graph/write/erasure-statements';

/** Every id a curation test writes starts with this, so cleanup finds them and no seed test meets them. */
export const TEST_ID_PREFIX = 'curtest-';

/**
 * Removes what the curation tests wrote: their entities (with their relationships), the revisions
 * whose actor is a test actor, the earlier states writes kept, and the idempotency keys. Tests of the seed graph then see it as loaded.
 */
export async function removeCurationTestData(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (e:Entity) WHERE e.id STARTS WITH $prefix DETACH DELETE e', { prefix: TEST_ID_PREFIX });
  // Erased entities and relationships no longer carry the test's ids (ERASED_ID_PREFIX); no seed record is ever erased.
  await driver.executeQuery('MATCH (e:Entity) WHERE e.id STARTS WITH $erased DETACH DELETE e', { erased: ERASED_ID_PREFIX });
  await driver.executeQuery('MATCH ()-[r]->() WHERE r.id STARTS WITH $erased DELETE r', { erased: ERASED_ID_PREFIX });
  await driver.executeQuery("MATCH ()-[r]->() WHERE r.id CONTAINS $prefix DELETE r", { prefix: TEST_ID_PREFIX });
  await driver.executeQuery("MATCH (v:Revision) WHERE v.actor <> 'seed' OPTIONAL MATCH (v)-[:RECORDS]->(c) DETACH DELETE v, c");
  await driver.executeQuery('MATCH (k:IdempotencyKey) DELETE k');
  // Earlier states the writes kept of test facts, and of seed facts a test changed.
  await driver.executeQuery('MATCH (s:EntityState|RelationshipState) DETACH DELETE s');
}
