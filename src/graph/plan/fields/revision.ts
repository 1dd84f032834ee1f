import { BOUNDS, withinBounds } from '../../bounds';
import { liveEntity, liveRelationship } from '../../live';
import { cypherVariable } from '../../relationship-filter';
import { int } from '../../values';
import { ERASED_ID_PREFIX } from '../../write/erasure-statements';
import { dateText } from '../../write/stored-state';
import type { Compiled, PlanCompiler } from '../compile';
import { plannedFields, withPlanned } from '../planned';
import { fieldsFor, type FieldSelection, type TypeSelection } from '../selection';
import { decodeFirst, sourcesOf } from './lists';

/*
 * A revision as the planner projects it, for `history`, `revision` and `changes` alike. Revisions
 * are the write path's `(:Revision)-[:RECORDS]->(:RevisionChange)` records (docs/history.md); a change record
 * keeps the properties before and after as JSON, which is split here, after the query, into one
 * `Change` per field. The seed loader's revision lists ids rather than change records: each becomes
 * one change of field `loaded`.
 */

/** Changes a revision lists unless asked for more (`Revision.changes(first)`), and the most. */
export const CHANGES_DEFAULT = 100;

type Raw = Record<string, unknown>;

/** A date as a revision records it (`{value: "2024-03-01", precision: "MONTH"}`), written as a client writes it: "2024-03". */
function writtenDate(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { value: day, precision } = value as { value?: unknown; precision?: unknown };
  if (typeof day !== 'string' || typeof precision !== 'string' || Object.keys(value).length !== 2) return null;
  return dateText(day, precision) ?? null;
}

/** A property's value as `Change.before`/`after` show it: a string (or a date) as itself, anything else as JSON; absent is null. */
function shown(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return writtenDate(value) ?? JSON.stringify(value);
}

