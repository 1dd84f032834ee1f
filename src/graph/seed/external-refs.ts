import { EntityType, LABEL_OF_TYPE } from '../enums';
import type { CypherRunner } from '../cypher-runner';
import { relationshipKindsProblem } from '../rules/relationship-kinds';
import { toStringList } from '../values';
import type { SeedGraph } from './seed-format';
import { entityWhere, relationshipWhere, SeedValidationError } from './seed-problems';
import { existingEntitiesQuery } from './seed-writes';

/**
 * A user's folder may refer to entities already in the database (`"to": "sam-altman"`). The
 * validator returns those ids as external; here they are looked up in one read, and any that is
 * missing, or cited as a source without being one, fails the load before anything is written.
 */

interface Usage {
  where: string;
  field: string;
  id: string;
  mustBeSource: boolean;
}

const TYPE_OF_LABEL = new Map<string, EntityType>(
  Object.values(EntityType).map((type) => [LABEL_OF_TYPE[type], type]),
);

/** Every place a record of `graph` uses one of `external`, in file order, for messages. */
function usagesOf(graph: SeedGraph, external: ReadonlySet<string>): Usage[] {
  const usages: Usage[] = [];
  const add = (where: string, field: string, ids: readonly string[], mustBeSource: boolean): void => {
    for (const id of ids) if (external.has(id)) usages.push({ where, field, id, mustBeSource });
  };
  const addSources = (where: string, record: { sources: string[]; propertySources: Record<string, string[]> }): void => {
    add(where, 'sources', record.sources, true);
    for (const [property, ids] of Object.entries(record.propertySources)) add(where, `propertySources.${property}`, ids, true);
  };
  for (const entity of graph.entities) addSources(entityWhere(entity.file, entity.index, entity.id), entity);
  for (const rel of graph.relationships) {
    const where = relationshipWhere(rel.file, rel.index, rel);
    add(where, 'from', [rel.from], false);
    add(where, 'to', [rel.to], false);
    addSources(where, rel);
  }
  return usages;
}

/** Throws a SeedValidationError naming every use of an external id the database cannot satisfy. */
export async function checkExternalRefs(runner: CypherRunner, graph: SeedGraph): Promise<void> {
  if (graph.externalRefs.length === 0) return;
  const result = await runner.read(existingEntitiesQuery(graph.externalRefs));
  const typeOf = new Map<string, EntityType | undefined>();
  // A retracted entity is gone from every read: a seed may not build on it, as a mutation may not.
  const retracted = new Set<string>();
  for (const record of result.records) {
    if (record.get('retracted') === true) {
      retracted.add(String(record.get('id')));
      continue;
    }
    const labels = toStringList(record.get('labels'));
    typeOf.set(String(record.get('id')), labels.map((label) => TYPE_OF_LABEL.get(label)).find((t) => t !== undefined));
  }

  const problems: string[] = [];
  for (const usage of usagesOf(graph, new Set(graph.externalRefs))) {
    const prefix = `${usage.where}: "${usage.field}"`;
    if (retracted.has(usage.id)) {
      problems.push(`${prefix} refers to "${usage.id}", which is retracted in the database`);
    } else if (!typeOf.has(usage.id)) {
      problems.push(`${prefix} refers to unknown id "${usage.id}" (neither in the seed files nor in the database)`);
    } else if (usage.mustBeSource && typeOf.get(usage.id) !== EntityType.SOURCE) {
      const type = typeOf.get(usage.id) ?? 'no known kind';
      problems.push(`${prefix} lists "${usage.id}", which is of type ${type} in the database, not SOURCE`);
    }
  }
  // Relationships with an end in the database: the kinds table applies to them as to the files' own.
  const fileTypes = new Map(graph.entities.map((entity) => [entity.id, entity.type]));
  for (const rel of graph.relationships) {
    const from = fileTypes.get(rel.from) ?? typeOf.get(rel.from);
    const to = fileTypes.get(rel.to) ?? typeOf.get(rel.to);
    if (from === undefined || to === undefined || (fileTypes.has(rel.from) && fileTypes.has(rel.to))) continue;
    const problem = relationshipKindsProblem(rel.type, from, to);
    if (problem) problems.push(`${relationshipWhere(rel.file, rel.index, rel)}: "${problem.field}": ${problem.message}`);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
}
