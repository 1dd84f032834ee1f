import type { CypherQuery, CypherRunner } from './cypher-runner';
import { liveEntity } from './live';
import { entityProjection, toEntityRecord, type EntityRecord } from './records';
import { newCompiler, runPlanned, type PlannedQuery } from './plan/run';
import type { TypeSelection } from './plan/selection';

/** Entities by id with every property: what a host's field returns when it does not plan (README, "Embed it"). */
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

  /** Entities by id as the client selected them, in the order of `ids`, missing ones left out: one round trip. */
  async plannedMany(ids: readonly string[], selection: TypeSelection): Promise<object[]> {
    const planned = plannedEntitiesQuery(ids, selection);
    const found = await runPlanned(this.runner, planned);
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** `entity(id)` as the client selected it, in one round trip; null when there is none. */
  planned(id: string, selection: TypeSelection, knownAt: Date | null = null): Promise<object | null> {
    return runPlanned(this.runner, plannedEntityQuery(id, selection, knownAt));
  }
}

/** `entity(id)`: the entity and everything selected beneath it, in one query; null when there is none. */
export function plannedEntityQuery(id: string, selection: TypeSelection, knownAt: Date | null = null): PlannedQuery<object | null> {
  const compiler = newCompiler(knownAt);
  const entity = compiler.entity('node', selection);
  return {
    query: {
      name: 'entity',
      cypher: `MATCH (node:Entity {id: $id}) WHERE ${liveEntity('node', compiler.knownAtParam)}
RETURN ${entity.cypher} AS entity`,
      params: { ...compiler.params, id },
    },
    decode: (result) => (result.records.length === 0 ? null : entity.decode(result.records[0].get('entity'))),
  };
}

/** Entities by id, each with everything selected beneath it, by id; missing ones are absent. */
export function plannedEntitiesQuery(ids: readonly string[], selection: TypeSelection): PlannedQuery<Map<string, object>> {
  const compiler = newCompiler();
  const entity = compiler.entity('node', selection);
  return {
    query: {
      name: 'entity.planned',
      cypher: `UNWIND $ids AS id
MATCH (node:Entity {id: id}) WHERE ${liveEntity('node')}
RETURN id, ${entity.cypher} AS entity`,
      params: { ...compiler.params, ids: [...new Set(ids)] },
    },
    decode: (result) => new Map(result.records.map((record) => [record.get('id') as string, entity.decode(record.get('entity'))])),
  };
}
