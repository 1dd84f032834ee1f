import { clientError, ErrorCode, notFound } from '../../errors';
import { EntityType, RelationshipType } from '../enums';
import { toEntityRecord, toRelationshipRecord, type EntityRecord, type RelationshipRecord } from '../records';
import { relationshipKindsProblem } from '../rules/relationship-kinds';
import { entityFromInput, relationshipFromInput } from '../rules/validate-input';
import type { RawRecord } from '../seed/seed-fields';
import type { SeedEntity, SeedRelationship } from '../seed/seed-format';
import { entityRow, relationshipRow } from '../seed/seed-writes';
import { toStringList } from '../values';
import { createEntityQuery, retractEntityQuery, updateEntityQuery } from './entity-statements';
import {
  createRelationshipQuery,
  lockRelationshipQuery,
  retractRelationshipQuery,
  rewriteRelationshipQuery,
  tripleOf,
  type Triple,
} from './relationship-statements';
import { changedProperties, storedRelationship, type StoredEntity, type StoredRelationship } from './stored-state';
import { versionConflict, type WriteScope } from './write-scope';

/*
 * The domain writes, each a step inside a write transaction (WriteScope): validate with the one rule
 * set, lock, compare versions, check provenance, write, and log the change for the revision. A
 * mutation runs one of them; a changeset runs many in the same transaction.
 */

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** An entity input checked by the rules before any transaction; PROVENANCE_REQUIRED before BAD_USER_INPUT. */
export function validEntityInput(argument: string, raw: Record<string, unknown>): SeedEntity {
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) {
    throw clientError(ErrorCode.PROVENANCE_REQUIRED, `${argument}.sources: every fact must cite at least one source`, { argument: `${argument}.sources` });
  }
  if (raw.type === EntityType.SOURCE) {
    throw clientError(ErrorCode.BAD_USER_INPUT, `${argument}.type: create sources with createSource`, { argument: `${argument}.type` });
  }
  return entityFromInput(argument, raw);
}

export function validRelationshipInput(argument: string, raw: Record<string, unknown>): SeedRelationship {
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) {
    throw clientError(ErrorCode.PROVENANCE_REQUIRED, `${argument}.sources: every fact must cite at least one source`, { argument: `${argument}.sources` });
  }
  return relationshipFromInput(argument, raw);
}

/** A source: an entity of kind SOURCE citing itself, with an AUTHORED edge from its author if named. */
export function validSourceInput(argument: string, input: { id: string; title: string; author?: string | null; publishedOn?: string | null; url?: string | null; description?: string | null }): SeedEntity {
  const { author: _author, ...fields } = input;
  return entityFromInput(argument, { ...fields, type: EntityType.SOURCE, name: input.title, sources: [input.id] });
}

function liveEntity(locked: Map<string, StoredEntity>, id: string, argument: string): StoredEntity {
  const entity = locked.get(id);
  if (entity === undefined || entity.retracted) throw clientError(ErrorCode.NOT_FOUND, `${argument}: entity "${id}" not found`, { argument, id });
  return entity;
}

export async function createEntity(scope: WriteScope, argument: string, entity: SeedEntity, selfCited = false): Promise<EntityRecord> {
  const existing = await scope.lockEntities([entity.id]);
  if (existing.has(entity.id)) throw clientError(ErrorCode.ALREADY_EXISTS, `${argument}.id: "${entity.id}" already exists`, { argument: `${argument}.id`, id: entity.id });
  if (!selfCited) await scope.requireSources(entity.sources, `${argument}.sources`);
  const result = await scope.run(createEntityQuery(entity.type, entityRow(entity)));
  if (selfCited) for (const id of entity.sources) scope.cited.add(id);
  const record = toEntityRecord(result.records[0].get('entity') as Record<string, unknown>);
  scope.record({ targetKind: 'ENTITY', targetId: entity.id, op: 'CREATE', before: null, after: json(rawOf(entity)) });
  return record;
}

/** The seed-format record of a validated entity, for the revision. */
function rawOf(entity: SeedEntity | SeedRelationship): RawRecord {
  const { file: _file, index: _index, ...rest } = entity as SeedEntity & { file: string; index: number };
  return rest;
}

export async function createSource(scope: WriteScope, argument: string, source: SeedEntity, author: string | null): Promise<EntityRecord> {
  const record = await createEntity(scope, argument, source, true);
  if (author !== null && author !== undefined) {
    const rel = relationshipFromInput(argument, { from: author, type: RelationshipType.AUTHORED, to: source.id, sources: [source.id] });
    await assertRelationship(scope, `${argument}.author`, rel, 'from');
  }
  return record;
}

/** Fields of UpdateEntityInput: absent keeps, null removes, a value replaces. */
export type EntityPatch = Record<string, unknown>;

export async function updateEntity(
  scope: WriteScope,
  id: string,
  expectedVersion: number,
  patch: EntityPatch,
  sources: readonly string[],
): Promise<EntityRecord> {
  // The lock and the sources check are sent together (one round trip); their errors keep their
  // order: an unknown entity, then a stale version, then the sources.
  const [locked, sourcesChecked] = await Promise.allSettled([scope.lockEntities([id]), scope.requireSources(sources, 'sources')]);
  if (locked.status === 'rejected') throw locked.reason;
  const current = liveEntity(locked.value, id, 'id');
  if (current.version !== expectedVersion) throw versionConflict('Entity', id, current.version);
  if (sourcesChecked.status === 'rejected') throw sourcesChecked.reason;
  const merged: RawRecord = { ...current.raw };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  merged.sources = [...new Set([...toStringList(current.raw.sources), ...sources])];
  const entity = entityFromInput('input', merged);
  const changed = changedProperties(current.raw, merged);
  const result = await scope.run(updateEntityQuery(entityRow(entity), current.version + 1));
  scope.record({ targetKind: 'ENTITY', targetId: id, op: 'UPDATE', before: json(changed.before), after: json(changed.after) });
  return toEntityRecord(result.records[0].get('entity') as Record<string, unknown>);
}

