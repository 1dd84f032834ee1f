import type { CypherRunner } from '../cypher-runner';
import { toNumber } from '../values';
import { loadedIdsQuery, recordRevisionQuery, type ChangeRow } from './revision-statements';

/**
 * Ids per `LoadedIds` node of a seed revision. At least `first`'s maximum, so `Revision.changes`
 * finds a page in the first two of them (the first may end the entities early); small enough that
 * each is a modest document of the `loaded_ids` full-text index; large enough that a load of a
 * million entities writes a few hundred of them.
 */
export const LOADED_IDS_PER_NODE = 10_000;

/**
 * The seed loader's entry in the history: one revision (actor `seed`) naming the entities and
 * relationships a load created or changed. Their content is the seed files'; the revision says when
 * they entered the graph. Written in a transaction of its own after the load's batches.
 *
 * The ids are not lists on the revision itself: at a million entities those lists held 5.75 million
 * ids, and every `history` read them whole to test membership (1.5-3 s a relationship's history).
 * They go into `LoadedIds` nodes of {@link LOADED_IDS_PER_NODE} ids, entities first, in load order,
 * which the `loaded_ids` full-text index (keyword analyzer: one term per id) answers by id.
 */
export async function recordSeedRevision(runner: CypherRunner, changed: { entityIds: string[]; relationshipIds: string[] }): Promise<void> {
  const size = LOADED_IDS_PER_NODE;
  await runner.writeTransaction('write.seedRevision', async (tx) => {
    const recorded = await tx.run(recordRevisionQuery({ actor: 'seed', reason: 'seed load', mutation: 'loadSeed', sources: [], entityIds: [], relationshipIds: [] }, []));
    const seq: unknown = recorded.records[0].get('seq');
    let index = 0;
    for (const [kind, ids] of [['entityIds', changed.entityIds], ['relationshipIds', changed.relationshipIds]] as const) {
      for (let start = 0; start < ids.length; start += size) {
        const slice = ids.slice(start, start + size);
        await tx.run(loadedIdsQuery(seq, index, kind === 'entityIds' ? slice : [], kind === 'relationshipIds' ? slice : []));
        index += 1;
      }
    }
  });
}

/**
 * A forced seed load's overwrite of curated values, as a revision of its own (actor `seed`, mutation
 * `seedOverwrite`, the caller's reason): one UPDATE change record per record, each field before (the
 * curated value) and after (the file's). Written after the load's batches, like the load's revision.
 */
export async function recordSeedOverwrite(
  runner: CypherRunner,
  reason: string,
  conflicts: ReadonlyArray<{ kind: 'ENTITY' | 'RELATIONSHIP'; id: string; field: string; seedValue: unknown; currentValue: unknown }>,
): Promise<number> {
  const records = new Map<string, { targetKind: 'ENTITY' | 'RELATIONSHIP'; targetId: string; before: Record<string, unknown>; after: Record<string, unknown> }>();
  for (const conflict of conflicts) {
    const key = `${conflict.kind} ${conflict.id}`;
    const record = records.get(key) ?? { targetKind: conflict.kind, targetId: conflict.id, before: {}, after: {} };
    record.before[conflict.field] = conflict.currentValue;
    record.after[conflict.field] = conflict.seedValue;
    records.set(key, record);
  }
  const changes = [...records.values()].map((record, index): ChangeRow => ({
    index, targetKind: record.targetKind, targetId: record.targetId, op: 'UPDATE', before: JSON.stringify(record.before), after: JSON.stringify(record.after),
  }));
  const { value } = await runner.writeTransaction('write.seedOverwrite', async (tx) => {
    const entityIds = changes.filter((c) => c.targetKind === 'ENTITY').map((c) => c.targetId);
    const relationshipIds = changes.filter((c) => c.targetKind === 'RELATIONSHIP').map((c) => c.targetId);
    const recorded = await tx.run(recordRevisionQuery({ actor: 'seed', reason, mutation: 'seedOverwrite', sources: [], entityIds, relationshipIds }, changes));
    return toNumber(recorded.records[0].get('seq'));
  });
  return value;
}
