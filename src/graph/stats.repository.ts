import { Direction, EntityType, LABEL_OF_TYPE, RelationshipType } from './enums';
import type { CypherRunner } from './cypher-runner';
import { liveEntity, liveRelationship } from './live';
import { relationshipMatch } from './plan/fields/entity';
import { decodeList } from './plan/fields/lists';
import { newCompiler, runPlanned, type PlannedQuery } from './plan/run';
import type { TypeSelection } from './plan/selection';
import { typeAlternation } from './relationship-filter';
import { int, toNumber } from './values';

/** Counts as `{ type, count }` objects; Neo4j Integers converted. */
function decodeCounts(raw: unknown): Array<{ type: string; count: number }> {
  return (raw as Array<{ type: string; count: unknown }>).map(({ type, count }) => ({ type, count: toNumber(count) }));
}

/**
 * `stats`: what is selected of it, in one query. Counts per label and per relationship type count the
 * live ones (retracted facts stay in the store, so its counts cannot be used); facts per source count
 * the entities and relationships citing each source, in one pass over every fact (see docs/performance.md, "Whole-graph questions").
 */
export function statsQuery(selection: TypeSelection, topSources: number): PlannedQuery<object> {
  const compiler = newCompiler();
  const stats = compiler.valueObject(selection, 'GraphStats', {}, {
    entityCounts: () => ({
      cypher: `[${Object.values(EntityType).map((type) => `{type: '${type}', count: COUNT { (n:${LABEL_OF_TYPE[type]}) WHERE ${liveEntity('n')} }}`).join(', ')}]`,
      decode: decodeCounts,
    }),
    relationshipCounts: () => ({
      cypher: `[${Object.values(RelationshipType).map((type) => `{type: '${type}', count: COUNT { ()-[r:${typeAlternation([type])}]->() WHERE ${liveRelationship('r')} }}`).join(', ')}]`,
      decode: decodeCounts,
    }),
    factsPerSource: (field) => {
      const [source, entity, relationship, id, facts, counted, entry] = (['n', 'n', 'r', 'x', 'x', 'x', 'x'] as const).map((name) => compiler.variable(name));
      const item = compiler.valueObject(field.selection!, 'SourceFactCount', { count: facts }, {
        source: (f) => compiler.entity(source, f.selection!),
      });
      const top = compiler.param(int(topSources));
      const sourceLabel = LABEL_OF_TYPE[EntityType.SOURCE];
      // One pass over every live fact, counting the ids it cites, then the top sources joined by id:
      // a count per source over every fact read the graph once per source (at 1M entities, tens of
      // thousands of sources times 5.75M records). Sources no fact cites come last, by id, when
      // fewer than `topSources` are cited at all. Relationships are scanned without the ends' labels
      // (4x faster at 1M: 3.2-3.7 s against 13.5 s); only the graph's carry `sources`, the history's
      // bookkeeping edges none.
      const citedIds = `CALL () { MATCH (${entity}:Entity) WHERE ${liveEntity(entity)} UNWIND ${entity}.sources AS ${id} RETURN ${id} ` +
        `UNION ALL MATCH ()-[${relationship}]->() WHERE ${liveRelationship(relationship)} UNWIND ${relationship}.sources AS ${id} RETURN ${id} }`;
      const ranked = `COLLECT { ${citedIds} WITH ${id}, count(*) AS ${facts} ` +
        `MATCH (${source}:${sourceLabel} {id: ${id}}) WHERE ${liveEntity(source)} ` +
        `WITH ${source}, ${facts} ORDER BY ${facts} DESC, ${source}.id LIMIT ${top} RETURN {source: ${source}, facts: ${facts}} }`;
      const uncited = `COLLECT { MATCH (${source}:${sourceLabel}) WHERE size(${counted}) < ${top} AND ${liveEntity(source)} ` +
        `AND NOT ${source}.id IN [${entry} IN ${counted} | ${entry}.source.id] ` +
        `WITH ${source} ORDER BY ${source}.id LIMIT ${top} RETURN {source: ${source}, facts: 0} }`;
      return {
        cypher: `head([${counted} IN [${ranked}] | [${entry} IN (${counted} + ${uncited})[..${top}] | ` +
          `head([${source} IN [${entry}.source] | head([${facts} IN [${entry}.facts] | ${item.cypher}])])]])`,
        decode: decodeList(item.decode),
      };
    },
  });
  return {
    query: { name: 'stats', cypher: `RETURN ${stats.cypher} AS stats`, params: compiler.params },
    decode: (result) => stats.decode(result.records[0].get('stats')),
  };
}

/** `topConnected`: the entities (of a kind) with the most relationships (of some types), most first, then by id. */
export function topConnectedQuery(type: EntityType | null, types: readonly RelationshipType[] | null, first: number, selection: TypeSelection): PlannedQuery<object[]> {
  const compiler = newCompiler();
  const label = type === null ? 'Entity' : LABEL_OF_TYPE[type];
  const { pattern } = relationshipMatch(compiler, 'node', { types, direction: Direction.BOTH, asOf: null });
  const ranked = compiler.valueObject(selection, 'RankedEntity', { degree: 'degree' }, {
    entity: (field) => compiler.entity('node', field.selection!),
  });
  return {
    query: {
      name: 'topConnected',
      cypher: `MATCH (node:${label}) WHERE ${liveEntity('node')}
WITH node, COUNT { MATCH ${pattern} } AS degree
ORDER BY degree DESC, node.id
LIMIT $first
RETURN ${ranked.cypher} AS ranked`,
      params: { ...compiler.params, first: int(first) },
    },
    decode: (result) => result.records.map((record) => ranked.decode(record.get('ranked'))),
  };
}

export class StatsRepository {
  constructor(private readonly runner: CypherRunner) {}

  stats(selection: TypeSelection, topSources: number): Promise<object> {
    return runPlanned(this.runner, statsQuery(selection, topSources));
  }

  topConnected(type: EntityType | null, types: readonly RelationshipType[] | null, first: number, selection: TypeSelection): Promise<object[]> {
    return runPlanned(this.runner, topConnectedQuery(type, types, first, selection));
  }
}
