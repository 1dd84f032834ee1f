import type { CypherRunner } from '../cypher-runner';
import { EntityType } from '../enums';
import { entityFromInput, relationshipFromInput } from '../rules/validate-input';
import { toNumber } from '../values';
import { changedProperties, compact, dateText, storedEntity, storedRelationship } from '../write/stored-state';
import { anyCurationQuery, curatedEntitiesQuery, curatedRelationshipsQuery } from './curated-statements';
import type { RawRecord } from './seed-fields';
import type { SeedDate, SeedEntity, SeedGraph, SeedRelationship } from './seed-format';
import { entityWhere, relationshipWhere } from './seed-problems';

/*
 * A seed load over a curated graph. A seed record that editors changed since its last load keeps the
 * fields they changed: where the file disagrees with such a field, the load writes the current
 * value and reports a conflict; the record's other fields load as usual. A forced load writes the
 * file's values and reports the same conflicts as overwritten (the loader records them as a revision).
 */

/** A field of a seed record that the file and curation disagree on. */
export interface SeedConflict {
  /** Where the record is written, e.g. `people.json: entities[2] (id "taro-kono")`. */
  record: string;
  kind: 'ENTITY' | 'RELATIONSHIP';
  /** The entity's or relationship's id. */
  id: string;
  field: string;
  /** The file's value, as written in a seed file; null when the file leaves the field out. */
  seedValue: unknown;
  /** The value in the graph, as written in a seed file; null when the graph has none. */
  currentValue: unknown;
  /** The seq of the latest revision that changed the field since the record's last load. */
  seq: number;
  /**
   * True when a forced load wrote the file's value. A retraction (field `retracted`) is never
   * overwritten: the file lists the record, it does not say the retraction was wrong.
   */
  overwritten: boolean;
}

export interface Reconciled {
  /** The records to write: the file's, with curated fields kept unless forced. */
  graph: SeedGraph;
  conflicts: SeedConflict[];
  /** Ids of records whose curated values were kept: their `loadedAt` stays, so later loads compare again. */
  kept: Set<string>;
}

const CHUNK = 5000;

const written = (date: SeedDate | null): string | undefined => (date === null ? undefined : dateText(date.value, date.precision));

/** A validated entity back in the form a seed file writes it, as `storedEntity` reads the graph. */
function writtenEntity(e: SeedEntity): RawRecord {
  const kind: Record<string, unknown> = {};
  if (e.type === EntityType.ORGANIZATION) kind.category = e.category;
  if (e.type === EntityType.COUNTRY) kind.isoCode = e.isoCode;
  if (e.type === EntityType.EVENT) Object.assign(kind, { category: e.category, startDate: written(e.startDate), endDate: written(e.endDate), signatories: e.signatories });
  if (e.type === EntityType.SOURCE) Object.assign(kind, { title: e.title, publishedOn: written(e.publishedOn), url: e.url });
  const propertySources = Object.keys(e.propertySources).length > 0 ? e.propertySources : undefined;
  return compact({ type: e.type, id: e.id, name: e.name, aliases: e.aliases, description: e.description, ...kind, sources: e.sources, propertySources });
}

function writtenRelationship(r: SeedRelationship): RawRecord {
  const propertySources = Object.keys(r.propertySources).length > 0 ? r.propertySources : undefined;
  return compact({ from: r.from, type: r.type, to: r.to, title: r.title, role: r.role, since: written(r.since), until: written(r.until), sources: r.sources, propertySources });
}

/** Each field the changes touched, with the latest seq that touched it. */
function curatedFields(changes: unknown): Map<string, number> {
  const fields = new Map<string, number>();
  for (const change of Array.isArray(changes) ? (changes as Array<Record<string, unknown>>) : []) {
    const seq = toNumber(change.seq);
    for (const json of [change.before, change.after]) {
      const value: unknown = typeof json === 'string' ? JSON.parse(json) : null;
      if (typeof value !== 'object' || value === null) continue;
      for (const field of Object.keys(value)) fields.set(field, Math.max(fields.get(field) ?? 0, seq));
    }
  }
  return fields;
}

interface Curated {
  current: RawRecord;
  retracted: boolean;
  fields: Map<string, number>;
}

