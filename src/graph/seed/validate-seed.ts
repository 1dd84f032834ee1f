import type { SeedEntity, SeedFileInput, SeedGraph, SeedRelationship, ValidateSeedOptions } from './seed-format';
import { RecordChecker, type RawRecord, type SeedReference } from './seed-fields';
import { entityWhere, Problems, relationshipWhere } from './seed-problems';
import { checkDuplicateTriples, checkRelationshipKinds, indexEntities, resolveReferences } from './seed-references';
import { validateEntity } from './validate-entity';
import { validateRelationship } from './validate-relationship';

export { SeedValidationError } from './seed-problems';
export { readSeedFolder } from './read-seed-folder';

/**
 * Validates a seed graph without a database: every file's records, then the checks across files.
 * All problems are collected and thrown together as one SeedValidationError.
 */

const FILE_KEYS = ['entities', 'relationships'];

interface Collected {
  entities: SeedEntity[];
  relationships: SeedRelationship[];
  references: SeedReference[];
}

const isRecord = (value: unknown): value is RawRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The records under `key`, or [] after reporting why the file's shape is wrong. */
function recordsOf(path: string, content: RawRecord, key: string, problems: Problems): unknown[] {
  const value = content[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(path, `"${key}" must be an array`);
    return [];
  }
  return value;
}

function collectFile(file: SeedFileInput, into: Collected, problems: Problems): void {
  const { path, content } = file;
  if (!isRecord(content)) {
    problems.add(path, 'must be a JSON object with "entities" and/or "relationships"');
    return;
  }
  for (const key of Object.keys(content)) {
    if (!FILE_KEYS.includes(key)) {
      problems.add(path, `unknown top-level key "${key}" (expected "entities", "relationships")`);
    }
  }
  recordsOf(path, content, 'entities', problems).forEach((raw, index) => {
    const where = entityWhere(path, index, isRecord(raw) ? raw.id : undefined);
    if (!isRecord(raw)) return problems.add(where, 'must be an object');
    const check = new RecordChecker(raw, where, problems, into.references);
    into.entities.push(validateEntity(check, { file: path, index }));
  });
  recordsOf(path, content, 'relationships', problems).forEach((raw, index) => {
    const where = relationshipWhere(path, index, isRecord(raw) ? raw : {});
    if (!isRecord(raw)) return problems.add(where, 'must be an object');
    const check = new RecordChecker(raw, where, problems, into.references);
    into.relationships.push(validateRelationship(check, { file: path, index }));
  });
}

export function validateSeed(files: SeedFileInput[], options: ValidateSeedOptions = {}): SeedGraph {
  const problems = new Problems();
  const collected: Collected = { entities: [], relationships: [], references: [] };
  for (const file of files) collectFile(file, collected, problems);

  const byId = indexEntities(collected.entities, problems);
  checkDuplicateTriples(collected.relationships, problems);
  checkRelationshipKinds(collected.relationships, byId, problems);
  const externalRefs = resolveReferences(collected.references, byId, options.allowExternalRefs === true, problems);

  problems.throwIfAny();
  return { entities: collected.entities, relationships: collected.relationships, externalRefs };
}
