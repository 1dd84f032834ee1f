import { EntityType } from '../enums';
import type { SeedEntity, SeedRelationship } from './seed-format';
import type { SeedReference } from './seed-fields';
import { relationshipKindsProblem } from '../rules/relationship-kinds';
import { entityWhere, relationshipWhere, type Problems } from './seed-problems';

/**
 * Checks that need every file at once: ids unique across files, references that resolve, and one
 * relationship per triple. Files are validated as one graph because records refer across them.
 */

const whereOfEntity = (e: SeedEntity): string => entityWhere(e.file, e.index, e.id);

/** Ids must be unique across all kinds and files, since `entity(id:)` takes no kind. */
export function indexEntities(entities: SeedEntity[], problems: Problems): Map<string, SeedEntity> {
  const byId = new Map<string, SeedEntity>();
  for (const entity of entities) {
    if (entity.id === '') continue;
    const first = byId.get(entity.id);
    if (first) {
      problems.add(whereOfEntity(entity), `duplicate id "${entity.id}", already defined at ${whereOfEntity(first)}`);
    } else {
      byId.set(entity.id, entity);
    }
  }
  return byId;
}

export function checkDuplicateTriples(relationships: SeedRelationship[], problems: Problems): void {
  const seen = new Map<string, SeedRelationship>();
  for (const rel of relationships) {
    const first = seen.get(rel.id);
    if (first) {
      const firstWhere = relationshipWhere(first.file, first.index, first);
      const where = relationshipWhere(rel.file, rel.index, rel);
      problems.add(where, `duplicate relationship, already defined at ${firstWhere}`);
    } else {
      seen.set(rel.id, rel);
    }
  }
}

/**
 * Resolves references against the files. Unknown ids are problems unless `allowExternal`, in which
 * case they are returned for the caller (the loader) to look up in the database.
 */
export function resolveReferences(
  references: SeedReference[],
  byId: Map<string, SeedEntity>,
  allowExternal: boolean,
  problems: Problems,
): string[] {
  const external = new Set<string>();
  for (const ref of references) {
    const target = byId.get(ref.id);
    if (!target) {
      if (allowExternal) external.add(ref.id);
      else problems.add(ref.where, `"${ref.field}" refers to unknown id "${ref.id}" (not defined in any seed file)`);
    } else if (ref.mustBeSource && target.type !== EntityType.SOURCE) {
      problems.add(ref.where, `"${ref.field}" lists "${ref.id}", which is of type ${target.type}, not SOURCE`);
    }
  }
  return [...external].sort();
}

/** Each relationship whose ends are both in the files must join kinds its type allows. */
export function checkRelationshipKinds(relationships: SeedRelationship[], byId: Map<string, SeedEntity>, problems: Problems): void {
  for (const rel of relationships) {
    const from = byId.get(rel.from);
    const to = byId.get(rel.to);
    // An unknown type was reported already; its fallback type would only add a confusing second problem.
    if (from === undefined || to === undefined || rel.id !== `${rel.from}:${rel.type}:${rel.to}`) continue;
    const problem = relationshipKindsProblem(rel.type, from.type, to.type);
    if (problem) problems.add(relationshipWhere(rel.file, rel.index, rel), `"${problem.field}": ${problem.message}`);
  }
}