function parsed(json: unknown): Record<string, unknown> {
  if (typeof json !== 'string') return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The field names of a change record, when its before/after name none: what the operation did. */
const OPERATION_FIELD: Readonly<Record<string, string>> = { ERASE: 'erased', LOAD: 'loaded', RETRACT: 'retracted' };

/**
 * One change record as the changes of its fields: `{name: "A"} -> {name: "B"}` is one change of
 * `name`. A record scrubbed by an erasure, and the erasure itself, say only `erased`; the seed's
 * rows say `loaded`.
 */
export function splitChange(row: Raw): Array<{ field: string; before: string | null; after: string | null }> {
  const op = typeof row.op === 'string' ? row.op : '';
  if (row.erased === true || op === 'ERASE') return [{ field: 'erased', before: null, after: null }];
  const before = parsed(row.before);
  const after = parsed(row.after);
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  if (fields.length === 0) return [{ field: OPERATION_FIELD[op] ?? op.toLowerCase(), before: null, after: null }];
  return fields.map((field) => ({ field, before: shown(before[field]), after: shown(after[field]) }));
}

/**
 * `Revision.changes`: the revision's change records in the order it wrote them (for the seed's, its
 * entities then its relationships), each with the entity or relationship it is about when that is
 * selected, split into one change per field, the first `first` of them. A record yields at least one
 * change, so reading `first` records is enough.
 */
function changes(compiler: PlanCompiler, rev: string, field: FieldSelection): Compiled<object[]> {
  const first = withinBounds('first', (field.args.first as number | null | undefined) ?? CHANGES_DEFAULT, BOUNDS.first.max);
  const [c, row, id, n, r, a] = [compiler.variable('x'), compiler.variable('x'), compiler.variable('x'), compiler.variable('n'), compiler.variable('r'), compiler.variable('n')];
  const limit = compiler.param(int(first));
  const selection = field.selection!;
  const targets: Array<{ key: string; compiled: Compiled }> = [];
  const parts: string[] = [];
  for (const changeField of fieldsFor(selection, 'Change')) {
    if (changeField.selection === null || targets.some((t) => t.key === changeField.key)) continue;
    if (changeField.name === 'entity') {
      const entity = compiler.entity(n, changeField.selection);
      const cypher = `CASE WHEN ${row}.targetKind = 'ENTITY' THEN head(COLLECT { MATCH (${n}:Entity {id: ${row}.targetId}) WHERE ${liveEntity(n, compiler.knownAtParam)} RETURN ${entity.cypher} }) END`;
      targets.push({ key: changeField.key, compiled: { cypher, decode: decodeFirst(entity.decode) } });
    } else if (changeField.name === 'relationship') {
      const relationship = compiler.relationship(r, changeField.selection);
      // The start node is found by the id's first part (an indexed id), the relationship by its own id among its relationships.
      const cypher = `CASE WHEN ${row}.targetKind = 'RELATIONSHIP' THEN head(COLLECT { MATCH (${a}:Entity {id: split(${row}.targetId, ':')[0]})-[${r} {id: ${row}.targetId}]->() ` +
        `WHERE ${liveRelationship(r, compiler.knownAtParam)} RETURN ${relationship.cypher} }) END`;
      targets.push({ key: changeField.key, compiled: { cypher, decode: decodeFirst(relationship.decode) } });
    }
  }
  for (const target of targets) parts.push(`\`_${target.key}\`: ${target.compiled.cypher}`);
  // A seed load names its ids (a large load, many) in its LoadedIds nodes, entities first: the first
  // `first` of them, each marked when erased since. `first` is at most LOADED_IDS_PER_NODE, so the
  // first two nodes hold them (the first may end the entities early). A load recorded before those
  // nodes kept its ids on the revision itself.
  const [x, y, chunk, chunks, ids, each] = (['n', 'r', 'x', 'x', 'x', 'x'] as const).map((name) => compiler.variable(name));
  // An erasure renames what it erased (write/erasure.ts): its opaque id says so without a lookup.
  const erasedPrefix = compiler.param(ERASED_ID_PREFIX);
  const firstChunks = `COLLECT { MATCH (${rev})-[:LOADED]->(${chunk}:LoadedIds) WITH ${chunk} ORDER BY ${chunk}.index LIMIT 2 RETURN ${chunk} }`;
  const listed = (kind: 'entityIds' | 'relationshipIds') =>
    `coalesce(${rev}.${kind}, []) + reduce(${ids} = [], ${each} IN ${chunks} | ${ids} + ${each}.${kind})`;
  const entityIds = `(${listed('entityIds')})[0..${limit}]`;
  const seedRows = `head([${chunks} IN [${firstChunks}] | ` +
    `[${id} IN ${entityIds} | {targetKind: 'ENTITY', targetId: ${id}, op: 'LOAD', ` +
    `erased: ${id} STARTS WITH ${erasedPrefix} OR EXISTS { MATCH (${x}:Entity {id: ${id}}) WHERE ${x}.erasedAt IS NOT NULL }}] + ` +
    `[${id} IN (${listed('relationshipIds')})[0..(${limit} - size(${entityIds}))] | {targetKind: 'RELATIONSHIP', targetId: ${id}, op: 'LOAD', ` +
    `erased: ${id} STARTS WITH ${erasedPrefix} OR EXISTS { MATCH (:Entity {id: split(${id}, ':')[0]})-[${y} {id: ${id}}]->() WHERE ${y}.erasedAt IS NOT NULL }}]])`;
  const recorded = `COLLECT { MATCH (${rev})-[:RECORDS]->(${c}:RevisionChange) WITH ${c} ORDER BY ${c}.index LIMIT ${limit} ` +
    `RETURN ${c} { .targetKind, .targetId, .op, .before, .after, .erased } }`;
  const rows = `CASE WHEN ${rev}.mutation = 'loadSeed' THEN ${seedRows} ELSE ${recorded} END`;
  return {
    cypher: parts.length === 0 ? rows : `[${row} IN ${rows} | ${row} { .*, ${parts.join(', ')} }]`,
    decode: (raw) => {
      const out: object[] = [];
      for (const item of Array.isArray(raw) ? (raw as Raw[]) : []) {
        const planned = plannedFields();
        for (const target of targets) planned[target.key] = target.compiled.decode(item[`_${target.key}`]);
        // What was erased appears nowhere: not even its id.
        const erased = item.erased === true || item.op === 'ERASE';
        for (const change of splitChange(item)) {
          out.push(withPlanned({ ...change, targetKind: item.targetKind, targetId: erased ? null : item.targetId, op: item.op }, planned));
        }
      }
      return out.slice(0, first);
    },
  };
}

/** The projection of the revision in `rev`: its leaves, its sources, its changes. */
export function revisionProjection(compiler: PlanCompiler, rev: string, selection: TypeSelection): Compiled<object> {
  const v = cypherVariable(rev);
  const object = compiler.valueObject(
    selection,
    'Revision',
    { seq: `${v}.seq`, at: `toString(${v}.at)`, actor: `${v}.actor`, reason: `${v}.reason`, mutation: `${v}.mutation` },
    {
      sources: (f) => sourcesOf(compiler, `${v}.sources`, f.selection!),
      changes: (f) => changes(compiler, v, f),
    },
  );
  return {
    cypher: object.cypher,
    decode: (raw) => {
      const revision = object.decode(raw) as Raw;
      // Stored with nanoseconds; a DateTime has milliseconds, and a `knownAt` of it includes its whole millisecond.
      if (typeof revision.at === 'string') revision.at = new Date(revision.at);
      return revision;
    },
  };
}
