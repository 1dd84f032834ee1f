import { badUserInput } from '../../../errors';
import { BOUNDS, isoDay, withinBounds } from '../../bounds';
import { keyAfter, type CursorValue } from '../../cursor';
import { evidenceOf } from '../../evidence';
import { Direction, type RelationshipType } from '../../enums';
import { relationshipFilterParams } from '../../relationship-filter';
import { directedPattern, relationshipKey, type RelationshipSelection } from '../../relationship-pattern';
import { afterKey } from '../../seek';
import { int, toNumber } from '../../values';
import type { Compiled, FieldFragment, PlanCompiler } from '../compile';
import type { FieldSelection } from '../selection';
import { planConnection } from './connection';
import { sourcesOf } from './lists';

/* The fields every entity has, whatever its kind: `Entity.sources` and `Entity.relationships`. */

/** Where the facts about the entity come from, in the order the entity lists them. */
const sources: FieldFragment = (compiler, v, field) => sourcesOf(compiler, compiler.property(v, 'sources'), field.selection!);

/**
 * `MATCH (v)-[r]-(other)` written with fresh variables, for `selection`'s types, direction and day,
 * the other end optionally of one label; a day becomes a parameter of the compiler.
 */
export function relationshipMatch(
  compiler: PlanCompiler,
  v: string,
  selection: RelationshipSelection,
  otherLabel?: string,
): { pattern: string; r: string; other: string } {
  const r = compiler.variable('r');
  const other = compiler.variable('n');
  const asOfParam = compiler.paramName();
  // With `knownAt` in force, the relationships known at that moment rather than the live ones.
  const filter = compiler.knownAt === null ? selection : { ...selection, knownAt: compiler.knownAt };
  compiler.addParams(relationshipFilterParams(filter, asOfParam));
  const to = otherLabel === undefined ? other : `${other}:${otherLabel}`;
  return { pattern: directedPattern({ from: v, relationship: r, to, asOfParam }, filter), r, other };
}

/** The arguments of `Entity.relationships`, checked against the documented bounds. */
export function relationshipsArguments(args: Readonly<Record<string, unknown>>): RelationshipSelection & { after: CursorValue[] | null; first: number } {
  const first = withinBounds('first', args.first as number | null, BOUNDS.first.max);
  const types = (args.types as RelationshipType[] | null | undefined) ?? null;
  if (types !== null && types.length === 0) throw badUserInput('types', 'must name at least one relationship type, or be left out for all');
  const after = relationshipKeyAfter(args.after as string | null | undefined);
  return {
    types,
    direction: (args.direction as Direction | null | undefined) ?? Direction.BOTH,
    asOf: isoDay(args.asOf as Date | null | undefined),
    ...evidenceOf(args),
    after,
    first,
  };
}

/** An entity's relationships are ordered by type, the other end's name, then id: the cursor's key. */
function relationshipKeyAfter(after: string | null | undefined): CursorValue[] | null {
  return keyAfter('relationships', after, ['string', 'string', 'string']);
}

/**
 * A page of the entity's relationships, by type, the other end's name, then id: a COLLECT that
 * seeks past the cursor's key, sorts and cuts before it projects, and a COUNT beside it only when
 * `totalCount` is selected. The entity's relationships are expanded either way, so a page costs
 * the entity's degree, whichever page it is.
 */
const relationships: FieldFragment = (compiler, v, field): Compiled => {
  const args = relationshipsArguments(field.args);
  const { pattern, r, other } = relationshipMatch(compiler, v, args);
  const key = relationshipKey(r, other);
  const connection = planConnection(field.selection, { connection: 'RelationshipConnection', edge: 'RelationshipEdge', cursorKind: 'relationships', cursorKey: `[${key.join(', ')}]` }, args, (edgeField: FieldSelection) => {
    if (edgeField.name === 'node') return compiler.relationship(r, edgeField.selection!);
    if (edgeField.name === 'other') return compiler.entity(other, edgeField.selection!);
    return undefined;
  });
  const page = connection.needsPage
    ? `COLLECT { MATCH ${pattern} WITH ${r}, ${other}${seekPast(compiler, key, args.after)} ORDER BY ${key.join(', ')} LIMIT ${compiler.param(int(connection.limit))} RETURN ${connection.item} }`
    : '[]';
  const total = connection.needsTotal ? `COUNT { MATCH ${pattern} }` : 'null';
  return {
    cypher: `{ page: ${page}, total: ${total} }`,
    decode: (raw) => {
      const value = raw as { page: unknown; total: unknown };
      return connection.decode(value.page, value.total);
    },
  };
};

/** ` WHERE <after the key>` with the key's values as parameters, or nothing on a first page. */
export function seekPast(compiler: PlanCompiler, key: readonly string[], after: readonly CursorValue[] | null, descending = false): string {
  if (after === null) return '';
  const params = after.map(() => compiler.paramName());
  compiler.addParams(Object.fromEntries(params.map((name, index) => [name, after[index]])));
  return ` WHERE ${afterKey(key, params, descending)}`;
}

/** How many relationships: the same COUNT as `relationships { totalCount }` for the same arguments. */
const degree: FieldFragment = (compiler, v, field) => {
  const { pattern } = relationshipMatch(compiler, v, relationshipsArguments({ ...field.args, first: 1 }));
  return { cypher: `COUNT { MATCH ${pattern} }`, decode: (raw) => toNumber(raw) };
};

export const ENTITY_FIELDS: ReadonlyArray<[string, FieldFragment]> = [
  ['Entity.sources', sources],
  ['Entity.relationships', relationships],
  ['Entity.degree', degree],
];