export async function retractEntity(scope: WriteScope, id: string, expectedVersion: number): Promise<EntityRecord> {
  const current = liveEntity(await scope.lockEntities([id]), id, 'id');
  if (current.version !== expectedVersion) throw versionConflict('Entity', id, current.version);
  const result = await scope.run(retractEntityQuery(id, current.version + 1));
  const record = result.records[0];
  scope.record({ targetKind: 'ENTITY', targetId: id, op: 'RETRACT', before: json({ retracted: false }), after: json({ retracted: true }) });
  for (const relId of record.get('relationships') as string[]) {
    scope.record({ targetKind: 'RELATIONSHIP', targetId: relId, op: 'RETRACT', before: json({ retracted: false }), after: json({ retracted: true }) });
  }
  return toEntityRecord(record.get('entity') as Record<string, unknown>);
}

/**
 * Asserts a relationship: both ends must be live and of kinds its type joins. A live one with the
 * same triple gains the new sources (a new version) instead of a second copy; a retracted one is
 * restored: asserted again with the input's properties, a new version and revision (docs/curation.md).
 */
export async function assertRelationship(scope: WriteScope, argument: string, rel: SeedRelationship, ownEnd?: 'from' | 'to'): Promise<RelationshipRecord> {
  const ends = await scope.lockEntities([rel.from, rel.to]);
  const from = liveEntity(ends, rel.from, ownEnd === 'from' ? argument : `${argument}.from`);
  const to = liveEntity(ends, rel.to, ownEnd === 'to' ? argument : `${argument}.to`);
  const kinds = relationshipKindsProblem(rel.type, from.type, to.type);
  if (kinds !== null) {
    const field = ownEnd === kinds.field ? argument : `${argument}.${kinds.field}`;
    throw clientError(ErrorCode.BAD_USER_INPUT, `${field}: ${kinds.message}`, { argument: field, field });
  }
  await scope.requireSources(rel.sources, `${argument}.sources`);
  const triple: Triple = { from: rel.from, type: rel.type, to: rel.to };
  const lockedRows = (await scope.run(lockRelationshipQuery(triple))).records;
  const existing = lockedRows.length === 0 ? null : storedRelationship(lockedRows[0].get('stored') as Record<string, unknown>);
  const after = rawOf(rel);
  if (existing === null) {
    const result = await scope.run(createRelationshipQuery(rel.type, relationshipRow(rel)));
    scope.record({ targetKind: 'RELATIONSHIP', targetId: rel.id, op: 'ASSERT', before: null, after: json(after) });
    return toRelationshipRecord(result.records[0].get('relationship') as Record<string, unknown>);
  }
  if (existing.retracted) {
    const result = await scope.run(rewriteRelationshipQuery(rel.type, relationshipRow(rel), existing.version + 1));
    // Restored: history shows the end of its retraction as `retracted` going back to false.
    scope.record({ targetKind: 'RELATIONSHIP', targetId: rel.id, op: 'ASSERT', before: json({ retracted: true }), after: json({ retracted: false, ...after }) });
    return toRelationshipRecord(result.records[0].get('relationship') as Record<string, unknown>);
  }
  // Live already: only the sources are added (a union); its other properties stay as they are.
  const known = toStringList(existing.raw.sources);
  const added = rel.sources.filter((id) => !known.includes(id));
  const kept = relationshipFromInput(argument, { ...existing.raw, sources: [...known, ...added] });
  // Nothing new: nothing changes, so no earlier state is kept.
  const result = await scope.run(rewriteRelationshipQuery(rel.type, relationshipRow(kept), added.length === 0 ? existing.version : existing.version + 1, added.length > 0));
  if (added.length > 0) {
    scope.record({ targetKind: 'RELATIONSHIP', targetId: rel.id, op: 'ADD_SOURCES', before: json({ sources: known }), after: json({ sources: [...known, ...added] }) });
  }
  return toRelationshipRecord(result.records[0].get('relationship') as Record<string, unknown>);
}

/**
 * Locks the live relationship `id` for a change at `expectedVersion`: NOT_FOUND when there is none or
 * it is retracted (a retracted one is corrected by asserting it again), VERSION_CONFLICT when it moved.
 */
export async function lockLiveRelationship(scope: WriteScope, id: string, expectedVersion: number): Promise<{ triple: NonNullable<ReturnType<typeof tripleOf>>; existing: StoredRelationship }> {
  const triple = tripleOf(id);
  if (triple === null) throw notFound('Relationship', id);
  const rows = (await scope.run(lockRelationshipQuery(triple))).records;
  const existing = rows.length === 0 ? null : storedRelationship(rows[0].get('stored') as Record<string, unknown>);
  if (existing === null || existing.retracted) throw notFound('Relationship', id);
  if (existing.version !== expectedVersion) throw versionConflict('Relationship', id, existing.version);
  return { triple, existing };
}

export async function retractRelationship(scope: WriteScope, id: string, expectedVersion: number): Promise<RelationshipRecord> {
  const { triple, existing } = await lockLiveRelationship(scope, id, expectedVersion);
  const result = await scope.run(retractRelationshipQuery(triple, existing.version + 1));
  scope.record({ targetKind: 'RELATIONSHIP', targetId: id, op: 'RETRACT', before: json({ retracted: false }), after: json({ retracted: true }) });
  return toRelationshipRecord(result.records[0].get('relationship') as Record<string, unknown>);
}
