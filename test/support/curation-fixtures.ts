import type { Driver } from 'neo4j-driver';
import { ERASED_ID_PREFIX } from '../../src/graph/write/erasure-statements';

/** Every id a curation test writes starts with this, so cleanup finds them and no seed test meets them. */
export const TEST_ID_PREFIX = 'curtest-';

/**
 * Removes what the curation tests wrote: their entities (with their relationships), what the revisions
 * whose actor is a test actor say, the earlier states writes kept, and the idempotency keys. Tests of the seed graph then see it as loaded.
 */
export async function removeCurationTestData(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (e:Entity) WHERE e.id STARTS WITH $prefix DETACH DELETE e', { prefix: TEST_ID_PREFIX });
  // Erased entities and relationships no longer carry the test's ids (ERASED_ID_PREFIX); no seed record is ever erased.
  await driver.executeQuery('MATCH (e:Entity) WHERE e.id STARTS WITH $erased DETACH DELETE e', { erased: ERASED_ID_PREFIX });
  await driver.executeQuery('MATCH ()-[r]->() WHERE r.id STARTS WITH $erased DELETE r', { erased: ERASED_ID_PREFIX });
  await driver.executeQuery("MATCH ()-[r]->() WHERE r.id CONTAINS $prefix DELETE r", { prefix: TEST_ID_PREFIX });
  await emptyRevisions(driver, "v.actor <> 'seed'");
  await driver.executeQuery('MATCH (k:IdempotencyKey) DELETE k');
  // Earlier states the writes kept of test facts, and of seed facts a test changed.
  await driver.executeQuery('MATCH (s:EntityState|RelationshipState) DETACH DELETE s');
}

/**
 * Empties the revisions matching `where` (a condition on `v`): their change records, the ids they
 * loaded, their actor, reason and sources go; the nodes stay, with their seqs. The feed's seqs are
 * gap-free, since nothing in the API deletes a revision, and its readers wait at a hole rather than
 * skip it (src/graph/feed-window.ts): a test that deleted revisions would leave holes no real graph has.
 */
export async function emptyRevisions(driver: Driver, where: string, params: Record<string, unknown> = {}): Promise<void> {
  await driver.executeQuery(
    `MATCH (v:Revision) WHERE ${where}
OPTIONAL MATCH (v)-[:RECORDS|LOADED]->(written)
WITH v, collect(written) AS written
FOREACH (node IN written | DETACH DELETE node)
SET v.actor = 'test-cleanup', v.reason = 'test data removed', v.mutation = 'testCleanup', v.sources = [], v.entityIds = [], v.relationshipIds = []`,
    params,
  );
}
