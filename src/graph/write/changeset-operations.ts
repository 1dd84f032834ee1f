import { clientError, ErrorCode } from '../../errors';
import type { EntityType, RelationshipType } from '../enums';
import { toEntityRecord, toRelationshipRecord, type EntityRecord, type RelationshipRecord } from '../records';
import { relationshipKindsProblem } from '../rules/relationship-kinds';
import type { SeedEntity, SeedRelationship } from '../seed/seed-format';
import { entityRow, relationshipRow } from '../seed/seed-writes';
import { assertRelationship } from './curation-operations';
import { createEntitiesQuery } from './entity-statements';
import { createRelationshipsQuery, existingRelationshipsQuery } from './relationship-statements';
import type { WriteScope } from './write-scope';

/*
 * The set-at-a-time forms of createEntity and assertRelationship for applyChangeset: the same checks
 * and the same revision records, in a few statements per batch rather than a few per record, so a
 * changeset of thousands of records fits in one transaction's time.
 */

const BATCH = 1000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const json = (value: unknown): string => JSON.stringify(value);

function withoutOrigin(record: SeedEntity | SeedRelationship): Record<string, unknown> {
  const { file: _file, index: _index, ...rest } = record;
  return rest;
}

export async function createEntities(scope: WriteScope, argument: string, entities: readonly SeedEntity[]): Promise<EntityRecord[]> {
  if (entities.length === 0) return [];
  const seen = new Set<string>();
  entities.forEach((entity, i) => {
    if (seen.has(entity.id)) throw clientError(ErrorCode.ALREADY_EXISTS, `${argument}[${i}].id: "${entity.id}" is listed twice`, { argument: `${argument}[${i}].id`, id: entity.id });
    seen.add(entity.id);
  });
  const existing = await scope.lockEntities(entities.map((entity) => entity.id));
  const taken = entities.findIndex((entity) => existing.has(entity.id));
  if (taken >= 0) {
    const id = entities[taken].id;
    throw clientError(ErrorCode.ALREADY_EXISTS, `${argument}[${taken}].id: "${id}" already exists`, { argument: `${argument}[${taken}].id`, id });
  }
  await scope.requireSources([...new Set(entities.flatMap((entity) => entity.sources))], `${argument}.sources`);
  const byId = new Map<string, EntityRecord>();
  for (const [type, group] of groupBy(entities, (entity): EntityType => entity.type)) {
    for (const batch of chunks(group, BATCH)) {
      const result = await scope.run(createEntitiesQuery(type, batch.map(entityRow)));
      for (const record of result.records) {
        const entity = toEntityRecord(record.get('entity') as Record<string, unknown>);
        byId.set(entity.id, entity);
      }
    }
  }
  for (const entity of entities) scope.record({ targetKind: 'ENTITY', targetId: entity.id, op: 'CREATE', before: null, after: json(withoutOrigin(entity)) });
  return entities.map((entity) => byId.get(entity.id) as EntityRecord);
}

export async function assertRelationships(scope: WriteScope, argument: string, rels: readonly SeedRelationship[]): Promise<RelationshipRecord[]> {
  if (rels.length === 0) return [];
  const ends = await scope.lockEntities(rels.flatMap((rel) => [rel.from, rel.to]));
  rels.forEach((rel, i) => {
    for (const end of ['from', 'to'] as const) {
      const entity = ends.get(rel[end]);
      if (entity === undefined || entity.retracted) {
        throw clientError(ErrorCode.NOT_FOUND, `${argument}[${i}].${end}: entity "${rel[end]}" not found`, { argument: `${argument}[${i}].${end}`, id: rel[end] });
      }
    }
    const kinds = relationshipKindsProblem(rel.type, ends.get(rel.from)!.type, ends.get(rel.to)!.type);
    if (kinds !== null) {
      const field = `${argument}[${i}].${kinds.field}`;
      throw clientError(ErrorCode.BAD_USER_INPUT, `${field}: ${kinds.message}`, { argument: field, field });
    }
  });
  // Two independent reads, sent together: one round trip.
  const [, found] = await Promise.all([
    scope.requireSources([...new Set(rels.flatMap((rel) => rel.sources))], `${argument}.sources`),
    scope.run(existingRelationshipsQuery(rels)),
  ]);
  const existing = new Set(found.records[0]?.get('ids') as string[] | undefined);
  const results = new Map<number, RelationshipRecord>();
  const fresh: Array<{ index: number; rel: SeedRelationship }> = [];
  const freshIds = new Set<string>();
  for (const [index, rel] of rels.entries()) {
    // A triple already in the graph (or earlier in this changeset) gains sources one by one, as assertRelationship does.
    if (existing.has(rel.id) || freshIds.has(rel.id)) continue;
    fresh.push({ index, rel });
    freshIds.add(rel.id);
  }
  for (const [type, group] of groupBy(fresh, ({ rel }): RelationshipType => rel.type)) {
    for (const batch of chunks(group, BATCH)) {
      const result = await scope.run(createRelationshipsQuery(type, batch.map(({ rel }) => relationshipRow(rel))));
      const byId = new Map(result.records.map((record) => {
        const created = toRelationshipRecord(record.get('relationship') as Record<string, unknown>);
        return [created.id, created] as const;
      }));
      for (const { index, rel } of batch) {
        results.set(index, byId.get(rel.id) as RelationshipRecord);
        scope.record({ targetKind: 'RELATIONSHIP', targetId: rel.id, op: 'ASSERT', before: null, after: json(withoutOrigin(rel)) });
      }
    }
  }
  for (const [index, rel] of rels.entries()) {
    if (!results.has(index)) results.set(index, await assertRelationship(scope, `${argument}[${index}]`, rel));
  }
  return rels.map((_rel, index) => results.get(index) as RelationshipRecord);
}