async function curatedRecords(runner: CypherRunner, graph: SeedGraph): Promise<{ entities: Map<string, Curated>; relationships: Map<string, Curated> }> {
  const found = { entities: new Map<string, Curated>(), relationships: new Map<string, Curated>() };
  if ((await runner.read(anyCurationQuery())).records[0]?.get('curated') !== true) return found;
  for (let i = 0; i < graph.entities.length; i += CHUNK) {
    const result = await runner.read(curatedEntitiesQuery(graph.entities.slice(i, i + CHUNK).map((e) => e.id)));
    for (const record of result.records) {
      const stored = storedEntity(record.get('stored') as Record<string, unknown>);
      found.entities.set(String(record.get('id')), { current: stored.raw, retracted: stored.retracted, fields: curatedFields(record.get('changes')) });
    }
  }
  for (let i = 0; i < graph.relationships.length; i += CHUNK) {
    const result = await runner.read(curatedRelationshipsQuery(graph.relationships.slice(i, i + CHUNK)));
    for (const record of result.records) {
      const stored = storedRelationship(record.get('stored') as Record<string, unknown>);
      found.relationships.set(String(record.get('id')), { current: stored.raw, retracted: stored.retracted, fields: curatedFields(record.get('changes')) });
    }
  }
  return found;
}

/**
 * One record against curation: its conflicts, and what to write. Kept curated values that the rules
 * refuse beside the file's other values (an end date now before the file's start) keep the record
 * whole: every field the file would change is then a conflict, and nothing of it is written.
 */
function reconcile<T extends SeedEntity | SeedRelationship>(
  record: T,
  file: RawRecord,
  curated: Curated,
  meta: { kind: 'ENTITY' | 'RELATIONSHIP'; where: string; force: boolean },
  validate: (raw: RawRecord) => T,
): { conflicts: SeedConflict[]; write: T | null; kept: boolean } {
  const differs = changedProperties(curated.current, file);
  const conflict = (field: string, seq: number): SeedConflict => ({
    record: meta.where, kind: meta.kind, id: record.id, field, seedValue: differs.after[field] ?? null, currentValue: differs.before[field] ?? null, seq, overwritten: meta.force,
  });
  const fields = Object.keys(differs.after);
  const conflicts = fields.filter((field) => curated.fields.has(field)).map((field) => conflict(field, curated.fields.get(field)!));
  // Retracted by curation while the file still lists it: the load leaves it retracted (the seed's
  // MERGE never touches retractedAt) and says so at every load, forced or not.
  const retraction: SeedConflict[] = curated.retracted && curated.fields.has('retracted')
    ? [{ record: meta.where, kind: meta.kind, id: record.id, field: 'retracted', seedValue: false, currentValue: true, seq: curated.fields.get('retracted')!, overwritten: false }]
    : [];
  if (conflicts.length === 0 || meta.force) return { conflicts: [...retraction, ...conflicts], write: record, kept: retraction.length > 0 };
  const merged: RawRecord = { ...file };
  for (const { field } of conflicts) {
    if (curated.current[field] === undefined) delete merged[field];
    else merged[field] = curated.current[field];
  }
  try {
    return { conflicts: [...retraction, ...conflicts], write: { ...validate(merged), file: record.file, index: record.index }, kept: true };
  } catch {
    const latest = Math.max(...curated.fields.values());
    return { conflicts: [...retraction, ...fields.map((field) => conflicts.find((c) => c.field === field) ?? conflict(field, latest))], write: null, kept: true };
  }
}

/** The graph to load over the database's curation, and the conflicts found (in file order). */
export async function reconcileWithCuration(runner: CypherRunner, graph: SeedGraph, force: boolean): Promise<Reconciled> {
  const curated = await curatedRecords(runner, graph);
  const out: Reconciled = { graph: { ...graph, entities: [], relationships: [] }, conflicts: [], kept: new Set() };
  const take = <T extends SeedEntity | SeedRelationship>(into: T[], record: T, result: { conflicts: SeedConflict[]; write: T | null; kept: boolean }): void => {
    out.conflicts.push(...result.conflicts);
    if (result.kept) out.kept.add(record.id);
    if (result.write !== null) into.push(result.write);
  };
  for (const entity of graph.entities) {
    const found = curated.entities.get(entity.id);
    if (found === undefined) out.graph.entities.push(entity);
    else take(out.graph.entities, entity, reconcile(entity, writtenEntity(entity), found, { kind: 'ENTITY', where: entityWhere(entity.file, entity.index, entity.id), force }, (raw) => entityFromInput(entity.file, raw)));
  }
  for (const rel of graph.relationships) {
    const found = curated.relationships.get(rel.id);
    if (found === undefined) out.graph.relationships.push(rel);
    else take(out.graph.relationships, rel, reconcile(rel, writtenRelationship(rel), found, { kind: 'RELATIONSHIP', where: relationshipWhere(rel.file, rel.index, rel), force }, (raw) => relationshipFromInput(rel.file, raw)));
  }
  return out;
}
