import neo4j, { type Driver, type EagerResult, type Integer } from 'neo4j-driver';

/**
 * `stats.factsPerSource` as its definition says, counted one source at a time: the live entities and
 * relationships citing each live source, most first, then by id; a spec for the one-pass query.
 */
export async function factsPerSourceCounted(driver: Driver, top: number): Promise<Array<[string, number]>> {
  const result = await driver.executeQuery<EagerResult<{ id: string; n: Integer }>>(
    `MATCH (s:Source) WHERE s.retractedAt IS NULL
     RETURN s.id AS id, COUNT { MATCH (e:Entity) WHERE e.retractedAt IS NULL AND s.id IN e.sources }
       + COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.retractedAt IS NULL AND s.id IN r.sources } AS n
     ORDER BY n DESC, id LIMIT $top`,
    { top: neo4j.int(top) },
  );
  return result.records.map((r) => [r.get('id'), r.get('n').toNumber()]);
}
