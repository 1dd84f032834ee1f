import type { CypherRunner } from '../cypher-runner';
import { createRevisionQuery, nextSeqQuery } from './revision-statements';

/**
 * The seed loader's entry in the history: one revision (actor `seed`) listing the entities and
 * relationships a load created or changed. Their content is the seed files'; the revision says when
 * they entered the graph. Written in a transaction of its own after the load's batches.
 */
export async function recordSeedRevision(runner: CypherRunner, changed: { entityIds: string[]; relationshipIds: string[] }): Promise<void> {
  await runner.writeTransaction('write.seedRevision', async (tx) => {
    const seq = (await tx.run(nextSeqQuery())).records[0].get('seq');
    await tx.run(
      createRevisionQuery(
        { seq, actor: 'seed', reason: 'seed load', mutation: 'loadSeed', sources: [], entityIds: changed.entityIds, relationshipIds: changed.relationshipIds },
        [],
      ),
    );
  });
}
