import type { CypherQuery, CypherRunner } from './cypher-runner';
import { liveEntity } from './live';
import { entityProjection, toEntityRecord, type EntityRecord } from './records';

/** Entities by id: the query every loader of an entity batches into. */
export function entitiesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    name: 'entity.byIds',
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id}) WHERE ${liveEntity('e')}
RETURN ${entityProjection('e')} AS entity`,
    params: { ids: [...new Set(ids)] },
  };
}

export class EntityRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** One round trip for any number of ids; the map holds only those that exist. */
  async byIds(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const result = await this.runner.read(entitiesByIdsQuery(ids));
    const found = new Map<string, EntityRecord>();
    for (const record of result.records) {
      const entity = toEntityRecord(record.get('entity') as Record<string, unknown>);
      found.set(entity.id, entity);
    }
    return found;
  }
}
