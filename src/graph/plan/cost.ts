import { BOUNDS } from '../bounds';
import { EntityType, RelationshipType } from '../enums';
import { relatedSpec, TYPED_FIELD_LIMIT, TYPED_LIST_DEFAULT } from './fields/related';
import type { FieldSelection, TypeSelection } from './selection';

/*
 * The size of an operation, known before any Cypher runs: the most list items it can return, the way
 * GitHub's GraphQL API counts "nodes". Each list multiplies what is selected beneath it: a page of 20
 * relationships, each with a page of 20, is 20 + 20 x 20. Single objects (an edge's `node`, a
 * relationship's `from`) ride on their parent's count. A list's size is its argument (`first`,
 * `limit`; a typed list's `first` is 20 unless asked). `sources` lists count one item per parent: a fact
 * cites a few sources, and counting them at any cap would refuse ordinary questions.
 */

/** How an operation's size was reached: the total, and the list that contributes most. */
export interface OperationSize {
  /** The most list items the operation can return. */
  readonly nodes: number;
  /** The response path of the list contributing most, e.g. `entities.edges.node.relationships.edges`. */
  readonly heaviest: { readonly path: string; readonly items: number } | null;
  /**
   * The first sizing argument out of its documented bounds, with the response path of its field
   * (`entity.relationships`); null when all are within. The size then counts the maximum, and the
   * operation is refused before any Cypher runs.
   */
  readonly outOfBounds: OutOfBounds | null;
}

/** A sizing argument out of its bounds, and where. */
export interface OutOfBounds {
  readonly path: string;
  readonly argument: string;
  readonly value: unknown;
  readonly max: number;
}

/** What list sizes a field passes to the fields beneath it: a connection's page, a path's hops, a neighbourhood's limit. */
interface Scope {
  page?: number;
  hops?: number;
  limit?: number;
}

interface Tally {
  nodes: number;
  heaviest: { path: string; items: number } | null;
  outOfBounds: OutOfBounds | null;
}

/** The size of the root fields of an operation (its query type's selection). */
export function operationSize(rootTypeName: string, fields: readonly FieldSelection[]): OperationSize {
  const tally: Tally = { nodes: 0, heaviest: null, outOfBounds: null };
  tally.nodes = fieldsSize(tally, rootTypeName, fields, 1, {}, '');
  return tally;
}

function selectionSize(tally: Tally, selection: TypeSelection, multiplier: number, scope: Scope, path: string): number {
  // An object has one kind: the most expensive kind's selection is the bound.
  let most = 0;
  for (const group of selection.groups) most = Math.max(most, fieldsSize(tally, group.types[0], group.fields, multiplier, scope, path));
  return most;
}

function fieldsSize(tally: Tally, typeName: string, fields: readonly FieldSelection[], multiplier: number, scope: Scope, path: string): number {
  let total = 0;
  for (const field of fields) {
    if (field.selection === null) continue;
    const fieldPath = path === '' ? field.key : `${path}.${field.key}`;
    const size = listSize(tally, typeName, field, scope, fieldPath);
    const items = size === null ? 0 : multiplier * size;
    if (items > 0 && (tally.heaviest === null || items > tally.heaviest.items)) tally.heaviest = { path: fieldPath, items };
    total += items + selectionSize(tally, field.selection, size === null ? multiplier : items, scopeBeneath(tally, typeName, field, scope, fieldPath), fieldPath);
  }
  return total;
}

/** The items a list field returns per parent; null for a single object. */
function listSize(tally: Tally, typeName: string, field: FieldSelection, scope: Scope, path: string): number | null {
  switch (`${typeName}.${field.name}`) {
    case 'Query.search':
    case 'Query.timeline':
    case 'Query.paths':
    case 'Query.topConnected':
      return argument(tally, field, 'first', BOUNDS.first.max, path);
    case 'Query.mentions':
      return BOUNDS.mentionsPerText.max;
    case 'Mention.candidates':
      return argument(tally, field, 'first', BOUNDS.mentionCandidates.max, path);
    case 'GraphStats.factsPerSource':
      return scope.limit ?? BOUNDS.first.max;
    case 'GraphStats.entityCounts':
      return Object.keys(EntityType).length;
    case 'GraphStats.relationshipCounts':
      return Object.keys(RelationshipType).length;
    case 'Path.nodes':
      return (scope.hops ?? 0) + 1;
    case 'Path.relationships':
      return scope.hops ?? 0;
    case 'Subgraph.nodes':
    case 'Subgraph.relationships':
      return scope.limit ?? BOUNDS.neighborhoodLimit.max;
    case 'EntityConnection.edges':
    case 'RelationshipConnection.edges':
    case 'FactConnection.edges':
    case 'RevisionConnection.edges':
      return scope.page ?? BOUNDS.first.max;
    case 'Revision.changes':
      // A revision's changes: its `first` (100 unless asked), whatever the revision wrote.
      return argument(tally, field, 'first', BOUNDS.first.max, path);
    case 'Encounter.meetings':
      return TYPED_FIELD_LIMIT;
    case 'Person.positions':
    case 'Organization.people':
    case 'Event.participants':
    case 'Person.metWith':
      return typedListSize(tally, field, path);
  }
  if (field.name === 'sources') return 1;
  const spec = relatedSpec(`${typeName}.${field.name}`);
  if (spec !== undefined) return spec.one === true ? null : typedListSize(tally, field, path);
  return null;
}

function scopeBeneath(tally: Tally, typeName: string, field: FieldSelection, scope: Scope, path: string): Scope {
  switch (`${typeName}.${field.name}`) {
    case 'Query.entities':
      return { page: argument(tally, field, 'first', BOUNDS.first.max, path) };
    case 'Source.facts':
      return { page: argument(tally, field, 'first', BOUNDS.first.max, path) };
    case 'Query.shortestPath':
      return { hops: argument(tally, field, 'maxHops', BOUNDS.shortestPathMaxHops.max, path) };
    case 'Query.paths':
      return { hops: argument(tally, field, 'maxHops', BOUNDS.pathsMaxHops.max, path) };
    case 'Query.neighborhood':
      return { limit: argument(tally, field, 'limit', BOUNDS.neighborhoodLimit.max, path) };
    case 'Query.stats':
      return { limit: argument(tally, field, 'topSources', BOUNDS.first.max, path) };
    case 'Query.changes':
      return { page: argument(tally, field, 'first', BOUNDS.first.max, path) };
  }
  // `history` of an entity (any kind) or a relationship: a page of revisions.
  if (field.name === 'history') return { page: argument(tally, field, 'first', BOUNDS.first.max, path) };
  if (field.name === 'relationships' && field.args.first !== undefined) return { page: argument(tally, field, 'first', BOUNDS.first.max, path) };
  return scope;
}

/** A typed list's `first`: its default when left out (or sent as null), like the resolvers. */
function typedListSize(tally: Tally, field: FieldSelection, path: string): number {
  return field.args.first === null || field.args.first === undefined ? TYPED_LIST_DEFAULT : argument(tally, field, 'first', TYPED_FIELD_LIMIT, path);
}

/** A sizing argument's value; out of bounds (1 to `max`, as the resolvers check), its maximum, and the tally says where. */
function argument(tally: Tally, field: FieldSelection, name: string, max: number, path: string): number {
  const value = field.args[name];
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max) return value;
  // A traversal's null takes its default in the resolver; the maximum bounds any default.
  if (value !== null && value !== undefined) tally.outOfBounds ??= { path, argument: name, value, max };
  return max;
}
