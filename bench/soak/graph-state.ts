import neo4j, { type Driver, type Integer } from 'neo4j-driver';

/**
 * What the graph holds at the end, read straight from Neo4j (not through the API under test): the
 * revisions written during the run, the counter, and how many times each written record exists.
 */
export interface GraphState {
  /** Every revision after the run's first seq, in seq order. */
  revisions: Array<{ seq: number; reason: string | null; mutation: string | null; entityIds: string[] }>;
  /** The revision counter's committed value. */
  lastSeq: number;
  /** Entity ids that are not exactly once in the graph, with their count. */
  entitiesNotOnce: Array<{ id: string; count: number }>;
  /** MENTIONED_IN relationships (from, to) that are not exactly once, with their count. */
  relationshipsNotOnce: Array<{ from: string; to: string; count: number }>;
}

const READ = { routing: neo4j.routing.READ } as const;

export async function lastSeq(driver: Driver): Promise<number> {
  const result = await driver.executeQuery<{ records: Array<{ get(key: 'last'): Integer | null }> }>(
    `OPTIONAL MATCH (s:RevisionSequence {name: 'revisions'}) RETURN s.last AS last`,
    {},
    READ,
  );
  return result.records[0]?.get('last')?.toNumber() ?? 0;
}

export async function readGraphState(driver: Driver, afterSeq: number, entityIds: string[], mentions: Array<{ from: string; to: string }>): Promise<GraphState> {
  const revisions = await driver.executeQuery(
    `MATCH (v:Revision) WHERE v.seq > $after
     RETURN v.seq AS seq, v.reason AS reason, v.mutation AS mutation, coalesce(v.entityIds, []) AS entityIds ORDER BY seq`,
    { after: neo4j.int(afterSeq) },
    READ,
  );
  const entities = await driver.executeQuery(
    `UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) WITH id, count(e) AS n WHERE n <> 1 RETURN id, n`,
    { ids: entityIds },
    READ,
  );
  const relationships = await driver.executeQuery(
    `UNWIND $pairs AS p OPTIONAL MATCH (:Entity {id: p.from})-[r:MENTIONED_IN]->(:Entity {id: p.to})
     WITH p, count(r) AS n WHERE n <> 1 RETURN p.from AS from, p.to AS to, n`,
    { pairs: mentions },
    READ,
  );
  return {
    revisions: revisions.records.map((r) => ({
      seq: (r.get('seq') as Integer).toNumber(),
      reason: r.get('reason') as string | null,
      mutation: r.get('mutation') as string | null,
      entityIds: r.get('entityIds') as string[],
    })),
    lastSeq: await lastSeq(driver),
    entitiesNotOnce: entities.records.map((r) => ({ id: r.get('id') as string, count: (r.get('n') as Integer).toNumber() })),
    relationshipsNotOnce: relationships.records.map((r) => ({ from: r.get('from') as string, to: r.get('to') as string, count: (r.get('n') as Integer).toNumber() })),
  };
}
