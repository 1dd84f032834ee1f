import type { Driver, EagerResult, Integer } from 'neo4j-driver';

export interface SeedRevisionIds {
  seq: number;
  actor: string;
  entityIds: string[];
  relationshipIds: string[];
}

/** The seed loads' revisions, newest first, each with the ids its `LoadedIds` nodes name, in their order. */
export async function seedRevisions(driver: Driver): Promise<SeedRevisionIds[]> {
  const result = await driver.executeQuery<EagerResult<{ seq: Integer; actor: string; entityIds: string[]; relationshipIds: string[] }>>(`MATCH (v:Revision {mutation: 'loadSeed'})
OPTIONAL MATCH (v)-[:LOADED]->(c:LoadedIds)
WITH v, c ORDER BY c.index
WITH v, collect(c) AS nodes
RETURN v.seq AS seq, v.actor AS actor,
  reduce(ids = [], c IN nodes | ids + c.entityIds) AS entityIds,
  reduce(ids = [], c IN nodes | ids + c.relationshipIds) AS relationshipIds
ORDER BY seq DESC`);
  return result.records.map((r) => ({
    seq: r.get('seq').toNumber(),
    actor: r.get('actor'),
    entityIds: r.get('entityIds'),
    relationshipIds: r.get('relationshipIds'),
  }));
}
